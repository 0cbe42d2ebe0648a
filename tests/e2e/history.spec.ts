/**
 * History in step (issue 24): the heading, the address and the history change together whatever the network does.
 * Page data (`__data.json`) arrives at once, 1.5 s late or 5 s late, or fails; the service worker is blocked so that
 * every request reaches the test's routes. A sampler in the page records (address, heading) on every frame, Back and
 * Forward included, and each test checks that no frame ever showed a country's heading at another address.
 *
 * Which delays each path runs under: every path (search, table, map, a mission's card) at 1.5 s, the delay the issue
 * names for them; search also at once; and the data held until the test releases it, however long (below), which
 * stands for every longer delay. `HISTORY_DELAYS=all` runs every path under every delay, 5 s included, as
 * `HISTORY_DELAYS=all npx playwright test tests/e2e/history.spec.ts --repeat-each 20` does for the twenty runs in a
 * row the issue asks for; CI keeps to the first set, which covers each path once, in a third of the time (a 5 s run
 * waits about 25 s).
 */
import { expect, test, type Page } from '@playwright/test';
import { clearPoint, mapIdle } from '../support/map';
import { hydrated } from '../support/page';

test.use({ serviceWorkers: 'block' });

/** The home page's heading (the overview names the focus country's relations). */
const home = (page: Page) => page.getByRole('heading', { level: 1 });
const search = (page: Page) => page.getByRole('combobox', { name: 'Find a country' });
/** The countries these tests visit, by the heading their page shows. */
const CODES: Record<string, string> = {
	Turkey: 'TR',
	'United States': 'US',
	Japan: 'JP',
	Canada: 'CA',
	Russia: 'RU',
	Brazil: 'BR',
	Australia: 'AU'
};

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

/**
 * Every frame sampled showed a country's heading only at that country's address: never the country before or
 * after, whether a pick was loading or Back and Forward were.
 */
async function neverOutOfStep(page: Page) {
	const samples = await page.evaluate(
		() => (window as unknown as { __samples: [string, string][] }).__samples
	);
	expect(samples.length).toBeGreaterThan(10);
	const wrong = samples.filter(
		([path, text]) => CODES[text] !== undefined && path.match(/\/country\/([A-Z]{2})\//)?.[1] !== CODES[text]
	);
	expect(wrong.slice(0, 5)).toEqual([]);
}

async function holdData(page: Page, ms: number) {
	await page.route(/__data\.json/, async (route) => {
		if (ms > 0) await new Promise((done) => setTimeout(done, ms));
		await route.continue().catch(() => {});
	});
}

/**
 * The address and the heading, read together until they are as expected: in one evaluation in the page, so that a
 * navigation committing between two reads (the address read before it, the heading after) is never taken for the
 * two out of step, which a slow machine showed as a failure with both in step.
 */
async function shows(page: Page, path: string, name: string, timeout: number) {
	await expect
		.poll(
			() =>
				page.evaluate(() => [
					location.pathname,
					document.getElementById('panel-title')?.textContent?.trim() ?? null
				]),
			{ timeout }
		)
		.toEqual([path, name]);
}

/**
 * A query typed into the search box, then Enter. Playwright's fill focuses the box and then inserts the text: a page
 * arriving between the two (the pick before, with no delay) moves the focus to its heading, as it does for a box the
 * last pick left empty, and the text would go nowhere. So the text is typed again until the box holds it; once it
 * does, an arriving page leaves the focus there (the app's rule, navigation.test.ts), and Enter picks it.
 */
async function searchFor(page: Page, query: string) {
	await expect(async () => {
		await search(page).fill(query);
		await expect(search(page)).toHaveValue(query, { timeout: 1000 });
	}).toPass({ timeout: 15_000 });
	await search(page).press('Enter');
}

/** Back once per stop, each time checking the address and the heading together. */
async function backThrough(page: Page, stops: [string, string][], timeout: number) {
	for (const [path, name] of stops) {
		await page.goBack();
		await shows(page, path, name, timeout);
	}
}

/** Where a country's shape lies on the map's canvas with nothing over it, from points inside the country. */
async function mapPoint(page: Page, code: string, candidates: [number, number][]) {
	const point = await clearPoint(page, code, candidates);
	expect(point, `a clear point of ${code} on the map`).not.toBeNull();
	return point!;
}

const DELAYS = [0, 1500, 5000];
const ALL = process.env.HISTORY_DELAYS === 'all';
/** Whether a path runs under a delay: 1.5 s on every path, and search at once too, unless HISTORY_DELAYS=all. */
const runs = (path: 'search' | 'other', delay: number) =>
	ALL || delay === 1500 || (path === 'search' && delay === 0);

for (const delay of DELAYS) {
	test.describe(`page data ${delay / 1000} s late`, () => {
		test.setTimeout(90_000 + delay * 12);
		const wait = delay * 4 + 15_000;

		test('three countries searched in quick succession, then Back three times, in reverse', async ({
			page
		}) => {
			test.skip(!runs('search', delay), 'runs at once and at 1.5 s; HISTORY_DELAYS=all runs it at 5 s too');
			await sample(page);
			await page.goto('/country/TR/');
			await shows(page, '/country/TR/', 'Turkey', wait);
			await hydrated(page);
			await holdData(page, delay);
			for (const query of ['미국', 'Japan', 'Canada']) await searchFor(page, query);
			// The picks are taken at once: the panel says which country is on its way, under Turkey's heading.
			if (delay > 0) await expect(page.getByRole('status').filter({ hasText: /Opening/ })).toBeVisible();
			await shows(page, '/country/CA/', 'Canada', wait);
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
			await neverOutOfStep(page);
		});

		test.describe('from the table, the map and a card', () => {
			test.skip(!runs('other', delay), 'runs at 1.5 s; HISTORY_DELAYS=all runs it at every delay');

			test('three countries picked from the table in quick succession, then Back three times', async ({
				page
			}) => {
				await sample(page);
				await page.goto('/table/');
				await expect(page.getByRole('link', { name: 'Canada', exact: true })).toBeVisible();
				// Before the script takes over, each click would be a whole page's load.
				await hydrated(page);
				await holdData(page, delay);
				// Three clicks in one go: with no delay the table would be gone after the first.
				const links = ['United States', 'Turkey', 'Canada'].map((name) =>
					page.getByRole('link', { name, exact: true })
				);
				const handles = await Promise.all(links.map((link) => link.elementHandle()));
				await page.evaluate((anchors) => {
					for (const a of anchors) (a as HTMLAnchorElement).click();
				}, handles);
				await shows(page, '/country/CA/', 'Canada', wait);
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
				await neverOutOfStep(page);
			});

			test('three countries picked on the map in quick succession, then Back three times', async ({
				page
			}) => {
				await sample(page);
				await page.goto('/');
				await mapIdle(page);
				const points = [
					await mapPoint(page, 'BR', [
						[-50, -10],
						[-55, -5],
						[-45, -15]
					]),
					await mapPoint(page, 'RU', [
						[100, 62],
						[90, 60],
						[120, 65]
					]),
					await mapPoint(page, 'AU', [
						[134, -25],
						[140, -28],
						[125, -25]
					])
				];
				await holdData(page, delay);
				// Three clicks in one go, as the table's test clicks its links: a country's page frames it on the map,
				// so with no delay the camera moved between two of Playwright's clicks (a quarter of a second apart
				// here) and the third landed in the sea off Russia, which rightly opens the home page (seen once in a
				// twenty-runs check). The same pointer events MapLibre listens to, on its canvas, in one task.
				await page.evaluate((at) => {
					const canvas = window.__map!.getCanvas();
					for (const { x, y } of at) {
						const init = { clientX: x, clientY: y, button: 0, bubbles: true, cancelable: true, view: window };
						for (const type of ['mousedown', 'mouseup', 'click'])
							canvas.dispatchEvent(new MouseEvent(type, init));
					}
				}, points);
				await shows(page, '/country/AU/', 'Australia', wait);
				await backThrough(
					page,
					[
						['/country/RU/', 'Russia'],
						['/country/BR/', 'Brazil']
					],
					wait
				);
				await page.goBack();
				await expect(page).toHaveURL(/\/$/, { timeout: wait });
				await expect(home(page)).toContainText('relations', { timeout: wait });
				await neverOutOfStep(page);
			});

			test("three countries opened from a mission's card in quick succession, then Back three times", async ({
				page
			}) => {
				await sample(page);
				await page.goto('/country/TR/');
				await mapIdle(page, { layer: 'mission-groups' });
				// bg line 111: Turkey's embassy in Almaty; its card leads to the city's list of missions.
				await page.getByRole('button', { name: 'Show Embassy in Almaty on the map' }).click();
				const card = page.locator('section.card');
				await card.getByRole('button', { name: /All missions in Almaty/ }).click();
				await holdData(page, delay);
				for (const name of ['United States', 'Canada', 'Russia']) {
					await card.getByRole('listitem').filter({ hasText: name }).first().getByRole('button').click();
					// The English possessive: "United States’", "Canada’s".
					const whose = name.endsWith('s') ? `${name}’` : `${name}’s`;
					await card.getByRole('link', { name: `${whose} relations` }).click();
					await card.getByRole('button', { name: /All missions in Almaty/ }).click();
				}
				await shows(page, '/country/RU/', 'Russia', wait);
				await backThrough(
					page,
					[
						['/country/CA/', 'Canada'],
						['/country/US/', 'United States'],
						['/country/TR/', 'Turkey']
					],
					wait
				);
				await neverOutOfStep(page);
			});
		});
	});
}

test.describe('page data held until released', () => {
	/**
	 * The United States searched for, its data held until the test calls the function returned, however slow the
	 * machine: the panel says it is on its way.
	 */
	async function openUnitedStatesHeld(page: Page): Promise<() => void> {
		let release: () => void = () => {};
		const held = new Promise<void>((done) => (release = done));
		await page.route(/\/country\/US\/__data\.json/, async (route) => {
			await held;
			await route.continue().catch(() => {});
		});
		await searchFor(page, '미국');
		await expect(page.getByRole('status').filter({ hasText: 'Opening United States' })).toBeVisible();
		return release;
	}

	test('Back while a searched country loads returns to the page before the one shown', async ({ page }) => {
		await sample(page);
		await page.goto('/');
		await hydrated(page);
		await searchFor(page, 'Turkey');
		await shows(page, '/country/TR/', 'Turkey', 15_000);
		// Back comes while the United States loads.
		const release = await openUnitedStatesHeld(page);
		// Turkey is what the reader sees: Back leaves Turkey, and the pick is dropped.
		await page.goBack();
		await expect(page).toHaveURL(/\/$/);
		await expect(home(page)).toContainText('relations');
		release();
		await page.waitForTimeout(1000);
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByText('Opening United States')).toHaveCount(0);
		await page.goForward();
		await shows(page, '/country/TR/', 'Turkey', 15_000);
		await neverOutOfStep(page);
	});

	test('a page arriving while the reader types the next search leaves the box its focus and its text', async ({
		page
	}) => {
		await page.goto('/country/TR/');
		await shows(page, '/country/TR/', 'Turkey', 15_000);
		await hydrated(page);
		const release = await openUnitedStatesHeld(page);
		await search(page).pressSequentially('Jap');
		release();
		await shows(page, '/country/US/', 'United States', 15_000);
		await expect(search(page)).toBeFocused();
		await expect(search(page)).toHaveValue('Jap');
		await search(page).pressSequentially('an');
		await search(page).press('Enter');
		await shows(page, '/country/JP/', 'Japan', 15_000);
		// The box its pick left empty gives the focus to the heading, which a screen reader then reads.
		await expect(page.locator('#panel-title')).toBeFocused();
	});
});

test('a failed data request says so, offers a retry, and keeps the history right', async ({ page }) => {
	await sample(page);
	await page.goto('/country/TR/');
	await shows(page, '/country/TR/', 'Turkey', 15_000);
	await hydrated(page);
	await page.route(/\/country\/US\/__data\.json/, (route) => route.abort('internetdisconnected'));
	await searchFor(page, '미국');
	const alert = page.getByRole('alert').filter({ hasText: 'United States could not be loaded' });
	await expect(alert).toBeVisible();
	await shows(page, '/country/TR/', 'Turkey', 15_000);
	await page.unroute(/\/country\/US\/__data\.json/);
	await alert.getByRole('button', { name: 'Try again' }).click();
	await shows(page, '/country/US/', 'United States', 15_000);
	await expect(alert).toHaveCount(0);
	await page.goBack();
	await shows(page, '/country/TR/', 'Turkey', 15_000);
	await neverOutOfStep(page);
});
