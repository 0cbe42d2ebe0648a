/**
 * Comparison keys for place names, shared by the resolver (`../places.ts`) and the script that generates the name
 * table (`scripts/place-names.ts`), so that a name is keyed the same way when it is stored and when it is looked up.
 */

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

/**
 * English words (as `latinKey`s) that open or fill sentences of diplomatic texts and that GeoNames also gives as the
 * name or an alternate name of some town (Union, New Jersey; Mission, Texas; Independence, Missouri; 'Central' for
 * Davao). Without a country hint an English surface in this set names no city.
 */
export const EN_COMMON_WORDS: ReadonlySet<string> = new Set(
	(
		'agreement alliance assembly capital central charter commerce commonwealth concord congress consulate council ' +
		'democracy embassy empire enterprise federal foreign freedom friendship general government harmony ' +
		'independence industry kingdom liberty minister ministry mission national office parliament peace ' +
		'president progress prosperity providence republic state summit trade treaty union unity victory'
	).split(' ')
);

/** Key without any separator: Korean spacing varies ('워싱턴 D.C.' = '워싱턴DC'), and case or dots mean nothing. */
export function compactKey(text: string): string {
	return text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Key of a city name written in `lang`: compact for Korean; for Cyrillic (Bulgarian) lower case with word breaks
 * kept as in `latinKey` but letters untouched (й is not и); `latinKey` for Latin script.
 */
export function nameKey(text: string, lang: string): string {
	if (lang === 'ko') return compactKey(text);
	if (/\p{Script=Cyrillic}/u.test(text))
		return text
			.normalize('NFC')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim();
	return latinKey(text);
}

/**
 * Bulgarian official streamlined system (Transliteration Act 2009, also adopted by the UN in 2012). Written here
 * rather than taken from `translitbg` (the only Bulgarian-specific package found) because that package decides
 * "end of word" for the -ия rule with an ASCII-only `\w`, so it renders -ия as 'ia' before any Cyrillic letter too.
 */
const BG_LATIN: Readonly<Record<string, string>> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ж: 'zh',
	з: 'z',
	и: 'i',
	ѝ: 'i',
	й: 'y',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'h',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'sht',
	ъ: 'a',
	ь: 'y',
	ю: 'yu',
	я: 'ya'
};

/** Transliterates Bulgarian Cyrillic to Latin (streamlined system); other characters pass through unchanged. */
export function transliterateBg(text: string): string {
	// The one contextual rule: word-final -ия is 'ia', not 'iya' (София -> Sofia).
	const withFinalIa = text.replace(/(и)(я)(?![\p{L}\p{M}])/giu, (_m, i: string, ya: string) =>
		i === 'И' ? (ya === 'Я' ? 'IA' : 'Ia') : 'ia'
	);
	const chars = [...withFinalIa];
	const isUpper = (ch: string | undefined): boolean =>
		ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
	let out = '';
	chars.forEach((ch, i) => {
		const lower = ch.toLowerCase();
		const latin = BG_LATIN[lower];
		if (latin === undefined) out += ch;
		else if (ch === lower) out += latin;
		// In an all-capitals word Щ is 'SHT'; as an initial capital it is 'Sht' (Щастие -> Shtastie).
		else if (isUpper(chars[i + 1]) || isUpper(chars[i - 1])) out += latin.toUpperCase();
		else out += latin.charAt(0).toUpperCase() + latin.slice(1);
	});
	return out;
}
