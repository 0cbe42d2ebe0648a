/**
 * The atlas as of a year. Pure: (facts, year) -> each country's state, the missions open, the chronology of
 * dated events, the difference between two years, and how many facts have a date.
 *
 * The rule for "as of Y": **at the end of year Y** (31 December). A fact dated D (a year, a month or a day) holds as
 * of Y when D's year is at most Y; a mission open since S and closed (or moved away) in U is open as of Y when
 * S's year <= Y < U's year, so a mission moved in 2006 is at its new city as of 2006. Years, not days, because
 * most facts are stated to the year only ("през 1992 година"), and comparing a day with a year would need a guess.
 *
 * What is never done:
 * - Nothing is filled forward or backward: a fact with no date holds in no particular year; it is listed as
 *   "date not stated" in every year, beside whatever dated fact holds then, and never counted as absent.
 * - A "no relations" statement holds at its document's date only (the year the document was taken); a document
 *   with no date leaves it undated.
 * - A break (or suspension) of relations with its own date holds from its year until a restoration, or until any
 *   later dated fact of relations (an embassy opened after it, relations established again): never past one.
 * - Of two dates for the start of relations, the one the map uses (the atlas's `established`, the table's date,
 *   else the one about diplomatic relations) decides the state; the chronology lists both.
 */
import type { MissionKind, PartialDate } from '../../atlas/types';
import { concerns, type TimeCountry, type TimeFacts, type TimeMission } from './facts';

const yearOf = (date: PartialDate): number => Number(date.slice(0, 4));

/** Open as of the end of `year`: opened by then (with a stated date) and not closed or moved by then. */
function isOpen(m: Pick<TimeMission, 'since' | 'until'>, year: number): boolean {
	return m.since !== null && yearOf(m.since) <= year && (m.until === null || yearOf(m.until) > year);
}

/** Closed (or moved away) by the end of `year`, by a stated date. */
const isClosed = (m: Pick<TimeMission, 'until'>, year: number) => m.until !== null && yearOf(m.until) <= year;

/** A resident embassy between a country and the focus: one's embassy in the other. */
const isResidentEmbassy = (m: TimeMission, code: string, focus: string) =>
	m.kind === 'embassy' &&
	((m.sender === code && m.host === focus) || (m.sender === focus && m.host === code));

/** The first and last year of the timeline: the earliest dated fact and the latest document's year. */
export function yearSpan(facts: TimeFacts): { first: number; last: number } | null {
	const dates = [
		...facts.countries.flatMap((c) => [
			...c.claims.map((x) => x.date),
			...c.none.flatMap((n) => n.date ?? []),
			...c.breaks.map((b) => b.date)
		]),
		...facts.missions.flatMap((m) => [m.since, m.until].filter((d): d is string => d !== null))
	].map(yearOf);
	if (dates.length === 0) return null;
	const documentYears = facts.documents.flatMap((d) => (d.date ? [yearOf(d.date)] : []));
	const first = Math.min(...dates);
	return { first, last: Math.max(first, ...dates, ...documentYears) };
}

/** What a country's colour says as of a year. */
export type YearCategory =
	/** the focus itself */
	| 'focus'
	/** a resident embassy, either way, open as of Y by stated dates */
	| 'embassy'
	/** relations established by Y, or a mission open as of Y, by stated dates */
	| 'relations'
	/** a "no relations" statement of a document dated in Y */
	| 'none'
	/** no dated fact holds as of Y, but the documents state facts with no date */
	| 'undated'
	/** the documents name it but state nothing of its relations, at any date */
	| 'unstated'
	/** every fact the documents state about it is dated after Y (or, for "no relations", at another date) */
	| 'nothing';

/** A fact that holds as of the year, with the sentence that dates it. */
export interface HeldFact {
	/** 'broken' and 'suspended': a break of relations in force; 'restored': relations restored after one. */
	kind: 'established' | 'embassy' | 'mission' | 'none' | 'broken' | 'suspended' | 'restored';
	date: PartialDate;
	sentence: number;
	/** The mission's index (atlas and /data/missions.json), for 'embassy' and 'mission'. */
	mission?: number;
}

/** A fact whose date the documents do not state. */
export interface UndatedFact {
	kind: 'embassy' | 'mission' | 'relations' | 'none';
	sentence: number;
	mission?: number;
}

export interface CountryAtYear {
	code: string;
	category: YearCategory;
	/** The dated facts that hold as of Y, strongest first. */
	holds: HeldFact[];
	/**
	 * Facts with no date that say more than the colour does (an embassy beside relations dated 1992): "date not
	 * stated". For an 'undated' country, all its facts with no date.
	 */
	undated: UndatedFact[];
}

const RANK: Record<UndatedFact['kind'] | YearCategory, number> = {
	embassy: 3,
	mission: 2,
	relations: 2,
	none: 1,
	focus: 9,
	undated: 0,
	unstated: 0,
	nothing: 0
};

/** The state of every country of the documents as of `year` (the rule: at the end of that year). */
export function statesAt(facts: TimeFacts, year: number): CountryAtYear[] {
	return facts.countries.map((c) => countryAt(facts, c, year));
}

export function countryAt(facts: TimeFacts, c: TimeCountry, year: number): CountryAtYear {
	if (c.code === facts.focus) return { code: c.code, category: 'focus', holds: [], undated: [] };
	const missions = facts.missions.filter((m) => concerns(m, c.code, facts.focus));
	const holds: HeldFact[] = [];
	const undated: UndatedFact[] = [];
	for (const m of missions) {
		const embassy = isResidentEmbassy(m, c.code, facts.focus);
		if (isOpen(m, year))
			holds.push({
				kind: embassy ? 'embassy' : 'mission',
				date: m.since!,
				sentence: m.sentence,
				mission: m.index
			});
		else if (m.since === null && !isClosed(m, year))
			undated.push({ kind: embassy ? 'embassy' : 'mission', sentence: m.sentence, mission: m.index });
	}
	if (c.established && yearOf(c.established.date) <= year)
		holds.push({ kind: 'established', date: c.established.date, sentence: c.established.sentence });
	for (const n of c.none) {
		if (n.date === null) undated.push({ kind: 'none', sentence: n.sentence });
		else if (yearOf(n.date) === year) holds.push({ kind: 'none', date: n.date, sentence: n.sentence });
	}
	for (const s of c.relationsUndated) undated.push({ kind: 'relations', sentence: s });

	// The last break or restoration by the end of the year (date order; a restoration of the same year is after it).
	const mark = c.breaks.filter((b) => yearOf(b.date) <= year).at(-1);
	let broken = false;
	if (mark && mark.kind !== 'restored') {
		// In force unless a fact of relations is dated after the break's year.
		const since = yearOf(mark.date);
		broken = !holds.some((h) => h.kind !== 'none' && yearOf(h.date) > since);
		if (broken) {
			// What held before the break holds no more; an undated fact says no more than the break does.
			holds.splice(0, holds.length, ...holds.filter((h) => yearOf(h.date) > since));
			holds.push({ kind: mark.kind, date: mark.date, sentence: mark.sentence });
			undated.splice(0, undated.length);
		}
	} else if (mark) holds.push({ kind: 'restored', date: mark.date, sentence: mark.sentence });

	const order: HeldFact['kind'][] = [
		'broken',
		'suspended',
		'embassy',
		'established',
		'restored',
		'mission',
		'none'
	];
	holds.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.date.localeCompare(b.date));
	const category: YearCategory = broken
		? 'none'
		: holds.some((h) => h.kind === 'embassy')
			? 'embassy'
			: holds.some((h) => h.kind === 'established' || h.kind === 'mission' || h.kind === 'restored')
				? 'relations'
				: holds.some((h) => h.kind === 'none')
					? 'none'
					: undated.length > 0
						? 'undated'
						: c.status === 'unstated'
							? 'unstated'
							: 'nothing';
	const stronger = undated.filter((u) => RANK[u.kind] > RANK[category]);
	return { code: c.code, category, holds, undated: stronger };
}

/** The missions open as of `year` by stated dates (indexes into the atlas's missions). */
export function missionsOpenAt(facts: TimeFacts, year: number): number[] {
	return facts.missions.filter((m) => isOpen(m, year)).map((m) => m.index);
}

/** The missions whose opening date is not stated and that are not closed as of `year`: drawn as undated. */
export function missionsUndatedAt(facts: TimeFacts, year: number): number[] {
	return facts.missions.filter((m) => m.since === null && !isClosed(m, year)).map((m) => m.index);
}

export type EventKind =
	| 'established'
	| 'opened'
	| 'closed'
	| 'moved'
	| 'upgraded'
	| 'no-relations'
	| 'broken'
	| 'suspended'
	| 'restored';

/** One dated event that changed the map: its date, countries (the focus last) and the sentences that state it. */
export interface TimeEvent {
	/** Stable key, for lists. */
	key: string;
	date: PartialDate;
	year: number;
	kind: EventKind;
	/** The country it concerns first, then the focus. */
	countries: string[];
	sentences: number[];
	/** For mission events, the mission's index (the new one, for a move or an upgrade). */
	mission?: number;
	/** Mission events: the kind, and the city (a move: where from). */
	missionKind?: MissionKind;
	sender?: string;
	host?: string;
	city?: string | null;
	geonameId?: number | null;
	fromCity?: string | null;
	fromGeonameId?: number | null;
	fromKind?: MissionKind;
	/** A date of the start of relations that the map does not use, because another sentence gives another. */
	disputed?: boolean;
}

/**
 * Every dated event in date order, each listed once: the start of relations (each date the documents give; the
 * same date in two sentences is one event with both), a mission opened, closed, moved to another city (closed in
 * the year another mission of the same sender, host and kind opens) or upgraded (same city, another kind), and a
 * dated "no relations" statement.
 */
export function chronology(facts: TimeFacts): TimeEvent[] {
	const events: TimeEvent[] = [];
	const focus = facts.focus;
	for (const c of facts.countries) {
		if (c.code === focus) continue;
		const byDate = new Map<string, number[]>();
		for (const claim of c.claims) {
			const list = byDate.get(claim.date) ?? [];
			if (!list.includes(claim.sentence)) list.push(claim.sentence);
			byDate.set(claim.date, list);
		}
		for (const [date, sentences] of byDate)
			events.push({
				key: `established:${c.code}:${date}`,
				date,
				year: yearOf(date),
				kind: 'established',
				countries: [c.code, focus],
				sentences,
				...(c.established && c.established.date !== date ? { disputed: true } : {})
			});
		for (const b of c.breaks)
			events.push({
				key: `${b.kind}:${c.code}:${b.date}:${b.sentence}`,
				date: b.date,
				year: yearOf(b.date),
				kind: b.kind,
				countries: [c.code, focus],
				sentences: [b.sentence]
			});
		for (const n of c.none)
			if (n.date)
				events.push({
					key: `none:${c.code}:${n.date}:${n.sentence}`,
					date: n.date,
					year: yearOf(n.date),
					kind: 'no-relations',
					countries: [c.code, focus],
					sentences: [n.sentence]
				});
	}

	const other = (m: TimeMission) => (m.sender === focus ? m.host : m.sender);
	const successor = new Map<number, TimeMission>();
	for (const m of facts.missions) {
		if (m.until === null) continue;
		const next = facts.missions.find(
			(n) =>
				n !== m &&
				n.since !== null &&
				yearOf(n.since) === yearOf(m.until!) &&
				n.sender === m.sender &&
				n.host === m.host &&
				(n.kind === m.kind ? n.city !== m.city : n.city === m.city)
		);
		if (next) successor.set(m.index, next);
	}
	const followed = new Set([...successor.values()].map((n) => n.index));
	for (const m of facts.missions) {
		const event = (kind: EventKind, date: PartialDate, next?: TimeMission): TimeEvent => ({
			key: next ? `${kind}:${m.index}:${next.index}` : `${kind}:${m.index}`,
			date,
			year: yearOf(date),
			kind,
			countries: [other(m), focus],
			sentences: [...new Set([m.sentence, ...(next ? [next.sentence] : [])])],
			mission: (next ?? m).index,
			missionKind: (next ?? m).kind,
			sender: m.sender,
			host: m.host,
			city: (next ?? m).city,
			geonameId: (next ?? m).geonameId ?? null,
			...(next ? { fromCity: m.city, fromGeonameId: m.geonameId ?? null, fromKind: m.kind } : {})
		});
		if (m.since !== null && !followed.has(m.index)) events.push(event('opened', m.since));
		if (m.until === null) continue;
		const next = successor.get(m.index);
		if (!next) events.push(event('closed', m.until));
		else events.push(event(next.kind === m.kind ? 'moved' : 'upgraded', m.until, next));
	}
	const order: EventKind[] = [
		'established',
		'restored',
		'opened',
		'moved',
		'upgraded',
		'closed',
		'suspended',
		'broken',
		'no-relations'
	];
	return events.sort(
		(a, b) =>
			a.date.localeCompare(b.date) ||
			order.indexOf(a.kind) - order.indexOf(b.kind) ||
			a.countries[0].localeCompare(b.countries[0]) ||
			a.key.localeCompare(b.key)
	);
}

/** The years that have at least one event, in order: the steps of "play". */
export function eventYears(events: readonly TimeEvent[]): number[] {
	return [...new Set(events.map((e) => e.year))].sort((a, b) => a - b);
}

/** What changed between two years: countries and embassies added and gone. */
export interface YearDifference {
	from: number;
	to: number;
	/** Countries with relations (or an embassy) as of `to` and not as of `from`, by stated dates. */
	relationsAdded: string[];
	relationsGone: string[];
	/** Resident embassies (either way) open as of `to` and not as of `from` (mission indexes). */
	embassiesAdded: number[];
	embassiesGone: number[];
	/** Other missions opened and closed. */
	missionsAdded: number[];
	missionsGone: number[];
}

export function difference(facts: TimeFacts, from: number, to: number): YearDifference {
	const related = (year: number) =>
		new Set(
			statesAt(facts, year)
				.filter((s) => s.category === 'embassy' || s.category === 'relations')
				.map((s) => s.code)
		);
	const [a, b] = [related(from), related(to)];
	const focusMission = (m: TimeMission) => m.sender === facts.focus || m.host === facts.focus;
	const embassy = (m: TimeMission) => m.kind === 'embassy' && focusMission(m);
	const open = (year: number, pick: (m: TimeMission) => boolean) =>
		new Set(facts.missions.filter((m) => pick(m) && isOpen(m, year)).map((m) => m.index));
	const [ea, eb] = [open(from, embassy), open(to, embassy)];
	const other = (m: TimeMission) => focusMission(m) && !embassy(m);
	const [ma, mb] = [open(from, other), open(to, other)];
	const minus = <T>(x: Set<T>, y: Set<T>) => [...x].filter((v) => !y.has(v));
	return {
		from,
		to,
		relationsAdded: minus(b, a).sort(),
		relationsGone: minus(a, b).sort(),
		embassiesAdded: minus(eb, ea),
		embassiesGone: minus(ea, eb),
		missionsAdded: minus(mb, ma),
		missionsGone: minus(ma, mb)
	};
}

/** How much of the documents the timeline can place in time. */
export interface Coverage {
	/** Countries of the documents (not the focus, not mere mentions) with at least one dated fact. */
	datedCountries: number;
	countries: number;
	/** Facts (starts of relations, missions, "no relations" statements, undated relations) with a date. */
	datedFacts: number;
	facts: number;
}

export function coverage(facts: TimeFacts): Coverage {
	const stated = facts.countries.filter((c) => c.code !== facts.focus && c.status !== 'unstated');
	const dated = stated.filter(
		(c) =>
			c.claims.length > 0 ||
			c.none.some((n) => n.date !== null) ||
			c.breaks.length > 0 ||
			facts.missions.some((m) => concerns(m, c.code, facts.focus) && (m.since ?? m.until) !== null)
	);
	const countryFacts = stated.flatMap((c) => [
		...c.claims.map((x) => x.date),
		...c.none.map((n) => n.date),
		...c.breaks.map((b) => b.date),
		...c.relationsUndated.map(() => null)
	]);
	const missionFacts = facts.missions.map((m) => m.since ?? m.until);
	const all = [...countryFacts, ...missionFacts];
	return {
		datedCountries: dated.length,
		countries: stated.length,
		datedFacts: all.filter((d) => d !== null).length,
		facts: all.length
	};
}
