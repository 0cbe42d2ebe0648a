/**
 * What the browser needs to colour, label and search every country, without the documents' text.
 * Pure: the prerendered layout computes it once and sends it to every page.
 */
import type { Atlas, PartialDate, Status } from '../atlas/types';
import { datedAs, latestYear } from './documents';
import { statusSources } from './sources';

export interface CountrySummary {
	code: string;
	/** English short name. */
	name: string;
	/** Names as the documents write them (Bulgarian, Korean...), for search and for the panel. */
	localNames: string[];
	status: Status;
	/** Date relations were established, at the document's precision. */
	established: PartialDate | null;
	year: number | null;
	/** Missions in either direction between this country and the focus, plus missions it hosts or sends. */
	missions: number;
	/** How many times the documents' facts about it disagree (a mission before relations began, two dates...). */
	conflicts: number;
	/** How many documents state its status, in how many languages (view/sources.ts); absent in hand-made fixtures. */
	sources?: { documents: number; languages: number };
	/**
	 * For "no relations" only, when the statement holds: "as the document states it, date not given; it mentions
	 * events up to 2012" (the tooltip and the key say it where the colour is seen). Absent for other statuses.
	 */
	asOf?: string;
}

export function summarize(atlas: Atlas): CountrySummary[] {
	const dating = new Map<string, string>();
	const asOf = (docId: string): string => {
		let words = dating.get(docId);
		if (words === undefined) {
			const doc = atlas.documents.find((d) => d.id === docId);
			words = datedAs(doc?.retrieved ?? null, latestYear(atlas, docId));
			dating.set(docId, words);
		}
		return words;
	};
	return atlas.countries.map((c): CountrySummary => {
		const missions = atlas.missions.filter((m) => m.sender === c.code || m.host === c.code).length;
		const established = c.established?.date ?? null;
		const stated = statusSources(atlas, c);
		return {
			code: c.code,
			name: c.name,
			localNames: [...new Set(Object.values(c.names))],
			status: c.status,
			established,
			year: established ? Number(established.slice(0, 4)) : null,
			missions,
			conflicts: c.conflicts.length,
			sources: { documents: stated.docs.length, languages: stated.languages.length },
			...(c.status === 'none' && c.statusSpans.length > 0 ? { asOf: asOf(c.statusSpans[0].doc) } : {})
		};
	});
}
