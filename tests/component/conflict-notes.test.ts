/**
 * The note where the documents' facts disagree: each conflict in words, the sentences on both sides quoted as text,
 * and a sentence two conflicts share quoted once.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ConflictNotes from '$lib/components/panel/ConflictNotes.svelte';
import type { DocRef, PanelConflict } from '$lib/view/panel';

const doc = { id: 'bg', title: 'Външна политика', lang: 'bg', language: 'Bulgarian' } as DocRef;
const relations = { doc, text: 'Отношенията са установени на 26 декември 1992.', excerptId: 'bg-10-20' };
const conflicts: PanelConflict[] = [
	{
		note: 'A mission is dated January 1992, before the date given for the start of relations, 26 December 1992.',
		quotes: [{ doc, text: 'Посолство в Алмати, януари 1992 <b>.</b>', excerptId: null }, relations]
	},
	{
		note: 'A mission is dated October 1992, before the date given for the start of relations, 26 December 1992.',
		quotes: [{ doc, text: 'Посолство във Вашингтон, октомври 1992.', excerptId: null }, relations]
	}
];

describe('ConflictNotes', () => {
	it('says each conflict and quotes each sentence once, as text', () => {
		const { container } = render(ConflictNotes, { props: { conflicts } });
		expect(screen.getByRole('heading', { name: /The documents disagree here/ })).toBeTruthy();
		expect(screen.getByText(/dated January 1992/)).toBeTruthy();
		expect(screen.getByText(/dated October 1992/)).toBeTruthy();
		const quotes = [...container.querySelectorAll('blockquote')].map((q) => q.textContent ?? '');
		expect(quotes).toHaveLength(3);
		expect(quotes.filter((q) => q.includes('26 декември 1992'))).toHaveLength(1);
		// Markup in a document is shown as the characters it is.
		expect(container.querySelector('blockquote b')).toBeNull();
		expect(quotes[0]).toContain('<b>.</b>');
		expect(container.querySelector('blockquote')?.getAttribute('lang')).toBe('bg');
	});

	it('renders nothing when the documents agree', () => {
		const { container } = render(ConflictNotes, { props: { conflicts: [] } });
		expect(container.querySelector('section')).toBeNull();
	});
});
