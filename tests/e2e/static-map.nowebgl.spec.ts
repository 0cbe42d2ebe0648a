/**
 * Without WebGL the page draws the map as SVG (StaticMap, src/lib/map/svg.ts): every country of the atlas is a link
 * to its page, named by its name and status, and the table is one press away. The countries come from
 * /data/atlas.json; Turkey's status from the Bulgarian article ("Казахстан има посолство в Анкара").
 */
import { expect, test } from '@playwright/test';
import { wakeMap } from '../support/map';
import { watchErrors } from '../support/page';

test('the SVG map links every country of the atlas; a click or Enter on Turkey opens its page', async ({
	page,
	request
}) => {
	const errors = watchErrors(page);
	const atlas = (await (await request.get('/data/atlas.json')).json()) as {
		countries: { code: string; name: string }[];
	};
	await page.goto('/');
	await wakeMap(page);
	await expect(page.getByText(/The interactive map is not shown because .*WebGL/)).toBeVisible();
	const map = page.locator('svg.svg-map');
	await expect(map).toBeVisible();
	const links = map.locator('.countries a');
	await expect(links).toHaveCount(atlas.countries.length);
	const codes = await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-code')));
	expect(new Set(codes)).toEqual(new Set(atlas.countries.map((c) => c.code)));
	expect(await page.locator('canvas').count()).toBe(0);
	// The key, with its counts, beside the map.
	await expect(page.locator('.legend li button').first()).toBeVisible();

	const turkey = map.getByRole('link', { name: /^Turkey: Embassy present/ });
	await expect(turkey).toHaveCount(1);
	await expect(turkey.locator('title')).toHaveText(/^Turkey: Embassy present/);
	await turkey.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/country\/TR\/$/);
	await expect(page.locator('#panel-title')).toHaveText('Turkey');
	await expect(map.locator('a[aria-current="page"]')).toHaveAttribute('data-code', 'TR');

	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/$/);
	await map.getByRole('link', { name: /^Turkey:/ }).click();
	await expect(page).toHaveURL(/\/country\/TR\/$/);
	await expect(page.locator('#panel-title')).toHaveText('Turkey');

	// The table, one press away, and back.
	await page.getByRole('button', { name: 'Table', exact: true }).click();
	await expect(page.getByRole('table', { name: /Countries and their relations/ })).toBeVisible();
	await expect(map).toHaveCount(0);
	await page.getByRole('button', { name: 'Map', exact: true }).click();
	await expect(map).toBeVisible();
	expect(errors).toEqual([]);
});

test('the SVG map takes the fill from the link: year mode', async ({ page }) => {
	await page.goto('/?mode=year');
	const map = page.locator('svg.svg-map');
	await expect(map).toBeVisible();
	await expect(page.locator('#legend-title')).toHaveText('Year relations began');
	await expect(map).toHaveAttribute('aria-label', 'Year relations began');
});

// bg 85/87: table row "България 1992-07-05"; "От 1994 г. България има посолство в Алмати."
test('the SVG map follows the timeline’s year: time= in the link, and "As of" changes it', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/?time=1993');
	await wakeMap(page);
	const map = page.locator('svg.svg-map');
	await expect(map).toHaveAttribute('aria-label', 'Relations with Kazakhstan as of 1993');
	await expect(page.locator('#legend-title')).toHaveText('Relations with Kazakhstan as of 1993');
	await expect(map.getByRole('link', { name: 'Bulgaria: Relations established, as of 1993' })).toHaveCount(1);
	const choice = page.getByRole('combobox', { name: /As of/ });
	await expect(choice).toHaveValue('1993');
	await choice.selectOption('1994');
	await expect(map.getByRole('link', { name: 'Bulgaria: Embassy open, as of 1994' })).toHaveCount(1);
	await expect(page).toHaveURL(/\/\?time=1994$/);
	// The table, one press away, as of the same year.
	await page.getByRole('button', { name: 'Table', exact: true }).click();
	const table = page.getByRole('table');
	await expect(table).toHaveAccessibleName(/as of 1994$/);
	const bulgaria = table.getByRole('row', { name: /^Bulgaria/ });
	await expect(bulgaria).toContainText('Embassy open');
	await choice.selectOption('');
	await expect(page).toHaveURL(/\/$/);
	await expect(table).toHaveAccessibleName(/Kazakhstan$/);
	await expect(bulgaria).toContainText('Embassy present');
	expect(errors).toEqual([]);
});
