/**
 * The facts stage (after sentences, before merge/status in build.ts): a segmented document -> what it states about
 * each country. Countries, dates and places are lookups it calls (lookup/), not stages of their own.
 *
 * Read sentence by sentence, section by section (bibliographies excluded):
 * - the date relations were established: a table row's date column, and sentences about (diplomatic) relations
 *   being established or beginning, in a country's own section;
 * - missions: a mission word ("посолство", "почетно консулство", "대사관") with its sender (the clause's subject,
 *   "на X" after the word, or the country glued before the Korean word), its city (the gazetteer), its host (the
 *   city's country, or "в X" when no city is named), since/until, a move ("преместено в Астана 2006"), and
 *   non-resident accreditation ("представена в Латвия чрез посолството си във Вилнюс");
 * - statements that relations exist or do not exist, as lists ("няма установен дипломатически контакт със ...");
 * - dated events, and every other sentence that mentions a country.
 * Nothing is inferred that no sentence says, except who sends a mission when the sentence leaves the subject out
 * ("От 2009 година в Алмати има и Генерално Консулство." in the United States' section).
 */
import type { PartialDate, Span } from '../../atlas/types';
import { lineOf, skipSpace, type CleanText } from '../clean';
import {
	countryName,
	findAdjectives,
	findCountries,
	lookupCountry,
	type CountryMatch
} from '../lookup/countries';
import { documentAbbreviations, findAbbreviations } from '../lookup/countries/abbreviations';
import { findDates, type DateMatch } from '../lookup/dates';
import { languageFor, type Lexicon } from '../languages';
import { isTableHeader } from '../segment';
import type { Warnings } from '../problems';
import type { Segment } from '../segment';
import { splitSentences, type Sentence } from '../sentences';
import { clauses } from './tokens';
import { GroupMemory } from './groups';
import type { MissionFact } from './missions/clause';
import { readMissions } from './missions';
import { readBreaks, type BreakFact } from './breaks';

export type { MissionFact } from './missions/clause';
export type { BreakFact } from './breaks';

export interface DocInput {
	id: string;
	file: string;
	lang: string;
	/** Countries the whole document is about besides the focus (the US for "미국-카자흐스탄 관계"). */
	about: string[];
	clean: CleanText;
	sections: Segment[];
}

export interface Claim {
	date: PartialDate;
	span: Span;
	/** How the document states it: a table's date column, a sentence about diplomatic relations, or another. */
	source: 'table' | 'diplomatic' | 'relations';
}

export interface Passage {
	span: Span;
	section: string;
}

export interface DocFacts {
	claims: Map<string, Claim[]>;
	missions: MissionFact[];
	/** Sentences stating that relations exist (a list, a description in the country's own section). */
	relations: Map<string, Span[]>;
	/** Sentences stating that there are no diplomatic relations. */
	none: Map<string, Span[]>;
	/** Relations broken off, suspended or restored, each with the date its sentence gives (facts/breaks.ts). */
	breaks: BreakFact[];
	events: { date: PartialDate; countries: string[]; span: Span }[];
	primary: Map<string, Passage[]>;
	mentions: Map<string, Passage[]>;
	/** Each country's name as this document writes it. */
	names: Map<string, string>;
	/** Facts read (establishment dates, statements of relations or none, missions), and sentences read for nothing. */
	read: number;
	unread: number;
	/**
	 * The sentences that name a country with a mission, ambassador or relations word and gave no fact (and no other
	 * warning): what `npm run data` and the reader's review list as not read.
	 */
	unreadSentences: Span[];
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
};

export function extractFacts(doc: DocInput, focus: string, warnings: Warnings): DocFacts {
	const text = doc.clean.text;
	const lex = languageFor(doc.lang)?.lexicon;
	const facts: DocFacts = {
		claims: new Map(),
		missions: [],
		relations: new Map(),
		none: new Map(),
		breaks: [],
		events: [],
		primary: new Map(),
		mentions: new Map(),
		names: new Map(),
		read: 0,
		unread: 0,
		unreadSentences: []
	};
	const size = (m: Map<string, unknown[]>) => [...m.values()].reduce((n, l) => n + l.length, 0);
	const factCount = () =>
		facts.missions.length +
		size(facts.claims) +
		size(facts.relations) +
		size(facts.none) +
		facts.breaks.length;
	if (!lex) return facts;
	const span = (start: number, end: number): Span => ({ doc: doc.id, start, end });
	const warn = (at: number, message: string, snippet: string, fix: string) =>
		warnings.warn({ file: doc.file, line: lineOf(doc.clean, at), message, text: snippet, fix });

	const groups = new GroupMemory(focus);
	// "Республика Таджикистан" written in full, then "РТ": the document's own abbreviations of countries.
	const abbreviations = documentAbbreviations(
		text,
		findCountries(text, doc.lang),
		(a) => lookupCountry(a, doc.lang) !== null,
		(code) => countryName(code, doc.lang)
	);
	const { dates: allDates, rejected } = findDates(text, 0, text.length, doc.lang);
	const headings: MissionFact[] = [];
	for (const r of rejected)
		warn(r.start, `impossible date rejected: ${r.reason}`, r.text, 'Correct the date in the document');

	for (const section of doc.sections) {
		if (section.kind === 'references') continue;
		const own = section.country && section.country !== focus ? section.country : null;
		// Whom the passage is about: its table row or heading, else the document's subject, else the focus itself.
		const subjects = own ? [own] : section.kind === 'footnotes' ? [] : doc.about.length ? doc.about : [focus];
		const body = section.kind === 'row' ? section.headStart : section.bodyStart;
		const bodyText = text
			.slice(section.bodyStart, section.end)
			.replace(/^.*$/gmu, (line) => (isTableHeader(line) ? '' : line));
		if (own) facts.names.set(own, section.title);

		if (bodyText.trim() !== '' || section.kind === 'row') {
			const from = skipSpace(text, body, section.end);
			if (section.end > from)
				for (const code of subjects)
					push(facts.primary, code, { span: span(from, section.end), section: section.id });
		}
		if (section.rowDate && own) {
			const rowFrom = skipSpace(text, section.headStart, section.headEnd);
			push(facts.claims, own, {
				date: section.rowDate.date,
				span: span(rowFrom, section.headEnd),
				source: 'table'
			});
		}

		// A heading that names a mission in a city ("Генеральное консульство Республики Беларусь в Алматы") states it;
		// listed after the sentences, so that a sentence stating the same mission is its main one.
		if (section.kind === 'title' || section.kind === 'heading')
			headings.push(...headingMissions(doc, section, focus, lex, abbreviations, allDates));

		const consumedDates = new Set<number>();
		// A first line that is a whole sentence ("На 12 декември ... даде прием по случай ...."), not a title: read it.
		const readFrom =
			section.kind === 'title' && TITLE_SENTENCE.test(section.title) ? section.headStart : section.bodyStart;
		/** A sentence about relations that names no partner and ends in a colon: the next paragraph lists them. */
		let listIntro: { negated: boolean; date: DateMatch | undefined; source: Claim['source'] } | null = null;
		/** Whose relations the last sentence spoke of, for the next if it leaves its subject out (below). */
		let lastPartners: string[] = [];
		/** The passage's last mission, which a later sentence may say was upgraded ("In 2000 it became an embassy"). */
		let lastMission: MissionFact | null = null;
		for (const sentence of splitSentences(text, readFrom, section.end)) {
			// Adjectives of nationality, looked for only in a sentence about missions or relations (below).
			let adjectivesFound: CountryMatch[] | null = null;
			const adjectives = () =>
				(adjectivesFound ??= findAdjectives(text, doc.lang, sentence.start, sentence.end));
			const named = withAbbreviations(
				findCountries(text, doc.lang, sentence.start, sentence.end),
				findAbbreviations(text, abbreviations, sentence.start, sentence.end)
			);
			const dates = datesIn(allDates, sentence.start, sentence.end);
			const s = span(sentence.start, sentence.end);
			const sentenceText = text.slice(sentence.start, sentence.end);
			for (const c of named) if (!facts.names.has(c.code)) facts.names.set(c.code, c.surface);
			// Countries named before as a group ("이들 4개국", "나머지 국가들에도 대사관을"), in a sentence about missions or
			// relations, are read with those it names.
			const grouped = speaksOfMissions(sentenceText, lex)
				? groups.expand(sentenceText, sentence.start, named, lex)
				: [];
			const countries = grouped.length ? [...named, ...grouped].sort((a, b) => a.start - b.start) : named;
			groups.remember(countries);

			// "… были установлены со следующими государствами:" and the list on the next line: each country listed.
			const intro = listIntro;
			listIntro = null;
			if (intro && text.lastIndexOf('\n', sentence.start) > text.lastIndexOf(':', sentence.start))
				for (const code of new Set(countries.map((c) => c.code)))
					if (code === focus) continue;
					else if (intro.negated) push(facts.none, code, s);
					else {
						if (intro.date)
							push(facts.claims, code, { date: intro.date.date, span: s, source: intro.source });
						push(facts.relations, code, s);
					}

			// A sentence that names a country and speaks of missions, ambassadors or relations must give a fact, or say it
			// gave none.
			const promising =
				countries.some((c) => c.code !== focus || countries.length > 1) &&
				speaksOfMissions(sentenceText, lex);
			const factsBefore = promising ? factCount() : 0;
			const warningsBefore = warnings.list.length;

			// Mentions: a sentence naming a country outside that country's own passages.
			for (const code of new Set(countries.map((c) => c.code)))
				if (!subjects.includes(code) && code !== focus)
					push(facts.mentions, code, { span: s, section: section.id });

			// Relations broken off, suspended or restored, with their own dates (facts/breaks.ts).
			const breaks = readBreaks(
				text,
				sentence.start,
				sentence.end,
				countries,
				dates,
				{
					lang: doc.lang,
					focus,
					own,
					about: doc.about
				},
				s
			);
			for (const b of breaks) {
				facts.breaks.push(b);
				if (b.dateAt) consumedDates.add(b.dateAt.start);
			}
			// The rest of the sentence is read without the break's words and dates: "established in 1992 and severed in
			// 2014" still dates the start to 1992, and "re-established" is no start.
			const plain = breaks.length ? withoutBreaks(sentenceText, sentence.start, breaks) : sentenceText;
			const plainDates = breaks.length
				? dates.filter((d) => !breaks.some((b) => b.dateAt?.start === d.start))
				: dates;

			// Relations established or absent, as a statement about (diplomatic) relations. A compound of two adjectives
			// names both sides ("казахстанско-белорусские отношения", "казахстанско-турските отношения", "Kazakh–Turkish
			// relations"), as "relations between Kazakhstan and Belarus" does.
			const paired =
				speaksOfMissions(sentenceText, lex) ||
				lex.established.test(sentenceText) ||
				lex.begins.test(sentenceText)
					? pairedAdjectives(text, adjectives())
					: [];
			const sides = paired.length
				? [
						...countries,
						...paired.filter((a) => !countries.some((c) => c.start < a.end && c.end > a.start))
					].sort((a, b) => a.start - b.start)
				: countries;
			const begins = lex.established.test(plain) || lex.begins.test(plain);
			// A sentence that opens on the verb and names no one continues the last one's subject: "… — двусторонние
			// дипломатические отношения между Республикой Казахстан и Республикой Таджикистан. Установлены 7 января 1993
			// года." (Russian Wikipedia's opening of a bilateral article), "Established in 1993."
			const continued =
				lastPartners.length > 0 &&
				sides.length === 0 &&
				lex.established.exec(plain)?.index === plain.length - plain.trimStart().length;
			const priorPartners = lastPartners;
			lastPartners = [];
			const aboutRelations =
				continued ||
				lex.relationsWords.test(sentenceText) ||
				(own !== null &&
					(lex.established.test(sentenceText) || (begins && lex.relationsNoun.test(sentenceText))));
			if (aboutRelations) {
				const asides = lex.aside ? [...sentenceText.matchAll(lex.aside)] : [];
				const inAside = (c: CountryMatch) =>
					asides.some(
						(a) => c.start - sentence.start >= a.index && c.end - sentence.start <= a.index + a[0].length
					);
				const named = [...new Set(sides.filter((c) => !inAside(c)).map((c) => c.code))].filter(
					(c) => c !== focus
				);
				// Whose relations: the countries the sentence names (its passage's own country first), else the passage's
				// country, else the one country the document is about ("양국은 1990년 3월 26일에 수교하였다").
				// Two other countries named without the focus speak of their own relations ("between Russia and Georgia").
				const focusNamed = sides.some((c) => c.code === focus);
				const partners = continued
					? priorPartners
					: own && (named.includes(own) || named.length === 0)
						? [own]
						: named.length
							? named.length === 1 || focusNamed
								? named
								: []
							: doc.about.length === 1 && doc.about[0] !== focus
								? [doc.about[0]]
								: [];
				if (partners.length === 0 && named.length === 0 && /:\s*$/u.test(sentenceText))
					listIntro = {
						negated: lex.negation.test(sentenceText),
						date: begins ? relationsDate(sentenceText, sentence.start, dates, lex) : undefined,
						source: lex.diplomatic.test(sentenceText) ? 'diplomatic' : 'relations'
					};
				if (!lex.negation.test(plain)) lastPartners = partners;
				if (lex.negation.test(plain) && (!own || !named.includes(own))) {
					for (const code of named.length ? named : partners) push(facts.none, code, s);
				} else if (begins && partners.length) {
					const date = relationsDate(plain, sentence.start, plainDates, lex);
					const dated = date ? datedPartners(text, sentence, lex, sides, partners, date) : [];
					for (const code of partners) {
						if (date && dated.includes(code)) {
							const source = lex.diplomatic.test(sentenceText) ? 'diplomatic' : 'relations';
							push(facts.claims, code, { date: date.date, span: s, source });
						}
						push(facts.relations, code, s);
					}
					if (date) consumedDates.add(date.start);
				} else if (!breaks.some((b) => b.kind !== 'restored')) {
					// A description of the relations ("relations between Russia and Kazakhstan have been uneven") says
					// they exist (a break says they ended: pushed with it below).
					for (const code of partners) push(facts.relations, code, s);
				}
			}

			// A break states no relations (as of it), a restoration relations, whichever words the sentence uses besides.
			for (const b of breaks) {
				const into = b.kind === 'restored' ? facts.relations : facts.none;
				if (!(into.get(b.code) ?? []).includes(s)) push(into, b.code, s);
			}

			// Missions, and ambassadors accredited beyond their post, who stand for their embassy.
			if (lex.kinds.some((k) => k.re.test(sentenceText)) || lex.envoy.test(sentenceText)) {
				const found = readMissions(
					text,
					sentence,
					countries,
					adjectives(),
					dates,
					lex,
					doc.lang,
					focus,
					own ?? doc.about[0] ?? null,
					warn,
					lastMission
				);
				for (const m of found) {
					lastMission = { ...m, span: s };
					facts.missions.push(lastMission);
					for (const h of m.highlight) consumedDates.add(h.start);
				}
			}

			// Every such sentence that gave no fact is listed, unless what it says of the mission or the relations is a
			// plan (read as one, which the map does not show) or that the mission does not exist. A plan counts only in
			// the clause that holds the mission or relations word: "посол Казахстана в Кении обсудил перспективы
			// сотрудничества" states no plan of a mission. A sentence that already has a warning of its own (an unknown
			// city) is listed too, with no second warning.
			if (promising && factCount() === factsBefore && !statesPlanOrAbsence(text, sentence, lex)) {
				facts.unread++;
				facts.unreadSentences.push(s);
				if (warnings.list.length === warningsBefore)
					warn(
						sentence.start,
						'read nothing from a sentence that names a country and a mission or relations',
						sentenceText,
						'If it states a fact, report the sentence: the pipeline does not read its construction yet'
					);
			}

			// Events: every remaining date, with the countries the sentence (or its passage) concerns.
			for (const d of dates) {
				if (consumedDates.has(d.start)) continue;
				const involved = new Set([focus, ...subjects, ...countries.map((c) => c.code)]);
				facts.events.push({ date: d.date, countries: [...involved].sort(), span: s });
			}
		}
		// A country with its own passage has relations the document describes, with or without a date.
		if (own && !facts.relations.has(own)) {
			const first = splitSentences(text, section.bodyStart, section.end)[0];
			push(
				facts.relations,
				own,
				first ? span(first.start, first.end) : span(section.headStart, section.headEnd)
			);
		}
	}
	// A heading quotes a mission only where no sentence states it: a title that repeats the first sentence (a pasted
	// text's suggested title) would otherwise show the same words twice under the mission.
	const stated = new Set(facts.missions.map(missionKey));
	facts.missions.push(...headings.filter((h) => !stated.has(missionKey(h))));
	facts.read = factCount();
	return facts;
}

/** One mission whoever states it: its sender, host, kind and city. */
function missionKey(m: MissionFact): string {
	return [m.sender, m.host, m.kind, m.place?.geonameId ?? '', m.cityStated].join('|');
}

/**
 * The missions a heading states: a heading that names a mission, its sender and its city ("Генеральное консульство
 * Республики Беларусь в Алматы", "Embassy of Japan in Astana") is a statement that the mission exists, quoted as its
 * sentence. A heading that leaves the sender or the city out ("Посольство", "Embassies") or names a plan states none.
 */
function headingMissions(
	doc: DocInput,
	section: Segment,
	focus: string,
	lex: Lexicon,
	abbreviations: Map<string, string>,
	allDates: DateMatch[]
): MissionFact[] {
	const text = doc.clean.text;
	const at = text.indexOf(section.title, section.headStart);
	if (at < 0 || at + section.title.length > section.headEnd || TITLE_SENTENCE.test(section.title)) return [];
	const head: Sentence = { start: at, end: at + section.title.length };
	const title = section.title;
	if (!lex.kinds.some((k) => !k.unstated && k.re.test(title)) || lex.modal.test(title)) return [];
	const countries = withAbbreviations(
		findCountries(text, doc.lang, head.start, head.end),
		findAbbreviations(text, abbreviations, head.start, head.end)
	);
	const found = readMissions(
		text,
		head,
		countries,
		findAdjectives(text, doc.lang, head.start, head.end),
		datesIn(allDates, head.start, head.end),
		lex,
		doc.lang,
		focus,
		null,
		() => {}
	);
	return found
		.filter((m) => m.cityStated && m.sender && m.sender !== m.host)
		.map((m) => ({ ...m, span: { doc: doc.id, start: head.start, end: head.end } }));
}

/** The text has a mission, ambassador or relations word of the language. */
function speaksOfMissions(text: string, lex: Lexicon): boolean {
	return lex.kinds.some((k) => k.re.test(text)) || lex.envoy.test(text) || lex.relationsWords.test(text);
}

/**
 * The sentence states a plan of a mission or of relations (a plan word in a clause that has the mission, ambassador or
 * relations word), or says the mission does not exist.
 */
function statesPlanOrAbsence(text: string, sentence: Sentence, lex: Lexicon): boolean {
	if (lex.absent?.test(text.slice(sentence.start, sentence.end))) return true;
	return clauses(text, sentence, lex).some(([s, e]) => {
		const clause = text.slice(s, e);
		return lex.modal.test(clause) && speaksOfMissions(clause, lex);
	});
}

/** The sentence with each break's words and date blanked out (same length, so offsets hold). */
function withoutBreaks(sentence: string, offset: number, breaks: BreakFact[]): string {
	const out = sentence.split(''); // UTF-16 code units, as the offsets count
	for (const b of breaks)
		for (const r of [b.verb, b.dateAt])
			if (r) for (let i = r.start - offset; i < r.end - offset; i++) out[i] = ' ';
	return out.join('');
}

/** A title line that is a sentence: several words and a full stop at the end (a headline has none). */
const TITLE_SENTENCE = /^(?:\S+\s+){5,}\S*[.!?]$/u;

/**
 * The date a sentence about relations gives for their start: the nearest one after the verb ("were established on 5
 * May 1993"), else before it ("In 1993 relations were established"); in a verb-final language (Korean: "1992년에 외교
 * 관계를 수립하였다") the nearest before it first.
 */
function relationsDate(
	sentence: string,
	offset: number,
	dates: DateMatch[],
	lex: Lexicon
): DateMatch | undefined {
	const verb = lex.begins.exec(sentence) ?? lex.established.exec(sentence);
	const verbAt = offset + (verb?.index ?? 0);
	const after = dates.find((d) => d.start >= verbAt);
	const before = dates.filter((d) => d.end <= verbAt).at(-1);
	return lex.placeFirst ? (before ?? after) : (after ?? before);
}

/**
 * Which partners a date of relations belongs to. A sentence naming several ("has diplomatic relations with China, India
 * and Japan, and established relations with Chile in 1993"; a general page's paragraph) gives the date to those named
 * in the date's own clause; when that clause names none of them, to all.
 */
function datedPartners(
	text: string,
	sentence: Sentence,
	lex: Lexicon,
	countries: CountryMatch[],
	partners: string[],
	date: DateMatch
): string[] {
	if (partners.length < 2) return partners;
	const clause = clauses(text, sentence, lex).find(([s, e]) => date.start >= s && date.start < e);
	if (!clause) return partners;
	const inClause = partners.filter((code) =>
		countries.some((c) => c.code === code && c.start >= clause[0] && c.end <= clause[1])
	);
	return inClause.length ? inClause : partners;
}

/** Adjectives of nationality joined by a hyphen or dash into one compound ("казахстанско-белорусские"): both parts. */
function pairedAdjectives(text: string, adjectives: CountryMatch[]): CountryMatch[] {
	const joined = (a: CountryMatch, b: CountryMatch) => /^[-‐–—]$/u.test(text.slice(a.end, b.start));
	return adjectives.filter(
		(a, i) =>
			(i > 0 && joined(adjectives[i - 1], a)) || (i + 1 < adjectives.length && joined(a, adjectives[i + 1]))
	);
}

/** Dates inside [from, to), by binary search: a 10 MB document has tens of thousands of both. */
function datesIn(sorted: DateMatch[], from: number, to: number): DateMatch[] {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid].start < from) lo = mid + 1;
		else hi = mid;
	}
	const out: DateMatch[] = [];
	for (let i = lo; i < sorted.length && sorted[i].start < to; i++)
		if (sorted[i].end <= to) out.push(sorted[i]);
	return out;
}

/** The names found, with the abbreviations found where no name is, in the text's order. */
function withAbbreviations(named: CountryMatch[], abbreviated: CountryMatch[]): CountryMatch[] {
	const free = abbreviated.filter((a) => !named.some((n) => n.start < a.end && n.end > a.start));
	return free.length ? [...named, ...free].sort((a, b) => a.start - b.start) : named;
}
