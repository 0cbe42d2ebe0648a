/**
 * The server's city names: every language's whole table (src/lib/view/city-names.svelte.ts), read once, and the
 * part of it a page's data carries to the browser: the names of the atlas's cities in the page's language.
 */
import { getLocale, locales, type Locale } from '$lib/paraglide/runtime';
import { namesFor, provideCityNames } from '$lib/view/city-names.svelte';

const TABLES = import.meta.glob<Record<string, string>>('../../view/city-names/*.json', {
	eager: true,
	import: 'default'
});
for (const locale of locales)
	provideCityNames(locale, TABLES[`../../view/city-names/${locale}.json`] ?? {}, true);

/** The languages with a table (/data/city-names/{lang}.json). */
export function cityNameLanguages(): string[] {
	return locales.filter((locale) => TABLES[`../../view/city-names/${locale}.json`] !== undefined);
}

/** `lang`'s whole table, or undefined for a language with none. */
export function wholeCityNames(lang: string): Record<string, string> | undefined {
	return TABLES[`../../view/city-names/${lang}.json`];
}

/** The names of the cities of `missions` in `locale`: '' where the English name stands; none in English. */
export function pageCityNames(
	missions: readonly { geonameId: number | null }[],
	locale: Locale = getLocale()
): Record<string, string> {
	const ids = missions.flatMap((m) => (m.geonameId === null ? [] : [m.geonameId]));
	return namesFor(ids, locale);
}
