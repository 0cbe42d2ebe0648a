/**
 * The dock over the map, without the map: it loads the missions, lists their places, opens a place's card and
 * flies the map there (`view.focusPoint`), folds the layer control for the card, follows the mission toggles,
 * and says so when the missions cannot be loaded. The map context holds no map, so no layer is drawn.
 */
import { fireEvent, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import MapDock from '$lib/components/map/MapDock.svelte';
import { ViewState } from '$lib/view/state.svelte';
import { missionsFixture } from '../fixtures/missions.fixture';
import { renderInHost } from '../support/render';

function stubBrowser({ phone = false, status = 200, payload = missionsFixture } = {}) {
	const fetch = vi.fn(async () => new Response(JSON.stringify(payload), { status }));
	vi.stubGlobal('fetch', fetch);
	vi.stubGlobal('matchMedia', (query: string) => ({ matches: phone && query === '(max-width: 640px)' }));
	return fetch;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

const layerControl = () => screen.getByText('Map layers').closest('details')!;

describe('MapDock', () => {
	it('loads the missions once and lists their places', async () => {
		const fetch = stubBrowser();
		renderInHost(MapDock, {});
		expect(await screen.findByText('Missions by city (4 places)')).toBeTruthy();
		expect(fetch).toHaveBeenCalledTimes(1);
		expect(fetch).toHaveBeenCalledWith('/data/missions.json');
		// Folded at first on a wide screen too, so that the map starts clear (walk-through finding 15).
		expect(layerControl().open).toBe(false);
	});

	it('a chosen place opens its card, flies the map there and folds the layer control', async () => {
		stubBrowser();
		const view = new ViewState('Kazakhstan');
		renderInHost(MapDock, {}, { view });
		await screen.findByText(/^Missions by city/);
		layerControl().open = true;
		await fireEvent(layerControl(), new Event('toggle'));
		await fireEvent.click(screen.getByRole('button', { name: /^Almaty/, hidden: true }));
		expect(screen.getByRole('heading', { level: 2 }).textContent?.trim()).toBe('Almaty: 2 missions');
		expect(view.focusPoint).toEqual([76.95, 43.25]);
		expect(layerControl().open).toBe(false);
		await fireEvent.click(screen.getByRole('button', { name: 'Close missions' }));
		expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
	});

	it('opens the card of a mission with no city that the panel asks for at the capital, where the map placed it', async () => {
		// Kazakhstan's embassy in the Netherlands, its city not stated: the atlas places it at the capital,
		// Amsterdam; the map where the embassies stand, The Hague (data/embassy-seats.json).
		const THE_HAGUE = { city: 'The Hague', geonameId: 2747373, lon: 4.29861, lat: 52.07667 };
		const mission = { ...missionsFixture.missions[1], host: 'NL', ...THE_HAGUE, cityStated: false };
		stubBrowser({
			payload: {
				...missionsFixture,
				missions: [...missionsFixture.missions, mission],
				names: { ...missionsFixture.names, NL: 'Netherlands' }
			}
		});
		const view = new ViewState('Kazakhstan');
		renderInHost(MapDock, {}, { view });
		await screen.findByText(/^Missions by city/);
		view.focusPoint = [4.88969, 52.37403];
		view.requestedMission = { sender: 'KZ', host: 'NL', kind: 'embassy', lon: 4.88969, lat: 52.37403 };
		expect((await screen.findByRole('heading', { level: 2 })).textContent?.trim()).toBe(
			'Embassy of Kazakhstan'
		);
		expect(document.querySelector('.where')?.textContent).toMatch(/^The Hague, Netherlands/);
		expect(view.focusPoint).toEqual([THE_HAGUE.lon, THE_HAGUE.lat]);
	});

	it('Escape in a card opened from "Missions by city" gives the focus back to that place, the list unfolded', async () => {
		stubBrowser();
		renderInHost(MapDock, {});
		await screen.findByText(/^Missions by city/);
		const places = screen.getByText(/^Missions by city/).closest('details')!;
		places.open = true;
		await fireEvent(places, new Event('toggle'));
		await fireEvent.click(screen.getByRole('button', { name: /^Almaty/ }));
		expect(places.open).toBe(false);
		const title = screen.getByRole('heading', { level: 2 });
		await vi.waitFor(() => expect(document.activeElement).toBe(title));
		await fireEvent.keyDown(title, { key: 'Escape' });
		expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
		await vi.waitFor(() => expect((document.activeElement as HTMLElement).dataset.place).toBeDefined());
		expect(document.activeElement?.textContent).toMatch(/^Almaty/);
		expect(places.open).toBe(true);
	});

	it("the places follow the mission toggles: without foreign missions Almaty's two go", async () => {
		stubBrowser();
		renderInHost(MapDock, {});
		await screen.findByText('Missions by city (4 places)');
		const box = screen
			.getAllByRole<HTMLInputElement>('checkbox')
			.find((b) => b.value === 'missions-in-focus');
		await fireEvent.click(box!);
		expect(screen.getByText('Missions by city (3 places)')).toBeTruthy();
		expect(screen.queryByRole('button', { name: /^Almaty/, hidden: true })).toBeNull();
	});

	it('on a phone the layer control starts folded', async () => {
		stubBrowser({ phone: true });
		renderInHost(MapDock, {});
		await screen.findByText(/^Missions by city/);
		expect(layerControl().open).toBe(false);
	});

	it('says so when the missions cannot be loaded, and keeps the layer control', async () => {
		stubBrowser({ status: 404 });
		renderInHost(MapDock, {});
		const status = await screen.findByRole('status');
		expect(status.textContent).toBe('Missions could not be loaded (/data/missions.json answered 404).');
		expect(screen.queryByText(/^Missions by city/)).toBeNull();
		expect(layerControl()).toBeTruthy();
	});
});
