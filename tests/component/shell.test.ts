/**
 * The shell's parts in jsdom: the app bar marks the current view, the side panel folds as a bottom sheet, unfolds
 * and moves focus on arriving at another page and gives focus back on leaving a country, and Escape closes a
 * country's panel.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import AppBar from '$lib/components/shell/AppBar.svelte';
import { Navigation } from '$lib/shell/navigation.svelte';
import { ViewState } from '$lib/view/state.svelte';
import { FakeKit, passage, summary } from './kit.svelte';
import { renderInHost } from '../support/render';
import ShellHost from './ShellHost.svelte';

function shell() {
	const kit = new FakeKit();
	const view = new ViewState('Kazakhstan');
	const navigation = new Navigation(view, () => [summary('TR', 'Turkey')], kit.env);
	render(ShellHost, { props: { navigation, view } });
	return { kit, navigation };
}

describe('AppBar', () => {
	const current = () =>
		screen
			.getAllByRole('link')
			.filter((link) => link.getAttribute('aria-current') === 'page')
			.map((link) => link.getAttribute('aria-label') ?? link.textContent);

	it.each([
		['/', ['Map']],
		['/country/[code]', ['Map']],
		['/table', ['Table']],
		['/documents', ['Documents']],
		['/documents/add', ['Add a document']]
	])('on %s marks %j as the current view', (routeId, expected) => {
		renderInHost(AppBar, {
			focusName: 'Kazakhstan',
			summaries: [summary('TR', 'Turkey')],
			routeId,
			onselect: () => {}
		});
		expect(current()).toEqual(expected);
		expect(screen.getByRole('navigation', { name: 'Views' })).toBeTruthy();
	});

	it('names the focus country beside the site', () => {
		renderInHost(AppBar, { focusName: 'Kazakhstan', summaries: [], routeId: '/', onselect: () => {} });
		expect(screen.getByRole('link', { name: 'Relations Atlas Kazakhstan' }).getAttribute('href')).toBe('/');
	});
});

describe('SidePanel', () => {
	it('folds and unfolds as a sheet with its handle', async () => {
		shell();
		const handle = screen.getByRole('button', { name: 'Collapse panel' });
		expect(handle.getAttribute('aria-expanded')).toBe('true');
		await fireEvent.click(handle);
		expect(handle.getAttribute('aria-expanded')).toBe('false');
		expect(handle.getAttribute('aria-label')).toBe('Expand panel');
		expect(screen.getByRole('main').classList.contains('collapsed')).toBe(true);
	});

	it('on arriving at a country unfolds, scrolls to the top and focuses the title', async () => {
		const { navigation } = shell();
		await fireEvent.click(screen.getByRole('button', { name: 'Collapse panel' }));
		const scroller = document.querySelector<HTMLElement>('.panel-scroll')!;
		scroller.scrollTop = 120;
		navigation.arrived(passage('link', '/', '/country/TR/'));
		await tick();
		await tick();
		expect(screen.getByRole('main').classList.contains('collapsed')).toBe(false);
		expect(scroller.scrollTop).toBe(0);
		expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Turkey' }));
	});

	it('gives focus back to where it was when the country’s panel closes', async () => {
		const { navigation, kit } = shell();
		const onMap = screen.getByRole('button', { name: 'On the map' });
		onMap.focus();
		navigation.leaving(passage('link', '/', '/country/TR/'));
		kit.show('TR');
		navigation.arrived(passage('link', '/', '/country/TR/'));
		await tick();
		await tick();
		expect(document.activeElement?.id).toBe('panel-title');
		navigation.leaving(passage('link', '/country/TR/', '/'));
		kit.show(null);
		navigation.arrived(passage('link', '/country/TR/', '/'));
		await tick();
		await tick();
		expect(document.activeElement).toBe(onMap);
	});
});

describe('Escape', () => {
	it('closes a country’s panel from anywhere on the page, and does nothing on the home page', async () => {
		const { kit } = shell();
		await fireEvent.keyDown(screen.getByRole('link', { name: 'Back' }), { key: 'Escape' });
		expect(kit.goto).not.toHaveBeenCalled();
		kit.show('TR');
		await fireEvent.keyDown(screen.getByRole('link', { name: 'Back' }), { key: 'Escape' });
		expect(kit.goto).toHaveBeenCalledWith('/', { noScroll: true });
	});
});
