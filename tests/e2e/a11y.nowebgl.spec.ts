/**
 * Accessibility of the page a browser without WebGL gets: the map drawn as SVG, each country a link, and the
 * country table one press away.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { wakeMap } from '../support/map';

test('the WebGL-less fallback has no serious or critical axe violation', async ({ page }) => {
	await page.goto('/');
	await wakeMap(page);
	// The layout's fallback names the reason once MapLibre has failed to start.
	await expect(page.getByText(/WebGL2 is off or unsupported/)).toBeVisible();
	await expect(page.locator('svg.svg-map .countries a').first()).toBeAttached();
	expect(await seriousViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Table', exact: true }).click();
	await expect(page.getByRole('table')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});
