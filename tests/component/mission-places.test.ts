/** "Missions by city": one button per place with its count, and choosing one calls back with that place. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import MissionPlaces from '$lib/components/map/MissionPlaces.svelte';
import type { PlaceEntry } from '$lib/view/missions-by-city';

const PLACES: PlaceEntry[] = [
	{ key: 'almaty', city: 'Almaty', at: [76.95, 43.25], count: 2 },
	{ key: 'moscow', city: 'Moscow', at: [37.62, 55.75], count: 2 },
	{ key: 'nowhere', city: null, at: [0, 0], count: 1 }
];

function setup() {
	const onchoose = vi.fn<(place: PlaceEntry) => void>();
	render(MissionPlaces, { props: { places: PLACES, onchoose } });
	return onchoose;
}

describe('MissionPlaces', () => {
	it('is folded at first, and its summary counts the places', () => {
		setup();
		const summary = screen.getByText('Missions by city (3 places)');
		expect(summary.closest('details')?.open).toBe(false);
	});

	it('lists each place with its count, a place without a city as "Unplaced"', () => {
		setup();
		const buttons = screen.getAllByRole('button', { hidden: true });
		expect(buttons.map((b) => b.textContent?.replace(/\s+/g, ' '))).toEqual([
			'Almaty 2',
			'Moscow 2',
			'Unplaced 1'
		]);
	});

	it('choosing a place calls back with it and folds the list', async () => {
		const onchoose = setup();
		const summary = screen.getByText(/^Missions by city/);
		const details = summary.closest('details')!;
		await fireEvent.click(summary);
		expect(details.open).toBe(true);
		// The browser reports the unfolding in a 'toggle' event, a task later.
		await new Promise((done) => details.addEventListener('toggle', done, { once: true }));
		await fireEvent.click(screen.getByRole('button', { name: /Moscow/, hidden: true }));
		expect(onchoose).toHaveBeenCalledTimes(1);
		expect(onchoose).toHaveBeenCalledWith(PLACES[1]);
		await vi.waitFor(() => expect(details.open).toBe(false));
	});
});
