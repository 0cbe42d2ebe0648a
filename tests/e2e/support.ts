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

/** Waits until the map has loaded and stopped moving, with every tile in view drawn. */
export async function mapIdle(page: Page) {
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
