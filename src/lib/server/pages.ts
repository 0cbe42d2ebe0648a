/**
 * The countries that have a page (`/country/XX/`): every country the documents name, every ISO 3166 country, and the
 * areas the map draws without an ISO code (Siachen Glacier). Prerendered from this list; the first map links to it.
 */
import { panelCodes } from '../view/panel';
import { allCountryCodes, isCountryCode } from '../pipeline/lookup/countries';
import { getAtlas } from './atlas';
import { mapOnlyRegions } from './geo/geometry';

/** Areas the map draws that have no ISO code, with their names: a click on one opens a page too. */
export const MAP_ONLY = mapOnlyRegions(isCountryCode);

export function countryPageCodes(): string[] {
	return [...new Set([...panelCodes(getAtlas()), ...allCountryCodes(), ...Object.keys(MAP_ONLY)])];
}
