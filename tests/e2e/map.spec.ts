/**
 * The map itself, in a real browser against the production build: what it draws is read back through the
 * MapLibre instance (`window.__map`): feature-state colours keyed on ISO codes, rendered features at projected
 * points, the camera after a selection. Expected values come from geography and the palette, not from output.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { NO_DATA, STATUS_COLOURS } from '../../src/lib/view/colour';
import { LAYER, SOURCE } from '../../src/lib/map/style';
import { fillOf, mapIdle } from '../support/map';
import { watchErrors } from '../support/page';

type LngLat = [number, number];

/** Moves the camera and waits for the frame. */
async function jump(page: Page, center: LngLat, zoom: number) {
	await page.evaluate(([c, z]) => window.__map?.jumpTo({ center: c, zoom: z }), [center, zoom] as const);
	await mapIdle(page);
}

/**
 * Page coordinates of a longitude/latitude (-180 to 180), through the map's own projection. The map draws one
 * world, so there is one place to look: 178 W is at the world's west edge whatever the centre.
 */
async function screenPoint(page: Page, lngLat: LngLat): Promise<{ x: number; y: number }> {
	return page.evaluate(([lng, lat]) => {
		const map = window.__map;
		if (!map) throw new Error('no map');
		const p = map.project([lng, lat]);
		const r = map.getCanvas().getBoundingClientRect();
		return { x: r.left + p.x, y: r.top + p.y };
	}, lngLat);
}

/**
 * The first of `candidates` (points inside one country) that shows on the canvas, not under a box over the map: in a
 * small window the layer box and the key cover much of the map, and where depends on their words.
 */
async function openPoint(page: Page, candidates: LngLat[]): Promise<{ x: number; y: number }> {
	for (const lngLat of candidates) {
		const p = await screenPoint(page, lngLat);
		const onCanvas = await page.evaluate(
			({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas') === true,
			p
		);
		if (onCanvas) return p;
	}
	throw new Error(`every point of ${JSON.stringify(candidates)} lies under a box over the map`);
}

/** The ISO codes of the country shapes MapLibre has drawn at a longitude/latitude (once each). */
async function codesAt(page: Page, lngLat: LngLat, layer: string = LAYER.fill): Promise<string[]> {
	const point = await screenPoint(page, lngLat);
	return page.evaluate(
		([at, id]) => {
			const map = window.__map;
			if (!map) throw new Error('no map');
			const r = map.getCanvas().getBoundingClientRect();
			const features = map.queryRenderedFeatures([at.x - r.left, at.y - r.top], { layers: [id] });
			return [...new Set(features.map((f) => String(f.properties.code)))];
		},
		[point, layer] as const
	);
}

/**
 * The codes the `outline` source holds for a role (hover, selected, highlight): what the outline layers draw.
 * Read from the loaded tiles, so a code is there once the map can draw it.
 */
async function outlined(page: Page, role: string): Promise<string[]> {
	return page.evaluate(
		([source, r]) =>
			[
				...new Set(
					(window.__map?.querySourceFeatures(source, { filter: ['==', ['get', 'role'], r] }) ?? []).map((f) =>
						String(f.properties.code)
					)
				)
			].sort(),
		[SOURCE.outline, role] as const
	);
}

// Software WebGL draws a 1280x800 frame in about half a second on a busy two-core machine; each hover or zoom
// waits for frames, so these tests get more time than the default.
test.describe.configure({ timeout: 150_000 });

// The tests below were written for a 1280x800 window: their points of the world must be on screen there.
// Reduced motion sets the map's symbol fade to 0 and its camera moves to jumps (MapView.svelte), so a change
// settles in fewer frames of software WebGL; the framing animation keeps its own test below, with motion.
test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

/**
 * For tests whose points are at the centre of the map or are not on the map at all: SwiftShader's time per frame
 * grows with the pixels, and 800x500 (still the desktop layout, above the 640 px breakpoint) draws a frame in
 * about half the time of 1280x800.
 */
const SMALL_WINDOW = { viewport: { width: 800, height: 500 } };

/** A page of its own for a serial group's tests, shared by them: one map load for all. */
async function sharedPage(browser: Browser, viewport: { width: number; height: number }, url: string) {
	const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
	const errors = watchErrors(page);
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto(url);
	await mapIdle(page);
	return { page, errors, requests };
}

/**
 * The world map at 1280x800, loaded once (a map load costs 10–40 s in software WebGL) for the tests that look at it
 * from places they jump to; the one that clicks a marker, and leaves for the country's page, comes last. Country
 * layers only: the mission markers and arcs answer the pointer where they lie over a country.
 */
test.describe('on the world map', () => {
	test.describe.configure({ mode: 'serial' });
	let page: Page;

	test.beforeAll(async ({ browser }) => {
		({ page } = await sharedPage(browser, { width: 1280, height: 800 }, '/?layers=labels,small-states'));
	});

	test.afterAll(async () => {
		await page.context().close();
	});

	test('colours countries by status through feature-state on their ISO codes', async () => {
		// Kazakhstan is the focus; Russia hosts its embassy; Andorra is in the "no relations" list;
		// France is never named by the two documents, so it keeps the no-data colour through coalesce.
		expect(await fillOf(page, 'KZ')).toBe(STATUS_COLOURS.focus);
		expect(await fillOf(page, 'RU')).toBe(STATUS_COLOURS.embassy);
		expect(await fillOf(page, 'AD')).toBe(STATUS_COLOURS.none);
		expect(await fillOf(page, 'FR')).toBeUndefined();
		const paint = await page.evaluate(
			(id) => JSON.stringify(window.__map?.getPaintProperty(id, 'fill-color')),
			LAYER.fill
		);
		expect(paint).toContain('coalesce');
		expect(paint).toContain(NO_DATA);
	});

	test('draws no streak across the map from rings that cross 180 degrees', async () => {
		await jump(page, [0, 20], 1.2);
		// Fiji's latitude in the Atlantic, Chukotka's in the Norwegian Sea: open sea, where a ring jumping from
		// +180 to -180 would have drawn a band of Fiji or Russia across the world.
		expect(await codesAt(page, [-25, -17])).toEqual([]);
		expect(await codesAt(page, [0, 70])).toEqual([]);
		expect(await codesAt(page, [-150, -17])).toEqual([]);
	});

	test('continues Russia past 180 to Chukotka and keeps Fiji whole across it', async () => {
		// One world is drawn (no copies side by side), so each side of 180 is looked at from its own side.
		await jump(page, [172, 64], 3);
		// Inland Chukotka west of 180 (the Anadyr plateau, 178 E) and Kamchatka's north.
		expect(await codesAt(page, [178, 66.5])).toContain('RU');
		expect(await codesAt(page, [170, 64])).toContain('RU');
		await jump(page, [-172, 64], 3);
		// Chukotka east of 180 (the Amguema valley, 176 W), the peninsula's tip near Cape Dezhnev (171 W) and
		// Wrangel Island (178.5 W); Alaska across the strait.
		expect(await codesAt(page, [-176, 67])).toContain('RU');
		expect(await codesAt(page, [-171, 66])).toContain('RU');
		expect(await codesAt(page, [-178.5, 71.2])).toContain('RU');
		expect(await codesAt(page, [-160, 65])).toContain('US');
		await jump(page, [178.5, -17], 6);
		// Viti Levu and Vanua Levu west of 180, Taveuni's neighbour Qamea and the Lau islands east of it.
		expect(await codesAt(page, [178, -17.8])).toContain('FJ');
		expect(await codesAt(page, [179.2, -16.5])).toContain('FJ');
	});

	test('fills Antarctica down to the edge of the map', async () => {
		await jump(page, [0, -70], 1.5);
		expect(await codesAt(page, [0, -80])).toEqual(['AQ']);
		expect(await codesAt(page, [120, -84])).toEqual(['AQ']);
		expect(await codesAt(page, [0, -50])).toEqual([]);
	});

	test('marks small states at world zoom, and a click on the marker opens the country', async () => {
		await jump(page, [20, 20], 1);
		for (const [code, at] of [
			['AD', [1.55, 42.55]],
			['MC', [7.42, 43.74]],
			['VA', [12.45, 41.9]],
			['SC', [55.45, -4.65]],
			['TO', [-175.2, -21.2]]
		] as [string, LngLat][]) {
			expect(await codesAt(page, at, LAYER.smallStates), code).toContain(code);
		}
		const andorra = await screenPoint(page, [1.55, 42.55]);
		await page.mouse.click(andorra.x, andorra.y);
		await expect(page).toHaveURL(/\/country\/AD\/(\?|$)/);
	});
});

test.describe('in a window wider than the world', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('draws the world once, even in a window wider than the world', async ({ page }) => {
		await page.goto('/?layers=labels,small-states');
		await mapIdle(page);
		const copies = await page.evaluate(() => {
			const map = window.__map!;
			const width = map.getCanvas().clientWidth;
			const world = 512 * 2 ** map.getZoom();
			// The middle of the United States and of China, and where their copies one world to either side would
			// be drawn if MapLibre repeated the world; at this zoom at least one of those lies inside the window.
			const places = [map.project([-100, 40]), map.project([105, 35])];
			const spots = places.flatMap((p) => [p.x - world, p.x + world].map((x) => ({ x, y: p.y })));
			const inside = spots.filter((p) => p.x >= 0 && p.x <= width);
			return {
				checked: inside.length,
				drawn: inside.map((p) => map.queryRenderedFeatures([p.x, p.y], { layers: ['country-fill'] }).length)
			};
		});
		expect(copies.checked).toBeGreaterThan(0);
		expect(copies.drawn.every((n) => n === 0)).toBe(true);
		// Kazakhstan is labelled.
		const labelled = await page.evaluate(
			() => window.__map!.queryRenderedFeatures({ layers: ['focus-label'] }).length
		);
		expect(labelled).toBe(1);
	});
});

/**
 * The world map in an 800x500 window, loaded once for its tests in turn: the load itself (what it requested), the
 * legend's hover at the first view, a country's hover, and the keyboard, which ends on a country's page.
 */
test.describe('in an 800x500 window', () => {
	test.describe.configure({ mode: 'serial' });
	let page: Page;
	let errors: string[];
	let requests: string[];

	test.beforeAll(async ({ browser }) => {
		({ page, errors, requests } = await sharedPage(
			browser,
			SMALL_WINDOW.viewport,
			'/?layers=labels,small-states'
		));
	});

	test.afterAll(async () => {
		await page.context().close();
	});

	// That nothing is requested from another origin is checked once, in pages.spec.ts.
	test('the map loads its geometry and font once each, with no error', async () => {
		expect(errors).toEqual([]);
		// Each once: the page preloads both, and the map's own requests must reuse those downloads.
		expect(requests.filter((url) => url.endsWith('/geo/countries.json'))).toHaveLength(1);
		// Labels are drawn with the bundled Noto Sans, not a glyph server.
		expect(requests.filter((url) => /noto-sans-latin-400-normal.*\.woff2$/.test(url))).toHaveLength(1);
		// The map's copy for printing stays off the screen (its alt text once showed over the map's corner).
		await expect(page.locator('img.print-map')).toBeHidden();
	});

	test('hovering a legend entry outlines its countries and fades the others', async () => {
		await page.getByRole('button', { name: /^No relations/ }).hover();
		const state = (id: string, source: string = SOURCE.countries) =>
			page.evaluate(([src, code]) => window.__map?.getFeatureState({ source: src, id: code }), [source, id]);
		// Andorra, too small for a shape at world zoom, is outlined by its marker (its point's state); Bolivia,
		// also with no relations in the Bulgarian article's list, by its shape in the outline source.
		await expect.poll(async () => (await state('AD', SOURCE.points)).highlight).toBe(true);
		await expect.poll(() => outlined(page, 'highlight')).toContain('BO');
		expect(await outlined(page, 'highlight')).not.toContain('RU');
		expect((await state('AD')).dim).toBeFalsy();
		expect((await state('RU')).dim).toBe(true);
		// Off the legend: the bottom of the window, halfway across.
		await page.mouse.move(400, 490);
		await expect.poll(async () => (await state('RU')).dim).toBe(false);
		await expect.poll(() => outlined(page, 'highlight')).toEqual([]);
	});

	test('hovering a country outlines it and names it, its status and year in a tooltip', async () => {
		await jump(page, [67, 48], 3);
		const kz = await openPoint(page, [
			[67, 48],
			[64, 51],
			[70, 50],
			[62, 47],
			[74, 45]
		]);
		await page.mouse.move(kz.x - 40, kz.y - 40);
		await page.mouse.move(kz.x, kz.y, { steps: 2 });
		const tooltip = page.locator('.tooltip');
		await expect(tooltip).toContainText('Kazakhstan');
		await expect.poll(() => outlined(page, 'hover')).toEqual(['KZ']);
		// Turkey: relations established, an embassy, and a year (2 March 1992).
		await jump(page, [35, 39], 4);
		const tr = await openPoint(page, [
			[35, 39],
			[33, 40],
			[38, 38],
			[30, 39],
			[41, 40]
		]);
		await page.mouse.move(tr.x, tr.y, { steps: 2 });
		await expect(tooltip).toContainText('Turkey');
		await expect(tooltip).toContainText('1992');
		await expect.poll(() => outlined(page, 'hover')).toEqual(['TR']);
		// Onto the layer control over the map (its "Map layers" button: the box starts closed): no country is under
		// the pointer any more.
		await page.locator('details.layers summary').hover();
		await expect.poll(() => outlined(page, 'hover')).toEqual([]);
		await expect(tooltip).toBeHidden();
	});

	test('the canvas takes the keyboard: arrows pan, + zooms, Enter opens the country at the centre', async () => {
		await jump(page, [67, 48], 3);
		const canvas = page.locator('canvas.maplibregl-canvas');
		await canvas.focus();
		const zoom = () => page.evaluate(() => window.__map?.getZoom() ?? 0);
		const before = await zoom();
		await page.keyboard.press('+');
		await expect.poll(zoom).toBeGreaterThan(before + 0.5);
		const lng = () => page.evaluate(() => window.__map?.getCenter().lng ?? 0);
		const west = await lng();
		await page.keyboard.press('ArrowRight');
		await expect.poll(lng).toBeGreaterThan(west);
		// The centre on the sea (the Atlantic): Enter says so, and opens nothing.
		await page.evaluate(() => window.__map?.jumpTo({ center: [-35, 30] }));
		await mapIdle(page);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'No country at the centre' })).toBeVisible();
		await expect(page).not.toHaveURL(/\/country\//);
		await page.evaluate(() => window.__map?.jumpTo({ center: [67, 48] }));
		await mapIdle(page);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/country\/KZ\/(\?|$)/);
	});
});

test.describe('with motion', () => {
	// The camera flies to the selection as a reader sees it, the animation included.
	test.use({ reducedMotion: 'no-preference' });

	test('selecting a country frames it, across 180 for Fiji', async ({ page }) => {
		await page.goto('/country/FJ/');
		await mapIdle(page);
		await expect.poll(() => page.evaluate(() => window.__map?.getZoom() ?? 0)).toBeGreaterThan(4);
		await mapIdle(page);
		const view = await page.evaluate(() => {
			const map = window.__map;
			if (!map) throw new Error('no map');
			return { zoom: map.getZoom() };
		});
		expect(await outlined(page, 'selected')).toEqual(['FJ']);
		expect(view.zoom).toBeGreaterThan(4);
		// Fiji's islands, 177 E to 178 W, are in view.
		for (const at of [
			[177.5, -17.8],
			[179.9, -16.6]
		] as LngLat[]) {
			const p = await screenPoint(page, at);
			// Between the controls on the left and the side panel on the right.
			expect(p.x).toBeGreaterThan(250);
			expect(p.x).toBeLessThan(800);
			expect(p.y).toBeGreaterThan(0);
			expect(p.y).toBeLessThan(800);
		}
	});
});

test.describe('year mode', () => {
	test.use(SMALL_WINDOW);

	test('year mode colours by the year relations began; Kazakhstan keeps its colour', async ({ page }) => {
		await page.goto('/?mode=year');
		await mapIdle(page);
		await expect(page.getByRole('heading', { name: 'Year relations began' })).toBeVisible();
		expect(await fillOf(page, 'KZ')).toBe(STATUS_COLOURS.focus);
		// Turkey (1992) and Russia (no year in the documents' table) differ, and neither is a status colour.
		const turkey = await fillOf(page, 'TR');
		expect(turkey).not.toBe(await fillOf(page, 'RU'));
		expect(Object.values(STATUS_COLOURS)).not.toContain(turkey);
		// "No relations" is hatched over its grey: Mali, in the Bulgarian list of states with no diplomatic contact
		// ("… Гамбия, Мали, Буркина Фасо …"), from an image the map made itself; Algeria, which no document names, is not.
		await jump(page, [-1.5, 17], 4);
		expect(await codesAt(page, [3, 28], LAYER.hatch)).toEqual([]);
		expect(await codesAt(page, [-1.5, 17], LAYER.hatch)).toEqual(['ML']);
		expect(await page.evaluate(() => window.__map?.hasImage('hatch'))).toBe(true);
		// "Map layers" is folded at first (walk-through finding 15).
		await page.getByText('Map layers', { exact: true }).click();
		await page.getByRole('radio', { name: 'Status of relations' }).check();
		await expect
			.poll(() => page.evaluate((id) => window.__map?.getLayoutProperty(id, 'visibility'), LAYER.hatch))
			.toBe('none');
	});
});
