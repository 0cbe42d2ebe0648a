/**
 * Country names in Bulgarian, Korean, English and Russian text -> ISO 3166-1 alpha-2 codes.
 *
 * The names come from `i18n-iso-countries`; the tables below only add what the library lacks or writes
 * differently from the two source documents and current usage, plus a few non-countries that would
 * otherwise be read as one (Нова Гвинея is an island, not Guinea).
 *
 * One trie per language is built on first use and reused, so a scan costs one pass over the text
 * whatever the number of names. Matching rules per language:
 * - bg, en, ru: a match starts at a word start with a capital letter (Bulgarian writes country names with
 *   a capital and derived adjectives in lower case: "Русия" but "руски", "казахстанския"), and ends at a
 *   word end, so "Мали" is not found in "Малайзия" nor "Оман" in "Романия". Bulgarian definite forms
 *   (Филипините, Ватикана, Съединените щати) are generated from the names, and so are Russian cases (России,
 *   Казахстаном, на Мальдивах: `languages/ru-morphology.ts`). Case is otherwise ignored,
 *   except for acronyms (US, USA, САЩ), which must be written as such ("us" is a pronoun).
 * - ko: Korean glues particles and suffixes to the name (미국과, 러시아군, 카자흐스탄인들), so the end is
 *   free. The start must be a word start (text start or a non-Hangul character before it), because short
 *   names also occur inside ordinary words ("~이란" is a particle, 인도 in 인도적). Names of four or more
 *   syllables may also start inside a word-run: the Namuwiki text glues links together ("미국카자흐스탄",
 *   "시위우크라이나") and such long names do not occur by accident inside other words.
 * Everywhere the longest name wins (Папуа Нова Гвинея over Гвинея, 인도네시아 over 인도), and a space or
 * hyphen inside a name matches any run of spaces (at most one line break) or a single hyphen.
 */
import countries from 'i18n-iso-countries';
import worldCountries from 'world-countries';
import { LANGUAGES, languageFor, type Language } from '../../languages';
import {
	addName,
	emptyTrie,
	isAcronym,
	LEVEL_ALIAS,
	LEVEL_DERIVED,
	LEVEL_LIBRARY,
	scan,
	walk,
	type CountryMatch,
	type Terminal,
	type Trie
} from './trie';

export type { CountryMatch } from './trie';

// The server entry of the library registers every locale itself, but the browser entry registers none;
// registering ours keeps this module correct whichever entry a bundler picks.
for (const language of LANGUAGES) countries.registerLocale(language.countries.locale);

/** The library, loaded and registered once here for every server module (places, the geometry's codes). */
export { countries as isoCountries };

const CODES: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()));

/** "Конго (Бразавил)" -> "Конго", "Moldova, Republic of" -> "Moldova"; null when nothing is cut. */
function derivedName(name: string): string | null {
	const cut = name
		.replace(/\s*\([^)]*\)\s*/gu, ' ')
		.split(',')[0]
		.replace(/\s+/gu, ' ')
		.trim();
	return cut !== name && cut.length > 0 ? cut : null;
}

function buildTrie(language: Language): Trie {
	const names = language.countries;
	const trie = emptyTrie(names);
	const dropped = names.dropped;
	const library = countries.getNames(language.code, { select: 'all' });
	for (const [code, names] of Object.entries(library)) {
		for (const name of names) {
			if (dropped.has(name)) continue;
			addName(trie, name, code, LEVEL_LIBRARY);
			const derived = derivedName(name);
			if (derived !== null) addName(trie, derived, code, LEVEL_DERIVED);
		}
	}
	if (names.worldCountries)
		for (const [name, code] of englishAltSpellings()) addName(trie, name, code, LEVEL_DERIVED);
	for (const [code, name] of Object.entries(names.display)) addName(trie, name, code, LEVEL_ALIAS);
	for (const [name, code] of Object.entries(names.aliases)) addName(trie, name, code, LEVEL_ALIAS);
	for (const name of names.notCountries) addName(trie, name, null, LEVEL_ALIAS);
	return trie;
}

/**
 * English alternative spellings from `world-countries` (mledoze/countries): "Great Britain", "Holland", "Kirghizia".
 * Codes and non-Latin forms are left out: two capitals ("IN", "NO", "AM") are ordinary words in capitals.
 */
function englishAltSpellings(): [string, string][] {
	const out: [string, string][] = [];
	for (const c of worldCountries)
		for (const name of c.altSpellings)
			if (name.length > 2 && /^[\p{Script=Latin}\s.'’,()-]+$/u.test(name) && !/^\p{Lu}{2}$/u.test(name))
				out.push([name, c.cca2]);
	return out;
}

/**
 * Adjectives of nationality (demonyms), the sender in "the Japanese embassy", "a Turkish consulate": from
 * `world-countries` (English) for sovereign states, plus the language's own (`CountryNames.demonyms`). An adjective
 * shared by two countries names neither.
 */
const adjectiveTries = new Map<string, Trie>();
function buildAdjectiveTrie(language: Language): Trie {
	const trie = emptyTrie(language.countries);
	// Territories share their state's adjective (Dutch: Aruba, Sint Maarten): sovereign states only.
	for (const c of worldCountries) {
		const eng = c.demonyms?.eng;
		if (!eng || !c.independent) continue;
		for (const d of new Set([eng.m, eng.f])) if (d) addName(trie, d, c.cca2, LEVEL_LIBRARY);
	}
	for (const [name, code] of Object.entries(language.countries.demonyms))
		addName(trie, name, code, LEVEL_ALIAS);
	return trie;
}

/** Adjectives of nationality in `text[from, to)`, as country matches ("Japanese" -> JP). */
export function findAdjectives(text: string, lang: string, from = 0, to = text.length): CountryMatch[] {
	const language = toLang(lang);
	if (language.countries.adjectives) return ruledAdjectives(language, text, from, to);
	if (!language.countries.worldCountries) return [];
	let trie = adjectiveTries.get(language.code);
	if (!trie) {
		trie = buildAdjectiveTrie(language);
		adjectiveTries.set(language.code, trie);
	}
	return scan(trie, text, from, to);
}

/** Each language's adjective stems -> country (null where two countries make one), from the library's names. */
const adjectiveStems = new Map<string, Map<string, string | null>>();
function ruledAdjectives(language: Language, text: string, from: number, to: number): CountryMatch[] {
	const rule = language.countries.adjectives!;
	let stems = adjectiveStems.get(language.code);
	if (!stems) {
		stems = new Map();
		const named: [string, string][] = [
			...Object.entries(countries.getNames(language.code, { select: 'all' })).flatMap(([code, names]) =>
				names.map((n): [string, string] => [n, code])
			),
			...Object.entries(language.countries.display).map(([code, n]): [string, string] => [n, code]),
			...Object.entries(language.countries.aliases)
		];
		for (const [name, code] of named) {
			const stem = rule.stem(name);
			if (stem === null) continue;
			const had = stems.get(stem);
			stems.set(stem, had === undefined || had === code ? code : null);
		}
		adjectiveStems.set(language.code, stems);
	}
	const re = new RegExp(rule.re.source, rule.re.flags.includes('g') ? rule.re.flags : rule.re.flags + 'g');
	const out: CountryMatch[] = [];
	for (const m of text.slice(from, to).matchAll(re)) {
		const word = m[1].toLowerCase().replace(/ё/gu, 'е');
		const stem = rule.stems(word).find((s) => stems.has(s));
		const code = rule.irregular[word] ?? (stem === undefined ? null : stems.get(stem));
		if (code) out.push({ code, start: from + m.index, end: from + m.index + m[0].length, surface: m[0] });
	}
	return out;
}

const tries = new Map<string, Trie>();
function trieFor(language: Language): Trie {
	let trie = tries.get(language.code);
	if (!trie) {
		trie = buildTrie(language);
		tries.set(language.code, trie);
	}
	return trie;
}

function toLang(lang: string): Language {
	const found = languageFor(lang.trim().toLowerCase().replace(/_/g, '-'));
	if (!found)
		throw new RangeError(
			`countries: unsupported language "${lang}" (have ${LANGUAGES.map((l) => l.code).join(', ')})`
		);
	return found;
}

/**
 * All country mentions in `text[from, to)`, sorted by start, non-overlapping, longest match first.
 * Word boundaries are judged on the whole text, so a name cut by `from` or `to` is not found.
 */
export function findCountries(text: string, lang: string, from = 0, to = text.length): CountryMatch[] {
	const language = toLang(lang);
	const found = scan(trieFor(language), text, from, to);
	const ours = language.countries.ours;
	if (!ours) return found;
	// "우리 대사관": the language's own country, where no name is found in the same place.
	const re = new RegExp(ours.re.source, ours.re.flags.includes('g') ? ours.re.flags : ours.re.flags + 'g');
	re.lastIndex = from;
	const added: CountryMatch[] = [];
	for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
		const end = m.index + m[0].length;
		if (end <= to && !found.some((c) => c.start < end && c.end > m!.index))
			added.push({ code: ours.code, start: m.index, end, surface: m[0] });
		if (m[0] === '') re.lastIndex++;
	}
	return added.length ? [...found, ...added].sort((a, b) => a.start - b.start) : found;
}

/** What may follow a name given alone: the language's suffix (Korean particles, English 's); inflected forms are names of their own in the trie. */
function suffixAllowed(rest: string, language: Language): boolean {
	return rest === '' || (language.countries.suffix?.test(rest) ?? false);
}

/** The code `name` (all of it, bar an allowed suffix) names in `lang`; undefined when it names nothing. */
function lookupIn(name: string, lang: Language): string | null | undefined {
	const key = lang.countries.unspaced ? name.replace(/\s+/gu, '') : name;
	const ends: Array<[number, Terminal]> = [];
	walk(trieFor(lang), key, 0, key.length, (end, t) => ends.push([end, t]));
	for (let k = ends.length - 1; k >= 0; k--) {
		const [end, t] = ends[k];
		if (suffixAllowed(key.slice(end), lang)) return t.code;
	}
	return undefined;
}

/**
 * The country one name stands for, e.g. a table row's "Южна Корея" -> "KR". Ignores case, extra spaces,
 * surrounding punctuation ("(Русия)"), a leading English "the", Bulgarian definite forms and Korean
 * particles. Without `lang`, tries bg, ko, then en. Null for a non-country ("Европа", "유럽연합") or an
 * unknown name.
 */
export function lookupCountry(name: string, lang?: string): string | null {
	const langs = lang === undefined ? LANGUAGES : [toLang(lang)];
	const cleaned = name.normalize('NFC').replace(/\s+/gu, ' ').trim();
	const stripped = cleaned.replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '');
	const candidates = [...new Set([cleaned, stripped, stripped.replace(/^the /iu, '')])];
	for (const candidate of candidates) {
		if (candidate === '') continue;
		for (const l of langs) {
			const code = lookupIn(candidate, l);
			if (code !== undefined) return code;
		}
	}
	return null;
}

export function isCountryCode(code: string): boolean {
	return CODES.has(code);
}

function libraryNames(code: string, language: Language): string[] {
	const names = countries.getName(code, language.code, { select: 'all' });
	return names ?? [];
}

/** Display name; in English a short common name ("United States", "South Korea", "Vatican City"). */
export function countryName(code: string, lang: string): string {
	if (!isCountryCode(code)) throw new RangeError(`countries: "${code}" is not an ISO 3166-1 alpha-2 code`);
	const l = toLang(lang);
	const override = l.countries.display[code];
	if (override) return override;
	const names = libraryNames(code, l);
	// The library lists the official form first and shorter ones after it, with acronyms among them;
	// the first plain one (no acronym, no parenthesis, no inverted "X, Republic of") is the common name.
	const plain = names.find((n) => !isAcronym(n) && !/[,(]/u.test(n));
	if (plain) return plain;
	const first = names[0] ?? code;
	return derivedName(first) ?? first;
}

/** Every ISO 3166-1 alpha-2 code the library knows, upper case, sorted. */
export function allCountryCodes(): string[] {
	return [...CODES].sort();
}

/**
 * Every name a reader may type for one country, for search: the library's names in the three languages (official,
 * short, acronyms: "USA", "UK"), the display names and aliases of this module ("Britain", "КНР", "남한"), English
 * alternative spellings and the common and official names from `world-countries` ("Türkiye", "Czechia", "Holy See",
 * "Kirghizia"), and the ISO alpha-3 code. The display name comes first in each language; no name twice.
 */
export function searchNames(code: string): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	const world = worldCountries.find((c) => c.cca2 === code);
	for (const language of LANGUAGES) {
		const names = new Set<string>([countryName(code, language.code)]);
		// Names dropped from the scan (저지, Jersey, is also "blocking") are still what a reader types for the place.
		for (const name of libraryNames(code, language)) {
			names.add(name);
			const derived = derivedName(name);
			if (derived !== null) names.add(derived);
		}
		for (const [name, c] of Object.entries(language.countries.aliases)) if (c === code) names.add(name);
		if (world && language.countries.worldCountries) {
			names.add(world.name.common);
			names.add(world.name.official);
			for (const name of world.altSpellings)
				if (/^[\p{Script=Latin}\s.'’,()-]+$/u.test(name)) names.add(name);
			names.add(world.cca3);
		}
		out[language.code] = [...names];
	}
	return out;
}
