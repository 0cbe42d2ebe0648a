/**
 * Every country's names for the search box, the countries the documents never name included: `{ "DE": ["Germany",
 * "Federal Republic of Germany", "DEU", "Германия", "독일", …] }`, the English display name first. Loaded by the
 * search box when it is first used, so it costs the first page nothing.
 */
import { json } from '@sveltejs/kit';
import { allCountryCodes, searchNames } from '$lib/pipeline/lookup/countries';

export const prerender = true;

export function GET() {
	const names: Record<string, string[]> = {};
	for (const code of allCountryCodes()) {
		const { en, bg, ko } = searchNames(code);
		names[code] = [...new Set([...en, ...bg, ...ko])];
	}
	return json(names);
}
