/**
 * A line to cite the atlas by: what it is, the documents it is built from (English title, publisher, when they
 * were taken, or "date unknown"), and, once known, the page's address and the day it was read.
 */
import { m } from '../paraglide/messages';
import type { AtlasDocument } from '../atlas/types';
import { formatDate, languageName, licenceWords, listWords, possessive } from './words';
import { baseLocale, getLocale } from '../paraglide/runtime';
import { publisherName } from './publishers';

/** What a reader needs to cite a document, without its text. */
export interface DocRef {
	id: string;
	title: string;
	/** The title in English, when the manifest gives it ("Foreign policy of Kazakhstan"). */
	titleEn: string | null;
	/** Who published it, in the interface's language, when the manifest or the address says ("English Wikipedia"). */
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
		publisher: publisherName(doc),
		lang: doc.lang,
		language: languageName(doc.lang),
		source: doc.source,
		site,
		licence: licenceWords(doc.licence),
		licenceUrl: doc.licenceUrl,
		retrieved: doc.retrieved === null ? null : formatDate(doc.retrieved),
		own: doc.own === true,
		library: doc.library === true
	};
}

/** Who published a document, or where it is from; a reader's own text may say neither. */
function publishedBy(d: DocRef): string {
	return (d.publisher ?? d.site) || (d.own ? m.dl_reader_own() : m.dl_source_not_given());
}

/** "retrieved 11 February 2024", or "date unknown". */
const when = (d: DocRef) => (d.retrieved ? m.retrieved({ date: d.retrieved }) : m.date_unknown());

export function citation(
	focusName: string,
	documents: readonly DocRef[],
	address: { url: string; today: string } | null
): string {
	// The manifest's English title serves an English citation; in another language the document's own title does.
	const english = getLocale() === baseLocale;
	const sources = documents.map((d) => {
		const title = english ? (d.titleEn ?? d.title) : d.title;
		return `${m.dl_quoted({ title })} (${publishedBy(d)}, ${d.language}, ${when(d)}, ${d.licence})`;
	});
	const read = address ? ` ${m.dl_cite_accessed({ url: address.url, date: formatDate(address.today) })}` : '';
	const said = `${m.dl_cite({ app: m.app_name(), possessive: possessive(focusName), sources: listWords(sources, 'and') })}${read}`;
	// A date that ends with its own point ("6 декември 2026 г.") ends the sentence: one point, not two.
	return said.replace(/\.\.$/, '.');
}

/**
 * Each document for a source line, as it is titled (in its own script) and under which licence:
 * "Външна политика на Казахстан" (Foreign policy of Kazakhstan; Wikipedia (Bulgarian), Bulgarian, date unknown,
 * CC BY-SA). Licences by name only: a downloaded map carries no address.
 */
export function documentSources(documents: readonly DocRef[]): string[] {
	return documents.map((d) => {
		// The English title is a gloss for English readers; other languages quote the title alone.
		const english = getLocale() === baseLocale && d.titleEn && d.titleEn !== d.title ? `${d.titleEn}; ` : '';
		return `${m.dl_quoted({ title: d.title })} (${english}${publishedBy(d)}, ${d.language}, ${when(d)}, ${m.map_svg_licence({ licence: d.licence })})`;
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
