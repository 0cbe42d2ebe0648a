/**
 * A line to cite the atlas by: what it is, the documents it is built from (English title, publisher, when they
 * were taken, or "date unknown"), and, once known, the page's address and the day it was read.
 */
import type { DocRef } from './panel';
import { listWords, possessive } from './words';

export function citation(
	focusName: string,
	documents: readonly DocRef[],
	address: { url: string; today: string } | null
): string {
	const sources = documents.map((d) => {
		const when = d.retrieved ? `retrieved ${d.retrieved}` : 'date unknown';
		return `“${d.titleEn ?? d.title}” (${d.publisher ?? d.site}, ${d.language}, ${when}, ${d.licence})`;
	});
	const read = address ? ` ${address.url}, accessed ${address.today}.` : '';
	return `Relations Atlas: ${possessive(focusName)} foreign relations as the documents tell them, built from ${listWords(sources, 'and')}.${read}`;
}
