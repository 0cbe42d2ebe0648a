/**
 * Many files at once, in the production build: a handful of files (a saved page, Markdown, text) and a .zip of more,
 * with a PDF among them, chosen on the add page; read in the worker with a progress bar; the review lists every
 * document with its facts, and the PDF with why it was not read; its fact counts are the CLI's on the same files as a
 * folder (`npm run data -- --dir`, `buildFolder`); some are added. No request leaves the origin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ADD_FILES_WORDS as W } from '../../src/lib/components/reader/add-files-words';
import { buildFolder } from '../../src/lib/server/atlas/folder';
import { documentFacts } from '../../src/lib/view/documents';
import { manyFiles, writeManyFiles } from '../support/many-files';
import { watchErrors, watchOrigin } from '../support/page';

test.describe.configure({ timeout: 180_000 });

test('a handful of files and a zip are read with progress, reviewed as the CLI reads them, and some added', async ({
	page,
	baseURL
}) => {
	const errors = watchErrors(page);
	const outside = watchOrigin(page, baseURL ?? '');
	// Eight documents: five files and a zip of three (a saved page, Markdown and text among them).
	const files = manyFiles(8, 3);
	const pdf = { name: 'report.pdf', bytes: new TextEncoder().encode('%PDF-1.7 not a text') };

	// The CLI on the same files as a folder: each document's facts, as the review counts them.
	const dir = mkdtempSync(join(tmpdir(), 'atlas-e2e-many-'));
	let expected: string;
	try {
		writeManyFiles(dir, files);
		const cli = buildFolder(dir, 'KZ');
		const sum = (key: 'statuses' | 'dates' | 'missions') =>
			cli.alone.reduce((n, a) => n + documentFacts(a, a.documents[0].id)[key], 0);
		expect(cli.alone).toHaveLength(8);
		expected = W.readSummary(8, sum('statuses'), sum('dates'), sum('missions'));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}

	await page.goto('/documents/add/');
	// The file input answers once the page's script has started.
	await page.waitForLoadState('networkidle');
	await page.getByLabel(W.choose()).setInputFiles(
		[...files, pdf].map((f) => ({
			name: f.name,
			mimeType: 'application/octet-stream',
			buffer: Buffer.from(f.bytes)
		}))
	);
	// The progress bar and the file under way.
	await expect(page.getByText(/^(Opening|Reading) \d of \d+: |^Loading the reader/)).toBeVisible();

	const review = page.getByRole('region', { name: W.reviewHeading() });
	await expect(review).toBeVisible({ timeout: 120_000 });
	await expect(review.getByText(expected)).toBeVisible();
	await expect(review.getByRole('checkbox')).toHaveCount(8);
	// The zip's files are named after it; the PDF is listed with why.
	await expect(review.getByText(/^more\.zip\/doc-0[678]-/)).toHaveCount(3);
	await expect(review.getByText(W.problemsHeading(1))).toBeVisible();
	await expect(review.getByRole('listitem').filter({ hasText: 'report.pdf' })).toContainText(
		'a .pdf file is not a document the atlas reads'
	);

	// What one document says, in the one-document review's form.
	await review.getByRole('button', { name: W.show() }).first().click();
	await expect(review.getByRole('heading', { name: 'What the document says' })).toBeVisible();

	// Keep all but the first.
	await review.getByRole('checkbox').first().uncheck();
	await review.getByRole('button', { name: W.addSelected(7) }).click();
	await expect(page.getByText(W.added(7))).toBeVisible({ timeout: 60_000 });

	// The documents page lists the seven as the reader's own, each with "Remove".
	await page.goto('/documents/');
	await expect(page.getByRole('button', { name: 'Remove', exact: true })).toHaveCount(7, { timeout: 30_000 });

	expect(errors).toEqual([]);
	expect(outside).toEqual([]);
});

test('Cancel stops the reading, and the review offers what was read', async ({ page }) => {
	const files = manyFiles(20, 0);
	await page.goto('/documents/add/');
	// The file input answers once the page's script has started.
	await page.waitForLoadState('networkidle');
	await page
		.getByLabel(W.choose())
		.setInputFiles(
			files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.bytes) }))
		);
	await expect(page.getByText(/^Reading ([2-9]|1[0-5]) of 20: /)).toBeVisible({ timeout: 90_000 });
	await page.getByRole('button', { name: W.cancel() }).click();
	const review = page.getByRole('region', { name: W.reviewHeading() });
	await expect(review).toBeVisible();
	await expect(
		review.getByText(/^Cancelled: [a-z\d]+ documents? of 20 read; the others were not\.$/)
	).toBeVisible();
	const read = await review.getByRole('checkbox').count();
	expect(read).toBeGreaterThan(0);
	expect(read).toBeLessThan(20);
});
