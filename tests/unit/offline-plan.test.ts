/**
 * What the service worker keeps, and when (src/lib/offline/plan.ts), on lists shaped as Kit gives them.
 */
import { describe, expect, it } from 'vitest';
import { cacheKey, inCopy, kitFor, localeOf, offlinePlan, standIn } from '../../src/lib/offline/plan';

const site = {
	base: '',
	build: [
		'/_app/immutable/entry/app.A1.js',
		'/_app/immutable/chunks/maplibre.B2.js',
		'/_app/immutable/assets/noto-sans-latin-400-normal.C3.woff2',
		'/_app/immutable/workers/reader.worker-D4.js',
		'/_app/immutable/workers/assets/gazetteer-E5.pbf'
	],
	files: ['/robots.txt'],
	prerendered: [
		'/',
		'/__data.json',
		'/country/AD/',
		'/country/AD/__data.json',
		'/country/TR/',
		'/country/TR/__data.json',
		'/data/atlas.json',
		'/data/missions.json',
		'/data/names.json',
		'/geo/countries.json',
		'/table/',
		'/table/__data.json',
		'/documents/',
		'/bg/',
		'/bg/__data.json',
		'/bg/country/AD/',
		'/bg/country/AD/__data.json',
		'/bg/table/',
		'/ko/',
		'/ko/table/'
	]
};

describe('offlinePlan', () => {
	const plan = offlinePlan(site);

	it('precaches the app, the home page, the map’s geometry and one country page, nothing of the reader', () => {
		expect(plan.precache.sort()).toEqual(
			[
				'/_app/immutable/entry/app.A1.js',
				'/_app/immutable/chunks/maplibre.B2.js',
				'/_app/immutable/assets/noto-sans-latin-400-normal.C3.woff2',
				'/robots.txt',
				'/',
				'/__data.json',
				'/geo/countries.json',
				'/country/AD/',
				'/country/AD/__data.json'
			].sort()
		);
	});

	it('keeps, on request, the atlas’s data and every page but the country pages', () => {
		expect(plan.kit).toEqual(expect.arrayContaining(plan.precache));
		expect(plan.kit).toEqual(
			expect.arrayContaining(['/data/atlas.json', '/data/missions.json', '/table/', '/documents/'])
		);
		expect(plan.kit).not.toContain('/country/TR/');
		// The other languages' pages load their own copy of the app, which this plan does not keep.
		expect(plan.kit.filter((p) => /^\/(bg|ko)\//.test(p))).toEqual([]);
		expect(plan.kit).not.toContain('/country/TR/__data.json');
		expect(plan.kit.some((p) => p.includes('/workers/'))).toBe(false);
		expect(new Set(plan.kit).size).toBe(plan.kit.length);
	});

	it('starts any country from the first country page', () => {
		expect(plan.shells).toEqual({ en: '/country/AD/' });
		expect(standIn('/country/TR/', '', plan.shells)).toBe('/country/AD/');
		expect(standIn('/country/TR/__data.json', '', plan.shells)).toBe('/country/AD/__data.json');
		expect(standIn('/table/', '', plan.shells)).toBeNull();
		// No Bulgarian shell kept: an English page would start the app in English at a Bulgarian address.
		expect(standIn('/bg/country/TR/', '', plan.shells)).toBeNull();
	});

	it('keeps a Bulgarian reader’s copy of the app, pages and shell, and the files every language shares', () => {
		const bg = offlinePlan(site, ['bg']);
		expect(bg.precache.sort()).toEqual(
			[
				'/_app/immutable/bg/entry/app.A1.js',
				'/_app/immutable/bg/chunks/maplibre.B2.js',
				'/_app/immutable/bg/assets/noto-sans-latin-400-normal.C3.woff2',
				'/robots.txt',
				'/bg/',
				'/bg/__data.json',
				'/geo/countries.json',
				'/bg/country/AD/',
				'/bg/country/AD/__data.json'
			].sort()
		);
		expect(bg.kit).toEqual(expect.arrayContaining(['/data/atlas.json', '/bg/table/']));
		expect(bg.kit).not.toContain('/table/');
		expect(bg.kit).not.toContain('/ko/table/');
		expect(standIn('/bg/country/TR/', '', bg.shells)).toBe('/bg/country/AD/');
		// Two languages open: both copies, each whole.
		const both = offlinePlan(site, ['en', 'bg']);
		expect(both.precache).toEqual(expect.arrayContaining([...plan.precache, ...bg.precache]));
	});

	it('tells a path’s language by its prefix, and a build file’s copy by the language', () => {
		expect(localeOf('/bg/country/TR/', '')).toBe('bg');
		expect(localeOf('/ko/', '')).toBe('ko');
		expect(localeOf('/country/TR/', '')).toBe('en');
		// A path that merely starts with the letters is not the language's.
		expect(localeOf('/bgx/', '')).toBe('en');
		expect(localeOf('/atlas/ru/table/', '/atlas')).toBe('ru');
		expect(inCopy('/atlas/_app/immutable/chunks/x.js', '/atlas', 'ru')).toBe(
			'/atlas/_app/immutable/ru/chunks/x.js'
		);
		expect(inCopy('/_app/immutable/chunks/x.js', '', 'en')).toBe('/_app/immutable/chunks/x.js');
		expect(inCopy('/_app/version.json', '', 'ko')).toBe('/_app/version.json');
	});

	it('keeps its paths under the site’s base', () => {
		const based = offlinePlan({
			base: '/atlas',
			build: site.build.map((p) => `/atlas${p}`),
			files: [],
			prerendered: site.prerendered.map((p) => `/atlas${p}`)
		});
		expect(based.precache).toContain('/atlas/');
		expect(based.precache).toContain('/atlas/geo/countries.json');
		expect(based.shells.en).toBe('/atlas/country/AD/');
	});
});

describe('kitFor: what keeping downloads for a reader of some languages', () => {
	const kit = [
		'/_app/immutable/entry/app.A1.js',
		'/data/atlas.json',
		'/data/city-names/bg.json',
		'/data/city-names/ko.json',
		'/data/city-names/ru.json',
		'/ko/table/',
		'/table/'
	];

	it('keeps the city names of the reader’s language only, and everything else', () => {
		expect(kitFor(kit, ['ko'])).toEqual([
			'/_app/immutable/entry/app.A1.js',
			'/data/atlas.json',
			'/data/city-names/ko.json',
			'/ko/table/',
			'/table/'
		]);
	});

	it('keeps none in English, which names cities in the gazetteer’s English, and all when no language is given', () => {
		expect(kitFor(kit, ['en']).some((path) => path.includes('/city-names/'))).toBe(false);
		expect(kitFor(kit, null)).toEqual(kit);
	});

	it('keeps the city names of each language open (pages in Korean and Russian open at once)', () => {
		expect(kitFor(kit, ['ko', 'ru']).filter((path) => path.includes('/city-names/'))).toEqual([
			'/data/city-names/ko.json',
			'/data/city-names/ru.json'
		]);
	});
});

describe('cacheKey: what is cached at run time, under which key', () => {
	const origin = 'https://atlas.example';
	const key = (path: string, method = 'GET', from = origin) => cacheKey(new URL(path, from), method, origin);

	it('keeps a page and its data under the path, whatever the query', () => {
		expect(key('/country/TR/?from=search')).toBe('/country/TR/');
		expect(key('/country/TR/__data.json?x-sveltekit-invalidated=01')).toBe('/country/TR/__data.json');
	});

	it('keeps other files under their whole address', () => {
		expect(key('/data/atlas.json')).toBe('/data/atlas.json');
		expect(key('/_app/immutable/workers/reader.worker-D4.js')).toBe(
			'/_app/immutable/workers/reader.worker-D4.js'
		);
	});

	it('leaves other origins and other methods alone', () => {
		expect(key('/data/atlas.json', 'POST')).toBeNull();
		expect(key('https://elsewhere.example/x.js', 'GET', 'https://elsewhere.example')).toBeNull();
	});
});
