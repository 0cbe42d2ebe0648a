/**
 * Starting the map and waiting for it: the one way the browser specs, `npm run bench` and `npm run screens` do it.
 * Plain Playwright `Page` functions, no test fixtures, so that the scripts can call them outside a test.
 */
import type { Page } from '@playwright/test';
import { SOURCE } from '../../src/lib/map/style';

/**
 * The reader moving the pointer, every `every` ms. On the home page MapLibre starts at the first move (the SVG first
 * map stands in until it, src/routes/+layout.svelte); elsewhere it has started already and this changes nothing. A
 * move before the page's script has run starts nothing, as for a reader, so the pointer moves until the map exists
 * (or has failed to start: the first map is then hidden).
 */
export async function wakeMap(page: Page, every = 100) {
	for (let waited = 0; waited < 30_000; waited += every) {
		await page.mouse.move(2 + ((waited / every) % 2), 2);
		const started = await page.evaluate(() => {
			const first = document.getElementById('first-map');
			return window.__map !== undefined || first === null || first.hidden;
		});
		if (started) return;
		await page.waitForTimeout(every);
	}
	throw new Error('the map did not start on pointer moves within 30 s');
}

export interface IdleOptions {
	/** A layer that must be on the map first (the mission layers arrive after the map's own `load`). */
	layer?: string;
	/**
	 * Then draw one more frame and wait for MapLibre's `idle` (fired after a render with nothing left to load or
	 * animate), so that a picture or a pixel read shows the final frame, labels placed.
	 */
	repaint?: boolean;
	timeout?: number;
}

/**
 * Starts the map as a reader would (only if it has not started), then waits until it has loaded, holds `layer`,
 * and has stopped moving with every tile in view loaded.
 */
export async function mapIdle(page: Page, { layer, repaint = false, timeout = 45_000 }: IdleOptions = {}) {
	if (!(await page.evaluate(() => window.__map !== undefined))) await wakeMap(page);
	await page.waitForFunction(
		(id) =>
			window.__map?.loaded() === true &&
			(id === null || window.__map.getLayer(id) !== undefined) &&
			!window.__map.isMoving() &&
			window.__map.areTilesLoaded(),
		layer ?? null,
		{ timeout }
	);
	if (repaint)
		await page.evaluate(
			() =>
				new Promise<void>((done) => {
					const map = window.__map;
					if (!map) return done();
					map.once('idle', () => done());
					map.triggerRepaint();
				})
		);
}

/** The fill colour a country's feature-state holds (undefined where the style's no-data colour applies). */
export async function fillOf(page: Page, code: string): Promise<unknown> {
	return page.evaluate(([source, id]) => window.__map?.getFeatureState({ source, id }).fill, [
		SOURCE.countries,
		code
	] as const);
}

/**
 * The first of `lngLats` where the map draws only `code`'s fill (no marker, no arc, no box over the canvas), in page
 * coordinates for a click, or null where none is.
 */
export async function clearPoint(
	page: Page,
	code: string,
	lngLats: [number, number][]
): Promise<{ x: number; y: number } | null> {
	return page.evaluate(
		({ code, lngLats }) => {
			const map = window.__map!;
			const rect = map.getCanvas().getBoundingClientRect();
			for (const lngLat of lngLats) {
				const p = map.project(lngLat);
				const features = map.queryRenderedFeatures(p);
				const only =
					features.length > 0 &&
					features.every((f) => f.source === 'countries' && f.properties?.code === code);
				const x = rect.left + p.x;
				const y = rect.top + p.y;
				if (only && document.elementFromPoint(x, y) === map.getCanvas()) return { x, y };
			}
			return null;
		},
		{ code, lngLats }
	);
}
