/**
 * A line to cite the atlas by: what it is, the documents it is built from (English title, publisher, when they
 * were taken, or "date unknown"), and, once known, the page's address and the day it was read.
 */
import type { DocRef } from './panel';
import { listWords, possessive } from './words';

/** Who published a document, or where it is from; a reader's own text may say neither. */
function publishedBy(d: DocRef): string {
	return (d.publisher ?? d.site) || (d.own ? 'the reader’s own document' : 'source not given');
}

export function citation(
	focusName: string,
	documents: readonly DocRef[],
	address: { url: string; today: string } | null
): string {
	const sources = documents.map((d) => {
		const when = d.retrieved ? `retrieved ${d.retrieved}` : 'date unknown';
		return `“${d.titleEn ?? d.title}” (${publishedBy(d)}, ${d.language}, ${when}, ${d.licence})`;
	});
	const read = address ? ` ${address.url}, accessed ${address.today}.` : '';
	return `Relations Atlas: ${possessive(focusName)} foreign relations as the documents tell them, built from ${listWords(sources, 'and')}.${read}`;
}

/**
 * Each document for a source line, as it is titled (in its own script) and under which licence:
 * "Външна политика на Казахстан" (Foreign policy of Kazakhstan; Wikipedia (Bulgarian), Bulgarian, date unknown,
 * CC BY-SA). Licences by name only: a downloaded map carries no address.
 */
export function documentSources(documents: readonly DocRef[]): string[] {
	return documents.map((d) => {
		const when = d.retrieved ? `retrieved ${d.retrieved}` : 'date unknown';
		const english = d.titleEn && d.titleEn !== d.title ? `${d.titleEn}; ` : '';
		return `“${d.title}” (${english}${publishedBy(d)}, ${d.language}, ${when}, licence ${d.licence})`;
	});
}

/** The legend's line on what it shows: "What 2 documents say: Wikipedia (Bulgarian), date unknown; namu.wiki, …". */
export function documentsNote(documents: readonly DocRef[]): string {
	const who = documents.length === 1 ? 'one document says' : `${documents.length} documents say`;
	const each = documents.map(
		(d) => `${d.own ? `your own “${d.title}”` : (d.publisher ?? d.site)}, ${d.retrieved ?? 'date unknown'}`
	);
	return `What ${who}: ${each.join('; ')}.`;
}
