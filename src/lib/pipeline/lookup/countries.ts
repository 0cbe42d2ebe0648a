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
import bgLocale from 'i18n-iso-countries/langs/bg.json' with { type: 'json' };
import enLocale from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import koLocale from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import worldCountries from 'world-countries';
import { KO_NAME_PARTICLES } from './lexicon';

export interface CountryMatch {
	/** ISO 3166-1 alpha-2, upper case. */
	code: string;
	/** UTF-16 offsets into the scanned text. */
	start: number;
	end: number;
	/** `text.slice(start, end)`: the name as written, with its ending. */
	surface: string;
}

export type CountryLang = 'bg' | 'ko' | 'en';
const COUNTRY_LANGS: readonly CountryLang[] = ['bg', 'ko', 'en'];

// The server entry of the library registers every locale itself, but the browser entry registers none;
// registering ours keeps this module correct whichever entry a bundler picks.
countries.registerLocale(bgLocale);
countries.registerLocale(koLocale);
countries.registerLocale(enLocale);

/** The library, loaded and registered once here for every server module (places, the geometry's codes). */
export { countries as isoCountries };

const CODES: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()));

/**
 * Display names where the library's form is not the short common one (or, for bg and ko, not the form
 * the documents and current usage write). Every display name is also accepted as an alias.
 */
const DISPLAY: Record<CountryLang, Readonly<Record<string, string>>> = {
	en: {
		US: 'United States',
		RU: 'Russia',
		CN: 'China',
		// The name the documents' readers and most English sources use; 'Türkiye' stays an accepted alias.
		TR: 'Turkey',
		VA: 'Vatican City',
		PS: 'Palestine',
		IR: 'Iran',
		SY: 'Syria',
		LA: 'Laos',
		BN: 'Brunei',
		TZ: 'Tanzania',
		MK: 'North Macedonia',
		GM: 'Gambia',
		CD: 'DR Congo',
		CI: "Côte d'Ivoire",
		VG: 'British Virgin Islands',
		VI: 'U.S. Virgin Islands',
		BQ: 'Caribbean Netherlands'
	},
	bg: {
		US: 'САЩ',
		GB: 'Великобритания',
		PS: 'Палестина',
		CG: 'Република Конго',
		CD: 'Демократична република Конго',
		BN: 'Бруней',
		SZ: 'Есватини'
	},
	// The library's Korean list has old or misspelt forms (러시아연방, 키르키즈스탄, 폴랜드, 기네비쏘...);
	// these are the forms of the National Institute of Korean Language and of the Namuwiki text.
	ko: {
		RU: '러시아',
		KG: '키르기스스탄',
		TM: '투르크메니스탄',
		CZ: '체코',
		TR: '튀르키예',
		TW: '대만',
		GW: '기니비사우',
		AE: '아랍에미리트',
		PT: '포르투갈',
		PL: '폴란드',
		ET: '에티오피아',
		GE: '조지아',
		SZ: '에스와티니',
		ZW: '짐바브웨',
		TN: '튀니지',
		KI: '키리바시',
		TV: '투발루',
		MK: '북마케도니아',
		CF: '중앙아프리카 공화국',
		ZA: '남아프리카 공화국',
		CY: '키프로스',
		GL: '그린란드',
		SB: '솔로몬 제도',
		MH: '마셜 제도'
	}
};

/** Further names the library lacks: common forms, the documents' own spellings (typos included). */
const ALIASES: Record<CountryLang, Readonly<Record<string, string>>> = {
	en: {
		Britain: 'GB',
		'U.K.': 'GB',
		Vatican: 'VA',
		'Vatican City': 'VA',
		'Vatican City State': 'VA',
		// The library gives "Congo" to both Congos; the bare name is read as the Republic, as in bg.
		Congo: 'CG',
		'Republic of Congo': 'CG',
		DRC: 'CD',
		'Democratic Republic of Congo': 'CD',
		Swaziland: 'SZ',
		'East Timor': 'TL',
		'Cabo Verde': 'CV',
		Burma: 'MM',
		Macedonia: 'MK',
		'Kyrgyz Republic': 'KG',
		// The Soviet-era English name, still in older texts on Central Asia.
		Kirghizia: 'KG',
		'Viet Nam': 'VN',
		'São Tomé and Príncipe': 'ST',
		Réunion: 'RE',
		// Abbreviations of English usage that neither library lists.
		PRC: 'CN',
		DPRK: 'KP',
		ROK: 'KR',
		Holland: 'NL'
	},
	bg: {
		'Съединени американски щати': 'US',
		// The library has only the definite form; the indefinite one yields the inflections.
		'Обединено кралство': 'GB',
		// Spellings of the Bulgarian Wikipedia text: "Азербейджан има посолоство" (line 23) and
		// "граждани на Казастан" (line 42).
		Азербейджан: 'AZ',
		Казастан: 'KZ',
		// The library writes "Конго (Бразавил)" and "Конго (Киншаса)"; the text's closing list says just
		// "Конго", which Bulgarian usage reads as the Republic of the Congo (Brazzaville).
		Конго: 'CG',
		'ДР Конго': 'CD',
		'Сейшелски острови': 'SC',
		Македония: 'MK',
		Холандия: 'NL',
		Бирма: 'MM',
		Молдавия: 'MD',
		Киргизия: 'KG',
		Таиланд: 'TH',
		'Чешка република': 'CZ',
		'Тимор-Лесте': 'TL',
		// Abbreviations and official forms of Bulgarian usage that the library lacks.
		КНР: 'CN',
		'Китайска народна република': 'CN',
		КНДР: 'KP',
		'Корейска народнодемократична република': 'KP',
		'Република Корея': 'KR',
		ОАЕ: 'AE',
		ФРГ: 'DE',
		ЮАР: 'ZA',
		'Руска федерация': 'RU',
		Белорусия: 'BY'
	},
	ko: {
		미합중국: 'US',
		// "미군" (US forces) stands for the United States in the Namuwiki text: "미군기지", "미군이 철수했고".
		미군: 'US',
		한국: 'KR',
		남한: 'KR',
		조선민주주의인민공화국: 'KP',
		러시아: 'RU',
		키르기즈스탄: 'KG',
		남아공: 'ZA',
		민주콩고: 'CD',
		'콩고 공화국': 'CG',
		사우디: 'SA',
		'바티칸 시국': 'VA',
		// Older or official forms still common in Korean texts.
		그루지야: 'GE',
		오스트레일리아: 'AU',
		중화인민공화국: 'CN',
		'러시아 연방': 'RU',
		'아랍 에미리트': 'AE'
	}
};

/**
 * Names that are not countries but contain one, or ordinary words that begin with a short country name.
 * They are matched like names, so the longest-match rule lets them shadow the country inside, and yield
 * nothing.
 */
const NOT_COUNTRIES: Record<CountryLang, readonly string[]> = {
	en: ['New Guinea', 'New Mexico', 'New Jersey', 'Northern Ireland'],
	bg: ['Нова Гвинея', 'Ню Мексико', 'Ню Джърси', 'Северна Ирландия'],
	ko: [
		'북아일랜드',
		'그리스도', // Christ
		'인도적', // humanitarian
		'인도주의', // humanitarianism
		'인도양', // the Indian Ocean
		'오만한', // arrogant
		'오만함', // arrogance
		'가나다', // "abc"
		'말리는', // verb 말리다, to dry / to stop someone
		'말리다'
	]
};

/** Library names that are common words in the language and would be found far more often than the place. */
const DROPPED_LIBRARY_NAMES: Record<CountryLang, ReadonlySet<string>> = {
	en: new Set(),
	bg: new Set(),
	// Jersey and Guernsey: 저지 means "blocking", "-건지" is a verb ending.
	ko: new Set(['저지', '건지'])
};

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
	lang: CountryLang;
	root: TrieNode;
	/**
	 * Per UTF-16 unit: 0 not yet known, 1 a name may start with it, 2 none may. For bg and en only
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

const BG_VOWEL_A = /[ая]$/u;

/**
 * Bulgarian forms with the definite article, which the text uses freely ("Филипините", "Ватикана",
 * "Съединените щати", "Обединеното кралство"). In a one-word name the article goes on the name; in a
 * longer name on its first word, which is an adjective. Unused forms cost nothing: nothing else is
 * spelt like them.
 */
function bgDefiniteForms(name: string): string[] {
	const words = name.split(' ');
	const first = words[0];
	const rest = words.slice(1).join(' ');
	const join = (w: string): string => (rest ? `${w} ${rest}` : w);
	const out: string[] = [];
	const lowerFirst = first.toLowerCase();
	if (BG_VOWEL_A.test(lowerFirst))
		out.push(join(first + 'та')); // Русията, Южната Корея
	else if (lowerFirst.endsWith('и'))
		out.push(join(first + 'те')); // Филипините, Съединените щати
	else if (/[оеую]$/u.test(lowerFirst))
		out.push(join(first + 'то')); // Обединеното кралство, Монакото
	else if (words.length > 1) {
		// Masculine adjectives: Южен Судан -> Южния/Южният Судан, Източен Тимор -> Източния Тимор.
		if (lowerFirst.endsWith('ен'))
			out.push(join(first.slice(0, -2) + 'ния'), join(first.slice(0, -2) + 'ният'));
	} else if (lowerFirst.endsWith('й')) {
		out.push(first.slice(0, -1) + 'я', first.slice(0, -1) + 'ят'); // Уругвая, Парагваят
	} else if (/\p{L}$/u.test(lowerFirst)) {
		out.push(first + 'а', first + 'ът'); // Ватикана, Казахстанът
	}
	return out;
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
	const lang = trie.lang;
	const spaced = name.replace(/\s+/gu, ' ').trim();
	// A form the text writes as such ranks above a form this module inflects, at the same level.
	const exactPriority = level * 2;
	const inflectedPriority = level * 2 - 1;
	if (lang === 'ko') {
		const midWord = hangulSyllables(spaced) >= 4;
		insert(trie, spaced, code, exactPriority, midWord);
		// Korean writes multi-word names with or without spaces: 시에라 리온 / 시에라리온.
		if (spaced.includes(' ')) insert(trie, spaced.replace(/ /g, ''), code, exactPriority, midWord);
		return;
	}
	insert(trie, spaced, code, exactPriority, false);
	if (lang === 'bg' && !isAcronym(spaced)) {
		const plain = spaced.replace(/[-‐‑]/gu, ' ');
		for (const form of bgDefiniteForms(plain)) insert(trie, form, code, inflectedPriority, false);
	}
}

function buildTrie(lang: CountryLang): Trie {
	const trie: Trie = { lang, root: { next: new Map(), terminal: null }, startable: new Uint8Array(65536) };
	const dropped = DROPPED_LIBRARY_NAMES[lang];
	const library = countries.getNames(lang, { select: 'all' });
	for (const [code, names] of Object.entries(library)) {
		for (const name of names) {
			if (dropped.has(name)) continue;
			addName(trie, name, code, LEVEL_LIBRARY);
			const derived = derivedName(name);
			if (derived !== null) addName(trie, derived, code, LEVEL_DERIVED);
		}
	}
	if (lang === 'en')
		for (const [name, code] of englishAltSpellings()) addName(trie, name, code, LEVEL_DERIVED);
	for (const [code, name] of Object.entries(DISPLAY[lang])) addName(trie, name, code, LEVEL_ALIAS);
	for (const [name, code] of Object.entries(ALIASES[lang])) addName(trie, name, code, LEVEL_ALIAS);
	for (const name of NOT_COUNTRIES[lang]) addName(trie, name, null, LEVEL_ALIAS);
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
 * English adjectives of nationality (demonyms), the sender in "the Japanese embassy", "a Turkish consulate": from
 * `world-countries` for sovereign states, plus the short forms English uses for the Central Asian states beside the library's
 * "Kazakhstani", "Uzbekistani", "Kirghiz", and "Saudi". An adjective shared by two countries names neither.
 */
const EXTRA_DEMONYMS: Readonly<Record<string, string>> = {
	Kazakh: 'KZ',
	Kazakhstani: 'KZ',
	Uzbek: 'UZ',
	Kyrgyz: 'KG',
	Tajik: 'TJ',
	Turkmen: 'TM',
	Saudi: 'SA',
	Emirati: 'AE',
	Korean: 'KR',
	'South Korean': 'KR',
	'North Korean': 'KP',
	American: 'US',
	British: 'GB',
	Chinese: 'CN',
	Russian: 'RU'
};

let adjectiveTrie: Trie | undefined;
function buildAdjectiveTrie(): Trie {
	const trie: Trie = {
		lang: 'en',
		root: { next: new Map(), terminal: null },
		startable: new Uint8Array(65536)
	};
	// Territories share their state's adjective (Dutch: Aruba, Sint Maarten): sovereign states only.
	for (const c of worldCountries) {
		const eng = c.demonyms?.eng;
		if (!eng || !c.independent) continue;
		for (const d of new Set([eng.m, eng.f])) if (d) addName(trie, d, c.cca2, LEVEL_LIBRARY);
	}
	for (const [name, code] of Object.entries(EXTRA_DEMONYMS)) addName(trie, name, code, LEVEL_ALIAS);
	return trie;
}

/** English adjectives of nationality in `text[from, to)`, as country matches ("Japanese" -> JP). */
export function findAdjectives(text: string, lang: string, from = 0, to = text.length): CountryMatch[] {
	if (toLang(lang) !== 'en') return [];
	adjectiveTrie ??= buildAdjectiveTrie();
	return scan(adjectiveTrie, text, from, to);
}

const tries = new Map<CountryLang, Trie>();
function trieFor(lang: CountryLang): Trie {
	let trie = tries.get(lang);
	if (!trie) {
		trie = buildTrie(lang);
		tries.set(lang, trie);
	}
	return trie;
}

function toLang(lang: string): CountryLang {
	const primary = lang.trim().toLowerCase().split(/[-_]/)[0];
	const found = COUNTRY_LANGS.find((l) => l === primary);
	if (!found)
		throw new RangeError(`countries: unsupported language "${lang}" (have ${COUNTRY_LANGS.join(', ')})`);
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
	const korean = trie.lang === 'ko';
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

/** What may follow a name given to `lookupCountry` in Korean: up to three particles (미국과, 러시아하고, 이란처럼). */
const KO_PARTICLES = new RegExp(`^(?:${KO_NAME_PARTICLES.join('|')}){0,3}$`, 'u');

function suffixAllowed(rest: string, lang: CountryLang): boolean {
	if (rest === '') return true;
	if (lang === 'ko') return KO_PARTICLES.test(rest);
	if (lang === 'en') return /^['’]s$/u.test(rest);
	return false; // bg: the definite forms are names of their own in the trie
}

/** The code `name` (all of it, bar an allowed suffix) names in `lang`; undefined when it names nothing. */
function lookupIn(name: string, lang: CountryLang): string | null | undefined {
	const key = lang === 'ko' ? name.replace(/\s+/gu, '') : name;
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
	const langs = lang === undefined ? COUNTRY_LANGS : [toLang(lang)];
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

function libraryNames(code: string, lang: CountryLang): string[] {
	const names = countries.getName(code, lang, { select: 'all' });
	return names ?? [];
}

/** Display name; for 'en' a short common name ("United States", "South Korea", "Vatican City"). */
export function countryName(code: string, lang: 'en' | 'bg' | 'ko'): string {
	if (!isCountryCode(code)) throw new RangeError(`countries: "${code}" is not an ISO 3166-1 alpha-2 code`);
	const l = toLang(lang);
	const override = DISPLAY[l][code];
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
export function searchNames(code: string): Record<CountryLang, string[]> {
	const out = { en: new Set<string>(), bg: new Set<string>(), ko: new Set<string>() };
	for (const lang of COUNTRY_LANGS) {
		out[lang].add(countryName(code, lang));
		// Names dropped from the scan (저지, Jersey, is also "blocking") are still what a reader types for the place.
		for (const name of libraryNames(code, lang)) {
			out[lang].add(name);
			const derived = derivedName(name);
			if (derived !== null) out[lang].add(derived);
		}
		for (const [name, c] of Object.entries(ALIASES[lang])) if (c === code) out[lang].add(name);
	}
	const world = worldCountries.find((c) => c.cca2 === code);
	if (world) {
		out.en.add(world.name.common);
		out.en.add(world.name.official);
		for (const name of world.altSpellings) if (/^[\p{Script=Latin}\s.'’,()-]+$/u.test(name)) out.en.add(name);
		out.en.add(world.cca3);
	}
	return { en: [...out.en], bg: [...out.bg], ko: [...out.ko] };
}
