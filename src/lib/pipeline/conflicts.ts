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
import { datesAgree } from '../atlas/partial-dates';
import type { Conflict, Mission, Span } from '../atlas/types';

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
