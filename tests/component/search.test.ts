/**
 * The search box: a query that finds a country lists it and the live status counts the suggestions; a query that
 * finds nothing shows "No match" and the live status says it, for screen readers.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Search from '$lib/components/controls/Search.svelte';
import { summary } from '../support/summary';

const SUMMARIES = [
	summary('TR', { name: 'Turkey', localNames: ['Турция'] }),
	summary('UA', { name: 'Ukraine', localNames: ['Украйна'] })
];

function setup() {
	render(Search, { props: { summaries: SUMMARIES, onselect: () => {} } });
	return screen.getByRole('combobox');
}

describe('Search', () => {
	it.each([
		['Turk', 'Turkey', '1 suggestion'],
		['Укр', 'Ukraine', '1 suggestion']
	])('"%s" lists %s and the status says "%s"', async (query, name, said) => {
		const input = setup();
		await fireEvent.input(input, { target: { value: query } });
		expect(screen.getByRole('option').textContent).toContain(name);
		expect(screen.getByRole('status').textContent).toBe(said);
		expect(screen.queryByText('No match', { selector: '.no-match' })).toBeNull();
	});

	it('a query with no match shows "No match" and announces it', async () => {
		const input = setup();
		await fireEvent.input(input, { target: { value: 'Atlantis' } });
		expect(screen.queryByRole('option')).toBeNull();
		expect(input.getAttribute('aria-expanded')).toBe('false');
		expect(screen.getByText('No match', { selector: '.no-match' })).toBeTruthy();
		expect(screen.getByRole('status').textContent).toBe('No match');
	});

	it('lists a city with missions after the countries, and choosing it asks for its missions', async () => {
		const onplace = vi.fn();
		render(Search, {
			props: {
				summaries: SUMMARIES,
				places: [{ key: 'g-almaty', city: 'Almaty', count: 12 }],
				onselect: () => {},
				onplace
			}
		});
		const input = screen.getByRole('combobox');
		await fireEvent.input(input, { target: { value: 'Alm' } });
		const option = screen.getByRole('option');
		expect(option.textContent).toMatch(/Almaty\s+city: 12 missions/);
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(onplace).toHaveBeenCalledWith('g-almaty');
	});

	it('finds a city by another of its names once /data/place-names.json has loaded ("Nur-Sultan": Astana)', async () => {
		const served: Record<string, unknown> = {
			'/data/names.json': {},
			'/data/place-names.json': { 'g-astana': ['akmola', 'nur sultan', 'астана'] }
		};
		const fetch = vi.fn(async (url: string) => new Response(JSON.stringify(served[url] ?? null)));
		vi.stubGlobal('fetch', fetch);
		render(Search, {
			props: {
				summaries: SUMMARIES,
				places: [{ key: 'g-astana', city: 'Astana', count: 8 }],
				onselect: () => {}
			}
		});
		const input = screen.getByRole('combobox');
		await fireEvent.focus(input);
		await fireEvent.input(input, { target: { value: 'Nur-Sultan' } });
		await vi.waitFor(() =>
			expect(screen.getByRole('option').textContent).toMatch(/Astana\s+city: 8 missions/)
		);
		expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/data/names.json', '/data/place-names.json']);
		vi.unstubAllGlobals();
	});

	it('Enter before every country’s names have arrived waits for them, then opens the first suggestion', async () => {
		// "South Korea" is not a name the documents give (the summary has only the Korean one): it is in names.json.
		let serve: () => void = () => {};
		const arrived = new Promise<void>((done) => (serve = done));
		const fetch = vi.fn(async (url: string) => {
			await arrived;
			return new Response(JSON.stringify(url === '/data/names.json' ? { KR: ['south korea'] } : {}));
		});
		vi.stubGlobal('fetch', fetch);
		const onselect = vi.fn();
		render(Search, {
			props: { summaries: [...SUMMARIES, summary('KR', { name: '대한민국' })], onselect }
		});
		const input = screen.getByRole('combobox');
		input.focus();
		await fireEvent.input(input, { target: { value: 'South Korea' } });
		expect(screen.queryByRole('option')).toBeNull();
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(onselect).not.toHaveBeenCalled();
		serve();
		await vi.waitFor(() => expect(onselect).toHaveBeenCalledExactlyOnceWith('KR'));
		vi.unstubAllGlobals();
	});

	it('a pick waiting for the names is opened before the picks made after it, and leaves the new query in the box', async () => {
		let serve: () => void = () => {};
		const arrived = new Promise<void>((done) => (serve = done));
		vi.stubGlobal(
			'fetch',
			vi.fn(async (url: string) => {
				await arrived;
				return new Response(JSON.stringify(url === '/data/names.json' ? { KR: ['south korea'] } : {}));
			})
		);
		const onselect = vi.fn();
		render(Search, { props: { summaries: [...SUMMARIES, summary('KR', { name: '대한민국' })], onselect } });
		const input = screen.getByRole('combobox') as HTMLInputElement;
		input.focus();
		await fireEvent.input(input, { target: { value: 'South Korea' } });
		await fireEvent.keyDown(input, { key: 'Enter' });
		// Turkey is in the documents: found at once, but opened after South Korea, which was chosen first.
		await fireEvent.input(input, { target: { value: 'Turk' } });
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(onselect).not.toHaveBeenCalled();
		// The reader is typing the next query when the names arrive: it stays.
		await fireEvent.input(input, { target: { value: 'Ukr' } });
		serve();
		await vi.waitFor(() => expect(onselect.mock.calls).toEqual([['KR'], ['TR']]));
		expect(input.value).toBe('Ukr');
		// Nothing waits any more: the next pick opens at once.
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(onselect).toHaveBeenLastCalledWith('UA');
		vi.unstubAllGlobals();
	});

	it('an empty box says nothing', () => {
		setup();
		expect(screen.getByRole('status').textContent).toBe('');
	});
});
