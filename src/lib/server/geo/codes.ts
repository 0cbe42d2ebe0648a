/**
 * ISO code lookups for the build-time geometry: the pipeline's own country table, so that a country the documents
 * do not name is called on the map what the panel would call it ("Syria", "Laos", "DR Congo").
 */
import { countryName, isCountryCode, isoCountries } from '../../pipeline/lookup/countries';
import type { CodeLookup } from './geometry';

export const isoLookup: CodeLookup = {
	numericToAlpha2: (numeric) => isoCountries.numericToAlpha2(numeric),
	name: (code) => (isCountryCode(code) ? countryName(code, 'en') : undefined)
};
