/**
 * Accessibility of the page a browser without WebGL gets: the country table in place of the map.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';

test('the WebGL-less fallback has no serious or critical axe violation', async ({ page }) => {
	await page.goto('/');
	// The layout's fallback names the reason once MapLibre has failed to start.
	await expect(page.getByText(/WebGL2 is off or unsupported/)).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});
