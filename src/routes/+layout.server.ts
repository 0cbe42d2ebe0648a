/**
 * What every page needs: a summary per country (to colour, search and list them) and the documents' citation
 * details. Never the documents' text: a country's page loads its own passages.
 */
import { docRef } from '$lib/view/panel';
import { regionName } from '$lib/view/words';
import { summarize } from '$lib/view/summary';
import { searchPlaces } from '$lib/view/missions-by-city';
import { getAtlas } from '$lib/server/atlas';
import { interfaceName } from '$lib/server/i18n/names';
import { pageCityNames } from '$lib/server/i18n/city-names';
import { embassySeats } from '$lib/server/view/embassy-seats';
import type { CountrySummary } from '$lib/view/summary';
import type { LayoutServerLoad } from './$types';

/**
 * A summary with its name in the interface's language (the page's address says which); the English name joins the
 * names search finds it by.
 */
function inInterfaceLanguage(s: CountrySummary): CountrySummary {
	const name = interfaceName(s.code, s.name);
	return name === s.name ? s : { ...s, name, localNames: [...new Set([...s.localNames, s.name])] };
}

export const load: LayoutServerLoad = () => {
	const atlas = getAtlas();
	const focusEnglish = atlas.countries.find((c) => c.code === atlas.focus)?.name ?? regionName(atlas.focus);
	return {
		focus: atlas.focus,
		/** The focus country's name in the interface's language: every page's words name it from here. */
		focusName: interfaceName(atlas.focus, focusEnglish),
		summaries: summarize(atlas).map(inInterfaceLanguage),
		/** The cities with missions, for search: a chosen one opens its missions on the map. */
		places: searchPlaces(atlas.missions, atlas.focus),
		/**
		 * The atlas's cities in the interface's language (view/city-names.svelte.ts): none in English. With them the
		 * cities where the embassies stood (data/embassy-seats.json), where the timeline places a mission with none.
		 */
		cityNames: pageCityNames([...atlas.missions, ...Object.values(embassySeats()).flat()]),
		documents: atlas.documents.map(docRef)
	};
};
