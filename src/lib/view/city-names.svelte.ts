/**
 * City names in the interface's language: "Анкара", "앙카라" where the gazetteer says "Ankara". The tables
 * (`city-names/{bg,ko,ru}.json`, geonameId -> name, made by `scripts/place-names.ts` from CLDR's exemplar cities and
 * GeoNames' alternate names) hold a name only where the language has one that differs from the English; English has
 * none. The server reads them whole; each page's data carries the names of the atlas's cities in its language
 * (`provideCityNames`), and the browser fetches a language's whole table (/data/city-names/{lang}.json, 50–90 KB
 * gzip; a data file, so the service worker does not precache it) only when it must name a city that list lacks (a
 * city of the reader's own documents). Until then, and for a city with no name in the language,
 * the English name stands. Document text never goes through here: a quoted passage keeps the document's spelling.
 */
import { SvelteMap } from 'svelte/reactivity';
import { baseLocale, getLocale, type Locale } from '../paraglide/runtime';

type Table = Readonly<Record<string, string>>;

/** How the browser fetches a language's whole table (`/data/city-names/{lang}.json`); set by the root layout. */
let loader: ((locale: Locale) => Promise<Table>) | null = null;

export function loadCityNamesWith(load: (locale: Locale) => Promise<Table>): void {
	loader = load;
}

/**
 * The names known, per language. A SvelteMap, not a `$state` rune: the reader's Web Worker imports this module
 * through the panel's fact lines, and the worker's bundle is not compiled by Svelte (a rune there is a
 * ReferenceError that stops the worker). Read in a template or an effect, a SvelteMap is reactive all the same.
 */
const tables = new SvelteMap<Locale, Table>();
/** Languages whose whole table is in `tables` (or being loaded, or has none); read by no template. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, not state: `tables` is what views read
const whole = new Set<Locale>();

/**
 * Adds names of `locale` (an empty string: the city has no name of its own there, the English one stands). `all`:
 * the language's whole table, so no city outside it needs a load.
 */
export function provideCityNames(locale: Locale, names: Table, all = false): void {
	if (all) whole.add(locale);
	if (Object.keys(names).length === 0) return;
	tables.set(locale, { ...tables.get(locale), ...names });
}

/** The loads under way or done, per language, for `cityNamesReady`. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, not state: `tables` is what views read
const loads = new Map<Locale, Promise<void>>();

function loadWhole(locale: Locale): Promise<void> {
	whole.add(locale);
	if (!loader) return Promise.resolve();
	// A failed load (offline before the table was cached) leaves the English names: nothing to report to the reader.
	const load = loader(locale).then(
		(table) => provideCityNames(locale, table, true),
		() => {
			whole.delete(locale);
			loads.delete(locale);
		}
	);
	loads.set(locale, load);
	return load;
}

/**
 * Resolves once `locale`'s whole table is here (loaded through the loader if need be), or its load has failed: for
 * the reader's worker, which writes the review's lines at once and so must have the names before it does.
 */
export function cityNamesReady(locale: Locale): Promise<void> {
	if (locale === baseLocale) return Promise.resolve();
	if (whole.has(locale)) return loads.get(locale) ?? Promise.resolve();
	return loadWhole(locale);
}

/** The name of a city in the interface's language; `city` (the English name) where it has none or is not known. */
export function cityName(
	place: { city: string | null; geonameId?: number | null },
	locale: Locale = getLocale()
): string | null {
	// The gazetteer's names are the base language's (English): it has no table.
	if (
		locale === baseLocale ||
		place.city === null ||
		place.geonameId === null ||
		place.geonameId === undefined
	)
		return place.city;
	const table = tables.get(locale);
	const name = table?.[place.geonameId];
	if (name !== undefined) return name || place.city;
	if (!whole.has(locale) && loader) loadWhole(locale);
	return place.city;
}

/** The names of `ids` in `locale`, for a page's data: '' for a city whose English name stands. */
export function namesFor(ids: Iterable<number>, locale: Locale): Record<string, string> {
	const table = tables.get(locale);
	if (!table) return {};
	const out: Record<string, string> = {};
	for (const id of [...ids].sort((a, b) => a - b)) out[id] = table[id] ?? '';
	return out;
}
