/**
 * The timeline's year where MapLibre's timeline is not (issue 22): the year choice (YearChoice) reads and writes
 * `time=` and sets the key's colouring; the table as of a year (CountryTable `asOf`, the table page: its caption and
 * a CSV named by the year); and the reader's own documents in the timeline (`own.timeFacts`, preferred over
 * /data/time.json). The made-up timeline of tests/fixtures/time.fixture.ts: Bulgaria, relations 1992 and an
 * embassy from 1994; France, an embassy from 2004; Norway, an embassy with no date; a document of 2010.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import YearChoice from '$lib/components/map/YearChoice.svelte';
import TimelineBar from '$lib/components/map/TimelineBar.svelte';
import CountryTable from '$lib/components/table/CountryTable.svelte';
import TablePage from '../../src/routes/table/+page.svelte';
import { own } from '$lib/reader/own.svelte';
import { ViewState } from '$lib/view/state.svelte';
import { asOf, yearRows } from '$lib/view/time/as-of';
import Host from '../support/Host.svelte';
import { renderInHost } from '../support/render';
import { summary } from '../support/summary';
import { TIME_FACTS } from '../fixtures/time.fixture';

const replaced = vi.hoisted(() => [] as string[]);
vi.mock('$app/navigation', () => ({ replaceState: (url: string) => void replaced.push(url) }));
vi.mock('$app/state', () => ({ page: { route: { id: '/table' }, params: {}, state: {} } }));
const saved = vi.hoisted(() => [] as { name: string; blob: Blob }[]);
vi.mock('$lib/components/controls/save-file', () => ({
	saveFile: (blob: Blob, name: string) => void saved.push({ blob, name })
}));

const SUMMARIES = [
	summary('KZ', { name: 'Kazakhstan', status: 'focus' }),
	summary('BG', { name: 'Bulgaria', year: 1992 }),
	summary('FR', { name: 'France' }),
	summary('NO', { name: 'Norway' })
];

beforeEach(() => {
	replaced.length = 0;
	saved.length = 0;
	history.replaceState(null, '', '/table/');
});
afterEach(() => {
	own.timeFacts = null;
	vi.unstubAllGlobals();
});

const choice = () => screen.getByRole('combobox', { name: /As of/ }) as HTMLSelectElement;

describe('YearChoice', () => {
	it('shows the URL’s year, colours the key as of then, and offers every year of the span', () => {
		history.replaceState(null, '', '/table/?time=1994');
		const view = new ViewState('Kazakhstan');
		renderInHost(YearChoice, { facts: TIME_FACTS }, { view });
		expect(view.time).toEqual({ start: 1994, end: 1994 });
		expect(view.timeYear).toBe(1994);
		expect(view.timeColouring?.title).toBe('Relations with Kazakhstan as of 1994');
		expect(choice().value).toBe('1994');
		const years = [...choice().options].map((o) => o.value);
		// "Any date", then 1992 (the first dated fact) to 2010 (the document's year)
		expect(years).toHaveLength(1 + 19);
		expect([years[0], years[1], years.at(-1)]).toEqual(['', '1992', '2010']);
	});

	it('writes the chosen year into the URL in place, and back to any date', async () => {
		const view = new ViewState('Kazakhstan');
		renderInHost(YearChoice, { facts: TIME_FACTS }, { view });
		expect(view.timeColouring).toBeNull();
		await fireEvent.change(choice(), { target: { value: '2004' } });
		expect(view.time).toEqual({ start: 2004, end: 2004 });
		expect(replaced.at(-1)).toBe('/table/?time=2004');
		expect(view.timeColouring?.legend.find((e) => e.key === 'embassy')?.codes).toEqual(['BG', 'FR']);
		await fireEvent.change(choice(), { target: { value: '' } });
		expect(view.time).toBeNull();
		expect(view.timeColouring).toBeNull();
		expect(replaced.at(-1)).toBe('/table/');
	});

	it('takes the reader’s combined facts and fetches nothing', () => {
		const fetch = vi.fn();
		vi.stubGlobal('fetch', fetch);
		own.timeFacts = TIME_FACTS;
		const view = new ViewState('Kazakhstan');
		view.time = { start: 1992, end: 1992 };
		renderInHost(YearChoice, {}, { view });
		expect(view.timeYear).toBe(1992);
		expect(fetch).not.toHaveBeenCalled();
	});
});

describe('CountryTable as of a year', () => {
	const at = asOf(TIME_FACTS, { start: 1993, end: 1993 })!;
	const rows = yearRows(TIME_FACTS, at);
	const row = (name: string) =>
		within(screen.getByRole('rowheader', { name }).closest('tr')!)
			.getAllByRole('cell')
			.map((c) => c.textContent?.replace(/\s+/g, ' ').trim());

	it('says what holds then: Bulgaria’s relations of 1992, France nothing yet, Norway’s embassy undated', () => {
		render(CountryTable, { summaries: SUMMARIES, caption: 'c', asOf: rows });
		// The last cell is the sources column: these hand-made summaries name no documents.
		expect(row('Bulgaria')).toEqual(['Relations established', '1992', '0', '—']);
		expect(row('France')).toEqual(['Nothing stated by then', '—', '0', '—']);
		expect(row('Norway')).toEqual(['Date not stated', '—', '0 +1 with no date', '—']);
	});

	it('sorts the relations column in the key’s order', async () => {
		render(CountryTable, { summaries: SUMMARIES, caption: 'c', asOf: rows });
		await fireEvent.click(screen.getByRole('button', { name: /Relations/ }));
		const names = screen.getAllByRole('rowheader').map((h) => h.textContent?.trim());
		expect(names).toEqual(['Kazakhstan', 'Bulgaria', 'Norway', 'France']);
	});
});

describe('the table page as of a year', () => {
	it('says the year in its caption and saves the year’s table as a CSV named by the year', async () => {
		own.timeFacts = TIME_FACTS;
		history.replaceState(null, '', '/table/?time=1994');
		const data = { summaries: SUMMARIES, documents: [], focusName: 'Kazakhstan' };
		render(Host, { props: { component: TablePage as never, props: { data } } });
		expect(screen.getByRole('table').querySelector('caption')?.textContent).toMatch(
			/^Every country the documents name, with its relations with Kazakhstan as of the end of 1994/
		);
		await fireEvent.click(screen.getByRole('button', { name: 'This table as of 1994 (CSV)' }));
		expect(saved.map((s) => s.name)).toEqual(['relations-atlas-kazakhstan-countries-1994.csv']);
		const csv = await saved[0].blob.text();
		expect(csv).toContain('BG,Bulgaria,1994,Embassy open,no,1992,1,0');
		expect(csv).toContain('FR,France,1994,Nothing stated by then,no,,0,0');
	});
});

describe('TimelineBar with the reader’s documents', () => {
	it('uses their combined facts instead of fetching the built ones', () => {
		const fetch = vi.fn();
		vi.stubGlobal('fetch', fetch);
		own.timeFacts = TIME_FACTS;
		const view = new ViewState('Kazakhstan');
		view.time = { start: 'latest', end: 'latest' };
		renderInHost(TimelineBar, {}, { view });
		expect(screen.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuemax')).toBe('2010');
		expect(fetch).not.toHaveBeenCalled();
	});
});
