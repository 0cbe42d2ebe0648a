/**
 * The timeline under the map: the keys move the year as they say, play steps through the years with events and
 * stops when the reader touches the timeline, the year is announced, and the key's colours follow the year.
 * A small made-up atlas: Bulgaria, relations 1992 and an embassy from 1994; France, an embassy from 2004;
 * Norway, an embassy with no date; a document of 2010.
 */
import { act, fireEvent, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import TimelineBar from '$lib/components/map/TimelineBar.svelte';
import { TIME_FACTS as FACTS } from '../fixtures/time.fixture';
import { ViewState } from '$lib/view/state.svelte';
import { renderInHost } from '../support/render';

function setup(time: ViewState['time'] = { start: 1992, end: 1992 }) {
	const view = new ViewState('Kazakhstan');
	view.time = time;
	renderInHost(TimelineBar, { facts: FACTS }, { view });
	return view;
}
const slider = () => screen.getByRole('slider', { name: 'Year' });
const fill = (view: ViewState, code: string) =>
	view.timeColouring?.legend.find((e) => e.codes.includes(code) && e.key !== 'also-undated')?.key;

describe('TimelineBar', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('is one button while closed, and opens at the latest year', async () => {
		const view = setup(null);
		expect(screen.queryByRole('slider')).toBeNull();
		await fireEvent.click(screen.getByRole('button', { name: 'Over time' }));
		expect(view.time).toEqual({ start: 'latest', end: 'latest' });
		expect(slider().getAttribute('aria-valuenow')).toBe('2010');
		// From the first dated fact (1992) to the document's year (2010)
		expect([slider().getAttribute('aria-valuemin'), slider().getAttribute('aria-valuemax')]).toEqual([
			'1992',
			'2010'
		]);
	});

	it('moves by the keys: a year, the next year with events, the ends', async () => {
		const view = setup();
		const press = async (key: string) => {
			await fireEvent.keyDown(slider(), { key });
			return view.time?.end;
		};
		expect(await press('ArrowRight')).toBe(1993);
		expect(await press('ArrowUp')).toBe(1994);
		expect(await press('ArrowLeft')).toBe(1993);
		expect(await press('PageUp')).toBe(1994); // events: 1992, 1994, 2004
		expect(await press('PageUp')).toBe(2004);
		expect(await press('PageUp')).toBe(2010); // no later event: the last year
		expect(await press('PageDown')).toBe(2004);
		expect(await press('Home')).toBe(1992);
		expect(await press('ArrowLeft')).toBe(1992); // not before the first year
		expect(await press('End')).toBe(2010);
		expect(slider().getAttribute('aria-valuenow')).toBe('2010');
	});

	it('announces the year with what it holds', async () => {
		setup();
		const live = () => document.querySelector('[aria-live="polite"]')?.textContent?.trim();
		// 1992: Bulgaria's relations; Norway's embassy has no date; France's embassy is of 2004
		expect(live()).toBe(
			'1992: relations with 1 country, 0 with an embassy; 1 country whose facts have no date'
		);
		await fireEvent.keyDown(slider(), { key: 'PageUp' });
		expect(live()).toBe(
			'1994: relations with 1 country, 1 with an embassy; 1 country whose facts have no date'
		);
	});

	it('colours by the year, the key keeping its entries', async () => {
		const view = setup();
		const keys = () => view.timeColouring?.legend.map((e) => e.key);
		const before = keys();
		expect([fill(view, 'BG'), fill(view, 'FR'), fill(view, 'NO')]).toEqual([
			'relations',
			'nothing',
			'undated'
		]);
		await fireEvent.keyDown(slider(), { key: 'End' });
		expect([fill(view, 'BG'), fill(view, 'FR'), fill(view, 'NO')]).toEqual(['embassy', 'embassy', 'undated']);
		expect(keys()).toEqual(before);
	});

	it('plays through the years with events, and stops when the timeline is touched', async () => {
		const view = setup();
		const play = screen.getByRole('button', { name: 'Play through the years with events' });
		await fireEvent.click(play);
		// From 1992 (not the last step): the next step at once, then one every tick (4 s / 4 steps = 1 s)
		expect(view.time?.end).toBe(1994);
		expect(screen.getByRole('button', { name: 'Stop' }).getAttribute('aria-pressed')).toBe('true');
		await act(() => vi.advanceTimersByTime(1000));
		expect(view.time?.end).toBe(2004);
		await fireEvent.pointerDown(slider(), { pointerId: 1, clientX: 0 });
		expect(
			screen.getByRole('button', { name: 'Play through the years with events' }).getAttribute('aria-pressed')
		).toBe('false');
		const stopped = view.time?.end;
		await act(() => vi.advanceTimersByTime(5000));
		expect(view.time?.end).toBe(stopped);
	});

	it('plays to the last year and stops there; from the end it starts again at the first', async () => {
		const view = setup({ start: 2010, end: 2010 });
		await fireEvent.click(screen.getByRole('button', { name: 'Play through the years with events' }));
		expect(view.time?.end).toBe(1992);
		await act(() => vi.advanceTimersByTime(1000 * 5));
		expect(view.time?.end).toBe(2010);
		expect(screen.getByRole('button', { name: 'Play through the years with events' })).toBeTruthy();
	});

	it('compares two years, with counts', async () => {
		// France's relations begin with its embassy (2004); Bulgaria's and France's embassies open after 1992
		setup({ start: 1992, end: 2010 });
		expect(document.querySelector('.summary')?.textContent).toBe(
			'relations with 1 more country, 2 more embassies'
		);
		expect(slider().getAttribute('aria-valuetext')).toBe('1992 vs. 2010');
	});

	it('lists the chronology once per event, the year’s events marked, once unfolded', async () => {
		setup({ start: 1994, end: 1994 });
		const details = document.querySelector('details.chronology') as HTMLDetailsElement;
		// Folded, its list is not drawn (a move would otherwise mark every hidden item); its summary counts the year's.
		expect(details.querySelectorAll('li')).toHaveLength(0);
		expect(details.querySelector('summary')?.textContent).toBe('Chronology: 3 dated events, 1 in 1994');
		details.open = true;
		await fireEvent(details, new Event('toggle'));
		const items = () => [...document.querySelectorAll('.chronology li')];
		expect(items().map((li) => li.querySelector('.what')?.textContent)).toEqual([
			'Relations with Bulgaria established',
			'Bulgaria’s embassy in Almaty opens',
			'France’s embassy in Astana opens'
		]);
		expect(items().map((li) => li.getAttribute('aria-current'))).toEqual([null, 'true', null]);
		// A move marks the new year's events.
		await fireEvent.keyDown(slider(), { key: 'Home' });
		expect(items().map((li) => li.getAttribute('aria-current'))).toEqual(['true', null, null]);
	});
});
