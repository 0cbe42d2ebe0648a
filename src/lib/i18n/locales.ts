/**
 * The interface's languages: each one's own name (the switcher writes a language in that language, as readers look
 * for it) and the BCP 47 tag the Intl formatters take. The list of codes is Paraglide's (project.inlang/settings.json).
 */
import { locales, type Locale } from '$lib/paraglide/runtime';

export { locales, type Locale };

/** Each language named in itself, through CLDR: "български", "한국어", "русский", "English". */
export function endonym(locale: Locale): string {
	const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
	return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
