/**
 * What the service worker keeps, and when (src/lib/offline/plan.ts), on lists shaped as Kit gives them.
 */
import { describe, expect, it } from 'vitest';
import { cacheKey, kitFor, offlinePlan, standIn } from '../../src/lib/offline/plan';

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
		'/documents/'
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
		expect(plan.kit).not.toContain('/country/TR/__data.json');
		expect(plan.kit.some((p) => p.includes('/workers/'))).toBe(false);
		expect(new Set(plan.kit).size).toBe(plan.kit.length);
	});

	it('starts any country from the first country page', () => {
		expect(plan.shell).toBe('/country/AD/');
		expect(standIn('/country/TR/', plan.shell)).toBe('/country/AD/');
		expect(standIn('/country/TR/__data.json', plan.shell)).toBe('/country/AD/__data.json');
		expect(standIn('/table/', plan.shell)).toBeNull();
		expect(standIn('/country/TR/', undefined)).toBeNull();
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
		expect(based.shell).toBe('/atlas/country/AD/');
	});
});

describe('kitFor: what keeping downloads for a reader of one language', () => {
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
		expect(kitFor(kit, 'ko')).toEqual([
			'/_app/immutable/entry/app.A1.js',
			'/data/atlas.json',
			'/data/city-names/ko.json',
			'/ko/table/',
			'/table/'
		]);
	});

	it('keeps none in English, which names cities in the gazetteer’s English, and all for a marker of before', () => {
		expect(kitFor(kit, 'en').some((path) => path.includes('/city-names/'))).toBe(false);
		expect(kitFor(kit, null)).toEqual(kit);
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
