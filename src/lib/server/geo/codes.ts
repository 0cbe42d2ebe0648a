/**
 * ISO code lookups for the build-time geometry pipeline, from i18n-iso-countries
 * (https://github.com/michaelwittig/node-i18n-iso-countries). Not imported by browser code, so its name tables
 * stay out of the client bundle.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { CodeLookup } from './geometry';

countries.registerLocale(en);

export const isoLookup: CodeLookup = {
	numericToAlpha2: (numeric) => countries.numericToAlpha2(numeric),
	name: (code) => countries.getName(code, 'en')
};
