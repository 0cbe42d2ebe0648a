/**
 * City names in the interface's language: the generated tables (scripts/place-names.ts) and the getter the view
 * names cities with (src/lib/view/city-names.svelte.ts). The expected names are how each language writes the city
 * (its foreign ministry, its Wikipedia), not copied from the tables.
 */
import { describe, expect, it } from 'vitest';
import bg from '../../src/lib/view/city-names/bg.json' with { type: 'json' };
import ko from '../../src/lib/view/city-names/ko.json' with { type: 'json' };
import ru from '../../src/lib/view/city-names/ru.json' with { type: 'json' };
import {
	cityName,
	cityNamesReady,
	loadCityNamesWith,
	namesFor,
	provideCityNames
} from '../../src/lib/view/city-names.svelte';

const tables: Record<string, Record<string, string>> = { bg, ko, ru };
// GeoNames ids.
const ANKARA = 323786;
const ASTANA = 1526273;
const ALMATY = 1526384;
const MOSCOW = 524901;
const KYIV = 703448;
const NEW_DELHI = 1261481;
const BUCHAREST = 683506;
const BEIJING = 1816670;
const WASHINGTON = 4140963;
const NANJING = 1799962;
const TURIN = 3165524;

describe('the display tables', () => {
	it('name the cities as each language writes them (CLDR first)', () => {
		expect([bg[ANKARA], ru[ANKARA], ko[ANKARA]]).toEqual(['Анкара', 'Анкара', '앙카라']);
		expect([bg[MOSCOW], ru[MOSCOW], ko[MOSCOW]]).toEqual(['Москва', 'Москва', '모스크바']);
		// Bulgarian writes Almaty and Bucharest its own way, Russian another.
		expect([bg[ALMATY], ru[ALMATY], ko[ALMATY]]).toEqual(['Алмати', 'Алматы', '알마티']);
		expect([bg[BUCHAREST], ru[BUCHAREST]]).toEqual(['Букурещ', 'Бухарест']);
	});

	it('take the current name, not a former one, where GeoNames has several (Astana, not Nur-Sultan or Akmola)', () => {
		expect([bg[ASTANA], ru[ASTANA], ko[ASTANA]]).toEqual(['Астана', 'Астана', '아스타나']);
	});

	it('keep the hand table’s current spellings over older ones (키이우, Ню Делхи)', () => {
		expect(ko[KYIV]).toBe('키이우');
		expect(bg[NEW_DELHI]).toBe('Ню Делхи');
	});

	it('take a Korean name whose romanisation is the English one among several (베이징 beside 북경)', () => {
		// Korean Wikipedia's titles: 베이징, 난징 (the Chinese names, not the Sino-Korean readings 북경, 남경).
		expect([ko[BEIJING], ko[NANJING]]).toEqual(['베이징', '난징']);
		// Turin: Korean writes the Italian name, not the English one's transcription (투린).
		expect(ko[TURIN]).toBe('토리노');
	});

	it('read a name GeoNames writes with a Latin abbreviation without it (워싱턴 D.C.)', () => {
		// The Korean MOFA's and Korean Wikipedia's 워싱턴; the interface writes "Washington" alone in English too.
		expect(ko[WASHINGTON]).toBe('워싱턴');
	});

	it('hold only names in the language’s alphabet, none empty, keyed by GeoNames ids', () => {
		const alphabet: Record<string, RegExp> = {
			bg: /^[А-ЪЬЮЯа-ъьюяѝ][А-ЪЬЮЯа-ъьюяѝ .'’-]*$/u,
			ru: /^[А-ЯЁа-яё][А-ЯЁа-яё .'’-]*$/u,
			ko: /^[\p{Script=Hangul} ]+$/u
		};
		for (const [lang, table] of Object.entries(tables)) {
			const wrong = Object.entries(table).filter(
				([id, name]) => !/^\d+$/.test(id) || !alphabet[lang].test(name)
			);
			expect(wrong, lang).toEqual([]);
			expect(Object.keys(table).length).toBeGreaterThan(4000);
		}
	});
});

describe('cityName', () => {
	it('gives the interface language’s name once provided, the English one before and where there is none', () => {
		const ankara = { city: 'Ankara', geonameId: ANKARA };
		expect(cityName(ankara, 'bg')).toBe('Ankara');
		provideCityNames('bg', { [ANKARA]: 'Анкара', [MOSCOW]: '' });
		expect(cityName(ankara, 'bg')).toBe('Анкара');
		expect(cityName({ city: 'Moscow', geonameId: MOSCOW }, 'bg')).toBe('Moscow');
		expect(cityName(ankara, 'en')).toBe('Ankara');
		expect(cityName({ city: 'Ankara', geonameId: null }, 'bg')).toBe('Ankara');
		expect(cityName({ city: null, geonameId: ANKARA }, 'bg')).toBeNull();
	});

	it('waits for a language’s whole table when asked (the reader’s worker), and loads it once', async () => {
		let loads = 0;
		loadCityNamesWith(async () => {
			loads++;
			return { [ASTANA]: 'Астана' };
		});
		await cityNamesReady('bg');
		await cityNamesReady('bg');
		expect(cityName({ city: 'Astana', geonameId: ASTANA }, 'bg')).toBe('Астана');
		expect(loads).toBe(1);
		await cityNamesReady('en');
		expect(loads).toBe(1);
	});

	it('leaves the English names where the table does not load (offline before it was kept)', async () => {
		loadCityNamesWith(() => Promise.reject(new Error('offline')));
		await cityNamesReady('ko');
		expect(cityName({ city: 'Ankara', geonameId: ANKARA }, 'ko')).toBe('Ankara');
	});

	it('gives a page the names of its cities, an empty name where the English one stands', () => {
		provideCityNames('ru', { [ANKARA]: 'Анкара' }, true);
		expect(namesFor([ANKARA, MOSCOW, ANKARA], 'ru')).toEqual({ [MOSCOW]: '', [ANKARA]: 'Анкара' });
		expect(namesFor([ANKARA], 'en')).toEqual({});
	});
});
