/**
 * What every page needs: a summary per country (to colour, search and list them) and the documents' citation
 * details. Never the documents' text: a country's page loads its own passages.
 */
import { docRef } from '$lib/view/panel';
import { regionName } from '$lib/view/words';
import { summarize } from '$lib/view/summary';
import { missionPlaces } from '$lib/view/missions-by-city';
import { getAtlas } from '$lib/server/atlas';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => {
	const atlas = getAtlas();
	return {
		focus: atlas.focus,
		/** English name of the focus country: every page's words name it from here. */
		focusName: atlas.countries.find((c) => c.code === atlas.focus)?.name ?? regionName(atlas.focus),
		summaries: summarize(atlas),
		/** The cities with missions, for search: a chosen one opens its missions on the map. */
		places: missionPlaces(atlas.missions, atlas.focus, new Set(['abroad', 'in-focus', 'other'])).map((p) => ({
			key: p.key,
			city: p.city,
			count: p.count
		})),
		documents: atlas.documents.map(docRef)
	};
};
