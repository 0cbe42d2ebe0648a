/**
 * The layer control: its radios and checkboxes show the view's state and write it back, so the map (which
 * follows the view) changes with them.
 */
import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
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

	it('is a folding box titled "Map layers", open unless told otherwise', () => {
		setup();
		const details = screen.getByText('Map layers').closest('details');
		expect(details?.open).toBe(true);
	});

	it('names year mode as the key titles it (walk-through finding 21: "Year relations began" beside "… were established")', () => {
		setup();
		const title = colourCountries([summary('TR', { year: 1992 })], 'year').title;
		expect(title).toBe('Year relations began');
		expect(screen.getByRole('radio', { name: title })).toBeTruthy();
	});
});
