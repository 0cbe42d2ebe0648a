/**
 * The second newcomer walk-through's major findings (../shared/notes/newcomer-walkthrough-2.md, issue 25), each
 * checked as the reader met it: the documents page lists the documents behind the map; on a phone the missions
 * card closes with its ×, and no control a reader taps lies under another at phone or laptop size; "no relations"
 * is dated in the tooltip and the key; the region choice and the full-screen button.
 */
import { expect, test } from '@playwright/test';
import { watchErrors } from './support';

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
	await expect(bg).toContainText('Wikipedia (Bulgarian)');
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
