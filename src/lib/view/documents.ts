/**
 * What a reader asks of a document behind the map: what it is (title, language, publisher, date, licence,
 * address), how many facts the atlas took from it, and, where it gives no date, how recent what it tells is (the
 * latest year it mentions). Pure: the documents page lists the built atlas's documents and the reader's own with it,
 * and the map's tooltip and key date the "no relations" list with `datedAs`.
 */
import { m } from '../paraglide/messages';
import type { Atlas, AtlasDocument } from '../atlas/types';
import { formatDate, languageName, NO_LICENCE } from './words';
import { publisherName } from './publishers';

/** The facts one document gives: the statuses it states, the dates relations began, the missions. */
export interface DocumentFacts {
	/** Countries whose status (embassy, relations, no relations) one of its sentences supports. */
	statuses: number;
	/** Dates on which relations began that it gives. */
	dates: number;
	/** Missions it states (as the first sentence or as another sentence stating the same mission). */
	missions: number;
	total: number;
}

export function documentFacts(atlas: Atlas, docId: string): DocumentFacts {
	let statuses = 0;
	let dates = 0;
	for (const c of atlas.countries) {
		if (c.status !== 'focus' && c.status !== 'unstated' && c.statusSpans.some((s) => s.doc === docId))
			statuses++;
		dates += c.establishedClaims.filter((claim) => claim.span.doc === docId).length;
	}
	const missions = atlas.missions.filter(
		(m) => m.span.doc === docId || m.alsoStated.some((s) => s.doc === docId)
	).length;
	return { statuses, dates, missions, total: statuses + dates + missions };
}

/**
 * The latest year among the dates the atlas read from the document (its dated sentences, the dates relations
 * began, the missions' since and until), or null where it gives none. Reference lists are not read, so an
 * archive's "retrieved 2021" does not count.
 */
export function latestYear(atlas: Atlas, docId: string): number | null {
	let latest: number | null = null;
	const see = (date: string | null) => {
		if (!date) return;
		const year = Number(date.slice(0, 4));
		if (latest === null || year > latest) latest = year;
	};
	for (const e of atlas.events) if (e.span.doc === docId) see(e.date);
	for (const c of atlas.countries)
		for (const claim of c.establishedClaims) if (claim.span.doc === docId) see(claim.date);
	for (const m of atlas.missions) {
		if (m.span.doc !== docId) continue;
		see(m.since);
		see(m.until);
	}
	return latest;
}

/**
 * "date not given; it mentions events up to 2012", or "retrieved 11 February 2024": the document's date as the
 * manifest gives it, else what the document allows, said as such.
 */
export function dateWords(retrieved: string | null, latest: number | null): string {
	if (retrieved) return m.retrieved({ date: formatDate(retrieved) });
	return latest === null ? m.date_not_given() : m.date_not_given_latest({ year: latest });
}

/** How a status that a document states is dated where it is seen: "as the document states it, date not given…". */
export function datedAs(retrieved: string | null, latest: number | null): string {
	return m.dated_as({ dating: dateWords(retrieved, latest) });
}

/** One document as the documents page lists it. */
export interface DocumentEntry {
	id: string;
	title: string;
	/** The English title, where the manifest gives one and it differs. */
	titleEn: string | null;
	/** The language's tag ("bg"), for the title's `lang`. */
	lang: string;
	/** The language's name in the interface's language ("Bulgarian", "болгарский"), never the bare code. */
	language: string;
	publisher: string | null;
	/** "retrieved 11 February 2024", or "date not given; it mentions events up to 2012". */
	date: string;
	licence: string;
	licenceUrl: string | null;
	/** The address it was taken from, as the manifest or the reader gave it. */
	source: string;
	/** Whether `source` is a web address to link (http or https only). */
	linkable: boolean;
	facts: DocumentFacts;
	/** The facts in words ("twelve facts: four statuses, …"). */
	factsWords: string;
	/** The document's text, shown as text. */
	text: string;
	own: boolean;
}

function isWebAddress(source: string): boolean {
	try {
		const url = new URL(source);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}

/** "12 facts: 4 statuses, 2 dates relations began, 6 missions", each count a plural of the interface's language. */
export function factsWords(f: DocumentFacts): string {
	if (f.total === 0) return m.docs_facts_none();
	return m.docs_facts({
		count: f.total,
		each: [
			m.docs_facts_statuses({ count: f.statuses }),
			m.docs_facts_dates({ count: f.dates }),
			m.docs_facts_missions({ count: f.missions })
		].join(', ')
	});
}

function entry(atlas: Atlas, doc: AtlasDocument): DocumentEntry {
	const facts = documentFacts(atlas, doc.id);
	return {
		id: doc.id,
		title: doc.title,
		titleEn: doc.titleEn && doc.titleEn !== doc.title ? doc.titleEn : null,
		lang: doc.lang,
		language: languageName(doc.lang),
		publisher: publisherName(doc),
		date: dateWords(doc.retrieved, latestYear(atlas, doc.id)),
		// A reader's document without a licence is stored with NO_LICENCE: the page says so in its language.
		licence: doc.licence === NO_LICENCE ? '' : doc.licence,
		licenceUrl: doc.licenceUrl && isWebAddress(doc.licenceUrl) ? doc.licenceUrl : null,
		source: doc.source,
		linkable: isWebAddress(doc.source),
		facts,
		factsWords: factsWords(facts),
		text: doc.text,
		own: doc.own === true
	};
}

/** Every document of `atlas`, in its order. */
export function documentEntries(atlas: Atlas): DocumentEntry[] {
	return atlas.documents.map((doc) => entry(atlas, doc));
}

/**
 * The "no relations" entry's dating for the key: the one phrase its countries share, or, where their statements
 * come from documents of different dates, each phrase once, joined. Null where no country has no relations.
 */
export function noRelationsDating(summaries: readonly { status: string; asOf?: string }[]): string | null {
	const phrases = [
		...new Set(summaries.filter((s) => s.status === 'none' && s.asOf).map((s) => s.asOf as string))
	];
	return phrases.length === 0 ? null : phrases.join('; or ');
}
