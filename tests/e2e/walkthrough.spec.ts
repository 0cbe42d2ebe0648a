/**
 * The second newcomer walk-through's major findings (../shared/notes/newcomer-walkthrough-2.md, issue 25), each
 * checked as the reader met it: the documents page lists the documents behind the map; on a phone the missions
 * card closes with its ×, and no control a reader taps lies under another at phone or laptop size; "no relations"
 * is dated in the tooltip and the key; the region choice and the full-screen button.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { mapIdle } from '../support/map';
import { watchErrors } from '../support/page';

test('the documents page lists the atlas’s documents, with their dates, licences, addresses, facts and texts', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/documents/');
	await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
	const list = page.getByRole('list', { name: 'The atlas’s documents' });
	const items = list.getByRole('listitem');
	await expect(items).toHaveCount(2);
	const bg = items.filter({ hasText: 'Външна политика на Казахстан' });
	await expect(bg).toContainText('Bulgarian');
	await expect(bg).toContainText('Bulgarian Wikipedia');
	// The manifest gives no date: what the text allows, said as such ("през 2012 година", the Common Economic Space).
	await expect(bg).toContainText('date not given; it mentions events up to 2012');
	await expect(bg.getByRole('link', { name: 'CC BY-SA' })).toHaveAttribute(
		'href',
		'https://creativecommons.org/licenses/by-sa/4.0/'
	);
	await expect(bg.getByRole('link', { name: /bg\.wikipedia\.org/ })).toBeVisible();
	await expect(bg).toContainText(/\d+ facts: /);
	const ko = items.filter({ hasText: '미국-카자흐스탄 관계' });
	await expect(ko).toContainText('Korean');
	await expect(ko).toContainText('retrieved 11 February 2024');
	// Its text, folded, opened, as text.
	await bg.getByText(/^Read its text/).click();
	await expect(bg.locator('pre')).toContainText('Все още няма установен дипломатически контакт');
	// The reader's own follow, in their section.
	await expect(page.getByRole('heading', { level: 2, name: 'Your documents' })).toBeVisible();
	await expect(page.getByText('You have added no document.')).toBeVisible();
	expect(errors).toEqual([]);
});

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

/**
 * Every visible control whose centre another element covers: "elementFromPoint at its centre is itself or inside
 * it" fails. A control scrolled out of its box (a long list inside the card, the panel's lower part) or out of the
 * window is not one a reader can tap there, so it is left out; so is the map's canvas, which is the map itself.
 */
async function coveredControls(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const name = (el: Element | null) =>
			el === null
				? 'nothing'
				: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}”`;
		const controls = document.querySelectorAll<HTMLElement>(
			'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button]'
		);
		const out: string[] = [];
		for (const el of controls) {
			if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
			// A link that wraps onto two lines: its first line's centre (the box's centre may fall between the lines).
			const lines = el.getClientRects();
			const r = lines.length > 1 ? lines[0] : el.getBoundingClientRect();
			if (r.width < 2 || r.height < 2) continue; // visually hidden
			const x = r.left + r.width / 2;
			const y = r.top + r.height / 2;
			if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
			let clipped = false;
			for (let a = el.parentElement; a && !clipped; a = a.parentElement) {
				const style = getComputedStyle(a);
				if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
				const box = a.getBoundingClientRect();
				clipped = x < box.left || x > box.right || y < box.top || y > box.bottom;
			}
			if (clipped) continue;
			const hit = document.elementFromPoint(x, y);
			if (hit !== el && !el.contains(hit)) out.push(`${name(el)} under ${name(hit)}`);
		}
		return out;
	});
}

async function openAlmaty(page: Page) {
	const search = page.getByRole('combobox', { name: 'Find a country' });
	await search.fill('Almaty');
	await expect(page.getByRole('option', { name: /Almaty/ }).first()).toBeVisible();
	await search.press('Enter');
	const card = page.locator('section.card');
	await expect(card.getByRole('heading', { name: /Almaty: \d+ missions/ })).toBeVisible();
	return card;
}

test('on a phone, the missions card closes with its ×, and leaves some map showing', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/');
	await mapIdle(page);
	const card = await openAlmaty(page);
	// The camera flies to Almaty as the card opens: read the zoom once it has come to rest.
	await mapIdle(page);
	const close = card.getByRole('button', { name: 'Close missions' });
	// The × is what a tap at its centre reaches (not "Zoom in").
	const box = (await close.boundingBox())!;
	const zoom = await page.evaluate(() => window.__map?.getZoom());
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(card).toHaveCount(0);
	expect(await page.evaluate(() => window.__map?.getZoom())).toBe(zoom);
	// Open again: the card ends well above the bottom sheet, so a strip of map shows between them.
	await openAlmaty(page);
	const cardBox = (await page.locator('section.card').boundingBox())!;
	const sheetBox = (await page.locator('main.panel').boundingBox())!;
	expect(sheetBox.y - (cardBox.y + cardBox.height)).toBeGreaterThan(100);
});

for (const [label, size] of [
	['phone', PHONE],
	['laptop', LAPTOP]
] as const) {
	test(`no control a reader taps lies under another, on a ${label}, with the layer box open and with the missions card`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await page.goto('/');
		await mapIdle(page);
		// "Map layers" starts folded (finding 15: it opened by itself over the Americas at the first move).
		const layers = page.locator('details.layers');
		const summary = layers.locator('summary');
		await expect(summary).toBeVisible();
		expect(await layers.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
		expect(await coveredControls(page)).toEqual([]);
		// Opened: in the dock, over no control, and on a laptop clear of the middle of the map's room (the part of
		// the window left of the panel), where the reader is looking.
		await summary.click();
		await expect(page.getByRole('checkbox', { name: 'Connections' })).toBeVisible();
		expect(await coveredControls(page), 'the layer box open').toEqual([]);
		if (label === 'laptop') {
			const box = (await layers.boundingBox())!;
			const panel = (await page.locator('main.panel').boundingBox())!;
			const centre = { x: panel.x / 2, y: size.height / 2 };
			expect(box.x + box.width, 'the box ends left of the map room’s middle').toBeLessThan(centre.x);
		}
		// Escape folds it and gives the focus back to its button; a press on the map folds it too.
		await page.getByRole('checkbox', { name: 'Connections' }).focus();
		await page.keyboard.press('Escape');
		await expect(summary).toBeFocused();
		expect(await layers.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
		await summary.click();
		await expect(page.getByRole('checkbox', { name: 'Connections' })).toBeVisible();
		// A press on the panel's heading (no link there, so nothing else happens).
		await page.locator('main.panel h1').click({ position: { x: 2, y: 2 } });
		await expect(page.getByRole('checkbox', { name: 'Connections' })).toBeHidden();
		await openAlmaty(page);
		expect(await coveredControls(page)).toEqual([]);
	});

	// Russian and Bulgarian labels are longer (the app bar's "Новый документ", the layer box's "Слои карты"): the
	// timeline's button and the open timeline take their own room in the dock, over nothing.
	test(`no control lies under another in Russian and Bulgarian, the timeline closed and open, on a ${label}`, async ({
		page
	}) => {
		test.slow();
		await page.setViewportSize(size);
		for (const lang of ['ru', 'bg']) {
			const words = JSON.parse(
				readFileSync(new URL(`../../messages/${lang}.json`, import.meta.url), 'utf8')
			) as Record<string, string>;
			await page.goto(`/${lang}/country/TR/`);
			await mapIdle(page);
			expect(await coveredControls(page), `/${lang}/country/TR/`).toEqual([]);
			// Opened on the same page (what `?time=latest` opens: the latest year), not loaded again with the map.
			await page.getByRole('button', { name: words.time_open }).click();
			await expect(page).toHaveURL(/[?&]time=latest/);
			await expect(page.getByRole('region', { name: words.time_region }).locator('.summary')).not.toBeEmpty();
			await mapIdle(page);
			expect(await coveredControls(page), `/${lang}/country/TR/?time=latest`).toEqual([]);
		}
	});
}

test('“No relations” is dated where it is seen: in the tooltip and in the key’s visible text', async ({
	page
}) => {
	await page.setViewportSize(LAPTOP);
	await page.goto('/');
	await mapIdle(page);
	// The Bulgarian list gives no date; its text's latest year is 2012 ("през 2012 година").
	const dating = 'as the document states it, date not given; it mentions events up to 2012';
	const key = page.locator('section.legend');
	await expect(key.getByRole('button', { name: /No relations/ })).toContainText(dating);
	await expect(key.getByText(dating)).toBeVisible();
	// Ethiopia, one of the 37 in that list: hovered on the map.
	const at = await page.evaluate(() => {
		const p = window.__map!.project([39.5, 8.5]);
		return { x: p.x, y: p.y };
	});
	await page.mouse.move(at.x, at.y);
	const tooltip = page.locator('.tooltip');
	await expect(tooltip).toContainText('Ethiopia');
	await expect(tooltip).toContainText('No relations');
	await expect(tooltip).toContainText(dating);
});

test('the region choice frames a continent, and the full-screen button fills the screen and leaves it', async ({
	page
}) => {
	await page.setViewportSize(LAPTOP);
	await page.goto('/');
	await mapIdle(page);
	const zoom0 = await page.evaluate(() => window.__map!.getZoom());
	await page.getByRole('button', { name: 'Region' }).click();
	await page.getByRole('list', { name: 'Regions' }).getByRole('button', { name: 'Europe' }).click();
	await page.waitForFunction(() => window.__map?.isMoving() === false);
	// In the room beside the panel: Paris and Moscow are; Beijing is not (it is past the panel's edge or the window's).
	const room = (await page.locator('main.panel').boundingBox())!.x;
	const europe = await page.evaluate(() => {
		const m = window.__map!;
		const at = (lngLat: [number, number]) => m.project(lngLat);
		return {
			zoom: m.getZoom(),
			paris: at([2.35, 48.86]),
			moscow: at([37.62, 55.75]),
			beijing: at([116.4, 39.9])
		};
	});
	expect(europe.zoom).toBeGreaterThan(zoom0 + 1);
	for (const city of [europe.paris, europe.moscow]) {
		expect(city.x).toBeGreaterThan(0);
		expect(city.x).toBeLessThan(room);
		expect(city.y).toBeGreaterThan(0);
		expect(city.y).toBeLessThan(LAPTOP.height);
	}
	expect(europe.beijing.x).toBeGreaterThan(room);
	await page.getByRole('button', { name: 'Region' }).click();
	await page.getByRole('list', { name: 'Regions' }).getByRole('button', { name: 'World' }).click();
	await page.waitForFunction(() => window.__map?.isMoving() === false);
	expect(await page.evaluate(() => window.__map!.getZoom())).toBeCloseTo(zoom0, 1);

	const full = page.getByRole('button', { name: 'Full screen' });
	await full.click();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
	await expect(full).toHaveAttribute('aria-pressed', 'true');
	await full.click();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
	await expect(full).toHaveAttribute('aria-pressed', 'false');
});

test('the search box’s placeholder fits the box on a phone and on a laptop (walk-through finding 22)', async ({
	page
}) => {
	for (const size of [PHONE, LAPTOP]) {
		await page.setViewportSize(size);
		await page.goto('/table/');
		const fits = await page
			.getByRole('combobox', { name: 'Find a country' })
			.evaluate((input: HTMLInputElement) => {
				const style = getComputedStyle(input);
				const context = document.createElement('canvas').getContext('2d')!;
				context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
				const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
				return { text: input.placeholder, width: context.measureText(input.placeholder).width, room };
			});
		expect(fits.text).not.toBe('');
		expect(fits.width, `“${fits.text}” at ${size.width} px`).toBeLessThanOrEqual(fits.room);
	}
});
