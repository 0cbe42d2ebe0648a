/**
 * Every country's names for the search box, the countries the documents never name included: `{ "DE": ["Germany",
 * "Federal Republic of Germany", "DEU", "Германия", "독일", …] }`, the English display name first. Loaded by the
 * search box when it is first used, so it costs the first page nothing.
 */
import { json } from '@sveltejs/kit';
import { allCountryCodes, searchNames } from '$lib/pipeline/lookup/countries';
import { DISPLAY_LANG, SUPPORTED_LANGS } from '$lib/pipeline/languages/codes';

export const prerender = true;

export function GET() {
	const names: Record<string, string[]> = {};
	for (const code of allCountryCodes()) {
		const byLanguage = searchNames(code);
		// The display language first: its display name leads the list.
		const langs = [DISPLAY_LANG, ...SUPPORTED_LANGS.filter((l) => l !== DISPLAY_LANG)];
		names[code] = [...new Set(langs.flatMap((l) => byLanguage[l]))];
	}
	return json(names);
}
