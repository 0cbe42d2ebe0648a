/**
 * Offline (src/service-worker.ts): after one visit the service worker has cached every file of the site, so with
 * the network gone the home page, the map and a country page still load.
 */
import { expect, test } from '@playwright/test';
import { wakeMap } from '../support/map';

test('after one visit the atlas works offline: home, map and a country page', async ({ page, context }) => {
	// Two full loads with the map in software WebGL, plus the install that caches the site: slow on a busy machine.
	test.setTimeout(150_000);
	await page.goto('/');
	// The worker installs (caching the whole site) and then claims the page that registered it.
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 45_000 });

	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('h1')).toBeVisible();
	// The network really is gone: an address that was never cached gets the worker's own offline answer.
	expect(await page.evaluate(() => fetch(`/never-cached-${Date.now()}`).then((r) => r.status))).toBe(503);
	// The map's script, its worker, the geometry and the label font all come from the cache.
	await wakeMap(page);
	await page.waitForFunction(() => window.__map?.loaded() === true, null, { timeout: 45_000 });
	expect(await page.evaluate(() => window.__map?.queryRenderedFeatures().length ?? 0)).toBeGreaterThan(0);

	// A page never visited before: prerendered, so precached on install.
	await page.goto('/country/TR/');
	await expect(page.locator('#panel-title')).toHaveText('Turkey');
	// Client-side navigation reads the page's __data.json, also from the cache.
	await page.getByRole('link', { name: 'Close Turkey' }).click();
	await expect.poll(() => new URL(page.url()).pathname).toBe('/');
	await expect(page.locator('h1')).toBeVisible();
});
