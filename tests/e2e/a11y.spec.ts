/**
 * Accessibility: the main path done with the keyboard alone (search -> country -> passage -> layers -> close), with a
 * visible focus ring at every step. Axe-core's check (no serious or critical violation) runs where other specs load
 * the pages already, so that no page is loaded for it alone (a map load costs 10–40 s in software WebGL): the home
 * page, a country page and the table in pages.spec.ts's "every route", before the map has started and once it has;
 * the pages in Bulgarian, Korean and Russian in languages.spec.ts; the page without WebGL in a11y.nowebgl.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { wakeMap } from '../support/map';

/** The focused element, and whether a focus indicator is drawn on it (outline, or a box-shadow ring). */
async function focused(page: Page): Promise<{ tag: string; text: string; visible: boolean }> {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!(el instanceof HTMLElement) || el === document.body)
			return { tag: 'body', text: '', visible: false };
		const style = getComputedStyle(el);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
		const ring = style.boxShadow !== 'none' && style.boxShadow !== '';
		return {
			tag: el.tagName.toLowerCase(),
			text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
			visible: outline || ring
		};
	});
}

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
	}
	throw new Error(`${max} presses of Tab never reached ${selector}`);
}

test('keyboard only: search, open a country, jump to a passage, toggle a layer, close', async ({ page }) => {
	// Some forty Tab presses and a map that redraws in software WebGL: slow on a busy machine.
	test.setTimeout(180_000);
	await page.goto('/');
	await wakeMap(page);
	await page.waitForFunction(() => window.__map?.loaded() === true, null, { timeout: 45_000 });

	// 1. Search: the first Tab stops land on the search box.
	await tabTo(page, '[role="combobox"]');
	expect((await focused(page)).visible, 'focus ring on the search box').toBe(true);
	await page.keyboard.type('Turk');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');

	// 2. The country opens and its heading takes the focus.
	// Paths only: the view's state (layers, colouring) may ride along in the query string.
	await expect.poll(() => new URL(page.url()).pathname).toBe('/country/TR/');
	await expect(page.locator('#panel-title')).toBeFocused();

	// 3. A "passage" link jumps to the passage that states the fact.
	await tabTo(page, 'a.cite');
	expect((await focused(page)).visible, 'focus ring on the passage link').toBe(true);
	const target = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
	await page.keyboard.press('Enter');
	await expect.poll(() => new URL(page.url()).hash).toBe(target);
	await expect(page.locator(`${target}`)).toBeInViewport();

	// 4. A layer toggle: "Map layers" (folded at first) unfolded with the keyboard, a toggle reached and switched.
	const layers = page.locator('details.layers summary');
	await layers.focus();
	await page.keyboard.press('Enter');
	const toggle = page.getByRole('checkbox').first();
	const before = await toggle.isChecked();
	await toggle.focus();
	expect((await focused(page)).visible, 'focus ring on the layer toggle').toBe(true);
	await page.keyboard.press('Space');
	expect(await toggle.isChecked()).toBe(!before);
	// Escape folds the box first, the focus back on its button; the country stays open.
	await page.keyboard.press('Escape');
	await expect(layers).toBeFocused();
	expect(new URL(page.url()).pathname).toBe('/country/TR/');

	// 5. Escape closes the country and gives the focus back to where the reader came from.
	await page.keyboard.press('Escape');
	await expect.poll(() => new URL(page.url()).pathname).toBe('/');
	const back = await focused(page);
	expect(back.tag, 'focus returns to the page, not to <body>').not.toBe('body');
});
