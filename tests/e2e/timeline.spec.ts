/**
 * The map as of a year (the timeline under the map): the colours at 1992, 2000 and the latest year differ as the
 * documents' dates say, `time=` round-trips, play stops on a touch, and axe passes on the opened timeline.
 * Expected colours from the documents (bg = data/documents/bg-wikipedia-foreign-policy-of-kazakhstan.txt):
 * - Bulgaria (bg 85/87): relations 1992-07-05; "От 1994 г. България има посолство в Алмати." So 1991 nothing,
 *   1992 relations, 2000 embassy.
 * - Armenia (bg 40-42): embassies with no date; relations "започват през 2006 година". So 1992 and 2000 date not
 *   stated, the latest year relations (its embassies still undated: hatched).
 * - The United States (bg 130): an embassy in Almaty from January 1992. So 1992 embassy.
 */
import { expect, test } from '@playwright/test';
import { fillOf, mapIdle } from '../support/map';
import { watchErrors } from '../support/page';
import { seriousViolations } from './axe';
import { NO_YEAR, STATUS_COLOURS } from '../../src/lib/view/colour';
import { NOTHING_YET } from '../../src/lib/view/time/colour';

const slider = (page: import('@playwright/test').Page) => page.getByRole('slider', { name: 'Year' });

test('the map at 1992, 2000 and the latest year follows the documents’ dates', async ({ page }) => {
	// Four page loads, each starting MapLibre in software WebGL.
	test.slow();
	const errors = watchErrors(page);
	const expected: [string, Record<string, string>][] = [
		['1991', { BG: NOTHING_YET }],
		['1992', { BG: STATUS_COLOURS.relations, AM: NO_YEAR, US: STATUS_COLOURS.embassy }],
		['2000', { BG: STATUS_COLOURS.embassy, AM: NO_YEAR }],
		['latest', { BG: STATUS_COLOURS.embassy, AM: STATUS_COLOURS.relations }]
	];
	for (const [time, fills] of expected) {
		await page.goto(`/?time=${time}`);
		await mapIdle(page);
		await expect(slider(page)).toHaveAttribute('aria-valuenow', time === 'latest' ? '2024' : time);
		for (const [code, colour] of Object.entries(fills))
			await expect.poll(() => fillOf(page, code), { message: `${code} at ${time}` }).toBe(colour);
	}
	// Armenia's embassies have no date: hatched over its colour in the latest year.
	// The missions drawn are those open by stated dates (bg 119, 130, 87): the US embassy now in Astana (moved in
	// 2006) and its consulate-general in Almaty (2009), not its embassy in Almaty; the UK's; Bulgaria's (1994).
	await expect
		.poll(() =>
			page.evaluate(() =>
				[
					...new Set(
						window.__map
							?.queryRenderedFeatures({ layers: ['missions-in-focus'] })
							// The missions not open in the year are drawn transparent (feature-state), not removed.
							.filter((f) => f.state?.hidden !== true)
							.map((f) => `${f.properties.sender} ${f.properties.kind} ${f.properties.city}`)
					)
				].sort()
			)
		)
		.toEqual(['BG embassy Almaty', 'GB embassy Astana', 'US consulate-general Almaty', 'US embassy Astana']);
	// The hatching's filter lists every country of the documents on the timeline; the year's feature-state shows it.
	const hatched = await page.evaluate(() => JSON.stringify(window.__map?.getFilter('country-hatch')));
	expect(hatched).toContain('"AM"');
	const unhatched = (code: string) =>
		page.evaluate(
			(id) => window.__map?.getFeatureState({ source: 'countries', id }).unhatched === true,
			code
		);
	expect(await unhatched('AM')).toBe(false);
	// Bulgaria: relations and an embassy, all dated (bg 87: "От 1994 г. България има посолство в Алмати"): no hatching.
	expect(await unhatched('BG')).toBe(true);
	expect(errors).toEqual([]);
});

test('time= round-trips, the keys move the year, play stops on a touch, and axe passes', async ({ page }) => {
	test.slow();
	await page.goto('/');
	await mapIdle(page);
	await page.getByRole('button', { name: 'Over time' }).click();
	await expect(slider(page)).toHaveAttribute('aria-valuenow', '2024');
	await expect(page).toHaveURL(/[?&]time=latest(&|$)/);

	await slider(page).focus();
	await page.keyboard.press('Home');
	await expect(slider(page)).toHaveAttribute('aria-valuenow', '1991');
	await page.keyboard.press('PageUp'); // the next year with events: 1992
	await expect(slider(page)).toHaveAttribute('aria-valuenow', '1992');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/[?&]time=1993(&|$)/);
	await expect(page.locator('[aria-live="polite"]').filter({ hasText: '1993:' })).toHaveCount(1);

	// A range: what was added between two years, with counts (read from the documents: the time-model test).
	await page.goto('/?time=1995..2024');
	await mapIdle(page);
	await expect(page).toHaveURL(/[?&]time=1995\.\.2024(&|$)/);
	await expect(page.locator('.timeline .summary')).toHaveText(
		/^relations with 1 more country, 3 more embassies, 1 embassy gone/
	);

	// Play from the start, then a key stops it where it is.
	await page.goto('/?time=1991');
	await mapIdle(page);
	const play = page.getByRole('button', { name: 'Play through the years with events' });
	await play.click();
	await expect(slider(page)).not.toHaveAttribute('aria-valuenow', '1991');
	await slider(page).press('ArrowLeft');
	await expect(page.getByRole('button', { name: 'Play through the years with events' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	const stopped = await slider(page).getAttribute('aria-valuenow');
	await page.waitForTimeout(1500);
	await expect(slider(page)).toHaveAttribute('aria-valuenow', stopped!);

	await page.locator('.chronology summary').click();
	expect(await seriousViolations(page)).toEqual([]);
});
