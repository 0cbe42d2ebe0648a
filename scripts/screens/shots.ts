/**
 * The pictures `npm run screens` takes. The first set is what a refactor must not change (compared with
 * `--compare`); those marked `extra` are taken with `--all` only: the states the browser tests used to photograph
 * inside their assertions (pages.spec.ts, missions.spec.ts, the WebGL-less specs, print.spec.ts).
 */
import type { Page } from '@playwright/test';
import { wakeMap } from '../../tests/support/map';

const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

interface Act {
	/** Waits until the map is idle and its last frame drawn. */
	drawn: (page: Page) => Promise<void>;
	/** Takes a picture now, as `<name>.png`. */
	snap: (name: string) => Promise<void>;
}

export interface Shot {
	name: string;
	path: string;
	size: { width: number; height: number };
	/** What to do on the page before the picture, after the map is idle (or `untouched` is there). */
	act?: (page: Page, act: Act) => Promise<void>;
	/**
	 * Nobody touches the page: the picture is taken once this selector is in the page (the home page's SVG first map
	 * before MapLibre starts, a page without script, the map without WebGL), and the map is not waited for.
	 */
	untouched?: string;
	/** `act` takes its own pictures with `snap`, several of one page. */
	series?: boolean;
	/** Taken with `--all` only. */
	extra?: boolean;
	script?: false;
	/** Chromium with WebGL switched off, as the `chromium-no-webgl` project of the browser tests. */
	webgl?: false;
	fullPage?: boolean;
}

const search = (page: Page) => page.getByRole('combobox', { name: 'Find a country' });

async function suggest(page: Page, query: string) {
	await search(page).fill(query);
	await page.getByRole('option').first().waitFor();
}

/** Without WebGL: the map starts (and fails), and the SVG map is drawn in its place. */
async function svgMapDrawn(page: Page) {
	await wakeMap(page);
	await page.locator('svg.svg-map').waitFor();
}

/** Waits a little for a page to say it shows the year (a build from before it could is shot as it is). */
async function asOfShown(page: Page, year: number) {
	await page
		.getByText(`as of ${year}`)
		.first()
		.waitFor({ timeout: 5000 })
		.catch(() => undefined);
}

/** The layer toggles, as missions.spec.ts names them; the first layer of each names its picture. */
const TOGGLES = [
	{ label: 'Kazakhstan’s missions abroad', layer: 'missions-abroad' },
	{ label: 'Foreign missions for Kazakhstan', layer: 'missions-in-focus' },
	{ label: 'Connections', layer: 'mission-arcs' },
	{ label: 'Country labels', layer: 'country-labels' },
	{ label: 'Small-state markers', layer: 'small-states' }
];

/** Each mission layer alone and all together, at world zoom and over Kazakhstan: one page load, toggles clicked. */
async function layers(page: Page, { drawn, snap }: Act) {
	const sets = [
		{ name: 'all', on: TOGGLES.map((t) => t.label) },
		...TOGGLES.map((t) => ({ name: t.layer, on: [t.label] }))
	];
	for (const where of ['world', 'kazakhstan'] as const) {
		if (where === 'kazakhstan') {
			await page.evaluate(() => window.__map?.jumpTo({ center: [71, 46], zoom: 4 }));
			await drawn(page);
		}
		// "Map layers" is folded at first (walk-through finding 15).
		const box = page.locator('details.layers');
		if (!(await box.evaluate((d: HTMLDetailsElement) => d.open))) await box.locator('summary').click();
		for (const { name, on } of sets) {
			for (const { label } of TOGGLES)
				await page.getByRole('checkbox', { name: label }).setChecked(on.includes(label));
			await drawn(page);
			await snap(`missions-${where}-${name}`);
		}
	}
}

export const SHOTS: Shot[] = [
	{ name: 'home-first-map', path: '/', size: WIDE, untouched: '#first-map svg' },
	{ name: 'home', path: '/', size: WIDE },
	{ name: 'home-1920', path: '/', size: { width: 1920, height: 1080 } },
	{ name: 'home-1024', path: '/', size: { width: 1024, height: 700 } },
	{ name: 'country', path: '/country/US/', size: WIDE },
	{ name: 'year', path: '/?mode=year', size: WIDE },
	{
		name: 'missions-card',
		path: '/',
		size: WIDE,
		act: async (page) => {
			await page.getByText(/^Missions by city/).click();
			await page.locator('details.places').getByRole('button').first().click();
			await page.locator('section.card').waitFor();
		}
	},
	{ name: 'phone-first-map', path: '/', size: PHONE, untouched: '#first-map svg' },
	{ name: 'phone-home', path: '/', size: PHONE },
	{ name: 'phone-country', path: '/country/US/', size: PHONE },
	{
		name: 'no-webgl-map',
		path: '/',
		size: WIDE,
		webgl: false,
		untouched: 'body',
		act: svgMapDrawn
	},
	// The extra states, for a person to look at.
	{ name: 'country-tr', path: '/country/TR/', size: WIDE, extra: true },
	{ name: 'overview-kz', path: '/country/KZ/', size: WIDE, extra: true },
	{ name: 'not-found', path: '/country/ZZ/', size: WIDE, extra: true, untouched: 'h1' },
	{
		name: 'country-tr-no-script',
		path: '/country/TR/',
		size: WIDE,
		extra: true,
		script: false,
		untouched: '#panel-title'
	},
	{ name: 'search-ko', path: '/', size: WIDE, extra: true, act: (page) => suggest(page, '미국') },
	{ name: 'search-absent', path: '/', size: WIDE, extra: true, act: (page) => suggest(page, 'Germany') },
	{
		name: 'table-by-missions',
		path: '/table/',
		size: WIDE,
		extra: true,
		untouched: 'table',
		act: (page) => page.getByRole('columnheader', { name: 'Missions' }).getByRole('button').click()
	},
	{
		name: 'missions-almaty',
		path: '/?at=76,45,4.5',
		size: WIDE,
		extra: true,
		series: true,
		act: async (page, { snap }) => {
			await search(page).fill('Almaty');
			await search(page).press('Enter');
			const card = page.locator('section.card');
			await card.waitFor();
			await snap('missions-almaty-list');
			await card.getByRole('listitem').filter({ hasText: 'Latvia' }).getByRole('button').click();
			await card.locator('blockquote mark').first().waitFor();
			await snap('missions-almaty-detail');
		}
	},
	{ name: 'missions-layers', path: '/', size: WIDE, extra: true, series: true, act: layers },
	{
		name: 'phone-country-tr-collapsed',
		path: '/country/TR/',
		size: PHONE,
		extra: true,
		act: (page) => page.getByRole('button', { name: 'Collapse panel' }).click()
	},
	{ name: 'phone-search', path: '/', size: PHONE, extra: true, act: (page) => suggest(page, 'Тур') },
	{
		name: 'no-webgl-country',
		path: '/country/US/',
		size: WIDE,
		extra: true,
		webgl: false,
		untouched: '#panel-title',
		act: (page) => page.getByRole('button', { name: 'Table', exact: true }).click()
	},
	{
		name: 'no-webgl-table',
		path: '/',
		size: WIDE,
		extra: true,
		webgl: false,
		untouched: 'body',
		act: async (page) => {
			await wakeMap(page);
			await page.getByText(/The interactive map is not shown because/).waitFor();
			await page.getByRole('button', { name: 'Table', exact: true }).click();
			await page.getByRole('table').waitFor();
		}
	},
	// The timeline's year on the pages without MapLibre: the table and the map without WebGL (issue 22).
	{
		name: 'table-2000',
		path: '/table/?time=2000',
		size: WIDE,
		extra: true,
		untouched: 'table',
		act: (page) => asOfShown(page, 2000)
	},
	{
		name: 'no-webgl-map-2000',
		path: '/?time=2000',
		size: WIDE,
		extra: true,
		webgl: false,
		untouched: 'body',
		act: async (page) => {
			await svgMapDrawn(page);
			await asOfShown(page, 2000);
		}
	},
	{
		name: 'print-country-tr',
		path: '/country/TR/',
		size: WIDE,
		extra: true,
		fullPage: true,
		act: (page) => page.emulateMedia({ media: 'print' })
	}
];
