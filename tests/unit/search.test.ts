import { describe, expect, it } from 'vitest';
import { summarize, type CountrySummary } from '../../src/lib/view/summary';
import { normalise, searchCities, searchCountries } from '../../src/lib/view/search';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import { placeNames } from '../../src/lib/server/view/place-names';
import { missionPlaces } from '../../src/lib/view/missions-by-city';
import { fixtureAtlas } from '../fixtures/atlas.fixture';
import { allCountryCodes, searchNames } from '../../src/lib/pipeline/lookup/countries';

/** The fixture's countries plus three whose names share beginnings, as the documents write them. */
const extra: CountrySummary[] = [
	{
		code: 'TM',
		name: 'Turkmenistan',
		localNames: ['Туркменистан'],
		status: 'embassy',
		established: null,
		year: null,
		missions: 2,
		conflicts: 0
	},
	{
		code: 'GB',
		name: 'United Kingdom',
		localNames: ['Великобритания'],
		status: 'embassy',
		established: '1992-02-19',
		year: 1992,
		missions: 2,
		conflicts: 0
	},
	{
		code: 'KR',
		name: 'South Korea',
		localNames: ['Южна Корея', '한국'],
		status: 'relations',
		established: '1992-01-28',
		year: 1992,
		missions: 0,
		conflicts: 0
	}
];
const summaries = [...summarize(fixtureAtlas), ...extra];
const codes = (query: string) => searchCountries(summaries, query).map((h) => h.code);

describe('searchCountries', () => {
	const rows: { query: string; expected: string[] }[] = [
		{ query: 'Турция', expected: ['TR'] }, // Bulgarian, as the article writes it
		{ query: 'турция', expected: ['TR'] }, // case folded
		{ query: 'Тур', expected: ['TR', 'TM'] }, // Bulgarian prefix: Турция, Туркменистан (English name breaks the tie)
		{ query: '미국', expected: ['US'] }, // Korean, as Namuwiki writes it
		{ query: '미', expected: ['US'] }, // Korean prefix
		{ query: '미구', expected: ['US'] }, // what an IME shows mid-syllable on the way to 미국
		{ query: 'САЩ', expected: ['US'] },
		{ query: 'united', expected: ['GB', 'US'] },
		{ query: 'korea', expected: ['KR'] }, // start of a word, not of the name
		{ query: 'Корея', expected: ['KR'] },
		{ query: 'us', expected: ['US'] }, // the code; "Russia" holds "us" but two letters are too short for inside a word
		{ query: 'tr', expected: ['TR'] }, // the code
		{ query: '  tUrKeY ', expected: ['TR'] },
		{ query: 'stan', expected: ['KZ', 'TM'] }, // inside a word, from three letters on
		{ query: 'ussia', expected: ['RU'] },
		{ query: 'xyz', expected: [] },
		{ query: '', expected: [] },
		{ query: '   ', expected: [] }
	];
	it.each(rows)('$query → $expected', ({ query, expected }) => {
		expect(codes(query)).toEqual(expected);
	});

	it('says which local name matched', () => {
		expect(searchCountries(summaries, 'Турц')[0]).toEqual({
			code: 'TR',
			name: 'Turkey',
			matched: 'Турция',
			// Bulgarian and Russian both write Турция: no language is claimed for it.
			matchedLang: undefined,
			inDocuments: true
		});
		expect(searchCountries(summaries, '미')[0]).toMatchObject({
			code: 'US',
			matched: '미국',
			matchedLang: 'ko'
		});
		expect(searchCountries(summaries, 'Turk')[0]).toEqual({
			code: 'TR',
			name: 'Turkey',
			matched: null,
			matchedLang: undefined,
			inDocuments: true
		});
	});

	it('stops at the limit', () => {
		expect(searchCountries(summaries, 'a', {}, 2)).toHaveLength(2);
	});

	it('does not mutate its input', () => {
		const before = structuredClone(summaries);
		searchCountries(summaries, 'ту');
		expect(summaries).toEqual(before);
	});
});

describe("searchCountries with every country's names (/data/names.json)", () => {
	const names = Object.fromEntries(
		allCountryCodes().map((code) => {
			const { en, bg, ko, ru } = searchNames(code);
			return [code, [...en, ...bg, ...ko, ...ru]];
		})
	);
	const first = (query: string) => searchCountries(summaries, query, names)[0];

	// The names a reader types that the documents never spell (issue 13's walk-through tried each of them).
	it.each([
		['UK', 'GB'],
		['Britain', 'GB'],
		['USA', 'US'],
		['America', 'US'],
		['Türkiye', 'TR'],
		['Turkiye', 'TR'],
		['Russian Federation', 'RU'],
		['Kirghizia', 'KG'],
		['Holy See', 'VA'],
		['Czechia', 'CZ'],
		['Czech', 'CZ'],
		['중국', 'CN'],
		['독일', 'DE'],
		['Германия', 'DE'],
		// Russian names, and their forms the Bulgarian list lacks.
		['Кыргызстан', 'KG'],
		['Белоруссия', 'BY'],
		['Соединённые Штаты', 'US'],
		['Китай', 'CN'],
		['DEU', 'DE']
	])('"%s" finds %s first', (query, code) => {
		expect(first(query)?.code).toBe(code);
	});

	it('says a Russian name is Russian where its letters show it', () => {
		expect(first('Кыргыз')).toMatchObject({ code: 'KG', matched: 'Кыргызстан', matchedLang: 'ru' });
	});

	it('"UK" is the United Kingdom before Ukraine', () => {
		expect(searchCountries(summaries, 'UK', names).map((h) => h.code)).toEqual(['GB', 'UA']);
	});

	it('a country the documents never name is found and says so', () => {
		expect(first('Germany')).toEqual({
			code: 'DE',
			name: 'Germany',
			matched: null,
			matchedLang: undefined,
			inDocuments: false
		});
		expect(first('중국')).toMatchObject({ code: 'CN', name: 'China', matched: '중국', matchedLang: 'ko' });
	});

	it("at the same rank, the documents' countries come first", () => {
		// "Tur": Turkey and Turkmenistan are in the documents; Turks and Caicos Islands is not.
		expect(searchCountries(summaries, 'Tur', names).map((h) => h.code)).toEqual(['TR', 'TM', 'TC']);
	});
});

describe('normalise', () => {
	it.each([
		{ input: 'Côte d’Ivoire', expected: 'cote d’ivoire' },
		{ input: 'ТУРЦИЯ', expected: 'турция' },
		{ input: 'Guinea-Bissau', expected: 'guinea bissau' },
		{ input: '미국', expected: '미국'.normalize('NFKD') }
	])('$input → $expected', ({ input, expected }) => {
		expect(normalise(input)).toBe(expected);
	});
});

describe('searchCities', () => {
	const places = [
		{ key: 'almaty', city: 'Almaty', count: 12 },
		{ key: 'astana', city: 'Astana', count: 8 },
		{ key: 'ankara', city: 'Ankara', count: 2 },
		{ key: 'unplaced', city: null, count: 1 }
	];
	it.each([
		['almaty', ['Almaty']],
		['a', ['Almaty', 'Astana', 'Ankara']], // the start of each name; the most missions first
		['ast', ['Astana']],
		['Moscow', []],
		['', []]
	])('"%s" → %j', (query, cities) => {
		expect(searchCities(places, query).map((c) => c.city)).toEqual(cities);
	});
});

describe('cities by their other names, from the gazetteer (walk-through finding 17)', () => {
	const { atlas } = buildAtlas('data/documents');
	const places = missionPlaces(atlas.missions, atlas.focus, new Set(['abroad', 'in-focus', 'other']));
	const names = placeNames(atlas);
	// Astana was Akmola, Tselinograd and, 2019-2022, Nur-Sultan; Almaty was Alma-Ata; Bulgarian and Korean names.
	it.each([
		['Nur-Sultan', 'Astana'],
		['Akmola', 'Astana'],
		['Tselinograd', 'Astana'],
		['Астана', 'Astana'],
		['Alma-Ata', 'Almaty'],
		['Алмати', 'Almaty'],
		['알마티', 'Almaty'],
		['София', 'Sofia'],
		['Москва', 'Moscow']
	])('"%s" finds %s', (query, city) => {
		expect(searchCities(places, query, names)[0]?.city).toBe(city);
	});

	it('finds them only once the names have loaded, and by the English name before', () => {
		expect(searchCities(places, 'Nur-Sultan')).toEqual([]);
		expect(searchCities(places, 'Astana')[0]?.city).toBe('Astana');
	});
});

describe('Korean inside a word', () => {
	it('"중국" (China, two syllables) does not find the United States, 미합중국', () => {
		const names = Object.fromEntries(allCountryCodes().map((code) => [code, searchNames(code).ko ?? []]));
		const codes = searchCountries([], '중국', names).map((h) => h.code);
		expect(codes[0]).toBe('CN');
		expect(codes).not.toContain('US');
	});
});
