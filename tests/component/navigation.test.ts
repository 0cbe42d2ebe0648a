/**
 * The shell's navigation state without a browser page or a router: the preview while a country's page loads, opening
 * and picking countries, the hover prefetch, the Back guard, Escape and where focus returns.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Navigation } from '../../src/lib/shell/navigation.svelte';
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

describe('Navigation', () => {
	it('reads the country from the URL and opens another one as a navigation', () => {
		expect(navigation.urlCode).toBeNull();
		kit.show('TR');
		expect(navigation.urlCode).toBe('TR');
		navigation.select('TR');
		expect(kit.goto).not.toHaveBeenCalled();
		navigation.select('JP');
		expect(kit.goto).toHaveBeenLastCalledWith('/country/JP/', { noScroll: true });
		navigation.select(null);
		expect(kit.goto).toHaveBeenLastCalledWith('/', { noScroll: true });
	});

	it('previews the country being navigated to, and nothing else', () => {
		kit.show('TR');
		expect(navigation.preview).toBeNull();
		kit.loading('JP');
		expect(navigation.preview?.name).toBe('Japan');
		kit.loading('TR');
		expect(navigation.preview).toBeNull();
		// A code the atlas does not hold: its page says so, no preview.
		kit.loading('ZZ');
		expect(navigation.preview).toBeNull();
		kit.navigating = { type: 'link', to: { route: { id: '/table' }, params: {} } };
		expect(navigation.preview).toBeNull();
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

	it('Back while a chosen country loads stays on the page the URL names', async () => {
		vi.useFakeTimers();
		kit.show('TR');
		kit.loading('JP');
		const cancel = vi.fn();
		navigation.leaving(passage('popstate', '/country/TR/', '/', { delta: -1, cancel }));
		expect(cancel).toHaveBeenCalled();
		expect(kit.goto).not.toHaveBeenCalled();
		// Once the browser is back on its entry, the view settles on Turkey's page.
		dispatchEvent(new PopStateEvent('popstate'));
		vi.runAllTimers();
		expect(kit.goto).toHaveBeenCalledWith('/country/TR/', {
			replaceState: true,
			noScroll: true,
			keepFocus: true
		});
	});

	it('lets Back through when nothing is loading, or when the loading is itself a Back', () => {
		kit.show('TR');
		const cancel = vi.fn();
		navigation.leaving(passage('popstate', '/country/TR/', '/', { delta: -1, cancel }));
		kit.loading('JP', 'popstate');
		navigation.leaving(passage('popstate', '/country/TR/', '/', { delta: -1, cancel }));
		expect(cancel).not.toHaveBeenCalled();
	});

	it('Escape closes a country’s panel, unless the key was used or no country is open', () => {
		navigation.onkeydown(new KeyboardEvent('keydown', { key: 'Escape' }));
		expect(kit.goto).not.toHaveBeenCalled();
		kit.show('TR');
		const used = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true });
		used.preventDefault();
		navigation.onkeydown(used);
		navigation.onkeydown(new KeyboardEvent('keydown', { key: 'Enter' }));
		expect(kit.goto).not.toHaveBeenCalled();
		navigation.onkeydown(new KeyboardEvent('keydown', { key: 'Escape' }));
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
});
