/**
 * Comparison keys for place names, shared by the resolver (`../places.ts`) and the script that generates the name
 * table (`scripts/place-names.ts`), so that a name is keyed the same way when it is stored and when it is looked up.
 */
import { languageFor } from '../../languages';

/**
 * Key for Latin names: lower case, no diacritics (a transliteration has none), and every run of spaces or
 * punctuation as one space. Word breaks are kept, so that the Bulgarian given name Нурсултан ('Nursultan', as in
 * Нурсултан Назарбаев) does not match the city 'Nur-Sultan'.
 */
export function latinKey(text: string): string {
	// Most gazetteer names are ASCII, and String#normalize costs ~10 us a call: skip it when it cannot change anything.
	if (/^[\x20-\x7e]*$/.test(text))
		return text
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, ' ')
			.trim();
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Key without any separator: Korean spacing varies ('워싱턴 D.C.' = '워싱턴DC'), and case or dots mean nothing. */
export function compactKey(text: string): string {
	return text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Key of a city name written in `lang`: compact where the language's spacing varies (Korean); for Cyrillic lower
 * case with word breaks kept as in `latinKey` but letters untouched (й is not и); `latinKey` for Latin script.
 */
export function nameKey(text: string, lang: string): string {
	if (languageFor(lang)?.places.compactKeys) return compactKey(text);
	if (/\p{Script=Cyrillic}/u.test(text))
		return text
			.normalize('NFC')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim();
	return latinKey(text);
}
