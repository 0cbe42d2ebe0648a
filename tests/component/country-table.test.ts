/**
 * The table page's filter (walk-through finding 19): a box filters the rows by name, English or as the documents
 * write it, a choice keeps one kind of relations (the key's words), and a status line says how many rows show.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import CountryTable from '$lib/components/table/CountryTable.svelte';
import { summary } from '../support/summary';

const SUMMARIES = [
	summary('KZ', { name: 'Kazakhstan', status: 'focus' }),
	summary('TR', { name: 'Turkey', localNames: ['Турция', '튀르키예'], year: 1991 }),
	summary('BG', { name: 'Bulgaria', localNames: ['България'], year: 1992 }),
	summary('CN', { name: 'China', status: 'relations', year: 1992 }),
	summary('NP', { name: 'Nepal', status: 'none' })
];
const names = () => screen.getAllByRole('rowheader').map((h) => h.textContent?.trim());

describe('CountryTable’s filter', () => {
	it('is there only when asked for', () => {
		render(CountryTable, { summaries: SUMMARIES, caption: 'c' });
		expect(screen.queryByRole('searchbox')).toBeNull();
		expect(names()).toHaveLength(5);
	});

	it.each([
		['bul', ['Bulgaria']],
		['Турц', ['Turkey']], // as the Bulgarian document writes it
		['튀르', ['Turkey']],
		['ne', ['Nepal']],
		['zz', []]
	])('"%s" keeps %j', async (query, kept) => {
		render(CountryTable, { summaries: SUMMARIES, caption: 'c', filterable: true });
		await fireEvent.input(screen.getByRole('searchbox', { name: /Filter by name/ }), {
			target: { value: query }
		});
		expect(screen.queryAllByRole('rowheader').map((h) => h.textContent?.trim())).toEqual(kept);
		expect(screen.getByRole('status').textContent).toBe(`${kept.length} of 5 countries`);
	});

	it('keeps one kind of relations, offered in the key’s order', async () => {
		render(CountryTable, { summaries: SUMMARIES, caption: 'c', filterable: true });
		const choice = screen.getByRole('combobox', { name: /Relations/ }) as HTMLSelectElement;
		expect([...choice.options].map((o) => o.textContent)).toEqual([
			'Any',
			'The focus of the documents',
			'Embassy present',
			'Relations established',
			'No relations'
		]);
		await fireEvent.change(choice, { target: { value: 'Embassy present' } });
		expect(names()).toEqual(['Bulgaria', 'Turkey']);
		expect(screen.getByRole('status').textContent).toBe('2 of 5 countries');
		await fireEvent.change(choice, { target: { value: '' } });
		expect(screen.getByRole('status').textContent).toBe('All 5 countries');
	});
});
