/**
 * Comparing the atlas's partial dates ("1992", "1992-03", "1992-03-19": as precise as the sentence that states
 * them), at the precision both have. Pure; shared by the pipeline (a document's own conflicts) and the view (two
 * documents that disagree), so both read "agree" the same way.
 */

/** Whether two partial dates may name the same day: one is a prefix of the other ("1992" and "1992-03-19"). */
export function datesAgree(a: string, b: string): boolean {
	return a.startsWith(b) || b.startsWith(a);
}

/** Whether `a` lies wholly before `b`: "1992-01" is before "1992-12-26"; "1992" is not (it may be December). */
export function dateBefore(a: string, b: string): boolean {
	const n = Math.min(a.length, b.length);
	return a.slice(0, n) < b.slice(0, n);
}
