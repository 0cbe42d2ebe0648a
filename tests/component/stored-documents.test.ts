/**
 * The documents page's sentences for what storage did (src/routes/documents/+page.svelte, KeepOffline): a damaged
 * record named while the other documents are listed; a file that is not an export refused by name; a browser with
 * no service worker told the atlas cannot be kept offline. On fake-indexeddb (jsdom has no IndexedDB).
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/lib/server/atlas/gazetteer';
import KeepOffline from '../../src/lib/components/reader/KeepOffline.svelte';
import { readingCapitals, readUserDocument } from '../../src/lib/reader/read-document';
import { userDocumentId } from '../../src/lib/reader/read-user';
import { addDocument, resetStore } from '../../src/lib/reader/store';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import { servedAtlas } from '../fixtures/served-atlas';
import Page from '../../src/routes/documents/+page.svelte';

const base = buildAtlas('data/documents').atlas;
const CUBA = 'Cuba opened its embassy in Astana in 2008.';

afterEach(() => {
	vi.unstubAllGlobals();
	resetStore();
});

describe('the documents page', () => {
	it('names a damaged record, lists the others, and refuses a file that is not an export', async () => {
		vi.stubGlobal('indexedDB', new IDBFactory());
		resetStore();
		vi.stubGlobal('fetch', vi.fn(servedAtlas(base)));
		const atlas = readUserDocument({ text: CUBA, title: 'Cuba', lang: 'en' }, 'KZ').atlas;
		await addDocument({
			id: userDocumentId(CUBA),
			title: 'Cuba',
			lang: 'en',
			source: '',
			licence: '',
			text: CUBA,
			added: '2026-01-01T00:00:00.000Z',
			atlas,
			capitals: readingCapitals(atlas)
		});
		// A record no version of the app wrote.
		await addDocument({ id: 'own-0000000000000000' } as never).catch(() => undefined);

		render(Page, { props: { data: { focus: 'KZ' } as never } });
		await screen.findByRole('heading', { name: 'Cuba' });
		expect(screen.getByText(/1 stored record could not be read .* left in storage/)).toBeTruthy();

		const input = screen.getByLabelText(/Import documents/) as HTMLInputElement;
		const file = new File(['{"hello": 1}'], 'notes.json', { type: 'application/json' });
		await fireEvent.change(input, { target: { files: [file] } });
		await waitFor(() =>
			expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContainEqual(
				expect.stringMatching(/notes.json is not a documents file/)
			)
		);
		// Still listed.
		expect(screen.getByRole('heading', { name: 'Cuba' })).toBeTruthy();
	});
});

describe('Keep for offline reading', () => {
	it('says so when the browser gives the page no service worker', async () => {
		render(KeepOffline);
		await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/no offline cache/));
		expect(screen.queryByRole('button', { name: 'Keep for offline reading' })).toBeNull();
	});
});
