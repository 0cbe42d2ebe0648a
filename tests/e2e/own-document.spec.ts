/**
 * A reader's own document, end to end in the production build: pasted, read in the worker, reviewed, added; then
 * on the map (its colour, and its embassy among Astana's missions), in the table and in its country's panel with
 * the reader's sentence quoted; still there after a reload; gone after "Remove". Cuba is a country the built-in documents never name, so everything the atlas shows
 * of it comes from the pasted sentence. No request leaves the origin meanwhile.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { STATUS_COLOURS } from '../../src/lib/view/colour';
import { fillOf, mapIdle } from '../support/map';
import { watchErrors, watchOrigin } from '../support/page';

const SENTENCE = 'Cuba opened its embassy in Astana in 2008.';
/** The title the form suggests: the whole sentence, short enough to be whole, without its full stop. */
const TITLE = 'Cuba opened its embassy in Astana in 2008';

test.describe.configure({ timeout: 150_000 });

const cubaRow = (page: Page) =>
	page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Cuba' }) });

/** Opens Astana's missions from "Missions by city", once the missions are on the map. */
async function openAstana(page: Page) {
	await page.waitForFunction(() => window.__map?.getLayer('mission-groups') !== undefined, null, {
		timeout: 45_000
	});
	await page.getByText(/^Missions by city/).click();
	await page
		.locator('details.places')
		.getByRole('button', { name: /^Astana\s+\d+$/ })
		.click();
	await expect(page.locator('section.card').getByRole('heading', { level: 2 })).toHaveText(
		/^Astana: \d+ missions$/
	);
}

const astanaEntries = (page: Page) => page.locator('section.card').getByRole('listitem');

test('a pasted document is read, reviewed, added, kept after a reload, and removed', async ({
	page,
	context,
	baseURL
}) => {
	const errors = watchErrors(page);
	// The reader's document stays in the browser: the worker and the gazetteer ask nothing of another site either.
	const outside = watchOrigin(page, baseURL ?? '');

	await page.goto('/');
	await page.getByRole('link', { name: 'Add a document' }).click();
	await expect(page.getByRole('heading', { name: 'Add a document' })).toBeVisible();

	await page.getByLabel('Document text').fill(SENTENCE);
	// The first line is a sentence, so the title is its first words, and the sentence is read below it.
	await expect(page.getByLabel('Title')).toHaveValue(TITLE);
	await page.getByLabel('Language', { exact: true }).selectOption('en');
	await page.getByRole('button', { name: 'Read document' }).click();

	const review = page.getByRole('region', { name: 'What the document says' });
	await expect(review).toBeVisible({ timeout: 60_000 });
	await expect(
		review.getByRole('heading', { name: /^Cuba: diplomatic relations, with a resident embassy/ })
	).toBeVisible();
	await expect(review.getByText(/Embassy in Astana/).first()).toBeVisible();
	await expect(review.locator('blockquote')).toContainText(SENTENCE);
	await expect(review.locator('blockquote mark.mission').first()).toBeVisible();

	await page.getByRole('button', { name: 'Add to the atlas' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'is in the atlas' })).toBeVisible();

	// The table: Cuba, with an embassy.
	await page.goto('/table/');
	await expect(cubaRow(page)).toContainText('Embassy present');
	// Its data links are made from the combined atlas: missions.csv has Cuba's embassy, with the sentence.
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'missions.csv' }).click()
	]);
	expect(csv.suggestedFilename()).toBe('missions.csv');
	const rows = readFileSync(await csv.path(), 'utf8').split('\r\n');
	const cuba = rows.filter((row) => row.startsWith('CU,Cuba,KZ,Kazakhstan,Embassy,Astana,yes,'));
	expect(cuba).toHaveLength(1);
	expect(cuba[0]).toContain(`,2008,,${TITLE},,not given,${SENTENCE},`);

	// The map: Cuba coloured as an embassy through feature-state.
	await page.goto('/');
	// The SVG first map, before MapLibre starts, takes the reader's colours too.
	await expect(page.locator('#first-map path[data-code="CU"]')).toHaveAttribute(
		'fill',
		STATUS_COLOURS.embassy
	);
	await mapIdle(page);
	await expect.poll(() => fillOf(page, 'CU')).toBe(STATUS_COLOURS.embassy);

	// Its mission: in Astana's group of "Missions by city", and its card quotes the sentence with the words marked.
	const card = page.locator('section.card');
	await openAstana(page);
	await expect(astanaEntries(page).filter({ hasText: 'Cuba' })).toHaveCount(1);
	await astanaEntries(page).filter({ hasText: 'Cuba' }).getByRole('button').click();
	await expect(card.getByRole('heading', { level: 2 })).toHaveText('Embassy of Cuba');
	await expect(card.locator('blockquote[lang="en"]')).toContainText(SENTENCE);
	await expect(card.locator('blockquote mark').first()).toBeVisible();

	// Its panel, after a reload of its own URL (no page is prerendered for Cuba): the sentence, marked, cited as own.
	await page.goto('/country/CU/');
	const panel = page.locator('main');
	await expect(panel.getByRole('heading', { name: 'Cuba', level: 2 })).toBeVisible();
	await expect(panel.locator('blockquote').filter({ hasText: SENTENCE })).toBeVisible();
	await expect(panel.locator('blockquote mark.mission').first()).toBeVisible();
	await expect(panel.getByText('Your own document').first()).toBeVisible();

	await page.reload();
	await expect(panel.locator('blockquote').filter({ hasText: SENTENCE })).toBeVisible();

	// Offline: the document is in the browser's storage and the built atlas in the service worker's cache.
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 45_000 });
	await context.setOffline(true);
	await page.goto('/table/');
	await expect(cubaRow(page)).toContainText('Embassy present');
	// Cuba's own address, which no prerendered page answers: the service worker gives the app, which opens it.
	await page.goto('/country/CU/');
	await expect(panel.locator('blockquote').filter({ hasText: SENTENCE })).toBeVisible();
	await context.setOffline(false);

	// The export: a tar archive whose first file is the folder's manifest.
	await page.goto('/documents/');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export your documents' }).click()
	]);
	expect(download.suggestedFilename()).toBe('relations-atlas-documents.tar');

	// Listed under the reader's own, below the atlas's two, with its language named.
	const own = page.getByRole('list', { name: 'Your documents' });
	await expect(own.getByRole('heading', { name: TITLE })).toBeVisible();
	await expect(own.getByRole('listitem').first()).toContainText('English');
	// Remove, then Undo: back in the list; then Remove for good.
	await page.getByRole('button', { name: 'Remove' }).click();
	await expect(page.getByText('You have added no document.')).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(own.getByRole('heading', { name: TITLE })).toBeVisible();
	// Remove: gone from the list, the table and its URL.
	await page.getByRole('button', { name: 'Remove' }).click();
	await expect(page.getByText('You have added no document.')).toBeVisible();
	await page.goto('/table/');
	await expect(page.getByRole('table')).toBeVisible();
	await expect(cubaRow(page)).toHaveCount(0);
	// The map's missions are the built-in ones again: Astana's group has no Cuba.
	await page.goto('/');
	await mapIdle(page);
	await openAstana(page);
	await expect(astanaEntries(page).first()).toBeVisible();
	await expect(astanaEntries(page).filter({ hasText: 'Cuba' })).toHaveCount(0);
	// Cuba's page is the one of a country the documents never name again.
	await page.goto('/country/CU/');
	await expect(page.getByText('The documents say nothing about Cuba.')).toBeVisible();

	expect(outside).toEqual([]);
	expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});
