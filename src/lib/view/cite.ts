/**
 * A line to cite the atlas by: what it is, the documents it is built from (English title, publisher, when they
 * were taken, or "date unknown"), and, once known, the page's address and the day it was read.
 */
import { m } from '../paraglide/messages';
import type { AtlasDocument } from '../atlas/types';
import { formatDate, languageName, listWords, possessive } from './words';

/** What a reader needs to cite a document, without its text. */
export interface DocRef {
	id: string;
	title: string;
	/** The title in English, when the manifest gives it ("Foreign policy of Kazakhstan"). */
	titleEn: string | null;
	/** Who published it, when the manifest says ("Namuwiki"). */
	publisher: string | null;
	lang: string;
	/** English name of the document's language ("Bulgarian"). */
	language: string;
	source: string;
	/** Host of the source address ("bg.wikipedia.org"), to say where a link goes. */
	site: string;
	licence: string;
	licenceUrl: string;
	/** When the text was taken from the source, in words ("11 February 2024"), if the manifest says. */
	retrieved: string | null;
	/** A document the reader added in this browser. */
	own: boolean;
	/** A document of the built-in library (`data/library/`), not one of the seeds. */
	library?: boolean;
}

/** A document's citation record, from the atlas's document. */
export function docRef(doc: AtlasDocument): DocRef {
	let site = doc.source;
	try {
		site = new URL(doc.source).host;
	} catch {
		// Not an absolute URL: show it as written.
	}
	return {
		id: doc.id,
		title: doc.title,
		titleEn: doc.titleEn ?? null,
		publisher: doc.publisher ?? null,
		lang: doc.lang,
		language: languageName(doc.lang),
		source: doc.source,
		site,
		licence: doc.licence,
		licenceUrl: doc.licenceUrl,
		retrieved: doc.retrieved === null ? null : formatDate(doc.retrieved),
		own: doc.own === true,
		library: doc.library === true
	};
}

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
	const each = documents.map(
		(d) =>
			`${d.own ? m.your_own_document({ title: d.title }) : (d.publisher ?? d.site)}, ${d.retrieved ?? m.date_unknown()}`
	);
	return m.documents_say({ count: documents.length, each: each.join('; ') });
}
