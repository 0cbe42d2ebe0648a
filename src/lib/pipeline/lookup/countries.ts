/**
 * Country names in Bulgarian, Korean and English text -> ISO 3166-1 alpha-2 codes.
 *
 * The names come from `i18n-iso-countries`; the tables below only add what the library lacks or writes
 * differently from the two source documents and current usage, plus a few non-countries that would
 * otherwise be read as one (Нова Гвинея is an island, not Guinea).
 *
 * One trie per language is built on first use and reused, so a scan costs one pass over the text
 * whatever the number of names. Matching rules per language:
 * - bg, en: a match starts at a word start with a capital letter (Bulgarian writes country names with
 *   a capital and derived adjectives in lower case: "Русия" but "руски", "казахстанския"), and ends at a
 *   word end, so "Мали" is not found in "Малайзия" nor "Оман" in "Романия". Bulgarian definite forms
 *   (Филипините, Ватикана, Съединените щати) are generated from the names. Case is otherwise ignored,
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
import { LANGUAGES, languageFor, type Language } from '../languages';

export interface CountryMatch {
	/** ISO 3166-1 alpha-2, upper case. */
	code: string;
	/** UTF-16 offsets into the scanned text. */
	start: number;
	end: number;
	/** `text.slice(start, end)`: the name as written, with its ending. */
	surface: string;
}

// The server entry of the library registers every locale itself, but the browser entry registers none;
// registering ours keeps this module correct whichever entry a bundler picks.
for (const language of LANGUAGES) countries.registerLocale(language.countries.locale);

/** The library, loaded and registered once here for every server module (places, the geometry's codes). */
export { countries as isoCountries };

const CODES: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()));

// ---------------------------------------------------------------------------------------------------
// Character classes, computed once per UTF-16 unit and cached: the scan looks at every character of
// texts of many megabytes, and a regular expression per character would dominate the cost.

const lowerTable = new Int32Array(65536).fill(-1);
function lower(c: number): number {
	let l = lowerTable[c];
	if (l < 0) {
		const s = String.fromCharCode(c).toLowerCase();
		l = s.length === 1 ? s.charCodeAt(0) : c;
		lowerTable[c] = l;
	}
	return l;
}

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
const wordTable = new Uint8Array(65536); // 0 unknown, 1 word character, 2 not
function isWordChar(c: number): boolean {
	let w = wordTable[c];
	if (w === 0) {
		w = WORD_RE.test(String.fromCharCode(c)) ? 1 : 2;
		wordTable[c] = w;
	}
	return w === 1;
}

function isUpper(c: number): boolean {
	return lower(c) !== c;
}

function isHangul(c: number): boolean {
	return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}

function isSpace(c: number): boolean {
	return (
		c === 0x20 ||
		(c >= 0x09 && c <= 0x0d) ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000
	);
}

function isHyphen(c: number): boolean {
	return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** The trie's edge for a space or hyphen inside a name. */
const SEP = 0x20;

/** A name character as the trie stores it: lower case, one apostrophe for ' ’ ‘ ʼ. */
function keyChar(c: number): number {
	if (c === 0x2019 || c === 0x2018 || c === 0x02bc) return 0x27;
	return lower(c);
}

// ---------------------------------------------------------------------------------------------------
// The tries.

interface Terminal {
	/** null: a non-country, or a name two countries share at the same level of trust. */
	code: string | null;
	priority: number;
	/** For acronyms, the exact spellings accepted; null when case does not matter. */
	exact: Set<string> | null;
	/** ko only: may start inside a word-run. */
	midWord: boolean;
}

interface TrieNode {
	next: Map<number, TrieNode>;
	terminal: Terminal | null;
}

interface Trie {
	/** Names written with or without spaces, glued to their endings (Korean): see `CountryNames.unspaced`. */
	unspaced: boolean;
	/** Other forms the text writes a name in (Bulgarian definite forms), or null. */
	inflect: ((name: string) => string[]) | null;
	root: TrieNode;
	/**
	 * Per UTF-16 unit: 0 not yet known, 1 a name may start with it, 2 none may. Unless `unspaced`, only
	 * capitals count. Filled lazily; it lets the scan pass over most characters with one array read.
	 */
	startable: Uint8Array;
}

/** Where a name comes from; a higher level wins when two sources give one string different codes. */
const LEVEL_DERIVED = 1; // a library name with its parenthesis or ", Republic of" cut off
const LEVEL_LIBRARY = 2;
const LEVEL_ALIAS = 3; // the tables of this module

const ACRONYM_RE = /^(?:\p{Lu}\.?){2,}$/u;

function isAcronym(name: string): boolean {
	return ACRONYM_RE.test(name);
}

function isSeparatorText(ch: string): boolean {
	return isSpace(ch.charCodeAt(0)) || isHyphen(ch.charCodeAt(0));
}

function keyOf(name: string): number[] {
	const key: number[] = [];
	for (const ch of name.trim()) {
		if (ch.length === 1 && isSeparatorText(ch)) {
			if (key.length > 0 && key[key.length - 1] !== SEP) key.push(SEP);
		} else {
			for (let k = 0; k < ch.length; k++) key.push(keyChar(ch.charCodeAt(k)));
		}
	}
	if (key[key.length - 1] === SEP) key.pop();
	return key;
}

function hangulSyllables(name: string): number {
	let n = 0;
	for (let k = 0; k < name.length; k++) {
		const c = name.charCodeAt(k);
		if (c >= 0xac00 && c <= 0xd7a3) n++;
	}
	return n;
}

/** "Конго (Бразавил)" -> "Конго", "Moldova, Republic of" -> "Moldova"; null when nothing is cut. */
function derivedName(name: string): string | null {
	const cut = name
		.replace(/\s*\([^)]*\)\s*/gu, ' ')
		.split(',')[0]
		.replace(/\s+/gu, ' ')
		.trim();
	return cut !== name && cut.length > 0 ? cut : null;
}

function insert(trie: Trie, name: string, code: string | null, priority: number, midWord: boolean): void {
	const key = keyOf(name);
	if (key.length === 0) return;
	let node = trie.root;
	for (const k of key) {
		let child = node.next.get(k);
		if (!child) {
			child = { next: new Map(), terminal: null };
			node.next.set(k, child);
		}
		node = child;
	}
	const exact = isAcronym(name) ? new Set([name]) : null;
	const t = node.terminal;
	if (!t || priority > t.priority) {
		node.terminal = { code, priority, exact, midWord };
	} else if (priority === t.priority) {
		if (t.code !== code) {
			// Two of this module's own tables disagreeing is a mistake to fix, not an ambiguity to hide.
			if (priority >= LEVEL_ALIAS * 2) throw new Error(`countries: "${name}" is given two codes`);
			t.code = null;
		}
		t.exact = t.exact && exact ? new Set([...t.exact, ...exact]) : null;
		t.midWord = t.midWord || midWord;
	}
}

function addName(trie: Trie, name: string, code: string | null, level: number): void {
	const spaced = name.replace(/\s+/gu, ' ').trim();
	// A form the text writes as such ranks above a form this module inflects, at the same level.
	const exactPriority = level * 2;
	const inflectedPriority = level * 2 - 1;
	if (trie.unspaced) {
		const midWord = hangulSyllables(spaced) >= 4;
		insert(trie, spaced, code, exactPriority, midWord);
		// Korean writes multi-word names with or without spaces: 시에라 리온 / 시에라리온.
		if (spaced.includes(' ')) insert(trie, spaced.replace(/ /g, ''), code, exactPriority, midWord);
		return;
	}
	insert(trie, spaced, code, exactPriority, false);
	if (trie.inflect && !isAcronym(spaced)) {
		const plain = spaced.replace(/[-‐‑]/gu, ' ');
		for (const form of trie.inflect(plain)) insert(trie, form, code, inflectedPriority, false);
	}
}

function emptyTrie(names: Language['countries']): Trie {
	return {
		unspaced: names.unspaced,
		inflect: names.inflect,
		root: { next: new Map(), terminal: null },
		startable: new Uint8Array(65536)
	};
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
	if (!language.countries.worldCountries) return [];
	let trie = adjectiveTries.get(language.code);
	if (!trie) {
		trie = buildAdjectiveTrie(language);
		adjectiveTries.set(language.code, trie);
	}
	return scan(trie, text, from, to);
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
 * Walks the trie along `text` from `start`, calling `visit` at every name that ends before `limit`,
 * shortest first.
 */
function walk(
	trie: Trie,
	text: string,
	start: number,
	limit: number,
	visit: (end: number, terminal: Terminal) => void
): void {
	let node = trie.root;
	let j = start;
	while (j < limit) {
		const c = text.charCodeAt(j);
		let next: TrieNode | undefined;
		if (isSpace(c) || isHyphen(c)) {
			next = node.next.get(SEP);
			if (!next) return;
			if (isHyphen(c)) j++;
			else {
				// A name may wrap onto the next line, but not run across a paragraph break.
				let breaks = 0;
				while (j < limit && isSpace(text.charCodeAt(j))) {
					if (text.charCodeAt(j) === 0x0a) breaks++;
					j++;
				}
				if (breaks > 1) return;
			}
		} else {
			next = node.next.get(keyChar(c));
			if (!next) return;
			j++;
		}
		node = next;
		if (node.terminal) visit(j, node.terminal);
	}
}

/**
 * All country mentions in `text[from, to)`, sorted by start, non-overlapping, longest match first.
 * Word boundaries are judged on the whole text, so a name cut by `from` or `to` is not found.
 */
export function findCountries(text: string, lang: string, from = 0, to = text.length): CountryMatch[] {
	return scan(trieFor(toLang(lang)), text, from, to);
}

function scan(trie: Trie, text: string, from: number, to: number): CountryMatch[] {
	const startable = trie.startable;
	const korean = trie.unspaced;
	const lo = Math.max(0, Math.min(from, text.length));
	const hi = Math.max(lo, Math.min(to, text.length));
	const out: CountryMatch[] = [];

	// The candidate being walked; `visit` keeps the longest name that passes the checks.
	const cur = { start: 0, atWordStart: false, end: -1, code: null as string | null };
	const visit = (end: number, t: Terminal): void => {
		if (korean) {
			if (!cur.atWordStart && !t.midWord) return;
		} else {
			if (end < text.length) {
				const next = text.charCodeAt(end);
				// A letter right after the name ends the match only when it starts a new capitalised word
				// glued on, as in the Wikipedia headings "КиргизстанРедактиране".
				if (isWordChar(next) && !(isUpper(next) && !isUpper(text.charCodeAt(end - 1)))) return;
			}
			if (t.exact && !t.exact.has(text.slice(cur.start, end))) return;
		}
		cur.end = end;
		cur.code = t.code;
	};

	let i = lo;
	while (i < hi) {
		const c = text.charCodeAt(i);
		let s = startable[c];
		if (s === 0) {
			s = trie.root.next.has(keyChar(c)) && (korean || isUpper(c)) ? 1 : 2;
			startable[c] = s;
		}
		if (s === 2) {
			i++;
			continue;
		}
		const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
		if (korean) {
			// A name may also follow 주 ("stationed in": 주카자흐스탄 미국 대사관), itself at a word start or glued to a
			// preceding mission's name (대사관주한).
			const before2 = i > 1 ? text.charCodeAt(i - 2) : -1;
			cur.atWordStart =
				prev < 0 ||
				!isHangul(prev) ||
				(prev === 0xc8fc && (before2 < 0 || !isHangul(before2) || before2 === 0xad00));
		} else if (prev >= 0 && isWordChar(prev)) {
			i++;
			continue;
		}
		cur.start = i;
		cur.end = -1;
		cur.code = null;
		walk(trie, text, i, hi, visit);
		if (cur.end < 0) {
			i++;
			continue;
		}
		if (cur.code !== null)
			out.push({ code: cur.code, start: i, end: cur.end, surface: text.slice(i, cur.end) });
		// A non-country (Нова Гвинея) is skipped whole, so the country inside it is not found either.
		i = cur.end;
	}
	return out;
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
