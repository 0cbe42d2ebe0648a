/**
 * Where two documents disagree about one country's relations with the focus, as `conflicts` entries of the atlas
 * (schema.ts ConflictSchema), flagged as a document's own contradictions are: another date for the start of relations
 * (the Bulgarian article's 19 February 1992 for the United Kingdom against Infogalactic's 19 January), another kind
 * of mission in one city, another city for one country's embassy. Pure; the build (`read.ts`) and the merge of the
 * reader's documents with the built atlas (`merge.ts`) both call it, so both flag the same things.
 *
 * A pair is a disagreement only where no one document states both sides: a document that names an embassy and a
 * consulate in one city, or a mission that moved, says so itself. A mission that closed or moved (an `until`) does
 * not contradict what stands there now, and a mission whose sentence names no city is placed, not stated.
 */
import { dateBefore, datesAgree } from '../atlas/partial-dates';
import type { Conflict, Mission, Span, Status } from '../atlas/types';

const docsOf = (m: Mission): Set<string> => new Set([m.span, ...m.alsoStated].map((s) => s.doc));
const disjoint = (a: Set<string>, b: Set<string>): boolean => [...a].every((d) => !b.has(d));

/**
 * The disagreements between documents among a country's dates of relations (`claims`, any order) and the missions
 * between it and the focus (`between`).
 */
export function acrossDocuments(
	claims: readonly { date: string; span: Span }[],
	between: readonly Mission[]
): Conflict[] {
	const out: Conflict[] = [];
	for (let i = 0; i < claims.length; i++)
		for (const other of claims.slice(i + 1)) {
			const one = claims[i];
			if (one.span.doc === other.span.doc || datesAgree(one.date, other.date)) continue;
			const dates = [one.date, other.date].sort();
			if (out.some((c) => c.dates.join() === dates.join())) continue;
			out.push({ kind: 'relations-dates-differ', spans: [one.span, other.span], dates });
		}
	// One mission that two documents date differently: "opened in 1992" in one, "since 1993" in the other. Each
	// document's opening is its earliest date for it (a later one of its own sentences may say what became of it).
	for (const m of between) {
		const opened = new Map<string, { since: string; span: Span }>();
		for (const d of m.dated ?? []) {
			const known = opened.get(d.span.doc);
			if (d.since !== null && (!known || dateBefore(d.since, known.since)))
				opened.set(d.span.doc, { since: d.since, span: d.span });
		}
		const each = [...opened.values()];
		for (let i = 0; i < each.length; i++)
			for (const other of each.slice(i + 1)) {
				const one = each[i];
				if (datesAgree(one.since, other.since)) continue;
				const dates = [one.since, other.since].sort();
				const spans = one.since === dates[0] ? [one.span, other.span] : [other.span, one.span];
				out.push({ kind: 'mission-dates-differ', spans, dates, values: [m.kind, m.city ?? ''] });
			}
	}
	const open = between.filter((m) => m.until === null && m.cityStated);
	const place = (m: Mission) => String(m.geonameId ?? m.city);
	for (let i = 0; i < open.length; i++)
		for (const b of open.slice(i + 1)) {
			const a = open[i];
			if (a.sender !== b.sender || a.host !== b.host || !disjoint(docsOf(a), docsOf(b))) continue;
			if (place(a) === place(b) && a.kind !== b.kind)
				out.push({
					kind: 'mission-kind-differs',
					spans: [a.span, b.span],
					dates: [],
					values: [a.kind, b.kind]
				});
			else if (place(a) !== place(b) && a.kind === 'embassy' && b.kind === 'embassy')
				out.push({
					kind: 'embassy-city-differs',
					spans: [a.span, b.span],
					dates: [],
					values: [a.city ?? '', b.city ?? '']
				});
		}
	return out;
}

/** A conflict's identity: its kind and the sentences on each side, in any order. */
export function conflictKey(c: Conflict): string {
	return [c.kind, ...c.spans.map((s) => `${s.doc}:${s.start}:${s.end}`).sort()].join('|');
}

/**
 * Where the documents' facts about one country disagree (schema.ts ConflictSchema): a mission dated before the date
 * relations began (the United States' embassy in Almaty, January 1992, and relations on 26 December 1992), two
 * dates for the start of relations that cannot both be right, a country in a "no relations" list that another
 * sentence gives relations; and where two documents disagree (`acrossDocuments`). The sentences are kept as they are;
 * the reader is shown both. `claims` are the dates of relations, the chosen one first.
 */
export function countryConflicts(
	claims: readonly { date: string; span: Span }[],
	between: readonly Mission[],
	none: readonly Span[],
	status: Status
): Conflict[] {
	const out: Conflict[] = [];
	const start = claims[0];
	if (start) {
		for (const mission of between) {
			if (mission.since && dateBefore(mission.since, start.date))
				out.push({
					kind: 'mission-before-relations',
					spans: [mission.span, start.span],
					dates: [mission.since, start.date]
				});
		}
		for (const other of claims.slice(1)) {
			// Two documents that disagree are acrossDocuments'.
			if (
				other.span.doc === start.span.doc &&
				!datesAgree(other.date, start.date) &&
				!out.some((c) => c.dates.includes(other.date))
			)
				out.push({
					kind: 'relations-dates-differ',
					spans: [start.span, other.span],
					dates: [start.date, other.date].sort()
				});
		}
	}
	if (none.length && status !== 'none' && status !== 'focus') {
		const stated = [...claims.map((c) => c.span), ...between.map((m) => m.span)];
		const spans = [none[0], ...stated.slice(0, 1)].filter(
			(s, i, all) => all.findIndex((t) => t.doc === s.doc && t.start === s.start && t.end === s.end) === i
		);
		out.push({ kind: 'none-and-relations', spans, dates: [] });
	}
	const seen = new Set(out.map((c) => c.dates.join()));
	for (const c of acrossDocuments(claims, between))
		if (c.kind !== 'relations-dates-differ' || !seen.has(c.dates.join())) out.push(c);
	return out;
}
