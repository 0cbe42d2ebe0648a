/**
 * The mission layers against a stand-in map that records what is done to it: the layers go on once there are a
 * map and missions, the toggles show and hide them, a click on a city's marker is reported, and the layers come
 * off when the map goes. MapLibre itself (WebGL) is the browser tests' part.
 */
import { flushSync } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import MissionLayers from '$lib/components/map/MissionLayers.svelte';
import { MapContext } from '$lib/map/context.svelte';
import type { MissionPick } from '$lib/map/mission-layers';
import { groupKey, type Direction } from '$lib/view/missions';
import { MissionsData } from '$lib/view/missions-data.svelte';
import { ViewState } from '$lib/view/state.svelte';
import { missionsFixture } from '../fixtures/missions.fixture';
import { renderInHost } from '../support/render';

type Handler = (event: { point: [number, number] }) => void;

/** Sources, layers and their visibility, as a map would hold them; `features` is what a click hits. */
function fakeMap(features: unknown[] = [], zoom = 4) {
	const sources = new Set<string>();
	const layers = new Map<string, string>();
	const handlers = new Map<string, Handler>();
	const map = {
		addSource: (id: string) => void sources.add(id),
		getSource: (id: string) => (sources.has(id) ? {} : undefined),
		removeSource: (id: string) => void sources.delete(id),
		addLayer: (layer: { id: string; layout?: { visibility?: string } }) =>
			void layers.set(layer.id, layer.layout?.visibility ?? 'visible'),
		getLayer: (id: string) => (layers.has(id) ? {} : undefined),
		removeLayer: (id: string) => void layers.delete(id),
		getLayoutProperty: (id: string) => layers.get(id),
		setLayoutProperty: (id: string, name: string, value: string) => {
			if (name === 'visibility') layers.set(id, value);
		},
		setFilter: () => {},
		setPaintProperty: () => {},
		queryRenderedFeatures: () => features,
		getZoom: () => zoom,
		getCanvas: () => ({ style: {} }),
		on: (type: string, handler: Handler) => void handlers.set(type, handler),
		off: (type: string) => void handlers.delete(type)
	};
	return { map: map as unknown as MapLibreMap, sources, layers, handlers };
}

function setup(features: unknown[] = [], zoom?: number) {
	const view = new ViewState('Kazakhstan');
	const context = new MapContext();
	const onpick = vi.fn<(picked: MissionPick) => void>();
	renderInHost(
		MissionLayers,
		{ onpick, shown: new Set<Direction>(['abroad', 'in-focus', 'other']) },
		{ view, map: context, missions: new MissionsData(missionsFixture) }
	);
	const fake = fakeMap(features, zoom);
	return { view, context, onpick, fake };
}

describe('MissionLayers', () => {
	it('waits for the map and its first view, then adds the mission sources and layers', () => {
		const { context, fake } = setup();
		expect(fake.layers.size).toBe(0);
		context.map = fake.map;
		flushSync();
		// The first frames draw the countries alone: the missions join once the first view is drawn.
		expect(fake.layers.size).toBe(0);
		context.settled = true;
		flushSync();
		expect([...fake.sources].sort()).toEqual(['arcs', 'mission-groups', 'missions']);
		expect(fake.layers.get('missions-abroad')).toBe('visible');
		expect(fake.layers.get('mission-groups')).toBe('visible');
		expect(fake.handlers.has('click')).toBe(true);
	});

	it("a toggle hides its layers and leaves the others' alone", () => {
		const { view, context, fake } = setup();
		context.map = fake.map;
		context.settled = true;
		flushSync();
		view.layers = new Set(['missions-in-focus', 'connections', 'labels', 'small-states']);
		flushSync();
		expect(fake.layers.get('missions-abroad')).toBe('none');
		expect(fake.layers.get('missions-abroad-halo')).toBe('none');
		expect(fake.layers.get('missions-in-focus')).toBe('visible');
	});

	it("reports a click on a city's marker as that city", () => {
		const marker = { layer: { id: 'mission-groups' }, properties: { key: 'almaty', city: 'Almaty' } };
		const { context, fake, onpick } = setup([marker]);
		context.map = fake.map;
		context.settled = true;
		flushSync();
		fake.handlers.get('click')?.({ point: [10, 10] });
		// The marker carries no GeoNames id here: the city is named as the feature has it.
		expect(onpick).toHaveBeenCalledWith({ kind: 'group', key: 'almaty', city: 'Almaty', geonameId: null });
	});

	it("at world zoom leaves a click on a city's marker to the country under it", () => {
		const marker = { layer: { id: 'mission-groups' }, properties: { key: 'ankara', city: 'Ankara' } };
		const { context, fake, onpick } = setup([marker], 1.5);
		context.map = fake.map;
		context.settled = true;
		flushSync();
		fake.handlers.get('click')?.({ point: [10, 10] });
		expect(onpick).not.toHaveBeenCalled();
	});

	it('names the marker under the pointer in a tooltip, and drops it when the pointer leaves', () => {
		const key = groupKey({ city: 'Almaty', lon: 76.95, lat: 43.25 });
		const marker = { layer: { id: 'mission-groups' }, properties: { key, city: 'Almaty' } };
		const { context, fake } = setup([marker]);
		context.map = fake.map;
		context.settled = true;
		flushSync();
		fake.handlers.get('mousemove')?.({ point: [40, 30] });
		flushSync();
		const tip = document.querySelector('.tooltip');
		expect(tip?.textContent).toContain('Almaty');
		// The fixture's two missions in Almaty, both shown.
		expect(tip?.textContent).toContain('2 missions: click for the list');
		fake.handlers.get('mouseout')?.({ point: [0, 0] });
		flushSync();
		expect(document.querySelector('.tooltip')).toBeNull();
	});

	it('takes its layers, sources and listeners off when the map goes', () => {
		const { context, fake } = setup();
		context.map = fake.map;
		context.settled = true;
		flushSync();
		context.map = null;
		flushSync();
		expect(fake.layers.size).toBe(0);
		expect(fake.sources.size).toBe(0);
		expect(fake.handlers.size).toBe(0);
	});
});
