/**
 * The placing phase of the mission grammar: the clause's mission words grouped ("an embassy and a consulate"), each
 * group's sender, and where its missions stand. A group's places are the cities after its word (before it, in
 * Korean), a host named after it ("посолство в Казахстан", "the embassy of Japan in Kazakhstan"), a host marked apart
 * ("주카자흐스탄", "우즈베키스탄과 카자흐스탄에"), both capitals ("in each other's capitals"), or the other side of the
 * pair; a city named that the gazetteer does not know is warned of, and nothing is guessed.
 */
import type { MissionKind, Span } from '../../../atlas/types';
import { countryName, lookupCountry } from '../../lookup/countries';
import { capitalOf, type Place } from '../../lookup/places';
import { LANGUAGES } from '../../languages';
import { shorten } from '../../problems';
import { cachedCity, LIST_GAP, type Token } from '../tokens';
import { escapeRegExp, type Clause, type Draft } from './clause';
import type { GroupStart } from './dates';
import type { Roles } from './roles';

const AND = LANGUAGES.flatMap((l) => l.clauses.and).map(escapeRegExp);
const AND_OR = [...AND, ...LANGUAGES.flatMap((l) => l.clauses.or).map(escapeRegExp)];
/** A comma or "and"/"or" that opens the gap between a mission word and its host ("embassies in Germany and France"). */
const JOIN_LEAD = new RegExp(`^\\s*(?:,|${AND_OR.join('|')})\\s*`, 'u');
/** A preposition and a capitalised word: a place named ("посолство в Атлантида"), known or not. */
const PLACE_NAMED = new RegExp(
	`\\s(?:${LANGUAGES.flatMap((l) => l.clauses.placePrepositions).join('|')})\\s+(\\p{Lu}[\\p{L}-]*)`,
	'u'
);

/** What one clause hands the next of the same sentence. */
export interface Carry {
	/** The kinds, sender and co-senders of the last group ("а Казахстан - в Токио" sends the same kind). */
	inherited: MissionKind[];
	inheritedSender: string | null;
	inheritedCo: string[];
	/** The sender of the last group of missions in the sentence. */
	previousSender: string | null;
}

export interface PlaceInput {
	clause: Clause;
	tokens: readonly Token[];
	roles: Roles;
	/** The clause's subject (or the last one before it in the sentence) and those joined to it. */
	clauseSender: string | null;
	clauseCo: string[];
	carry: Carry;
	lang: string;
	focus: string;
	/** The country whose passage this is, or the one the document is about. */
	sectionCountry: string | null;
	warn: (at: number, message: string, snippet: string, fix: string) => void;
	/**
	 * The last mission stated before this clause in the passage (an earlier clause or sentence): the one a clause that
	 * states an upgrade with no mission of its own upgrades ("In 1995 X opened a consulate in A. In 2000 it was granted
	 * the status of an embassy.").
	 */
	earlier?: Draft | null;
}

export interface Placed {
	missions: Draft[];
	/** Where each group begins, so that a date is given to the group it stands in. */
	groupStarts: GroupStart[];
	/**
	 * A mission that another one became ("분관이 대사관으로 승격"): new -> old, the old one of this clause or the
	 * passage's `earlier`.
	 */
	upgradedFrom: Map<Draft, Draft>;
	/**
	 * Missions the clause's dates are not of: read from an ambassador (the dates are the envoy's tenure), or named as
	 * another mission's owner ("opened a consulate of its Hungarian embassy": the consulate's date).
	 */
	undated: Set<Draft>;
	/** Missions of unstated kind: kept only with a sender the sentence states. */
	fromUnstated: Set<Draft>;
	/** An ambassador's embassy and the countries named with its host ("посол КР в Китае и Монголии": MN). */
	servedWith: Map<Draft, string[]>;
}

/**
 * The countries named together with an ambassador's first host ("посол КР в Китае и Монголии", "ambassador to China
 * and Mongolia"): [the host's token index, the others' codes]; null when the ambassador names one host.
 */
function hostsNamedTogether(
	tokens: readonly Token[],
	at: number,
	sender: string,
	gap: (a: Token, b: Token) => string
): [number, string[]] | null {
	let k = at + 1;
	if (tokens[k]?.type === 'country' && tokens[k].code === sender && tokens[k].start > tokens[at].end) k++;
	const first = tokens[k];
	if (first?.type !== 'country') return null;
	const others: string[] = [];
	for (let j = k + 1; tokens[j]?.type === 'country' && LIST_GAP.test(gap(tokens[j - 1], tokens[j])); j++)
		others.push(tokens[j].code!);
	return others.length ? [k, others] : null;
}

/**
 * The other side of the pair, for a mission whose place the sentence leaves out. In a passage about one pair, the
 * other side; elsewhere, another country's mission that the clause says was opened ("대한민국은 ... 상주대사관을
 * 설치하였다" in an article on Uzbekistan) stands in the focus. Nothing else is guessed.
 */
function counterpart(
	sender: string,
	clauseText: string,
	{ focus, sectionCountry, clause }: Pick<PlaceInput, 'focus' | 'sectionCountry' | 'clause'>
): string | null {
	return sectionCountry && sectionCountry !== focus && sender === focus
		? sectionCountry
		: sender !== focus && (sender === sectionCountry || clause.lex.openVerb.test(clauseText))
			? focus
			: null;
}

/**
 * The passage's last mission is the one a clause upgrades when the clause names no place, and whatever sender and host
 * it names are that mission's.
 */
function earlierUpgraded(input: PlaceInput, sender: string | null, host: string | null): boolean {
	const before = input.earlier;
	if (!before || !before.sender) return false;
	if (input.tokens.some((t) => t.type === 'city')) return false;
	return (sender === null || sender === before.sender) && (host === null || host === before.host);
}

/** The same city named twice before one mission word ("알마티에 … 알마티 분관을") is one place. */
function onePerPlace(cities: Token[]): Token[] {
	return cities.filter((c, i) => cities.findIndex((d) => d.place!.geonameId === c.place!.geonameId) === i);
}

/** The missions of one clause, placed; the carry is updated for the next clause. */
export function placeMissions(input: PlaceInput): Placed {
	const { clause, tokens, roles, clauseSender, clauseCo, carry, lang, focus, sectionCountry, warn } = input;
	const { text, start: cStart, end: cEnd, lex } = clause;
	const clauseText = text.slice(cStart, cEnd);
	const { senderOf, hostOf, hostMarks, targets, subjectGroups, hostRuns } = roles;
	const gap = (a: Token, b: Token) => text.slice(a.end, b.start);
	const codesOf = (g: Token[] | undefined) => [...new Set((g ?? []).map((t) => t.code!))];
	const subjectBefore = (at: number) => {
		let found: Token[] | undefined;
		for (const g of subjectGroups) if (g[0].start < at) found = g;
		return codesOf(found);
	};
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
	/** The host an adjective after a possessive names for the group's word ("its Hungarian embassy"). */
	let groupHost: string | null = null;
	let groupCo: string[] = [];
	/** The group is an ambassador's: the clause's dates are the envoy's tenure, not the embassy's. */
	let groupEnvoy = false;
	const undated = new Set<Draft>();
	/** The group's mission word does not state its kind: it needs a sender the sentence states. */
	let groupUnstated = false;
	const fromUnstated = new Set<Draft>();
	const servedWith = new Map<Draft, string[]>();
	/** The countries named with the ambassador's host, and the tokens that name them (no host of their own). */
	let groupServed: string[] = [];
	const servedTokens = new Set<number>();
	let afterPlace = false;
	/** The last country placed as a host with no city ("embassies in Germany, France and Italy"). */
	let lastHost: Token | null = null;
	let pendingCities: Token[] = [];
	const emit = (place: Place | null, cityStated: boolean, marks: Span[], host = place!.country) => {
		const kinds = group.length ? group : carry.inherited;
		// With the mission word left out ("а Казахстан - в Токио"), the clause's own subject sends the missions of
		// the clause before.
		const own = group.length ? groupSender : (subjectGroups[0]?.[0].code ?? carry.inheritedSender);
		const senders = own
			? [
					own,
					...(group.length
						? groupCo
						: subjectGroups[0]
							? codesOf(subjectGroups[0]).slice(1)
							: carry.inheritedCo)
				]
			: clauseSender
				? [clauseSender, ...clauseCo]
				: [''];
		for (const sender of senders)
			for (const kind of kinds) {
				const draft: Draft = {
					sender,
					host,
					kind,
					place,
					cityStated,
					accreditedTo: [],
					since: null,
					until: null,
					highlight: [...groupHighlights, ...marks]
				};
				clauseMissions.push(draft);
				if (groupEnvoy) undated.add(draft);
				if (groupEnvoy && groupServed.length) servedWith.set(draft, groupServed);
				if (groupUnstated) fromUnstated.add(draft);
			}
	};
	/** A group whose sentence names no place: a host named apart, both capitals, or the other side of the pair. */
	function placeUnplaced() {
		const sender = groupSender ?? clauseSender;
		const mark = hostMarkBefore(groupStart);
		if (groupHost) {
			emit(capitalFor(groupHost), false, [], groupHost);
			return;
		}
		// "посолство в Атлантида": a place is named but the gazetteer does not know it. Say so; guess nothing.
		const word = PLACE_NAMED.exec(text.slice(groupStart, cEnd));
		// Not a date's month ("the status of an embassy in January 2001") nor a country.
		const wordAt = word ? groupStart + word.index + word[0].length - word[1].length : -1;
		const unknownCity =
			word &&
			!lookupCountry(word[1], lang) &&
			!tokens.some((t) => t.type === 'date' && t.start <= wordAt && wordAt < t.end)
				? word[1]
				: null;
		const previous = clauseMissions.at(-1);
		const upgrade = lex.upgraded.test(clauseText);
		if (upgrade && previous && groupStarts.length > 1) {
			// "두샨베 분관이 2021년 대사관으로 승격되었다": the same post, now of this kind, where the last one was.
			emit(previous.place, previous.cityStated, [], previous.host);
			upgradedFrom.set(clauseMissions.at(-1)!, previous);
		} else if (upgrade && !previous && earlierUpgraded(input, sender, mark?.code ?? null)) {
			// "In 2000 it was granted the status of an embassy", "В 2000 году миссия получила статус посольства": the
			// clause names no mission of its own to upgrade, nor another place; the passage's last mission is the one.
			const before = input.earlier!;
			groupSender = before.sender;
			groupCo = [];
			emit(before.place, before.cityStated, [], before.host);
			upgradedFrom.set(clauseMissions.at(-1)!, before);
		} else if (unknownCity) {
			warn(
				cStart,
				`unknown city "${unknownCity}": the mission is not placed`,
				shorten(clauseText),
				`Add the city to the aliases of src/lib/pipeline/languages/${lang.split('-')[0]}.ts`
			);
		} else if (mark) {
			// "주카자흐스탄 미국 대사관": no city, the host is named; "우즈베키스탄과 카자흐스탄에 대사관을": two hosts.
			for (const host of hostRuns.find((r) => r.at(-1) === mark) ?? [mark])
				emit(capitalFor(host.code!), false, [markOf(host)], host.code!);
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
		} else if (sender && counterpart(sender, clauseText, input)) {
			// "1993년 12월 상주대사관을 설치하였다" in a passage about the pair: in the other country, city unknown.
			const host = counterpart(sender, clauseText, input)!;
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
	const groupStarts: GroupStart[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (t.type === 'city' && t.start > district) continue;
		// An ambassador stands for an embassy only with the sender attached ("Kazakhstan's ambassador") and the
		// countries served named ("is also accredited to Peru"); the clause's dates are the envoy's own.
		// Or with the countries served named together with its host ("посол КР в Китае и Монголии").
		const together = t.envoy && senderOf.has(t) ? hostsNamedTogether(tokens, i, senderOf.get(t)!, gap) : null;
		if (t.envoy && (!senderOf.has(t) || (targets.length === 0 && !together))) continue;
		if (servedTokens.has(i)) continue;
		const ownHost = t.type === 'kind' ? hostOf.get(t) : undefined;
		if (ownHost && group.length && !afterPlace) {
			// "a consulate of its Hungarian embassy in Belgrade": the embassy owns the mission named before it; it is the
			// subject's, in the country the adjective names (in the city after it only if that city is there), and the
			// clause's place and dates are the other mission's.
			const sender = groupSender ?? subjectBefore(t.start)[0] ?? clauseSender;
			const next = tokens[i + 1];
			const city = next?.type === 'city' && next.place!.country === ownHost ? next : null;
			if (city) i++;
			if (sender && sender !== ownHost) {
				const draft: Draft = {
					sender,
					host: ownHost,
					kind: t.kind!,
					place: city ? city.place! : capitalFor(ownHost),
					cityStated: city !== null,
					accreditedTo: [],
					since: null,
					until: null,
					highlight: [markOf(t), ...(city ? [markOf(city)] : [])]
				};
				clauseMissions.push(draft);
				undated.add(draft);
			}
			continue;
		}
		if (t.type === 'kind') {
			// A mission word with a sender of its own, or a host named since the last one, starts a new group:
			// "주몽골 대한민국 대사관주한 몽골 대사관" is two missions.
			const ownSender = senderOf.get(t);
			const newHost = hostMarks.some((h) => h.start > groupStart && h.start < t.start);
			if (afterPlace || group.length === 0 || (ownSender && ownSender !== groupSender) || newHost) {
				// A group with no place before this one: placed by its host mark or the pair, as at the end.
				if (group.length && !afterPlace && !pendingCities.length) placeUnplaced();
				carry.previousSender = groupSender ?? carry.previousSender;
				group = [];
				groupHighlights = [];
				groupSender = null;
				groupHost = ownHost ?? null;
				groupCo = [];
				groupStart = t.start;
				groupStarts.push({ at: t.start, from: clauseMissions.length });
			}
			group.push(t.kind!);
			groupEnvoy = t.envoy === true;
			groupServed = together?.[1] ?? [];
			if (together)
				for (let j = together[0] + 1; j <= together[0] + groupServed.length; j++) servedTokens.add(j);
			groupUnstated = t.unstated === true;
			groupHighlights.push(markOf(t));
			if (senderOf.has(t)) [groupSender, groupCo] = [senderOf.get(t)!, []];
			else if (groupSender === null) {
				[groupSender = null, ...groupCo] = subjectBefore(t.start);
				// No subject of its own: the sender of the mission before it in the sentence ("The South Korean
				// embassy is in Astana, with a consulate general in Almaty"; "...; a consulate operates in Busan").
				if (groupSender === null && !clauseSender) {
					groupSender = carry.previousSender;
					groupCo = [];
				}
			}
			afterPlace = false;
			// Korean names the place first: "알마티에 총영사관을".
			if (lex.placeFirst && pendingCities.length) {
				for (const c of onePerPlace(pendingCities)) emit(c.place!, true, [markOf(c)]);
				pendingCities = [];
				afterPlace = true;
			}
		} else if (t.type === 'city') {
			if (lex.placeFirst || (group.length === 0 && (kindCount > 0 || carry.inherited.length === 0))) {
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
				// "посолството на Япония в Казахстан", "the embassy of Japan in Kazakhstan": after the sender.
				(tokens[i - 2]?.type === 'kind' && senderOf.get(tokens[i - 2]) === tokens[i - 1].code)) &&
			(lex.hostGap.test(gap(tokens[i - 1], t).replace(JOIN_LEAD, ' ')) ||
				// "embassies in Germany, France and Italy": a host listed after a host.
				(tokens[i - 1] === lastHost && LIST_GAP.test(gap(tokens[i - 1], t))))
		) {
			// "открива посолство в Казахстан", "embassies in Germany and France": the host is named, the city is not:
			// its capital, marked approximate.
			const nextCity = tokens.slice(i + 1).find((x) => x.type === 'city' || x.type === 'kind');
			if (nextCity?.type === 'city') continue;
			emit(capitalFor(t.code!), false, [markOf(t)], t.code!);
			afterPlace = true;
			lastHost = t;
		}
	}
	// "От 2009 година в Алмати има и Генерално Консулство": the city came before the mission word, in its phrase (not
	// across a comma: "в София ... г-н Избастин, управляващ дипломатическата мисия" is where the reception was).
	const ownCities = pendingCities.filter((c) => !text.slice(c.end, groupStart).includes(','));
	if (!afterPlace && group.length && ownCities.length)
		for (const c of ownCities) emit(c.place!, true, [markOf(c)]);
	else if (group.length === 0 && kindCount === 0 && carry.inherited.length && pendingCities.length)
		for (const c of pendingCities) emit(c.place!, true, [markOf(c)]);
	else if (group.length && !afterPlace) placeUnplaced();

	if (group.length) {
		carry.inherited = [...group];
		carry.inheritedSender = groupSender;
		carry.previousSender = groupSender ?? carry.previousSender;
		carry.inheritedCo = groupCo;
	}
	return { missions: clauseMissions, groupStarts, upgradedFrom, undated, fromUnstated, servedWith };
}
