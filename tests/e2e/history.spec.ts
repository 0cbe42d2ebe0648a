/**
 * History in step (issue 24): the heading, the address and the history change together whatever the network does.
 * Page data (`__data.json`) is held back 1.5 s or 5 s, or fails; the service worker is blocked so that every request
 * reaches the test's routes. A sampler in the page records (address, heading) on every frame, and each test checks
 * that no frame ever showed one country's heading at another country's address.
 */
import { expect, test, type Page } from '@playwright/test';

test.use({ serviceWorkers: 'block' });

const heading = (page: Page) => page.locator('#panel-title');
const search = (page: Page) => page.getByRole('combobox', { name: 'Find a country' });
/** The countries these tests visit, by the heading their page shows. */
const CODES: Record<string, string> = { Turkey: 'TR', 'United States': 'US', Japan: 'JP', Canada: 'CA' };

async function sample(page: Page) {
	await page.addInitScript(() => {
		const samples: [string, string][] = [];
		(window as unknown as { __samples: [string, string][] }).__samples = samples;
		const tick = () => {
			const text = document.getElementById('panel-title')?.textContent?.trim() ?? '';
			samples.push([location.pathname, text]);
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
}

/** How many frames have been sampled so far. */
async function sampled(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { __samples: unknown[] }).__samples.length);
}

/**
 * Every frame sampled (up to `upTo`) showed a country's heading only at that country's address. Back and Forward
 * are left out: the browser changes the address before the app can act.
 */
async function neverOutOfStep(page: Page, upTo: number) {
	const all = await page.evaluate(() => (window as unknown as { __samples: [string, string][] }).__samples);
	const samples = all.slice(0, upTo);
	expect(samples.length).toBeGreaterThan(10);
	const wrong = samples.filter(
		([path, text]) => CODES[text] !== undefined && path.match(/\/country\/([A-Z]{2})\//)?.[1] !== CODES[text]
	);
	expect(wrong).toEqual([]);
}

async function holdData(page: Page, ms: number) {
	await page.route(/__data\.json/, async (route) => {
		await new Promise((done) => setTimeout(done, ms));
		await route.continue().catch(() => {});
	});
}

/** The address and the heading, read together until they are as expected. */
async function shows(page: Page, path: string, name: string, timeout: number) {
	await expect
		.poll(async () => [new URL(page.url()).pathname, (await heading(page).textContent())?.trim()], {
			timeout
		})
		.toEqual([path, name]);
}

/** Back once per stop, each time checking the address and the heading together. */
async function backThrough(page: Page, stops: [string, string][], timeout: number) {
	for (const [path, name] of stops) {
		await page.goBack();
		await shows(page, path, name, timeout);
	}
}

for (const delay of [1500, 5000]) {
	test.describe(`page data ${delay / 1000} s late`, () => {
		test.setTimeout(60_000 + delay * 12);
		const wait = delay * 4 + 15_000;

		test('three countries searched in quick succession, then Back three times, in reverse', async ({
			page
		}) => {
			await sample(page);
			await page.goto('/country/TR/');
			await shows(page, '/country/TR/', 'Turkey', wait);
			await holdData(page, delay);
			for (const query of ['미국', 'Japan', 'Canada']) {
				await search(page).fill(query);
				await search(page).press('Enter');
			}
			// The picks are taken at once: the panel says which country is on its way, under Turkey's heading.
			await expect(page.getByRole('status').filter({ hasText: /Opening/ })).toBeVisible();
			await shows(page, '/country/CA/', 'Canada', wait);
			await neverOutOfStep(page, await sampled(page));
			await backThrough(
				page,
				[
					['/country/JP/', 'Japan'],
					['/country/US/', 'United States'],
					['/country/TR/', 'Turkey']
				],
				wait
			);
			await page.goForward();
			await shows(page, '/country/US/', 'United States', wait);
		});

		test('three countries picked from the table in quick succession, then Back three times', async ({
			page
		}) => {
			await sample(page);
			await page.goto('/table/');
			await expect(page.getByRole('link', { name: 'Canada', exact: true })).toBeVisible();
			await holdData(page, delay);
			for (const name of ['United States', 'Turkey', 'Canada'])
				await page.getByRole('link', { name, exact: true }).click();
			await shows(page, '/country/CA/', 'Canada', wait);
			await neverOutOfStep(page, await sampled(page));
			await backThrough(
				page,
				[
					['/country/TR/', 'Turkey'],
					['/country/US/', 'United States']
				],
				wait
			);
			await page.goBack();
			await expect(page).toHaveURL(/\/table\/$/, { timeout: wait });
			await expect(page.getByRole('link', { name: 'Canada', exact: true })).toBeVisible();
		});

		test('Back while a searched country loads returns to the page before the one shown', async ({ page }) => {
			await sample(page);
			await page.goto('/');
			await search(page).fill('Turkey');
			await search(page).press('Enter');
			await shows(page, '/country/TR/', 'Turkey', wait);
			await holdData(page, delay);
			await search(page).fill('미국');
			await search(page).press('Enter');
			await expect(page.getByRole('status').filter({ hasText: 'Opening United States' })).toBeVisible();
			await neverOutOfStep(page, await sampled(page));
			// Turkey is what the reader sees: Back leaves Turkey, and the pick is dropped.
			await page.goBack();
			await expect(page).toHaveURL(/\/$/, { timeout: wait });
			await page.waitForTimeout(delay + 500);
			await expect(page).toHaveURL(/\/$/);
			await page.goForward();
			await shows(page, '/country/TR/', 'Turkey', wait);
		});
	});
}

test('a failed data request says so, offers a retry, and keeps the history right', async ({ page }) => {
	await sample(page);
	await page.goto('/country/TR/');
	await shows(page, '/country/TR/', 'Turkey', 15_000);
	await page.route(/\/country\/US\/__data\.json/, (route) => route.abort('internetdisconnected'));
	await search(page).fill('미국');
	await search(page).press('Enter');
	const alert = page.getByRole('alert').filter({ hasText: 'United States could not be loaded' });
	await expect(alert).toBeVisible();
	await shows(page, '/country/TR/', 'Turkey', 5_000);
	await page.unroute(/\/country\/US\/__data\.json/);
	await alert.getByRole('button', { name: 'Try again' }).click();
	await shows(page, '/country/US/', 'United States', 15_000);
	await expect(alert).toHaveCount(0);
	await neverOutOfStep(page, await sampled(page));
	await page.goBack();
	await shows(page, '/country/TR/', 'Turkey', 15_000);
});
