/**
 * The map's stage as a reader meets it before and while MapLibre starts (walk-through 2, findings 14 and 15, and the
 * region choice at phone size): a line in the map's place while the map loads; the key folded on a phone from the
 * first paint; the region choice and the full-screen button on a phone.
 */
import { expect, test } from '@playwright/test';
import { mapIdle } from '../support/map';
import { watchErrors } from '../support/page';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

test('a country’s page says the map is loading in its place, and what works meanwhile, until it is drawn', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.setViewportSize(LAPTOP);
	// The geometry held back 4 s: MapLibre has started and has nothing to draw yet.
	await page.route('**/geo/countries.json', async (route) => {
		await new Promise((r) => setTimeout(r, 4000));
		await route.continue();
	});
	await page.goto('/country/TR/');
	const line = page.getByRole('status').filter({ hasText: 'Loading the map…' });
	await expect(line).toBeVisible();
	await expect(line).toContainText('Search, the panel and each country’s page work meanwhile.');
	// In the map's place: beside the panel, not under it.
	const box = (await line.boundingBox())!;
	const panel = (await page.locator('main.panel').boundingBox())!;
	expect(box.x + box.width).toBeLessThan(panel.x);
	await page.screenshot({ path: test.info().outputPath('country-map-loading.png') });
	await mapIdle(page);
	await expect(line).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('on a phone the key is folded from the first paint; on a laptop it is open', async ({ browser }) => {
	for (const [size, open] of [
		[PHONE, false],
		[LAPTOP, true]
	] as const) {
		// The first paint as the server sends it: no script has run.
		const context = await browser.newContext({ viewport: size, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		const key = page.locator('details.key');
		await expect(key).toHaveCount(1);
		const legend = key.locator(':scope > :not(summary)').first();
		if (open) await expect(legend).toBeVisible();
		else {
			await expect(legend).toBeHidden();
			await expect(key.locator(':scope > summary')).toBeVisible();
		}
		await page.screenshot({ path: test.info().outputPath(`first-paint-${size.width}.png`) });
		await context.close();
	}
});

test('on a phone the region choice frames a continent and the full-screen button works, nothing under another control', async ({
	page
}) => {
	await page.setViewportSize(PHONE);
	await page.goto('/');
	await mapIdle(page);
	const zoom0 = await page.evaluate(() => window.__map!.getZoom());
	await page.getByRole('button', { name: 'Region' }).click();
	const list = page.getByRole('list', { name: 'Regions' });
	// Every region's button on screen and the topmost element at its middle: a tap reaches it.
	for (const button of await list.getByRole('button').all()) {
		const b = (await button.boundingBox())!;
		expect(b.x).toBeGreaterThanOrEqual(0);
		expect(b.x + b.width).toBeLessThanOrEqual(PHONE.width);
		const top = await button.evaluate((el) => {
			const r = el.getBoundingClientRect();
			const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
			return hit === el || el.contains(hit);
		});
		expect(top, (await button.textContent()) ?? '').toBe(true);
	}
	// No word of the zoom column's labels cut in two ("Regi-on", "Full scree-n"): each word on one line.
	const cut = await page.locator('.zoom button').evaluateAll((buttons) =>
		buttons.flatMap((button) => {
			const text = button.firstChild;
			if (!(text instanceof Text)) return [];
			const words: string[] = [];
			for (const match of text.data.matchAll(/\S+/g)) {
				const range = document.createRange();
				range.setStart(text, match.index);
				range.setEnd(text, match.index + match[0].length);
				if (range.getClientRects().length > 1) words.push(match[0]);
			}
			return words;
		})
	);
	expect(cut).toEqual([]);
	await page.screenshot({ path: test.info().outputPath('phone-regions.png') });
	await list.getByRole('button', { name: 'Africa' }).click();
	await page.waitForFunction(() => window.__map?.isMoving() === false);
	const africa = await page.evaluate(() => {
		const m = window.__map!;
		return { zoom: m.getZoom(), nairobi: m.project([36.82, -1.29]), moscow: m.project([37.62, 55.75]) };
	});
	expect(africa.zoom).toBeGreaterThan(zoom0 + 0.5);
	// Nairobi on the screen above the bottom sheet's top; Moscow off it.
	const sheet = (await page.locator('main.panel').boundingBox())!;
	expect(africa.nairobi.x).toBeGreaterThan(0);
	expect(africa.nairobi.x).toBeLessThan(PHONE.width);
	expect(africa.nairobi.y).toBeGreaterThan(0);
	expect(africa.nairobi.y).toBeLessThan(sheet.y);
	expect(africa.moscow.y).toBeLessThan(0);
	await page.screenshot({ path: test.info().outputPath('phone-africa.png') });

	const full = page.getByRole('button', { name: 'Full screen' });
	await full.click();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
	await expect(full).toHaveAttribute('aria-pressed', 'true');
	await full.click();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});
