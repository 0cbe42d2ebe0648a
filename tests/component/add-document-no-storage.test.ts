/**
 * A browser that gives the page no IndexedDB (as some private windows do): the document is read and reviewed, and
 * "Add to the atlas" says it cannot be kept. jsdom has no IndexedDB, which is that browser.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import '../../src/lib/server/atlas/gazetteer';
import AddDocument from '../../src/lib/components/reader/AddDocument.svelte';
import { type UserDocumentInput } from '../../src/lib/reader/read-user';
import { readingCapitals, readUserDocument, reviewPanels } from '../../src/lib/reader/read-document';

vi.mock('../../src/lib/reader/client', () => ({
	detect: async () => 'en',
	read: async (input: UserDocumentInput, focus: string) => ({
		...readUserDocument(input, focus),
		review: reviewPanels(readUserDocument(input, focus).atlas),
		capitals: readingCapitals(readUserDocument(input, focus).atlas),
		warnings: [],
		ms: 0
	})
}));

describe('AddDocument without storage', () => {
	it('reads the document, then says it cannot be kept and why', async () => {
		expect(typeof indexedDB).toBe('undefined');
		render(AddDocument, { props: { focus: 'KZ' } });
		await fireEvent.input(screen.getByLabelText('Document text'), {
			target: { value: 'Cuba opened its embassy in Astana in 2008.' }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Read document' }));
		await fireEvent.click(
			await screen.findByRole('button', { name: 'Add to the atlas' }, { timeout: 10_000 })
		);
		await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/gives the page no storage/));
		expect(screen.queryByText(/is in the atlas/)).toBeNull();
	});
});
