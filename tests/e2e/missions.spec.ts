/**
 * Missions on the map (src/lib/components/map/MissionLayers.svelte) and the view in the URL (ViewUrlSync.svelte):
 * every mission of the atlas is a feature, each toggle hides and shows its layers, the Almaty marker lists every
 * mission the documents place there, and a URL's mode and layers survive a reload while a mangled URL still loads.
 * The pictures of the layers, one by one and together, are `npm run screens -- --all` (scripts/screens.ts).
 */
import { devices, expect, test, type Page } from '@playwright/test';
import type { GeoJSONSource } from 'maplibre-gl';
import type { Atlas } from '../../src/lib/atlas/types';
import { mapIdle } from '../support/map';
import { watchErrors } from '../support/page';

/**
 * Toggle label -> the map layers it governs (mission layers from mission-style.ts, the rest from style.ts), and
 * whether a plain link shows them: every layer but the connections (options.ts).
 */
const TOGGLES: { label: string; layers: string[]; on: boolean }[] = [
	{ label: 'Kazakhstan’s missions abroad', layers: ['missions-abroad', 'missions-abroad-halo'], on: true },
	{
		label: 'Foreign missions for Kazakhstan',
		layers: ['missions-in-focus', 'missions-in-focus-halo'],
		on: true
	},
	{ label: 'Connections', layers: ['mission-arcs', 'mission-arcs-dashed'], on: false },
	{ label: 'Country labels', layers: ['country-labels', 'focus-label'], on: true },
	{ label: 'Small-state markers', layers: ['small-states'], on: true }
];

/** Senders of the missions the documents place in Almaty (bg 42, 70, 87, 91, 99, 103, 111, 115, 126, 132; ko 70). */
const ALMATY = ['AM', 'MY', 'BG', 'LV', 'RO', 'RU', 'TR', 'UA', 'CA', 'US', 'US', 'US'];

// Software WebGL's time per frame grows with the pixels: 800x500 (desktop layout, above the 640 px breakpoint) draws
// a frame in about half the time of the default 1280x720, and the map opens on the same whole world at either size.
// Reduced motion sets the symbol fade to 0 and camera moves to jumps (MapView.svelte), so each toggle settles in
// fewer frames. The framing test keeps the animation.
test.use({ viewport: { width: 800, height: 500 }, reducedMotion: 'reduce' });

/** The map has loaded, the mission layers are on it (they arrive after the map's `load`), and it is drawn. */
const MISSIONS = { layer: 'mission-groups' };

const visibility = (page: Page, layer: string) =>
	page.evaluate((id) => window.__map?.getLayoutProperty(id, 'visibility') ?? 'visible', layer);

const rendered = (page: Page, layers: string[]) =>
	page.evaluate((ids) => window.__map?.queryRenderedFeatures({ layers: ids }).length ?? -1, layers);

/** Unfolds "Map layers" (folded at first, walk-through finding 15), so that its toggles can be read and pressed. */
async function openLayers(page: Page) {
	const box = page.locator('details.layers');
	if (!(await box.evaluate((d: HTMLDetailsElement) => d.open))) await box.locator('summary').click();
}

async function atlas(page: Page): Promise<Atlas> {
	const response = await page.request.get('/data/atlas.json');
	expect(response.ok()).toBe(true);
	return (await response.json()) as Atlas;
}

/**
 * The home page's map with its missions, loaded once (a map load costs 10–40 s in software WebGL) for the source's
 * count, then the toggles, which leave both mission layers off.
 */
test.describe('the missions on the home page', () => {
	test.describe.configure({ mode: 'serial' });
	let page: Page;
	let errors: string[];

	test.beforeAll(async ({ browser }) => {
		page = await browser.newPage({ viewport: { width: 800, height: 500 }, reducedMotion: 'reduce' });
		errors = watchErrors(page);
		await page.goto('/');
		await mapIdle(page, MISSIONS);
	});

	test.afterAll(async () => {
		await page.context().close();
	});

	test('the missions source holds one feature per mission of the atlas', async () => {
		// Besides each mission's own feature, a copy where a mission with no city stood in past years (`variant`: the
		// timeline shows it in those years only).
		const count = await page.evaluate(async () => {
			const data = await window.__map?.getSource<GeoJSONSource>('missions')?.getData();
			return data?.type === 'FeatureCollection'
				? data.features.filter((feature) => feature.properties?.variant !== true).length
				: -1;
		});
		expect(count).toBe((await atlas(page)).missions.length);
		expect(errors).toEqual([]);
	});

	test('each toggle hides and shows its layers', async () => {
		// Several redraws on software WebGL, on two cores shared with the build: more than the default minute.
		test.setTimeout(180_000);
		await openLayers(page);
		for (const { label, layers, on } of TOGGLES) {
			const box = page.getByRole('checkbox', { name: label });
			const shown = on ? 'visible' : 'none';
			const hidden = on ? 'none' : 'visible';
			if (on) await expect(box).toBeChecked();
			else await expect(box).not.toBeChecked();
			for (const id of layers) expect(await visibility(page, id), `${id} at first`).toBe(shown);
			if (on) expect(await rendered(page, layers), `${label}: something drawn`).toBeGreaterThan(0);
			else expect(await rendered(page, layers), `${label}: nothing drawn`).toBe(0);

			await box.press('Space');
			await mapIdle(page);
			for (const id of layers) expect(await visibility(page, id), `${id} toggled`).toBe(hidden);
			if (on) expect(await rendered(page, layers), `${label}: nothing drawn`).toBe(0);
			else expect(await rendered(page, layers), `${label}: something drawn`).toBeGreaterThan(0);

			await box.press('Space');
			await mapIdle(page);
			for (const id of layers) expect(await visibility(page, id), `${id} back`).toBe(shown);
		}
		// With both mission toggles off, the city markers go too.
		await page.getByRole('checkbox', { name: TOGGLES[0].label }).uncheck();
		await page.getByRole('checkbox', { name: TOGGLES[1].label }).uncheck();
		await mapIdle(page);
		expect(await rendered(page, ['mission-groups', 'mission-group-count'])).toBe(0);
	});
});

test('the keyboard reaches every place with missions through "Missions by city"', async ({ page }) => {
	const { countries } = await atlas(page);
	const name = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
	await page.goto('/');
	await mapIdle(page, MISSIONS);
	const summary = page.getByText(/^Missions by city/);
	await summary.focus();
	await page.keyboard.press('Enter');
	// Almaty has the most missions of any place in the documents, so it comes first.
	const first = page.locator('details.places').getByRole('button').first();
	await expect(first).toHaveText(new RegExp(`^Almaty\\s+${ALMATY.length}$`));
	await first.focus();
	await page.keyboard.press('Enter');
	const card = page.locator('section.card');
	const title = card.getByRole('heading', { level: 2 });
	await expect(title).toHaveText(`Almaty: ${ALMATY.length} missions`);
	await expect(title).toBeFocused();
	const senders = (await card.getByRole('listitem').locator('strong').allTextContents()).sort();
	expect(senders).toEqual(ALMATY.map(name).sort());
	// The map flies there: Almaty is at 76.9 E, 43.2 N.
	await expect
		.poll(() => page.evaluate(() => window.__map?.getCenter().toArray() ?? [0, 0]), { timeout: 20_000 })
		.toEqual([expect.closeTo(76.9, 0), expect.closeTo(43.2, 0)]);
});

test.describe('beside the home panel', () => {
	// At 800 px the home page's side panel covers Almaty at this view: the default desktop window leaves it clear, and
	// the view is centred near Almaty so that the key (taller since it dates "no relations") does not cover it.
	test.use({ viewport: devices['Desktop Chrome'].viewport });

	test('the Almaty marker lists every mission the documents place in Almaty, and opens each', async ({
		page
	}) => {
		// Several redraws on software WebGL, on two cores shared with the build: more than the default minute.
		test.setTimeout(120_000);
		const { countries } = await atlas(page);
		const name = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
		await page.goto('/?at=76,45,4.5');
		await mapIdle(page, MISSIONS);
		const point = await page.evaluate(() => {
			const map = window.__map;
			const almaty = map
				?.queryRenderedFeatures({ layers: ['mission-groups'] })
				.find((f) => f.properties.city === 'Almaty');
			if (!map || !almaty || almaty.geometry.type !== 'Point') return null;
			const { x, y } = map.project(almaty.geometry.coordinates as [number, number]);
			return { x, y };
		});
		expect(point, 'the Almaty marker is drawn').not.toBeNull();
		const canvas = page.locator('.maplibregl-canvas');
		await canvas.click({ position: point! });

		const card = page.locator('section.card');
		await expect(card.getByRole('heading', { level: 2 })).toHaveText(`Almaty: ${ALMATY.length} missions`);
		const entries = card.getByRole('listitem');
		await expect(entries).toHaveCount(ALMATY.length);
		const senders = (await entries.locator('strong').allTextContents()).sort();
		expect(senders).toEqual(ALMATY.map(name).sort());

		// Latvia's honorary consulate (bg 91): its sentence, with the words naming it marked, and a link to Latvia.
		await entries
			.filter({ hasText: name('LV') })
			.getByRole('button')
			.click();
		await expect(card.getByRole('heading', { level: 2 })).toHaveText(`Honorary consulate of ${name('LV')}`);
		await expect(card.locator('blockquote[lang="bg"] mark').first()).toBeVisible();
		await expect(card.getByRole('link', { name: `${name('LV')}’s relations` })).toHaveAttribute(
			'href',
			'/country/LV/'
		);

		// Back to the list, then Escape closes the card.
		await card.getByRole('button', { name: /All missions in Almaty/ }).click();
		await expect(entries).toHaveCount(ALMATY.length);
		await card.getByRole('heading', { level: 2 }).focus();
		await page.keyboard.press('Escape');
		await expect(card).toHaveCount(0);
	});
});

test('a URL with mode and layers is applied, kept in the URL and survives a reload', async ({ page }) => {
	// Several redraws on software WebGL, on two cores shared with the build: more than the default minute.
	test.setTimeout(150_000);
	await page.goto('/?mode=year&layers=connections,labels');
	await mapIdle(page, MISSIONS);
	await openLayers(page);
	await expect(page.getByRole('radio', { name: 'Year relations began' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Connections' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Country labels' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Kazakhstan’s missions abroad' })).not.toBeChecked();
	expect(await visibility(page, 'missions-abroad')).toBe('none');
	expect(await visibility(page, 'mission-arcs')).toBe('visible');

	await page.getByRole('checkbox', { name: 'Country labels' }).uncheck();
	await page.getByRole('radio', { name: 'No fill' }).check();
	await expect(page).toHaveURL(/\?mode=none&layers=connections$/);
	await page.reload();
	await mapIdle(page, MISSIONS);
	await openLayers(page);
	await expect(page.getByRole('radio', { name: 'No fill' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Country labels' })).not.toBeChecked();
	expect(await visibility(page, 'country-labels')).toBe('none');

	// A country page keeps the view's query.
	await page.goto('/country/TR/?layers=missions-abroad');
	await mapIdle(page, MISSIONS);
	await openLayers(page);
	await expect(page.getByRole('checkbox', { name: 'Connections' })).not.toBeChecked();
	await expect(page).toHaveURL(/\/country\/TR\/\?layers=missions-abroad$/);
});

test('a malformed URL still loads, with the default view', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto('/?mode=%E2%9C%93&layers=,,bogus&at=NaN,foo&mode=&%%%=1');
	await mapIdle(page, MISSIONS);
	await openLayers(page);
	await expect(page.getByRole('radio', { name: 'Status of relations' })).toBeChecked();
	for (const { label, on } of TOGGLES) {
		if (on) await expect(page.getByRole('checkbox', { name: label })).toBeChecked();
		else await expect(page.getByRole('checkbox', { name: label })).not.toBeChecked();
	}
	expect(await rendered(page, ['missions-abroad', 'mission-groups'])).toBeGreaterThan(0);
	expect(errors).toEqual([]);
});

test("a mission's map button in a country's panel opens that mission's card, even in a city of several", async ({
	page
}) => {
	await page.goto('/country/TR/');
	await mapIdle(page, MISSIONS);
	// bg line 111 names Turkey's embassy in Almaty, the city of the most missions: its card, not the city's list.
	await page.getByRole('button', { name: 'Show Embassy in Almaty on the map' }).click();
	const card = page.locator('section.card');
	await expect(card.getByRole('heading', { level: 2 })).toHaveText('Embassy of Turkey');
	await expect(card.getByText(/^Almaty, Kazakhstan/)).toBeVisible();
	// The way back leads to the city's list.
	await card.getByRole('button', { name: /All missions in Almaty/ }).click();
	await expect(card.getByRole('heading', { level: 2 })).toHaveText(`Almaty: ${ALMATY.length} missions`);
});

test.describe('with motion', () => {
	// The camera flies to the mission as a reader sees it, the animation included.
	test.use({ reducedMotion: 'no-preference' });

	test("choosing a mission in a country's panel frames it on the map", async ({ page }) => {
		await page.goto('/country/TR/');
		await mapIdle(page, MISSIONS);
		// bg line 111: "Казахстан има посолство в Анкара и генералното консулство в Истанбул."
		await page.getByRole('button', { name: 'Show Consulate-general in Istanbul on the map' }).click();
		await page.waitForFunction(
			() => {
				const map = window.__map;
				if (!map || map.isMoving()) return false;
				const c = map.getCenter();
				// Istanbul is at about 41.0 N, 29.0 E.
				return Math.abs(c.lng - 29) < 1 && Math.abs(c.lat - 41) < 1 && map.getZoom() >= 5;
			},
			null,
			{ timeout: 60_000 }
		);
	});
});
