/**
 * Sources in a real browser, against the built atlas (seeds and library): the United Kingdom's page flags the
 * conflict between two documents on when relations began (the Bulgarian article's table row "Великобритания
 * 1992-02-19"; Infogalactic's copy of the English article, "relations were formally established on 19 January 1992"),
 * quotes both sentences, says which documents state each fact with a link to each passage, and compares its documents
 * side by side. The home panel says how much the documents cover.
 */
import { expect, test } from '@playwright/test';
import { watchErrors } from '../support/page';
import { secondSite } from '../support/second-site';

/**
 * The suite's own server builds over the seeds alone (playwright.config.ts); this spec reads the second site, the
 * built-in atlas (seeds and library) with the hostile-text fixture beside it, built once per run for the specs that
 * need other documents.
 */
let base = '';

test.describe.configure({ mode: 'serial', timeout: 60_000 });

test.beforeAll(async () => {
	test.setTimeout(300_000);
	base = await secondSite();
});

test('a country page shows two documents that disagree, each fact with its sources', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto(new URL('country/GB/', base).href);
	await expect(page.locator('#panel-title')).toHaveText('United Kingdom');

	const conflicts = page.locator('section.conflicts');
	await expect(conflicts.getByRole('heading', { name: /The documents disagree here/ })).toBeVisible();
	await expect(conflicts).toContainText(
		'Two dates are given for the start of relations: 19 January 1992 and 19 February 1992.'
	);
	await expect(conflicts.locator('blockquote[lang="bg"]')).toContainText('1992-02-19');
	await expect(conflicts.locator('blockquote[lang="en"]')).toContainText('19 January 1992');

	// Each date names the documents that give it; a date one document alone gives is flagged so.
	const facts = page.locator('dl.facts');
	await expect(facts.locator('.sources.single').first()).toContainText('Stated by one document only');
	// The status: the embassies the Bulgarian article and the English one both state.
	const status = facts.locator('dd').first().locator('.sources');
	await expect(status).toContainText('Stated by two documents in two languages');
	// One click from a source to its sentence: the link's target is a passage on the page.
	const link = status.getByRole('link').first();
	const target = (await link.getAttribute('href'))!;
	await link.click();
	await expect(page.locator(target)).toBeVisible();

	// The documents compared: open at once where they disagree, the two dates marked "differs".
	const compared = page.locator('details.compared');
	await expect(compared).toHaveAttribute('open', '');
	const rows = compared.locator('tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.filter({ hasText: '19 February 1992' })).toContainText('differs');
	await expect(rows.filter({ hasText: '19 January 1992' })).toContainText('differs');
	expect(errors).toEqual([]);
});

test('the home panel says how much the documents cover', async ({ page, request }) => {
	const atlas = (await (await request.get(new URL('data/atlas.json', base).href)).json()) as {
		documents: unknown[];
		countries: { code: string; status: string; established: unknown }[];
	};
	const others = atlas.countries.filter((c) => c.status !== 'focus');
	await page.goto(base);
	const coverage = page.getByTestId('coverage');
	// Three languages among the documents: Bulgarian, English and Korean, each with its count.
	await expect(coverage).toContainText(
		new RegExp(`^${atlas.documents.length} documents \\(Bulgarian \\d+, English \\d+, Korean \\d+\\)\\.`)
	);
	await expect(coverage).toContainText(
		`Countries whose relations they state: ${others.filter((c) => c.status !== 'unstated').length};`
	);
	await expect(coverage).toContainText(
		`with the date relations began: ${others.filter((c) => c.established !== null).length}.`
	);
	await expect(coverage).toContainText(`They name ${others.length} countries`);
});
