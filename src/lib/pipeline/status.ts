/**
 * A country's status from what its documents state, the one rule for the build (`read.ts`) and for a choice of some
 * of the documents (`restrict.ts`): a resident embassy in either direction, else relations (a date, a description, a
 * mission between the two), else "no relations", else a mere mention. Pure and light: the browser runs it.
 */
import type { Mission, Span, Status } from '../atlas/types';

interface Stated {
	/** Embassies between the country and the focus, resident in one or the other. */
	embassies: readonly Mission[];
	/** Dates of the start of relations, the chosen one first. */
	claims: readonly { span: Span }[];
	/** Sentences stating relations without a date or a mission. */
	relations: readonly Span[];
	/** Every mission between the country and the focus. */
	between: readonly Mission[];
	/** Sentences stating there are no relations. */
	none: readonly Span[];
}

/** The status and the sentences that support it (not yet deduplicated). */
export function statusOf(isFocus: boolean, s: Stated): { status: Status; statusSpans: Span[] } {
	if (isFocus) return { status: 'focus', statusSpans: [] };
	if (s.embassies.length) return { status: 'embassy', statusSpans: s.embassies.map((m) => m.span) };
	if (s.relations.length || s.claims.length || s.between.length)
		return {
			status: 'relations',
			statusSpans: [...s.claims.map((c) => c.span), ...s.relations, ...s.between.map((m) => m.span)]
		};
	if (s.none.length) return { status: 'none', statusSpans: [...s.none] };
	return { status: 'unstated', statusSpans: [] };
}
