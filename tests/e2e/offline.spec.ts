/**
 * Offline (src/service-worker.ts, src/lib/offline/plan.ts): after one visit the home page and its map work offline,
 * and so does every page the reader opened; after "Keep for offline reading" any country does, one never opened
 * included, made from the kept atlas.
 */
import { expect, test } from '@playwright/test';
import { wakeMap } from '../support/map';

test('after one visit the atlas works offline: home, map and the pages opened', async ({ page, context }) => {
	// Two full loads with the map in software WebGL, plus the install that caches the app: slow on a busy machine.
	test.setTimeout(150_000);
	await page.goto('/');
	// The worker installs (caching the app) and then claims the page that registered it.
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 45_000 });
	// A country page opened online is kept as it is opened.
	await page.goto('/country/TR/');
	await expect(page.locator('#panel-title')).toHaveText('Turkey');

	await context.setOffline(true);
	await page.goto('/');
	await expect(page.locator('h1')).toBeVisible();
	// The network really is gone: an address that was never cached gets the worker's own offline answer.
	expect(await page.evaluate(() => fetch(`/never-cached-${Date.now()}`).then((r) => r.status))).toBe(503);
	// The map's script, its worker, the geometry and the label font all come from the cache.
	await wakeMap(page);
	await page.waitForFunction(() => window.__map?.loaded() === true, null, { timeout: 45_000 });
	expect(await page.evaluate(() => window.__map?.queryRenderedFeatures().length ?? 0)).toBeGreaterThan(0);

	await page.goto('/country/TR/');
	await expect(page.locator('#panel-title')).toHaveText('Turkey');
	// Client-side navigation reads the page's __data.json, also from the cache.
	await page.getByRole('link', { name: 'Close Turkey' }).click();
	await expect.poll(() => new URL(page.url()).pathname).toBe('/');
	await expect(page.locator('h1')).toBeVisible();

	// A country never opened, not kept: the worker says so, rather than another country's page.
	const response = await page.goto('/country/GB/');
	expect(response?.status()).toBe(503);
	await expect(page.getByText('Keep for offline reading')).toBeVisible();
});

test('after “Keep for offline reading” a country never opened opens offline', async ({ page, context }) => {
	test.setTimeout(150_000);
	await page.goto('/');
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 45_000 });
	await page.goto('/documents/');
	const keep = page.getByRole('button', { name: 'Keep for offline reading' });
	// The size is shown before anything is downloaded.
	await expect(page.locator('.offline .size')).toHaveText(/[\d.]+ [kM]B to download \(\d+ files\)/);
	await keep.click();
	await expect(page.getByText('Kept for offline reading: every country opens')).toBeVisible({
		timeout: 60_000
	});

	await context.setOffline(true);
	// The United Kingdom's page was never opened: the app makes its panel from the kept atlas.
	await page.goto('/country/GB/');
	await expect(page.locator('#panel-title')).toHaveText('United Kingdom');
	await expect(page.locator('main blockquote').first()).toBeVisible();
	// And from there, another never opened, by a client-side navigation (its __data.json is not in the cache).
	await page.goto('/table/');
	await page.getByRole('link', { name: 'Latvia', exact: true }).click();
	await expect(page.locator('#panel-title')).toHaveText('Latvia');
	// A country the documents never name, never opened: its page says so, as online.
	await page.goto('/country/FR/');
	await expect(page.locator('#panel-title')).toHaveText('France');
	await expect(page.getByText('The documents say nothing about France.')).toBeVisible();
	// Reloaded, the choice holds.
	await page.reload();
	await expect(page.locator('#panel-title')).toHaveText('France');
});
