/** Helpers shared by the browser specs. */
import type { Page } from '@playwright/test';
import { SOURCE } from '../../src/lib/map/style';

/** Collects every uncaught page error and console error, for a test to assert there were none. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	return errors;
}

/**
 * The reader moving the pointer, every `every` ms (the benchmark's scripts use it too). On the home page MapLibre starts at the first move (the SVG first map stands in
 * until it, src/routes/+layout.svelte); elsewhere it has started already and this changes nothing. A move before
 * the page's script has run starts nothing, as for a reader, so the pointer moves until the map exists (or has
 * failed to start: the first map is then hidden).
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

/** Starts the map as a reader would, then waits until it has loaded and stopped moving, every tile in view drawn. */
export async function mapIdle(page: Page) {
	await wakeMap(page);
	await page.waitForFunction(() => window.__map?.loaded() === true, null, { timeout: 45_000 });
	await page.waitForFunction(
		() => window.__map?.isMoving() === false && window.__map.areTilesLoaded(),
		null,
		{ timeout: 45_000 }
	);
}

/** The fill colour a country's feature-state holds (undefined where the style's no-data colour applies). */
export async function fillOf(page: Page, code: string): Promise<unknown> {
	return page.evaluate(([source, id]) => window.__map?.getFeatureState({ source, id }).fill, [
		SOURCE.countries,
		code
	] as const);
}
