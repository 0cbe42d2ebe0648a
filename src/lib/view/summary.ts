/**
 * What the browser needs to colour, label and search every country, without the documents' text.
 * Pure: the prerendered layout computes it once and sends it to every page.
 */
import type { Atlas, PartialDate, Status } from '../atlas/types';

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
}

export function summarize(atlas: Atlas): CountrySummary[] {
	return atlas.countries.map((c) => {
		const missions = atlas.missions.filter((m) => m.sender === c.code || m.host === c.code).length;
		const established = c.established?.date ?? null;
		return {
			code: c.code,
			name: c.name,
			localNames: [...new Set(Object.values(c.names))],
			status: c.status,
			established,
			year: established ? Number(established.slice(0, 4)) : null,
			missions,
			conflicts: c.conflicts.length
		};
	});
}
