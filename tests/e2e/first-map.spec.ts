/**
 * The home page's first paint is the map: its prerendered HTML carries the SVG first map (hooks.server.ts), and
 * MapLibre, started by the reader's first move, replaces it with the same view. Expected colours from the
 * documents: Turkey hosts Kazakhstan's embassy in Ankara ("Казахстан има посолство в Анкара"), so "Embassy present";
 * Kazakhstan is the focus; Nepal is in the Bulgarian list of countries without diplomatic relations.
 */
import { expect, test, type Page } from '@playwright/test';
import { STATUS_COLOURS } from '../../src/lib/view/colour';
import { LAYER } from '../../src/lib/map/style';
import { mapIdle } from '../support/map';
import { watchErrors } from '../support/page';

test.describe('before any script runs', () => {
	test.use({ javaScriptEnabled: false });

	test('the prerendered home page holds the coloured map, each country a link to its page', async ({
		page,
		request
	}) => {
		await page.goto('/');
		const map = page.locator('#first-map svg');
		await expect(map).toBeVisible();
		const fill = (code: string) => map.locator(`.countries path[data-code="${code}"]`).getAttribute('fill');
		expect(await fill('TR')).toBe(STATUS_COLOURS.embassy);
		expect(await fill('KZ')).toBe(STATUS_COLOURS.focus);
		expect(await fill('NP')).toBe(STATUS_COLOURS.none);
		// Every country of the map's geometry is there: as a shape, or (too small to keep a shape at world zoom) as
		// its small-state dot.
		const asset = (await (await request.get('/geo/countries.json')).json()) as {
			objects: { countries: { geometries: { properties: { code: string } }[] } };
		};
		const drawn = new Set(
			await map.locator('[data-code]').evaluateAll((shapes) => shapes.map((s) => s.getAttribute('data-code')))
		);
		const codes = asset.objects.countries.geometries.map((g) => g.properties.code);
		expect(codes.length).toBeGreaterThan(200);
		expect(codes.filter((code) => !drawn.has(code))).toEqual([]);
		await expect(map.locator('a:has(path[data-code="TR"])')).toHaveAttribute('href', '/country/TR/');
		// It stands alone: no reference to any other file or site.
		const markup = await page.locator('#first-map').evaluate((e) => e.outerHTML);
		expect(markup).not.toMatch(/https?:|url\(|<image|<script/);
		// Out of the keyboard's way and of the accessibility tree: the panel and the table say the same in words.
		await expect(page.locator('#first-map')).toHaveAttribute('aria-hidden', 'true');
		expect(await map.locator('a:not([tabindex="-1"])').count()).toBe(0);
	});
});

/** Points over the world frame, in page pixels. */
async function grid(page: Page, steps: number): Promise<[number, number][]> {
	const box = await page.locator('.world-frame').boundingBox();
	if (!box) throw new Error('no world frame');
	const points: [number, number][] = [];
	for (let i = 0; i < steps; i++)
		for (let j = 0; j < steps; j++)
			points.push([box.x + ((i + 0.5) * box.width) / steps, box.y + ((j + 0.5) * box.height) / steps]);
	return points;
}

for (const size of [
	{ name: 'laptop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 }
]) {
	test(`${size.name}: MapLibre starts at the first move and shows the first map's view, country for country`, async ({
		page
	}) => {
		const errors = watchErrors(page);
		await page.setViewportSize(size);
		await page.goto('/');
		await expect(page.locator('#first-map')).toBeVisible();
		// No MapLibre until the reader does something: once the page has loaded and the network is quiet (its
		// scripts have run, and nothing more is on the way), there is no map and no canvas.
		await page.waitForLoadState('networkidle');
		expect(await page.evaluate(() => window.__map === undefined)).toBe(true);
		await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);

		const points = await grid(page, 14);
		const before = await page.evaluate(
			(pts) =>
				pts.map(([x, y]) => {
					const shape = document
						.elementsFromPoint(x, y)
						.find((e) => e.closest('#first-map .countries') && e.getAttribute('data-code'));
					return shape?.getAttribute('data-code') ?? null;
				}),
			points
		);
		// The SVG's box is the Web Mercator world square, as MapLibre's world at the first view's zoom.
		const world = await page.locator('#first-map svg').evaluate((svg) => {
			const r = svg.getBoundingClientRect();
			return [r.left, r.top, r.width];
		});
		await mapIdle(page);
		await expect(page.locator('#first-map')).toHaveCount(0);
		const after = await page.evaluate(
			([pts, layer]) =>
				pts.map(
					([x, y]) =>
						(window.__map?.queryRenderedFeatures([x, y], { layers: [layer] })[0]?.properties
							.code as string) ?? null
				),
			[points, LAYER.fill] as const
		);
		const land = before.map((code, i) => [code, after[i]]).filter(([code]) => code !== null);
		const same = land.filter(([a, b]) => a === b).length;
		// A point on a border or a coast may fall on either side: the simplified outline differs by a pixel or two
		// (on a phone's small world, 3 points of 59 did).
		expect(land.length).toBeGreaterThan(40);
		expect(same / land.length).toBeGreaterThan(0.9);
		// The camera itself: places land on the same pixel in both (Web Mercator in the SVG's world square).
		const [left, top, width] = world;
		for (const [lon, lat] of [
			[0, 0],
			[71.4, 51.2],
			[-77, 38.9],
			[151.2, -33.9]
		]) {
			const phi = (lat * Math.PI) / 180;
			const x = left + ((lon + 180) / 360) * width;
			const y = top + (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * width;
			const at = await page.evaluate((p) => window.__map!.project(p as [number, number]), [lon, lat]);
			expect(Math.abs(at.x - x), `x of ${lon},${lat}`).toBeLessThan(1);
			expect(Math.abs(at.y - y), `y of ${lon},${lat}`).toBeLessThan(1);
		}
		expect(errors).toEqual([]);
	});
}

test('a click on a country of the first map opens its page', async ({ page }) => {
	await page.goto('/');
	const turkey = page.locator('#first-map .countries path[data-code="TR"]');
	const box = await turkey.boundingBox();
	if (!box) throw new Error('Turkey is not drawn');
	// Anatolia's middle: the bounding box's centre lies inside Turkey.
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page).toHaveURL(/\/country\/TR\/$/);
	await expect(page.locator('#panel-title')).toHaveText('Turkey');
});
