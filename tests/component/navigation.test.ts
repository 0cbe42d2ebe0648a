/**
 * The shell's navigation state without a browser page or a router: the preview while a country's page loads, opening
 * and picking countries with the history in step (data first, then the navigation, picks in turn, Back dropping the
 * waiting ones, a failed fetch and its retry) under fake delays, the hover prefetch, Escape and where focus returns.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Navigation, typingInField } from '../../src/lib/shell/navigation.svelte';
import { fetchPageData, noteFailure } from '../../src/lib/shell/page-data';
import { ViewState } from '../../src/lib/view/state.svelte';
import { FakeKit, passage, summary } from './kit.svelte';

const SUMMARIES = [summary('TR', 'Turkey'), summary('JP', 'Japan')];

let kit: FakeKit;
let view: ViewState;
let navigation: Navigation;
beforeEach(() => {
	kit = new FakeKit();
	view = new ViewState('Kazakhstan');
	navigation = new Navigation(view, () => SUMMARIES, kit.env);
});
afterEach(() => {
	vi.useRealTimers();
	document.body.replaceChildren();
});

/** Resolves after `ms` (fake timers) with `value`: page data on a slow network. */
function later<T>(ms: number, value: T): Promise<T> {
	return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}
/** Lets the fetch-then-navigate chain run when the data answers at once. */
async function settled(): Promise<void> {
	for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('Navigation', () => {
	it('reads the country from the URL and opens another one as a navigation', async () => {
		expect(navigation.urlCode).toBeNull();
		kit.show('TR');
		expect(navigation.urlCode).toBe('TR');
		navigation.select('TR');
		await settled();
		expect(kit.goto).not.toHaveBeenCalled();
		navigation.select('JP');
		await settled();
		expect(kit.load).toHaveBeenCalledWith('/country/JP/');
		expect(kit.goto).toHaveBeenLastCalledWith('/country/JP/', { noScroll: true });
		navigation.select(null);
		await settled();
		expect(kit.goto).toHaveBeenLastCalledWith('/', { noScroll: true });
	});

	describe('history in step, with page data that takes 1.5 s', () => {
		beforeEach(() => {
			vi.useFakeTimers();
			kit.load.mockImplementation(() => later(1500, true));
			kit.show('TR');
		});

		it('navigates only once the data is there, so the address and the heading change together', async () => {
			navigation.open('JP');
			expect(navigation.preview?.name).toBe('Japan');
			expect(navigation.opening).toBe('/country/JP/');
			await vi.advanceTimersByTimeAsync(1499);
			expect(kit.goto).not.toHaveBeenCalled();
			await vi.advanceTimersByTimeAsync(1);
			expect(kit.goto).toHaveBeenCalledExactlyOnceWith('/country/JP/', { noScroll: true });
			expect(navigation.opening).toBeNull();
		});

		it('gives each of three quick picks its own navigation, in the order picked', async () => {
			navigation.open('JP');
			await vi.advanceTimersByTimeAsync(200);
			navigation.open('US');
			navigation.open('FR');
			await vi.advanceTimersByTimeAsync(1500 * 3);
			expect(kit.load.mock.calls.map(([url]) => url)).toEqual([
				'/country/JP/',
				'/country/US/',
				'/country/FR/'
			]);
			expect(kit.goto.mock.calls.map(([url]) => url)).toEqual([
				'/country/JP/',
				'/country/US/',
				'/country/FR/'
			]);
		});

		it('takes a link the same way: cancelled, then opened in turn', async () => {
			navigation.open('JP');
			const cancel = vi.fn();
			navigation.leaving(passage('link', '/country/TR/', '/country/US/', { cancel }));
			expect(cancel).toHaveBeenCalled();
			await vi.advanceTimersByTimeAsync(3000);
			expect(kit.goto.mock.calls.map(([url]) => url)).toEqual(['/country/JP/', '/country/US/']);
		});

		it('Back drops the pick being fetched and those waiting', async () => {
			navigation.open('JP');
			navigation.open('US');
			await vi.advanceTimersByTimeAsync(700);
			navigation.leaving(passage('popstate', '/country/TR/', '/', { delta: -1 }));
			expect(navigation.preview).toBeNull();
			await vi.advanceTimersByTimeAsync(5000);
			expect(kit.goto).not.toHaveBeenCalled();
			// A pick after Back goes ahead on its own.
			navigation.open('FR');
			await vi.advanceTimersByTimeAsync(1500);
			expect(kit.goto).toHaveBeenCalledExactlyOnceWith('/country/FR/', { noScroll: true });
		});

		it('a fetch that fails changes nothing, drops the picks after it and offers a retry', async () => {
			kit.load.mockImplementationOnce(() => later(1500, false));
			navigation.open('JP');
			navigation.open('US');
			await vi.advanceTimersByTimeAsync(5000);
			expect(kit.goto).not.toHaveBeenCalled();
			expect(navigation.failed).toBe('/country/JP/');
			expect(navigation.failedName).toBe('Japan');
			expect(navigation.preview).toBeNull();
			navigation.retry();
			expect(navigation.failed).toBeNull();
			await vi.advanceTimersByTimeAsync(1500);
			expect(kit.goto).toHaveBeenCalledExactlyOnceWith('/country/JP/', { noScroll: true });
		});

		it('a fetch that throws (no network) is a failure too', async () => {
			kit.load.mockImplementationOnce(() => Promise.reject(new TypeError('Failed to fetch')));
			navigation.open('JP');
			await vi.advanceTimersByTimeAsync(0);
			expect(navigation.failed).toBe('/country/JP/');
			expect(kit.goto).not.toHaveBeenCalled();
		});
	});

	it('shows the country Back or Forward returns to from the moment the address changes, and nothing else', () => {
		const stop = navigation.listen();
		/** The browser's Back or Forward: the address changes, then popstate, before Kit has done anything. */
		const travel = (path: string) => {
			history.replaceState(null, '', path);
			dispatchEvent(new PopStateEvent('popstate'));
		};
		try {
			kit.show('TR');
			expect(navigation.returning).toBeNull();
			expect(navigation.travelling).toBe(false);
			travel('/country/JP/');
			expect(navigation.returning?.name).toBe('Japan');
			// Kit arrives: the page shown is the address's.
			kit.show('JP');
			navigation.arrived(passage('popstate', '/country/TR/', '/country/JP/'));
			expect(navigation.returning).toBeNull();
			expect(navigation.travelling).toBe(false);
			// Back to a page without a country: no country's heading, the page left behind is hidden.
			travel('/');
			expect(navigation.returning).toBeNull();
			expect(navigation.travelling).toBe(true);
			// Back cancelled (the browser put back the address shown): nothing is on its way.
			travel('/country/JP/');
			expect(navigation.travelling).toBe(false);
			// A code the atlas does not hold: its page says so, no preview.
			travel('/country/ZZ/');
			expect(navigation.returning).toBeNull();
		} finally {
			stop();
			history.replaceState(null, '', '/');
		}
		// Once the listener is gone, popstate changes nothing.
		kit.show('TR');
		navigation.arrived(passage('link', '/country/ZZ/', '/country/TR/'));
		history.replaceState(null, '', '/country/JP/');
		dispatchEvent(new PopStateEvent('popstate'));
		expect(navigation.travelling).toBe(false);
		history.replaceState(null, '', '/');
	});

	it('fetches a country the pointer rests on for 150 ms, not one it passes over', async () => {
		vi.useFakeTimers();
		view.hovered = 'TR';
		const forget = navigation.prefetchHovered();
		vi.advanceTimersByTime(149);
		expect(kit.preload).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(kit.preload).toHaveBeenCalledWith('/country/TR/');
		forget?.();

		view.hovered = 'JP';
		navigation.prefetchHovered()?.();
		vi.advanceTimersByTime(500);
		expect(kit.preload).toHaveBeenCalledTimes(1);
	});

	it('does not fetch the country already shown or already being opened', () => {
		kit.show('TR');
		view.hovered = 'TR';
		expect(navigation.prefetchHovered()).toBeUndefined();
		kit.loading('JP');
		view.hovered = 'JP';
		expect(navigation.prefetchHovered()).toBeUndefined();
	});

	it('Escape closes a country’s panel, unless the key was used or no country is open', async () => {
		navigation.onkeydown(new KeyboardEvent('keydown', { key: 'Escape' }));
		expect(kit.goto).not.toHaveBeenCalled();
		kit.show('TR');
		const used = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true });
		used.preventDefault();
		navigation.onkeydown(used);
		navigation.onkeydown(new KeyboardEvent('keydown', { key: 'Enter' }));
		expect(kit.goto).not.toHaveBeenCalled();
		navigation.onkeydown(new KeyboardEvent('keydown', { key: 'Escape' }));
		await settled();
		expect(kit.goto).toHaveBeenCalledWith('/', { noScroll: true });
	});

	it('tells the panel of each new page, not of the first or of a query change', () => {
		const arrivals: boolean[] = [];
		const stop = navigation.onArrive((toCountry) => arrivals.push(toCountry));
		navigation.arrived({ ...passage('enter', '/', '/'), from: null });
		navigation.arrived(passage('goto', '/', '/'));
		navigation.arrived(passage('link', '/', '/country/TR/'));
		navigation.arrived(passage('link', '/country/TR/', '/table/'));
		stop();
		navigation.arrived(passage('link', '/table/', '/'));
		expect(arrivals).toEqual([true, false]);
	});

	it('returns focus where it was before a country’s panel opened', () => {
		const search = document.body.appendChild(document.createElement('button'));
		const other = document.body.appendChild(document.createElement('button'));
		search.focus();
		navigation.leaving(passage('link', '/', '/country/TR/'));
		other.focus();
		// From one country to another: focus stays noted from the first opening.
		navigation.leaving(passage('link', '/country/TR/', '/country/JP/'));
		navigation.restoreFocus();
		expect(document.activeElement).toBe(search);
		// Once returned, it is forgotten.
		other.focus();
		navigation.restoreFocus();
		expect(document.activeElement).toBe(other);
	});

	it('leaves the focus in a field the reader is typing in when a page arrives, and takes it from an empty one', async () => {
		const box = document.body.appendChild(document.createElement('input'));
		box.type = 'search';
		box.focus();
		// The search box its pick just cleared: Kit may reset the focus, the panel takes it.
		navigation.select('JP');
		await settled();
		expect(kit.goto).toHaveBeenLastCalledWith('/country/JP/', { noScroll: true });
		expect(typingInField()).toBe(false);
		// The next query typed while the page loads: the focus stays in the box.
		box.value = 'Can';
		expect(typingInField()).toBe(true);
		navigation.select('CA');
		await settled();
		expect(kit.goto).toHaveBeenLastCalledWith('/country/CA/', { noScroll: true, keepFocus: true });
		// Not a text field: a checkbox holds a value but is not typed in.
		const check = document.body.appendChild(document.createElement('input'));
		check.type = 'checkbox';
		check.focus();
		expect(typingInField()).toBe(false);
		const notes = document.body.appendChild(document.createElement('textarea'));
		notes.value = 'x';
		expect(typingInField(notes)).toBe(true);
	});

	it('does not return focus to the button it noted while the reader types elsewhere', () => {
		const button = document.body.appendChild(document.createElement('button'));
		const box = document.body.appendChild(document.createElement('input'));
		button.focus();
		navigation.leaving(passage('link', '/', '/country/TR/'));
		box.focus();
		box.value = 'Jap';
		navigation.restoreFocus();
		expect(document.activeElement).toBe(box);
	});
});

describe('fetchPageData', () => {
	const at = (path: string) => new URL(path, location.href);

	it('is true when the data arrived, false when Kit reported the fetch failed while it ran', async () => {
		expect(await fetchPageData('/country/JP/', async () => ({ type: 'loaded', status: 200 }))).toBe(true);
		// Kit answers a failed fetch with the page shown, and tells handleError.
		const failing = async (href: string) => {
			noteFailure(at(href));
			return { type: 'loaded', status: 200 };
		};
		expect(await fetchPageData('/country/JP/', failing)).toBe(false);
		// A failure of that address before, or of another address meanwhile, is not this fetch's.
		const other = async () => {
			noteFailure(at('/country/US/'));
			return { type: 'loaded', status: 200 };
		};
		expect(await fetchPageData('/country/JP/', other)).toBe(true);
	});

	it('is false when the fetch throws', async () => {
		expect(await fetchPageData('/country/JP/', () => Promise.reject(new TypeError('Failed to fetch')))).toBe(
			false
		);
	});
});
