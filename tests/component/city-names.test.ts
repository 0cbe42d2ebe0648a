/**
 * In a browser, a city outside the page's own list loads the language's whole table once, and its name then
 * follows; the English first load never asks for one.
 */
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { cityName, loadCityNamesWith, provideCityNames } from '../../src/lib/view/city-names.svelte';

const until = async (ok: () => boolean) => {
	for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('cityName in the browser', () => {
	it('loads the whole Russian table for a city the page did not list, then names it', async () => {
		// Ankara is in the page's list; Omsk (a city of the reader's own document, say) is not.
		provideCityNames('ru', { 323786: 'Анкара' });
		// As the root layout fetches /data/city-names/ru.json: here the generated file itself, counted.
		const asked: string[] = [];
		loadCityNamesWith(async (locale) => {
			asked.push(locale);
			return (await import(`../../src/lib/view/city-names/${locale}.json`)).default;
		});
		const omsk = { city: 'Omsk', geonameId: 1496153 };
		expect(cityName(omsk, 'ru')).toBe('Omsk');
		await until(() => cityName(omsk, 'ru') !== 'Omsk');
		flushSync();
		expect(cityName(omsk, 'ru')).toBe('Омск');
		expect(cityName({ city: 'Ankara', geonameId: 323786 }, 'ru')).toBe('Анкара');
		expect(asked).toEqual(['ru']);
	});

	it('never loads a table in English', () => {
		let asked = false;
		loadCityNamesWith(async () => ((asked = true), {}));
		expect(cityName({ city: 'Omsk', geonameId: 1496153 }, 'en')).toBe('Omsk');
		expect(asked).toBe(false);
	});
});
