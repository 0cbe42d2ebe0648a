/**
 * One page per country, and one for the focus (an overview). The page carries only its panel model: the passages
 * about and mentioning the country, sliced from the documents on the server. A country the documents never name
 * has a page too, which says so: a search, a click on the map or a shared link finds an answer, not a 404.
 */
import { error } from '@sveltejs/kit';
import { absentPanel, buildPanel } from '$lib/view/panel';
import { getAtlas } from '$lib/server/atlas';
import { embassySeats } from '$lib/server/view/embassy-seats';
import { countryName, isCountryCode } from '$lib/pipeline/lookup/countries';
import { DISPLAY_LANG, SUPPORTED_LANGS } from '$lib/pipeline/languages/codes';
import type { Atlas } from '$lib/atlas/types';
import { countryPageCodes, MAP_ONLY } from '$lib/server/pages';
import { interfaceName } from '$lib/server/i18n/names';
import { m } from '$lib/paraglide/messages';
import type { EntryGenerator, PageServerLoad } from './$types';

/** The languages of the atlas's documents that the pipeline reads, other than the display language, in its order. */
function atlasLanguages(atlas: Atlas): string[] {
	const used = new Set(atlas.documents.map((d) => d.lang.split('-')[0]));
	return SUPPORTED_LANGS.filter((l) => l !== DISPLAY_LANG && used.has(l));
}

export const entries: EntryGenerator = () => countryPageCodes().map((code) => ({ code }));

export const load: PageServerLoad = ({ params }) => {
	const atlas = getAtlas();
	const panel =
		buildPanel(atlas, params.code, interfaceName, embassySeats()) ??
		(isCountryCode(params.code)
			? absentPanel(
					atlas,
					params.code,
					countryName(params.code, DISPLAY_LANG),
					Object.fromEntries(atlasLanguages(atlas).map((l) => [l, countryName(params.code, l)]))
				)
			: MAP_ONLY[params.code]
				? absentPanel(atlas, params.code, MAP_ONLY[params.code], {})
				: null);
	if (!panel) {
		error(404, m.error_not_code({ code: params.code }));
	}
	// The country's and the focus's names in the interface's language (English keeps the atlas's own).
	return {
		panel: {
			...panel,
			name: interfaceName(panel.code, panel.name),
			focusName: interfaceName(atlas.focus, panel.focusName)
		}
	};
};
