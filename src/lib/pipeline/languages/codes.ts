/**
 * The languages the pipeline reads, by code and English name only: what the add-document form and its checks need,
 * without the language modules' regular expressions (`index.ts` has those, and checks that both lists agree).
 */
export interface LanguageCode {
	/** ISO 639-1, as a document's `lang` tag begins. */
	code: string;
	/** Its English name, for the form's choices and messages. */
	name: string;
	/** The script its documents are written in, for telling a search query's language by its letters. */
	script: 'Cyrillic' | 'Hangul' | 'Latin';
}

export const LANGUAGE_CODES: readonly LanguageCode[] = [
	{ code: 'bg', name: 'Bulgarian', script: 'Cyrillic' },
	{ code: 'ko', name: 'Korean', script: 'Hangul' },
	{ code: 'en', name: 'English', script: 'Latin' }
];

/** The codes of the languages the pipeline reads. */
export const SUPPORTED_LANGS: readonly string[] = LANGUAGE_CODES.map((l) => l.code);

/** The language the app is written in, and its names of countries are shown in. */
export const DISPLAY_LANG = 'en';

/**
 * The language a name is in, told by its letters: the one language the pipeline reads in that script other than the
 * display language; undefined for Latin letters or a script two languages share.
 */
export function languageOfScript(name: string): string | undefined {
	const found = LANGUAGE_CODES.filter(
		(l) => l.code !== DISPLAY_LANG && new RegExp(`\\p{Script=${l.script}}`, 'u').test(name)
	);
	return found.length === 1 ? found[0].code : undefined;
}
