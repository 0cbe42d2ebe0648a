/**
 * Country names in the interface's language, from CLDR's lists as `i18n-iso-countries` carries them, chosen at build
 * time so that no name list is sent to the browser: each prerendered page carries the names it shows. English keeps
 * the atlas's own names (the documents' build gives them); another language takes the library's short form ("США",
 * "Россия"), its first form cut before a bracketed expansion ("КНР (Китайская Народная Республика)" → "КНР").
 */
import countries from 'i18n-iso-countries';
import bg from 'i18n-iso-countries/langs/bg.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ko from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import { baseLocale, getLocale, type Locale } from '$lib/paraglide/runtime';

// One list per interface language (project.inlang/settings.json): a fifth language adds its file here.
for (const list of [bg, en, ko, ru]) countries.registerLocale(list);

/** `code`'s name in `locale`, or `english` (the atlas's name) in English or where the list has none. */
export function interfaceName(code: string, english: string, locale: Locale = getLocale()): string {
	if (locale === baseLocale) return english;
	const name = countries.getName(code, locale, { select: 'alias' });
	return name ? name.replace(/\s*\(.*\)\s*$/, '') : english;
}
