/**
 * The panel's sources: the "stated by" line under a fact (each document a link to its passage, one document alone
 * marked so) and the documents compared side by side. Hand-made models after Turkey's three documents: the
 * Bulgarian article, today's English article and its older revision.
 */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SourcesCompared from '$lib/components/panel/SourcesCompared.svelte';
import SourcesLine from '$lib/components/panel/SourcesLine.svelte';
import type { ComparedDocument, DocRef, SourceLine } from '$lib/view/panel';

const ref = (id: string, title: string, lang: string, language: string, publisher: string | null) =>
	({ id, title, lang, language, publisher, retrieved: null }) as DocRef;
const bg = ref('bg-wikipedia', 'Външна политика на Казахстан', 'bg', 'Bulgarian', 'Wikipedia (Bulgarian)');
const en = ref('en-tr', 'Kazakhstan–Turkey relations', 'en', 'English', 'Wikipedia (English)');
const old = ref('en-tr-old', 'Kazakhstan–Turkey relations', 'en', 'English', 'World Public Library');

describe('SourcesLine', () => {
	it('names each document with a link to its passage', () => {
		const line: SourceLine = {
			text: 'Stated by three documents in two languages',
			single: false,
			docs: [
				{ doc: bg, excerptId: 'bg-wikipedia-100' },
				{ doc: en, excerptId: 'en-tr-5' },
				{ doc: old, excerptId: null }
			]
		};
		const { container } = render(SourcesLine, { props: { line } });
		expect(container.textContent).toContain('Stated by three documents in two languages:');
		const links = screen.getAllByRole('link');
		expect(links.map((a) => a.getAttribute('href'))).toEqual(['#bg-wikipedia-100', '#en-tr-5']);
		expect(links[0].getAttribute('lang')).toBe('bg');
		// A passage that is not on the page: the title without a link.
		expect(container.querySelector('cite')?.textContent).toBe('Kazakhstan–Turkey relations');
		expect(container.querySelector('.single')).toBeNull();
	});

	it('marks a fact one document alone states, not by colour alone', () => {
		const line: SourceLine = {
			text: 'Stated by one document only',
			single: true,
			docs: [{ doc: en, excerptId: 'en-tr-5' }]
		};
		const { container } = render(SourcesLine, { props: { line } });
		expect(container.querySelector('.single')).not.toBeNull();
		expect(container.textContent).toContain('⚑');
		expect(container.textContent).toContain('Stated by one document only');
	});
});

describe('SourcesCompared', () => {
	const rows: ComparedDocument[] = [
		{
			doc: bg,
			date: 'date not given',
			status: { label: 'Embassy present', mark: 'agrees', excerptId: 'bg-wikipedia-100' },
			dates: [{ label: '2 March 1992', mark: 'agrees', excerptId: 'bg-wikipedia-90' }],
			missions: [{ label: 'Turkey: Embassy in Almaty', mark: 'differs', excerptId: 'bg-wikipedia-100' }],
			leavesOut: ''
		},
		{
			doc: en,
			date: 'date not given',
			status: { label: 'Embassy present', mark: 'agrees', excerptId: 'en-tr-5' },
			dates: [],
			missions: [{ label: 'Turkey: Embassy in Astana', mark: 'differs', excerptId: null }],
			leavesOut: 'when relations began'
		}
	];

	it('one row per document: language, publisher, date, what it states, marked in words', () => {
		render(SourcesCompared, { props: { documents: rows, open: true } });
		const table = screen.getByRole('table');
		const bodyRows = within(table).getAllByRole('row').slice(1);
		expect(bodyRows).toHaveLength(2);
		const first = within(bodyRows[0]);
		expect(first.getByRole('rowheader').textContent).toContain(
			'Bulgarian, Wikipedia (Bulgarian), date not given'
		);
		expect(first.getByRole('link', { name: '2 March 1992' }).getAttribute('href')).toBe('#bg-wikipedia-90');
		expect(bodyRows[0].textContent).toContain('Turkey: Embassy in Almaty');
		expect(bodyRows[0].textContent).toContain('differs');
		const second = bodyRows[1].textContent ?? '';
		expect(second).toContain('not stated');
		expect(second).toContain('Does not state: when relations began');
		expect(screen.getByText(/The documents compared \(2\)/)).toBeTruthy();
	});

	it('shows nothing for a country one document alone names', () => {
		const { container } = render(SourcesCompared, { props: { documents: rows.slice(0, 1) } });
		expect(container.querySelector('table')).toBeNull();
	});
});
