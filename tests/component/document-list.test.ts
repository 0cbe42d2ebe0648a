/**
 * The documents page's list: each document with its language named, publisher, date, licence, address and facts,
 * and its text folded, shown as text: a document holding markup shows the markup's characters, never elements.
 */
import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DocumentList from '$lib/components/reader/DocumentList.svelte';
import { documentEntries } from '$lib/view/documents';
import { fixtureAtlas } from '../fixtures/atlas.fixture';
import { renderInHost } from '../support/render';

const fields = (item: HTMLElement) =>
	Object.fromEntries(
		[...item.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent?.trim()])
	);

describe('DocumentList', () => {
	it('lists each document with what a reader asks of it', () => {
		renderInHost(DocumentList, { entries: documentEntries(fixtureAtlas), label: 'The atlas’s documents' });
		const items = screen.getAllByRole('listitem');
		expect(items).toHaveLength(2);
		expect(screen.getByRole('heading', { level: 3, name: 'Външна политика на Казахстан' }).lang).toBe('bg');
		expect(fields(items[0])).toEqual({
			Language: 'Bulgarian',
			// The fixture gives no publisher: its address (bg.wikipedia.org) tells it.
			Publisher: 'Bulgarian Wikipedia',
			// The fixture's latest dated sentence: the OSCE chairmanship, January 2010.
			Date: 'date not given; it mentions events up to 2010',
			Licence: 'CC BY-SA',
			Address: 'https://bg.wikipedia.org/wiki/Външна_политика_на_Казахстан',
			Facts: '11 facts: 2 statuses, 5 dates relations began, 4 missions'
		});
		expect(fields(items[1])).toMatchObject({
			Language: 'Korean',
			Publisher: 'Namuwiki',
			Date: 'retrieved 11 February 2024'
		});
		const licence = screen.getAllByRole('link', { name: 'CC BY-SA' })[0];
		expect(licence.getAttribute('href')).toBe('https://creativecommons.org/licenses/by-sa/4.0/');
	});

	it('folds each text, and shows it as text, never as HTML', async () => {
		const text = 'Before <img src=x onerror="alert(1)"><b>bold</b> after';
		const [bg] = fixtureAtlas.documents;
		const hostile = { ...bg, text, source: 'javascript:alert(1)' };
		const entries = documentEntries({ ...fixtureAtlas, documents: [hostile] });
		renderInHost(DocumentList, { entries, label: 'x' });
		const details = document.querySelector('details') as HTMLDetailsElement;
		expect(details.open).toBe(false);
		await fireEvent.click(screen.getByText(/^Read its text/));
		expect(details.open).toBe(true);
		const pre = document.querySelector('pre') as HTMLElement;
		expect(pre.textContent).toBe(text);
		expect(pre.querySelector('img, b')).toBeNull();
		// An address that is not a web address is written out, not linked.
		expect(screen.queryByRole('link', { name: 'javascript:alert(1)' })).toBeNull();
	});
});
