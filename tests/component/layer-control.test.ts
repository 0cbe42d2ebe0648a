/**
 * The layer control: its radios and checkboxes show the view's state and write it back, so the map (which
 * follows the view) changes with them.
 */
import { fireEvent, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import LayerControl from '$lib/components/map/LayerControl.svelte';
import { ViewState } from '$lib/view/state.svelte';
import { colourCountries } from '$lib/view/colour';
import { summary } from '../support/summary';
import { renderInHost } from '../support/render';

function setup(view = new ViewState('Kazakhstan')) {
	renderInHost(LayerControl, {}, { view });
	return view;
}

describe('LayerControl', () => {
	it('shows every layer but the connections on, and the status fill, by default', () => {
		setup();
		const boxes = screen.getAllByRole<HTMLInputElement>('checkbox');
		expect(boxes.map((b) => b.value)).toEqual([
			'missions-abroad',
			'missions-in-focus',
			'connections',
			'labels',
			'small-states'
		]);
		expect(boxes.filter((b) => b.checked).map((b) => b.value)).toEqual([
			'missions-abroad',
			'missions-in-focus',
			'labels',
			'small-states'
		]);
		const checked = screen.getAllByRole<HTMLInputElement>('radio').filter((r) => r.checked);
		expect(checked.map((r) => r.value)).toEqual(['status']);
	});

	it('checking a layer puts it, and only it, into the view; unchecking it takes it out again', async () => {
		const view = setup();
		const connections = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Connections' });
		await fireEvent.click(connections);
		expect(connections.checked).toBe(true);
		expect([...view.layers]).toEqual([
			'missions-abroad',
			'missions-in-focus',
			'connections',
			'labels',
			'small-states'
		]);
		await fireEvent.click(connections);
		expect(connections.checked).toBe(false);
		expect([...view.layers]).toEqual(['missions-abroad', 'missions-in-focus', 'labels', 'small-states']);
	});

	it("shows the view's layers as it finds them", () => {
		const view = new ViewState('Kazakhstan');
		view.layers = new Set(['labels']);
		setup(view);
		const on = screen.getAllByRole<HTMLInputElement>('checkbox').filter((b) => b.checked);
		expect(on.map((b) => b.value)).toEqual(['labels']);
		// No mission layer is on: the markers' key is not shown.
		expect(screen.queryByText(/Large dot: embassy/)).toBeNull();
	});

	it("shows the markers' key while a mission layer is on", () => {
		setup();
		expect(screen.getByText(/Large dot: embassy/)).toBeTruthy();
	});

	it('says in words what each mission colour means, with the colour beside it', () => {
		setup();
		const items = [...document.querySelectorAll('.colours li')].map((li) => [
			(li.querySelector('.dot') as HTMLElement).style.background,
			li.textContent?.trim()
		]);
		// The map's own colours (mission-style.ts): crimson, amber, teal.
		expect(items).toEqual([
			['rgb(200, 16, 46)', 'Kazakhstan’s own mission abroad'],
			['rgb(242, 169, 0)', 'a foreign mission in Kazakhstan'],
			['rgb(0, 137, 123)', 'a foreign mission elsewhere, accredited to Kazakhstan']
		]);
	});

	it('choosing a fill sets the view mode', async () => {
		const view = setup();
		await fireEvent.click(screen.getByRole('radio', { name: 'No fill' }));
		expect(view.mode).toBe('none');
	});

	it('is a folding box titled "Map layers", folded unless told otherwise (walk-through finding 15)', () => {
		setup();
		const details = screen.getByText('Map layers').closest('details');
		expect(details?.open).toBe(false);
	});

	it('closes as a popover does: Escape inside it gives the focus back to "Map layers" and is used up', async () => {
		renderInHost(LayerControl, { open: true });
		const details = screen.getByText('Map layers').closest('details')!;
		const box = screen.getByRole('checkbox', { name: 'Connections' });
		box.focus();
		const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
		box.dispatchEvent(escape);
		await tick();
		expect(details.open).toBe(false);
		expect(document.activeElement).toBe(details.querySelector('summary'));
		// Used up: the page's own Escape (which closes a country's panel) does not act as well.
		expect(escape.defaultPrevented).toBe(true);
		// Folded, Escape is the page's again.
		const again = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
		details.querySelector('summary')!.dispatchEvent(again);
		expect(again.defaultPrevented).toBe(false);
	});

	it('closes on a press outside it, not on one inside; the focus left on nothing goes back to "Map layers"', async () => {
		renderInHost(LayerControl, { open: true });
		const details = screen.getByText('Map layers').closest('details')!;
		const box = screen.getByRole('checkbox', { name: 'Connections' });
		box.focus();
		await fireEvent.pointerDown(box);
		await fireEvent.click(box);
		expect(details.open).toBe(true);
		await fireEvent.pointerDown(document.body);
		await tick();
		expect(details.open).toBe(false);
		// jsdom keeps the focus on a control a closed <details> hides; a browser drops it to <body>. Either way it is
		// left on nothing the reader can see, and comes back to the box's button.
		box.blur();
		await vi.waitFor(() => expect(document.activeElement).toBe(details.querySelector('summary')));
	});

	it('a press outside that takes the focus keeps it there', async () => {
		const outside = document.body.appendChild(document.createElement('button'));
		renderInHost(LayerControl, { open: true });
		const details = screen.getByText('Map layers').closest('details')!;
		screen.getByRole('checkbox', { name: 'Connections' }).focus();
		await fireEvent.pointerDown(outside);
		outside.focus();
		await new Promise((done) => setTimeout(done, 10));
		expect(details.open).toBe(false);
		expect(document.activeElement).toBe(outside);
		outside.remove();
	});

	it('names year mode as the key titles it (walk-through finding 21: "Year relations began" beside "… were established")', () => {
		setup();
		const title = colourCountries([summary('TR', { year: 1992 })], 'year').title;
		expect(title).toBe('Year relations began');
		expect(screen.getByRole('radio', { name: title })).toBeTruthy();
	});
});
