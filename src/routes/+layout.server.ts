/**
 * What every page needs: a summary per country (to colour, search and list them) and the documents' citation
 * details. Never the documents' text: a country's page loads its own passages.
 */
import { docRef } from '$lib/view/panel';
import { regionName } from '$lib/view/words';
import { summarize } from '$lib/view/summary';
import { getAtlas } from '$lib/server/atlas';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => {
	const atlas = getAtlas();
	return {
		focus: atlas.focus,
		/** English name of the focus country: every page's words name it from here. */
		focusName: atlas.countries.find((c) => c.code === atlas.focus)?.name ?? regionName(atlas.focus),
		summaries: summarize(atlas),
		documents: atlas.documents.map(docRef)
	};
};
