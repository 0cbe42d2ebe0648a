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
import type { MissionKind, PartialDate, Span } from '../../atlas/types';
import { lineOf, skipSpace, type CleanText } from '../clean';
import {
	countryName,
	findAdjectives,
	findCountries,
	lookupCountry,
	type CountryMatch
} from '../lookup/countries';
import { findDates, type DateMatch } from '../lookup/dates';
import { LANGUAGES, languageFor, type Lexicon } from '../languages';
import { isTableHeader } from '../segment';
import { capitalOf, type Place } from '../lookup/places';
import { shorten, type Warnings } from '../problems';
import type { Segment } from '../segment';
import { splitSentences, type Sentence } from '../sentences';
import { cachedCity, clauses, tokenize, type Token } from './tokens';
import { escapeRegExp, type Clause } from './missions/clause';
import { missionDates } from './missions/dates';
import { countryRoles } from './missions/roles';

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

export interface MissionFact {
	sender: string;
	host: string;
	kind: MissionKind;
	/** Null when no city is stated and the gazetteer has no capital for the host: kept, with no point. */
	place: Place | null;
	cityStated: boolean;
	accreditedTo: string[];
	since: PartialDate | null;
	until: PartialDate | null;
	span: Span;
	highlight: Span[];
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
	events: { date: PartialDate; countries: string[]; span: Span }[];
	primary: Map<string, Passage[]>;
	mentions: Map<string, Passage[]>;
	/** Each country's name as this document writes it. */
	names: Map<string, string>;
	/** Facts read (establishment dates, statements of relations or none, missions), and sentences read for nothing. */
	read: number;
	unread: number;
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
		events: [],
		primary: new Map(),
		mentions: new Map(),
		names: new Map(),
		read: 0,
		unread: 0
	};
	const size = (m: Map<string, unknown[]>) => [...m.values()].reduce((n, l) => n + l.length, 0);
	const factCount = () =>
		facts.missions.length + size(facts.claims) + size(facts.relations) + size(facts.none);
	if (!lex) return facts;
	const span = (start: number, end: number): Span => ({ doc: doc.id, start, end });
	const warn = (at: number, message: string, snippet: string, fix: string) =>
		warnings.warn({ file: doc.file, line: lineOf(doc.clean, at), message, text: snippet, fix });

	const { dates: allDates, rejected } = findDates(text, 0, text.length, doc.lang);
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

		const consumedDates = new Set<number>();
		/** A sentence about relations that names no partner and ends in a colon: the next paragraph lists them. */
		let listIntro: { negated: boolean; date: DateMatch | undefined; source: Claim['source'] } | null = null;
		for (const sentence of splitSentences(text, section.bodyStart, section.end)) {
			const countries = findCountries(text, doc.lang, sentence.start, sentence.end);
			const dates = datesIn(allDates, sentence.start, sentence.end);
			const s = span(sentence.start, sentence.end);
			const sentenceText = text.slice(sentence.start, sentence.end);
			for (const c of countries) if (!facts.names.has(c.code)) facts.names.set(c.code, c.surface);

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

			// A sentence that names a country and speaks of missions or relations must give a fact, or say it gave none.
			const promising =
				countries.some((c) => c.code !== focus || countries.length > 1) &&
				(lex.kinds.some((k) => k.re.test(sentenceText)) || lex.relationsWords.test(sentenceText));
			const factsBefore = promising ? factCount() : 0;
			const warningsBefore = warnings.list.length;

			// Mentions: a sentence naming a country outside that country's own passages.
			for (const code of new Set(countries.map((c) => c.code)))
				if (!subjects.includes(code) && code !== focus)
					push(facts.mentions, code, { span: s, section: section.id });

			// Relations established or absent, as a statement about (diplomatic) relations.
			const begins = lex.established.test(sentenceText) || lex.begins.test(sentenceText);
			const aboutRelations =
				lex.relationsWords.test(sentenceText) ||
				(own !== null &&
					(lex.established.test(sentenceText) || (begins && lex.relationsNoun.test(sentenceText))));
			if (aboutRelations) {
				const named = [...new Set(countries.map((c) => c.code))].filter((c) => c !== focus);
				// Whose relations: the countries the sentence names (its passage's own country first), else the passage's
				// country, else the one country the document is about ("양국은 1990년 3월 26일에 수교하였다").
				// Two other countries named without the focus speak of their own relations ("between Russia and Georgia").
				const focusNamed = countries.some((c) => c.code === focus);
				const partners =
					own && (named.includes(own) || named.length === 0)
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
				if (lex.negation.test(sentenceText) && (!own || !named.includes(own))) {
					for (const code of named.length ? named : partners) push(facts.none, code, s);
				} else if (begins && partners.length) {
					const date = relationsDate(sentenceText, sentence.start, dates, lex);
					for (const code of partners) {
						if (date) {
							const source = lex.diplomatic.test(sentenceText) ? 'diplomatic' : 'relations';
							push(facts.claims, code, { date: date.date, span: s, source });
						}
						push(facts.relations, code, s);
					}
					if (date) consumedDates.add(date.start);
				} else {
					// A description of the relations ("relations between Russia and Kazakhstan have been uneven") says
					// they exist.
					for (const code of partners) push(facts.relations, code, s);
				}
			}

			// Missions.
			if (lex.kinds.some((k) => k.re.test(sentenceText))) {
				const found = readMissions(
					text,
					sentence,
					countries,
					findAdjectives(text, doc.lang, sentence.start, sentence.end),
					dates,
					lex,
					doc.lang,
					focus,
					own ?? doc.about[0] ?? null,
					warn
				);
				for (const m of found) {
					facts.missions.push({ ...m, span: s });
					for (const h of m.highlight) consumedDates.add(h.start);
				}
			}

			// A planned mission was read: as a plan, which the map does not show.
			// (A sentence that already has a warning of its own, such as an unknown city, gets no second one.)
			if (
				promising &&
				factCount() === factsBefore &&
				warnings.list.length === warningsBefore &&
				!lex.modal.test(sentenceText)
			) {
				facts.unread++;
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
	facts.read = factCount();
	return facts;
}

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

type Draft = Omit<MissionFact, 'span'>;

const AND = LANGUAGES.flatMap((l) => l.clauses.and).map(escapeRegExp);
const AND_OR = [...AND, ...LANGUAGES.flatMap((l) => l.clauses.or).map(escapeRegExp)];
/** Between two cities of one list ("in Shanghai, Hong Kong and Ürümqi"). */
const LIST_GAP = new RegExp(`^\\s*(?:,|${AND.join('|')})?\\s*$`, 'u');
/** A comma or "and"/"or" that opens the gap between a mission word and its host ("embassies in Germany and France"). */
const JOIN_LEAD = new RegExp(`^\\s*(?:,|${AND_OR.join('|')})\\s*`, 'u');
/** A preposition and a capitalised word: a place named ("посолство в Атлантида"), known or not. */
const PLACE_NAMED = new RegExp(
	`\\s(?:${LANGUAGES.flatMap((l) => l.clauses.placePrepositions).join('|')})\\s+(\\p{Lu}[\\p{L}-]*)`,
	'u'
);

/**
 * Missions stated in one sentence. Each mission word (or a run of them, "an embassy and a consulate") forms a group;
 * the places after it (or, in Korean, before it) are where the group's missions stand. A group's sender is the
 * country attached to its word ("Japan's embassy", "the embassy of Japan", "미국 대사관", "посолството на Япония"),
 * else the nearest subject before it ("Germany has an embassy in A and Japan has one in B"), else the clause's
 * subject. The host is the place's country, a country named as the place ("an embassy in the UK", "주카자흐스탄"),
 * or, in a passage about one other country, the other side of the pair.
 */
function readMissions(
	text: string,
	sentence: Sentence,
	countries: CountryMatch[],
	adjectives: CountryMatch[],
	dates: DateMatch[],
	lex: Lexicon,
	lang: string,
	focus: string,
	sectionCountry: string | null,
	warn: (at: number, message: string, snippet: string, fix: string) => void
): Draft[] {
	const out: Draft[] = [];
	let inherited: MissionKind[] = [];
	let inheritedSender: string | null = null;
	let inheritedCo: string[] = [];
	// A clause may leave out its subject when the one before named it ("대한민국은 ... 수립하고 ... 설치하였다").
	let lastSubject: string | null = null;
	/** The sender of the last group of missions in the sentence. */
	let previousSender: string | null = null;
	// The other side of the pair, for a mission whose place the sentence leaves out.
	// In a passage about one pair, the other side; elsewhere, another country's mission that the clause says was
	// opened ("대한민국은 ... 상주대사관을 설치하였다" in an article on Uzbekistan) stands in the focus. Nothing else
	// is guessed.
	const counterpart = (sender: string, clause: string) =>
		sectionCountry && sectionCountry !== focus && sender === focus
			? sectionCountry
			: sender !== focus && (sender === sectionCountry || lex.openVerb.test(clause))
				? focus
				: null;
	for (const [cStart, cEnd] of clauses(text, sentence, lex)) {
		const clauseText = text.slice(cStart, cEnd);
		const clause: Clause = { text, start: cStart, end: cEnd, lex };
		// A mission only planned or considered is not on the map.
		if (lex.modal.test(clauseText)) continue;
		const tokens = tokenize(text, cStart, cEnd, countries, adjectives, dates, lex, lang);
		const gap = (a: Token, b: Token) => text.slice(a.end, b.start);

		// The role of each country: attached to a mission word, host, served, or subject.
		const { senderOf, subjects, hostMark, hostMarks, target, subjectGroups } = countryRoles(
			clause,
			tokens,
			focus
		);
		const codesOf = (g: Token[] | undefined) => [...new Set((g ?? []).map((t) => t.code!))];
		const subjectBefore = (at: number) => {
			let found: Token[] | undefined;
			for (const g of subjectGroups) if (g[0].start < at) found = g;
			return codesOf(found);
		};
		const [clauseSender = lastSubject, ...clauseCo] = codesOf(subjectGroups[0]);
		if (subjects.length) lastSubject = subjects[subjects.length - 1].code!;
		// Korean states a mission with a verb of being or opening, or names it "주(host) (sender) 대사관".
		if (lex.exists && !lex.exists.test(clauseText) && !hostMarks.some((t) => t.hostPrefixed)) continue;
		// The host named nearest before a mission word ("주몽골 대한민국 대사관주한 몽골 대사관": two hosts).
		const hostMarkBefore = (at: number) => {
			let found: Token | null = null;
			for (const h of hostMarks) if (h.start < at) found = h;
			return found ?? hostMarks[0] ?? null;
		};
		const districtAt = clauseText.search(lex.districtWords);
		const district = districtAt >= 0 ? cStart + districtAt : cEnd;

		const clauseMissions: Draft[] = [];
		/** A mission that another one of the clause became ("분관이 대사관으로 승격"): new -> old. */
		const upgradedFrom = new Map<Draft, Draft>();
		let group: MissionKind[] = [];
		let groupHighlights: Span[] = [];
		let groupSender: string | null = null;
		let groupCo: string[] = [];
		let afterPlace = false;
		let pendingCities: Token[] = [];
		const emit = (place: Place | null, cityStated: boolean, marks: Span[], host = place!.country) => {
			const kinds = group.length ? group : inherited;
			// With the mission word left out ("а Казахстан - в Токио"), the clause's own subject sends the missions of
			// the clause before.
			const own = group.length ? groupSender : (subjectGroups[0]?.[0].code ?? inheritedSender);
			const senders = own
				? [
						own,
						...(group.length ? groupCo : subjectGroups[0] ? codesOf(subjectGroups[0]).slice(1) : inheritedCo)
					]
				: clauseSender
					? [clauseSender, ...clauseCo]
					: [''];
			for (const sender of senders)
				for (const kind of kinds)
					clauseMissions.push({
						sender,
						host,
						kind,
						place,
						cityStated,
						accreditedTo: [],
						since: null,
						until: null,
						highlight: [...groupHighlights, ...marks]
					});
		};
		/** A group whose sentence names no place: a host named apart, both capitals, or the other side of the pair. */
		function placeUnplaced() {
			const sender = groupSender ?? clauseSender;
			const mark = hostMarkBefore(groupStart);
			// "посолство в Атлантида": a place is named but the gazetteer does not know it. Say so; guess nothing.
			const word = PLACE_NAMED.exec(text.slice(groupStart, cEnd));
			const unknownCity = word && !lookupCountry(word[1], lang) ? word[1] : null;
			const previous = clauseMissions.at(-1);
			if (lex.upgraded.test(clauseText) && previous && groupStarts.length > 1) {
				// "두샨베 분관이 2021년 대사관으로 승격되었다": the same post, now of this kind, where the last one was.
				emit(previous.place, previous.cityStated, [], previous.host);
				upgradedFrom.set(clauseMissions.at(-1)!, previous);
			} else if (unknownCity) {
				warn(
					cStart,
					`unknown city "${unknownCity}": the mission is not placed`,
					shorten(clauseText),
					`Add the city to the aliases of src/lib/pipeline/languages/${lang.split('-')[0]}.ts`
				);
			} else if (mark) {
				// "주카자흐스탄 미국 대사관": no city, the host is named.
				emit(capitalFor(mark.code!), false, [markOf(mark)], mark.code!);
			} else if (lex.reciprocal.test(clauseText) && sectionCountry && sectionCountry !== focus) {
				// "embassies in each other's capitals": both directions.
				for (const [from, to] of [
					[focus, sectionCountry],
					[sectionCountry, focus]
				]) {
					groupSender = from;
					groupCo = [];
					emit(capitalFor(to), false, [], to);
				}
			} else if (sender && counterpart(sender, clauseText)) {
				// "1993년 12월 상주대사관을 설치하였다" in a passage about the pair: in the other country, city unknown.
				const host = counterpart(sender, clauseText)!;
				groupSender = sender;
				groupCo = [];
				emit(capitalFor(host), false, [], host);
			} else {
				warn(
					cStart,
					'a mission with no city or host country: not placed',
					shorten(clauseText),
					'Name the city or the country in the sentence'
				);
			}
		}
		const markOf = (t: Token): Span => ({ doc: '', start: t.start, end: t.end });
		/** The host's capital for a mission whose city is not stated; none known, the mission is kept unplaced. */
		const capitalFor = (host: string): Place | null => {
			const capital = capitalOf(host);
			if (!capital)
				warn(
					cStart,
					`a mission in ${countryName(host, 'en')}, whose city the sentence does not name and whose capital the gazetteer does not know: kept, not on the map`,
					shorten(clauseText),
					'Name the city in the sentence to place the mission'
				);
			return capital;
		};
		const kindCount = tokens.filter((t) => t.type === 'kind').length;
		let groupStart = cStart;
		/** Where each group of missions begins, so that a date is given to the group it stands in. */
		const groupStarts: { at: number; from: number }[] = [];
		for (let i = 0; i < tokens.length; i++) {
			const t = tokens[i];
			if (t.type === 'city' && t.start > district) continue;
			if (t.type === 'kind') {
				// A mission word with a sender of its own, or a host named since the last one, starts a new group:
				// "주몽골 대한민국 대사관주한 몽골 대사관" is two missions.
				const ownSender = senderOf.get(t);
				const newHost = hostMarks.some((h) => h.start > groupStart && h.start < t.start);
				if (afterPlace || group.length === 0 || (ownSender && ownSender !== groupSender) || newHost) {
					// A group with no place before this one: placed by its host mark or the pair, as at the end.
					if (group.length && !afterPlace && !pendingCities.length) placeUnplaced();
					previousSender = groupSender ?? previousSender;
					group = [];
					groupHighlights = [];
					groupSender = null;
					groupCo = [];
					groupStart = t.start;
					groupStarts.push({ at: t.start, from: clauseMissions.length });
				}
				group.push(t.kind!);
				groupHighlights.push(markOf(t));
				if (senderOf.has(t)) [groupSender, groupCo] = [senderOf.get(t)!, []];
				else if (groupSender === null) {
					[groupSender = null, ...groupCo] = subjectBefore(t.start);
					// No subject of its own: the sender of the mission before it in the sentence ("The South Korean
					// embassy is in Astana, with a consulate general in Almaty"; "...; a consulate operates in Busan").
					if (groupSender === null && !clauseSender) {
						groupSender = previousSender;
						groupCo = [];
					}
				}
				afterPlace = false;
				// Korean names the place first: "알마티에 총영사관을".
				if (lex.placeFirst && pendingCities.length) {
					for (const c of pendingCities) emit(c.place!, true, [markOf(c)]);
					pendingCities = [];
					afterPlace = true;
				}
			} else if (t.type === 'city') {
				if (lex.placeFirst || (group.length === 0 && (kindCount > 0 || inherited.length === 0))) {
					pendingCities.push(t);
					continue;
				}
				emit(t.place!, true, [markOf(t)]);
				afterPlace = true;
			} else if (
				t.type === 'country' &&
				(afterPlace || lex.placeFirst) &&
				tokens[i - 1]?.type === 'city' &&
				LIST_GAP.test(gap(tokens[i - 1], t)) &&
				cachedCity(text.slice(t.start, t.end), lang)
			) {
				// A city-state in a list of cities ("in Shanghai, Hong Kong and Ürümqi"): the city.
				const place = cachedCity(text.slice(t.start, t.end), lang)!;
				if (lex.placeFirst) pendingCities.push({ ...t, type: 'city', place });
				else emit(place, true, [markOf(t)]);
			} else if (
				t.type === 'country' &&
				!t.adjective &&
				i > 0 &&
				(tokens[i - 1].type === 'kind' ||
					(afterPlace && tokens[i - 1].type === 'country') ||
					// "посольство России в Шри-Ланке", "the embassy of Russia in Sri Lanka": after the word's own sender.
					(tokens[i - 2]?.type === 'kind' && senderOf.get(tokens[i - 2]) === tokens[i - 1].code)) &&
				lex.hostGap.test(gap(tokens[i - 1], t).replace(JOIN_LEAD, ' '))
			) {
				// "открива посолство в Казахстан", "embassies in Germany and France": the host is named, the city is not:
				// its capital, marked approximate.
				const nextCity = tokens.slice(i + 1).find((x) => x.type === 'city' || x.type === 'kind');
				if (nextCity?.type === 'city') continue;
				emit(capitalFor(t.code!), false, [markOf(t)], t.code!);
				afterPlace = true;
			}
		}
		// "От 2009 година в Алмати има и Генерално Консулство": the city came before the mission word.
		if (!afterPlace && group.length && pendingCities.length)
			for (const c of pendingCities) emit(c.place!, true, [markOf(c)]);
		else if (group.length === 0 && kindCount === 0 && inherited.length && pendingCities.length)
			for (const c of pendingCities) emit(c.place!, true, [markOf(c)]);
		else if (group.length && !afterPlace) placeUnplaced();

		const moved = lex.moved.test(clauseText);
		const byIndex = missionDates(clause, tokens, groupStarts, clauseMissions.length);
		const dated = new Map(clauseMissions.map((m, i) => [m, byIndex[i]]));
		for (const [now, before] of upgradedFrom) {
			// The old kind ends when the new one begins.
			const begins = dated.get(now)?.since;
			const old = dated.get(before);
			if (begins && old) old.until = begins;
		}
		for (const m of clauseMissions) {
			const { since, until } = dated.get(m) ?? { since: null, until: null };
			if (moved && out.length) {
				// "…, което е преместено в Астана 2006 година": the previous mission, moved; it ends where this begins.
				const prev = out[out.length - 1];
				m.sender = prev.sender;
				m.kind = prev.kind;
				if (since) prev.until = since.date;
			}
			if (since) {
				m.since = since.date;
				m.highlight.push({ doc: '', start: since.start, end: since.end });
			}
			if (until) {
				m.until = until.date;
				m.highlight.push({ doc: '', start: until.start, end: until.end });
			}
		}
		for (const m of clauseMissions) {
			if (!m.sender || m.sender === m.host) {
				// The sentence leaves the sender out: in a section about country X, a mission in the focus is X's, and a
				// mission in X is the focus's.
				if (sectionCountry && m.host === focus) m.sender = sectionCountry;
				else if (sectionCountry && m.host === sectionCountry) m.sender = focus;
			}
			if (hostMark && hostMark !== m.host)
				warn(
					cStart,
					`the mission's city is not in ${hostMark}, the country the sentence names as host`,
					shorten(clauseText),
					'Check the city and the host country'
				);
			if (!m.sender || m.sender === m.host) {
				warn(
					cStart,
					'a mission whose sending country the sentence does not say',
					shorten(clauseText),
					'Name the sending country in the sentence'
				);
				continue;
			}
			if (target && target !== m.host && target !== m.sender) m.accreditedTo = [target];
			else if (!target && m.sender !== focus && m.host !== focus) m.accreditedTo = [focus];
			out.push(m);
		}
		if (group.length) {
			inherited = [...group];
			inheritedSender = groupSender;
			previousSender = groupSender ?? previousSender;
			inheritedCo = groupCo;
		}
	}
	return out.map((m) => ({ ...m, highlight: m.highlight.map((h) => ({ ...h })) }));
}
