/**
 * Who published a document, in the interface's language: "English Wikipedia", "Английская Википедия", "영어
 * 위키백과" for the manifest's `publisher: "wikipedia"`, `edition: "en"` (messages `pub_`, terms in
 * messages/GLOSSARY.md). A publisher the interface has no name for is its own name, as the manifest writes it ("Tajik
 * Herald"); a copy on another site says so ("English Wikipedia, copy on WikiMili"). An older manifest's publisher
 * line and a reader's own document (an address, no publisher) are named from the address where it tells
 * (`publisherOfAddress`: bg.wikipedia.org is Bulgarian Wikipedia), else shown as written.
 */
import { m } from '../paraglide/messages';
import { isPublisherId, publisherOfAddress, type PublisherId } from '../atlas/publishers';
import { languageName } from './words';

/** What a document says of its publisher: the atlas's document, or a reader's record. */
export interface Published {
	publisher?: string;
	edition?: string;
	via?: string;
	source: string;
}

/** Wikipedia's editions named as each Wikipedia names the others ("Английская Википедия", "영어 위키백과"). */
const WIKIPEDIA_EDITIONS: Readonly<Record<string, () => string>> = {
	en: m.pub_wikipedia_en,
	bg: m.pub_wikipedia_bg,
	ko: m.pub_wikipedia_ko,
	ru: m.pub_wikipedia_ru,
	de: m.pub_wikipedia_de
};

function named(id: PublisherId, edition: string | undefined): string {
	switch (id) {
		case 'wikipedia': {
			if (!edition) return m.pub_wikipedia();
			const own = WIKIPEDIA_EDITIONS[edition.split('-')[0]];
			return own ? own() : m.pub_wikipedia_edition({ language: languageName(edition) });
		}
		case 'namuwiki':
			return m.pub_namuwiki();
		case 'us-state-department':
			return m.pub_us_state_department();
	}
}

/** The publisher's name in the interface's language, or null where neither the document nor its address says. */
export function publisherName(doc: Published): string | null {
	const id = doc.publisher !== undefined && isPublisherId(doc.publisher) ? doc.publisher : undefined;
	const known = id ? { id, edition: doc.edition } : publisherOfAddress(doc.source);
	const name = known ? named(known.id, known.edition) : (doc.publisher ?? null);
	if (!doc.via) return name;
	return name ? m.pub_via({ publisher: name, site: doc.via }) : doc.via;
}
