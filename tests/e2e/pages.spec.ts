/**
 * The pages in a real browser, against the prerendered build: every route loads cleanly, a shared link shows its
 * panel before any script runs, search (Bulgarian, Korean) and the map open countries as URLs, back/forward and
 * Esc behave, nothing is requested from another origin. Axe-core (a11y.spec.ts's subject) runs in the loads of
 * "every route" on the home page, a country page and the table, before the map has started and once it has. The
 * pictures of these states are `npm run screens -- --all` (scripts/screens.ts), not taken here.
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { clearPoint, mapIdle } from '../support/map';
import { hydrated, watchCsp, watchErrors, watchOrigin } from '../support/page';

const search = (page: Page) => page.getByRole('combobox', { name: 'Find a country' });
const heading = (page: Page) => page.locator('#panel-title');

test.describe('every route', () => {
	const routes = [
		'/',
		'/table/',
		'/country/KZ/',
		'/country/TR/',
		'/country/US/',
		'/country/AD/',
		'/country/CN/'
	];
	/** The routes axe checks too (no serious or critical violation), before the map has started and once it has. */
	const axeRoutes = ['/', '/country/TR/', '/table/'];
	for (const route of routes) {
		const axe = axeRoutes.includes(route);
		const framed = route === '/country/TR/' ? ', and frames Turkey on the map' : '';
		test(`${route} loads with no page error, no console error and no CSP violation${axe ? ', and passes axe' : ''}${framed}`, async ({
			page
		}) => {
			const errors = watchErrors(page);
			const violations = await watchCsp(page);
			const response = await page.goto(route);
			expect(response?.status()).toBe(200);
			await expect(page.locator('h1, #panel-title').first()).toBeVisible();
			// Before MapLibre: on the home page, the SVG first map.
			if (axe) expect(await seriousViolations(page)).toEqual([]);
			// The map is the part most likely to need something the policy forbids: worker, blob:, fonts, fetch.
			if (route !== '/table/') {
				await mapIdle(page);
				if (axe) expect(await seriousViolations(page)).toEqual([]);
			}
			// A shared link to a country selects and frames it: the map's centre moves to Turkey (lon 26–45, lat
			// 36–42) give or take the panel's padding.
			if (route === '/country/TR/') {
				await expect(heading(page)).toHaveText('Turkey');
				await page.waitForFunction(
					() => {
						const c = window.__map?.getCenter();
						return c !== undefined && c.lng > 15 && c.lng < 60 && c.lat > 25 && c.lat < 52;
					},
					null,
					{ timeout: 15_000 }
				);
			}
			await page.waitForLoadState('networkidle');
			expect(await violations()).toEqual([]);
			expect(errors).toEqual([]);
		});
	}

	test('every country of the atlas has a prerendered page with its panel', async ({ request }) => {
		const atlas = (await (await request.get('/data/atlas.json')).json()) as {
			focus: string;
			countries: { code: string; name: string }[];
		};
		expect(atlas.countries.length).toBeGreaterThan(50);
		for (const country of atlas.countries) {
			const response = await request.get(`/country/${country.code}/`);
			expect(response.status(), country.code).toBe(200);
			const html = await response.text();
			expect(html, country.code).toContain('id="panel-title"');
			// The page carries its own passages, never whole documents.
			expect(html.length, country.code).toBeLessThan(120_000);
		}
	});
});

test.describe('a shared link', () => {
	test.describe('before any script runs', () => {
		test.use({ javaScriptEnabled: false });

		test('/country/TR/ shows the panel: date, passage with marks, source and licence, and the table', async ({
			page
		}) => {
			await page.goto('/country/TR/');
			await expect(heading(page)).toHaveText('Turkey');
			await expect(page.locator('time', { hasText: '2 March 1992' })).toBeVisible();
			const passage = page.locator('figure.excerpt').first();
			// Beside the Bulgarian passage, in English, what was read from it.
			await expect(passage.locator('p.gloss')).toContainText(
				'Relations between Turkey and Kazakhstan began on 2 March 1992'
			);
			await expect(passage.locator('blockquote')).toHaveAttribute('lang', 'bg');
			await expect(passage.locator('mark.date')).toHaveText('Турция 1992-03-02');
			await expect(passage.locator('mark.mission').first()).toBeVisible();
			await expect(passage.getByRole('link', { name: 'CC BY-SA' })).toHaveAttribute(
				'href',
				'https://creativecommons.org/licenses/by-sa/4.0/'
			);
			// Without script there is no map: the table stands in its place.
			await expect(page.getByRole('table')).toBeVisible();
			await expect(page.getByRole('row', { name: /Turkey/ })).toBeVisible();
		});

		test('the US panel has its timeline and Korean passages', async ({ page }) => {
			await page.goto('/country/US/');
			await expect(heading(page)).toHaveText('United States');
			await expect(page.locator('.local [lang="ko"]')).toHaveText('미국');
			await expect(page.locator('.timeline li')).not.toHaveCount(0);
			await expect(page.locator('.timeline time').first()).toHaveAttribute('datetime', /^\d{4}/);
			await expect(page.locator('blockquote[lang="ko"]').first()).toBeVisible();
			await expect(page.getByRole('link', { name: 'CC BY-NC-SA 2.0 KR' }).first()).toBeVisible();
		});
	});

	test('Kazakhstan opens the overview of the general sections', async ({ page }) => {
		await page.goto('/country/KZ/');
		await expect(heading(page)).toHaveText('Kazakhstan');
		await expect(page.getByText('Председателство на Казахстан на ОССЕ').first()).toBeVisible();
		await expect(page.getByText('Европейски съюз').first()).toBeVisible();
	});
});

test('an unknown code shows the 404 page with a way back', async ({ page }) => {
	const response = await page.goto('/country/ZZ/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Not in the atlas' })).toBeVisible();
	await expect(page.locator('body')).not.toContainText(/\bat \w+ \(|\.js:\d+/); // no stack trace
	await page.getByRole('link', { name: 'Back to the map' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Kazakhstan’s relations');
});

test.describe('search', () => {
	test('finds Turkey by its Bulgarian name, with the keyboard', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto('/');
		await search(page).fill('Турция');
		await expect(search(page)).toHaveAttribute('aria-expanded', 'true');
		const option = page.getByRole('option', { name: /Turkey/ });
		await expect(option).toContainText('Турция');
		await search(page).press('ArrowDown');
		await expect(option).toHaveAttribute('aria-selected', 'true');
		await expect(search(page)).toHaveAttribute(
			'aria-activedescendant',
			(await option.getAttribute('id')) ?? ''
		);
		await search(page).press('Enter');
		await expect(page).toHaveURL(/\/country\/TR\/$/);
		await expect(heading(page)).toHaveText('Turkey');
		await expect(heading(page)).toBeFocused();
		expect(errors).toEqual([]);
	});

	test('finds the United States by its Korean name', async ({ page }) => {
		await page.goto('/');
		await search(page).fill('미국');
		await expect(page.getByRole('option').first()).toContainText('United States');
		await search(page).press('Enter');
		await expect(page).toHaveURL(/\/country\/US\/$/);
		await expect(heading(page)).toHaveText('United States');
	});

	test('finds every country by its common names and codes, those outside the documents too', async ({
		page
	}) => {
		await page.goto('/');
		for (const [query, name] of [
			['UK', 'United Kingdom'],
			['America', 'United States'],
			['Türkiye', 'Turkey'],
			['Holy See', 'Vatican City'],
			['중국', 'China'],
			['Кыргызстан', 'Kyrgyzstan']
		]) {
			await search(page).fill(query);
			await expect(page.getByRole('option').first(), query).toContainText(name);
		}
		await search(page).fill('Germany');
		const germany = page.getByRole('option').first();
		await expect(germany).toContainText('Germany');
		await expect(germany).toContainText('not in the documents');
		await search(page).press('Enter');
		await expect(page).toHaveURL(/\/country\/DE\/$/);
		await expect(heading(page)).toHaveText('Germany');
		await expect(page.getByText('The documents say nothing about Germany.')).toBeVisible();
		await expect(page.locator('.panel')).toContainText('Германия');
	});

	test('finds a city with missions and opens its list on the map', async ({ page }) => {
		await page.goto('/');
		await mapIdle(page);
		await search(page).fill('Almaty');
		const option = page.getByRole('option', { name: /Almaty/ });
		await expect(option).toContainText(/city: \d+ missions/);
		await search(page).press('Enter');
		await expect(page.locator('section.card').getByRole('heading', { level: 2 })).toHaveText(
			/^Almaty: \d+ missions$/
		);
	});

	test('Esc closes the suggestions, then clears the box', async ({ page }) => {
		await page.goto('/');
		await search(page).fill('ту');
		await expect(page.getByRole('listbox')).toBeVisible();
		await search(page).press('Escape');
		await expect(page.getByRole('listbox')).toBeHidden();
		await expect(search(page)).toHaveValue('ту');
		await search(page).press('Escape');
		await expect(search(page)).toHaveValue('');
	});
});

test.describe('selection is the URL', () => {
	test('back and forward move between selections', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		await search(page).fill('Турция');
		await search(page).press('Enter');
		await expect(heading(page)).toHaveText('Turkey');
		// Each page has arrived (its URL is in the history) before the next step: Back pressed while a page still
		// loads is a race of its own, not what this test is about.
		await expect(page).toHaveURL(/\/country\/TR\/$/);
		await search(page).fill('미국');
		await search(page).press('Enter');
		await expect(heading(page)).toHaveText('United States');
		await expect(page).toHaveURL(/\/country\/US\/$/);

		await page.goBack();
		await expect(page).toHaveURL(/\/country\/TR\/$/);
		await expect(heading(page)).toHaveText('Turkey');
		await page.goBack();
		await expect(page).toHaveURL(/\/$/);
		await expect(heading(page)).toHaveCount(0);
		await page.goForward();
		await expect(page).toHaveURL(/\/country\/TR\/$/);
		await expect(heading(page)).toHaveText('Turkey');
	});

	/**
	 * A point of a country where only its fill is drawn (no marker, no arc, no control over the canvas), found by
	 * asking the map itself over a box of longitudes and latitudes at a zoom that shows the country whole.
	 */
	async function countryPoint(
		page: Page,
		code: string,
		box: { west: number; east: number; south: number; north: number }
	): Promise<{ x: number; y: number }> {
		await page.goto('/');
		await mapIdle(page);
		await page.evaluate(
			(b) => window.__map?.jumpTo({ center: [(b.west + b.east) / 2, (b.south + b.north) / 2], zoom: 4.5 }),
			box
		);
		await mapIdle(page);
		const grid: [number, number][] = [];
		for (let lat = box.north; lat >= box.south; lat -= 0.5)
			for (let lon = box.west; lon <= box.east; lon += 0.5) grid.push([lon, lat]);
		const point = await clearPoint(page, code, grid);
		expect(point, `some point of ${code} shows only its fill`).not.toBeNull();
		return point!;
	}
	const turkeyPoint = (page: Page) => countryPoint(page, 'TR', { west: 27, east: 44, south: 37, north: 41 });

	test('a click on the map opens the country', async ({ page }) => {
		const point = await turkeyPoint(page);
		await page.mouse.click(point.x, point.y);
		await expect(page).toHaveURL(/\/country\/TR\/$/);
		await expect(heading(page)).toHaveText('Turkey');
	});

	test('a click on a country the documents never name opens its page, which says so', async ({ page }) => {
		const point = await countryPoint(page, 'DE', { west: 7, east: 14, south: 48, north: 54 });
		await page.mouse.click(point.x, point.y);
		await expect(page).toHaveURL(/\/country\/DE\/$/);
		await expect(heading(page)).toHaveText('Germany');
		await expect(page.getByText('The documents say nothing about Germany.')).toBeVisible();
	});

	test.describe('while a country loads', () => {
		// Page data straight from the network, where the test can hold it: the service worker would answer
		// from its cache, out of the test's reach.
		test.use({ serviceWorkers: 'block' });

		test('a click is taken at once, and the heading and the address change together when the page arrives', async ({
			page
		}) => {
			const point = await turkeyPoint(page);
			// Hold Turkey's page data until the pending pick has been seen.
			let release: () => void = () => {};
			const held = new Promise<void>((r) => (release = r));
			await page.route(/\/country\/TR\/__data\.json/, async (route) => {
				await held;
				await route.continue();
			});
			await page.mouse.click(point.x, point.y);
			await expect(page.getByRole('status').filter({ hasText: 'Opening Turkey' })).toBeVisible();
			// The address has not changed, so neither has the heading (issue 24: history in step).
			await expect(page).toHaveURL(/\/$/);
			await expect(page.getByRole('heading', { name: 'What the documents say' })).toHaveCount(0);
			release();
			await expect(page.getByRole('heading', { name: 'What the documents say' })).toBeVisible();
			await expect(page.getByText('Opening Turkey')).toHaveCount(0);
			await expect(page).toHaveURL(/\/country\/TR\/$/);
			await expect(heading(page)).toHaveText('Turkey');
			const panel = page.getByRole('main');
			// The Bulgarian article: an embassy in each country, relations from 2 March 1992.
			await expect(panel).toContainText('Diplomatic relations, with a resident embassy');
			await expect(panel).toContainText('2 March 1992');
			// Turkey's names as the documents write them, which only the page carries.
			await expect(panel).toContainText('Турция');
		});

		test('a pointer resting on a country fetches its page before the click', async ({ page }) => {
			const point = await turkeyPoint(page);
			const fetched = page.waitForRequest(/\/country\/TR\/__data\.json/, { timeout: 15_000 });
			await page.mouse.move(point.x, point.y, { steps: 2 });
			await fetched;
			await page.mouse.click(point.x, point.y);
			await expect(page.getByRole('heading', { name: 'What the documents say' })).toBeVisible();
		});
	});

	test('Esc and the close link close the panel, and focus returns to where it was', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		await search(page).fill('Турция');
		await search(page).press('Enter');
		await expect(heading(page)).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/$/);
		await expect(search(page)).toBeFocused();

		await page.goto('/table/');
		await page.getByRole('link', { name: 'Canada' }).click();
		await expect(heading(page)).toHaveText('Canada');
		await page.getByRole('link', { name: 'Close Canada' }).click();
		await expect(page).toHaveURL(/\/$/);
	});
});

test.describe('table', () => {
	test('sorts by each column and says so with aria-sort', async ({ page }) => {
		await page.goto('/table/');
		const header = (name: string) => page.getByRole('columnheader', { name });
		// The prerendered table already says its order; its buttons sort once the script has taken over.
		await expect(header('Country')).toHaveAttribute('aria-sort', 'ascending');
		await hydrated(page);

		await header('Since').getByRole('button').click();
		await expect(header('Since')).toHaveAttribute('aria-sort', 'ascending');
		await expect(header('Country')).toHaveAttribute('aria-sort', 'none');
		const years = (await page.locator('tbody time').allTextContents()).map(Number);
		expect(years).toEqual([...years].sort((a, b) => a - b));

		await header('Missions').getByRole('button').click();
		await expect(header('Missions')).toHaveAttribute('aria-sort', 'descending');
		const missions = (await page.locator('tbody td:last-child').allTextContents()).map(Number);
		expect(missions).toEqual([...missions].sort((a, b) => b - a));

		await page
			.getByRole('row', { name: /Turkey/ })
			.getByRole('link')
			.click();
		await expect(heading(page)).toHaveText('Turkey');
	});
});

test('downloads: the atlas as JSON and as CSV, linked with the licences', async ({ page, request }) => {
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'atlas.csv' })).toHaveAttribute('href', '/data/atlas.csv');
	await expect(page.getByRole('link', { name: 'CC BY-NC-SA 2.0 KR' })).toBeVisible();
	const csv = await (await request.get('/data/atlas.csv')).text();
	const lines = csv
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n');
	expect(lines[0]).toMatch(/^code,name,/);
	expect(lines.find((l) => l.startsWith('TR,'))).toContain('1992-03-02');
	const atlas = (await (await request.get('/data/atlas.json')).json()) as {
		countries: unknown[];
		missions: unknown[];
	};
	expect(lines.length - 1).toBe(atlas.countries.length);

	// The missions, a row each, and a line to cite the atlas by naming the page read.
	await expect(page.getByRole('link', { name: 'missions.csv' })).toHaveAttribute(
		'href',
		'/data/missions.csv'
	);
	const missions = (await (await request.get('/data/missions.csv')).text()).trimEnd().split('\r\n');
	expect(missions).toHaveLength(1 + atlas.missions.length);
	// "Турция има свое посолство в Алмати": Turkey's embassy in Almaty, cited by its sentence.
	expect(missions.filter((l) => l.startsWith('TR,Turkey,KZ,Kazakhstan,Embassy,Almaty,'))).toHaveLength(1);
	await expect(page.locator('.downloads .cite')).toContainText(
		/date unknown.*accessed \d{1,2} [A-Z][a-z]+ \d{4}\.$/
	);
});

test('no request leaves the page’s origin', async ({ page, baseURL }) => {
	test.setTimeout(120_000);
	const foreign = watchOrigin(page, baseURL ?? '');
	// The home page's first map, then MapLibre with everything it loads (script, worker, geometry, font,
	// missions), then pages opened in it.
	await page.goto('/');
	await mapIdle(page, { layer: 'mission-groups' });
	await search(page).fill('미국');
	await search(page).press('Enter');
	await expect(heading(page)).toHaveText('United States');
	await page.getByRole('link', { name: 'Table', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'All countries' })).toBeVisible();
	await page.goto('/country/KZ/');
	await expect(heading(page)).toHaveText('Kazakhstan');
	expect(foreign).toEqual([]);
});

test.describe('on a phone (390x844)', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the panel is a bottom sheet and the map above it stays usable', async ({ page }) => {
		await page.goto('/country/TR/');
		await expect(heading(page)).toHaveText('Turkey');
		await mapIdle(page);
		const sheet = await page.locator('main.panel').boundingBox();
		expect(sheet).not.toBeNull();
		expect(sheet!.y).toBeGreaterThan(844 / 3);
		expect(sheet!.y + sheet!.height).toBeCloseTo(844, 0);
		// The upper part of the screen is map: the element there is the map's canvas.
		const top = await page.evaluate(() => document.elementFromPoint(195, 300)?.tagName);
		expect(top).toBe('CANVAS');

		await page.getByRole('button', { name: 'Collapse panel' }).click();
		await expect(page.getByRole('button', { name: 'Expand panel' })).toHaveAttribute(
			'aria-expanded',
			'false'
		);
	});

	test('at world zoom a tap on Ankara’s marker, in the middle of Turkey, opens Turkey', async ({ page }) => {
		await page.goto('/');
		await mapIdle(page, { layer: 'mission-groups' });
		const ankara = await page.evaluate(() => {
			const map = window.__map!;
			const p = map.project([32.85, 39.93]);
			const r = map.getCanvas().getBoundingClientRect();
			// A mission marker lies there (the foreign missions in Ankara), over Turkey's fill.
			const markers = map
				.queryRenderedFeatures(p)
				.filter((f) => f.source !== 'countries' && f.source !== 'points');
			return { x: r.left + p.x, y: r.top + p.y, markers: markers.length, zoom: map.getZoom() };
		});
		expect(ankara.markers, 'a mission marker lies over Ankara').toBeGreaterThan(0);
		expect(ankara.zoom).toBeLessThan(3);
		await page.mouse.click(ankara.x, ankara.y);
		await expect(page).toHaveURL(/\/country\/TR\/$/);
		await expect(heading(page)).toHaveText('Turkey');
		await expect(page.locator('section.card')).toHaveCount(0);
	});

	test('home and search', async ({ page }) => {
		await page.goto('/');
		await search(page).fill('Тур');
		await expect(page.getByRole('option').first()).toBeVisible();
	});
});
