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
	/**
	 * Letters of its script that only this language writes, where another language shares the script: Russian ы, э,
	 * ё against Bulgarian; Bulgarian ъ inside a word (Russian writes it only before е, ё, ю, я) and ѝ.
	 */
	letters?: RegExp;
}

export const LANGUAGE_CODES: readonly LanguageCode[] = [
	{ code: 'bg', name: 'Bulgarian', script: 'Cyrillic', letters: /ѝ|ъ(?![еёюя])/iu },
	{ code: 'ko', name: 'Korean', script: 'Hangul' },
	{ code: 'en', name: 'English', script: 'Latin' },
	{ code: 'ru', name: 'Russian', script: 'Cyrillic', letters: /[ыэё]/iu }
];

/** The codes of the languages the pipeline reads. */
export const SUPPORTED_LANGS: readonly string[] = LANGUAGE_CODES.map((l) => l.code);

/** The language the app is written in, and its names of countries are shown in. */
export const DISPLAY_LANG = 'en';

/**
 * The language a name is in, told by its letters: the one language the pipeline reads in that script other than the
 * display language, or in a shared script the one whose own letters it has; undefined for Latin letters or a name
 * two languages may both write.
 */
export function languageOfScript(name: string): string | undefined {
	const inScript = LANGUAGE_CODES.filter(
		(l) => l.code !== DISPLAY_LANG && new RegExp(`\\p{Script=${l.script}}`, 'u').test(name)
	);
	// A script two languages share: told by the letters only one of them writes ("Россия" is both, "Кыргызстан" not).
	const found = inScript.length > 1 ? inScript.filter((l) => l.letters?.test(name)) : inScript;
	return found.length === 1 ? found[0].code : undefined;
}
