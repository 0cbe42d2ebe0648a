/**
 * Without WebGL (the `chromium-no-webgl` project launches Chromium with --disable-webgl --disable-3d-apis) the
 * map cannot start: the page says why in one line and draws the map as SVG in its place (static-map.nowebgl.spec.ts),
 * with the sortable table one press away ("Table"), and country pages still work, with no page error.
 */
import { expect, test } from '@playwright/test';
import { wakeMap } from '../support/map';
import { watchErrors } from '../support/page';

test('the home page explains that the map cannot start and has the table one press away', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/');
	await wakeMap(page);
	await expect(page.getByText(/The interactive map is not shown because .*WebGL/)).toBeVisible();
	await page.getByRole('button', { name: 'Table', exact: true }).click();
	const table = page.getByRole('table', { name: /Countries and their relations/ });
	await expect(table).toBeVisible();
	await expect(table.getByRole('row')).not.toHaveCount(0);
	expect(await page.locator('canvas').count()).toBe(0);

	await table.getByRole('columnheader', { name: 'Since' }).getByRole('button').click();
	await expect(table.getByRole('columnheader', { name: 'Since' })).toHaveAttribute('aria-sort', 'ascending');
	await table.getByRole('link', { name: 'Turkey' }).click();
	await expect(page).toHaveURL(/\/country\/TR\/$/);
	await expect(page.locator('#panel-title')).toHaveText('Turkey');
	await expect(table).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/$/);
	expect(errors).toEqual([]);
});

test('a country page shows its panel beside the table', async ({ page }) => {
	await page.goto('/country/US/');
	await expect(page.locator('#panel-title')).toHaveText('United States');
	await expect(page.getByText(/The interactive map is not shown because/)).toBeVisible();
	await page.getByRole('button', { name: 'Table', exact: true }).click();
	const table = page.getByRole('table', { name: /Countries and their relations/ });
	await expect(table.getByRole('row', { name: /United States/ })).toHaveClass(/selected/);
});

test('scrolled, the table stays below the search bar and under its own header', async ({ page }) => {
	await page.goto('/');
	await wakeMap(page);
	await page.getByRole('button', { name: 'Table', exact: true }).click();
	const table = page.getByRole('table', { name: /Countries and their relations/ });
	await expect(table).toBeVisible();
	await page.locator('.fallback').evaluate((box) => box.scrollBy(0, 600));
	const bar = (await page.locator('.bar').boundingBox())!;
	const header = (await table.getByRole('columnheader', { name: 'Country' }).boundingBox())!;
	expect(header.y).toBeGreaterThanOrEqual(bar.y + bar.height);
	// From the bar's bottom to the header's, down the name column: never a row of the table's body.
	const rowsSeen = await page.evaluate(
		({ x, from, to }) => {
			let seen = 0;
			for (let y = from; y < to; y += 3) if (document.elementFromPoint(x, y)?.closest('tbody')) seen++;
			return seen;
		},
		{ x: header.x + 10, from: bar.y + bar.height + 1, to: header.y + header.height - 1 }
	);
	expect(rowsSeen).toBe(0);
});
