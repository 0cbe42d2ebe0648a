/** The mission layers as of a year (src/lib/map/time-missions.ts): feature-state per year, filters set once. */
import { describe, expect, it } from 'vitest';
import type { FeatureIdentifier, FilterSpecification } from 'maplibre-gl';
import { missionYearFilters, missionYearKeeper } from '../../src/lib/map/time-missions';
import { HIDDEN_STATE, MISSION_LAYER, MISSION_SOURCE, missionLayers } from '../../src/lib/map/mission-style';
import { DEFAULT_LAYERS, layerSet } from '../../src/lib/view/options';

const layers = layerSet(DEFAULT_LAYERS);

describe('missionYearFilters', () => {
	it('on the timeline: each mission its own point, the city groups hidden, no year in any filter', () => {
		const f = missionYearFilters(layers, true);
		const point = JSON.stringify(f[MISSION_LAYER.abroad]);
		expect(point).not.toContain('grouped');
		expect(point).toContain('direction');
		expect(point).not.toContain('["get","id"]');
		expect(f[MISSION_LAYER.groups]).toEqual(['boolean', false]);
		expect(f[MISSION_LAYER.groupCount]).toEqual(['boolean', false]);
	});

	it('gives the layers’ own filters back when no year is shown', () => {
		const own = Object.fromEntries(missionLayers(layers).map((s) => [s.id, s.filter]));
		expect(missionYearFilters(layers, false)).toEqual(own);
	});
});

/**
 * A map that records what it is asked to do: every setFilter call, even one with the filter the layer has (which
 * MapLibre ignores, but still answers with a style-dirty frame).
 */
function recorder(has: (id: string) => boolean = () => true) {
	const filters = new Map<string, string>();
	const states = new Map<string, boolean>();
	const calls = { filter: [] as string[], state: 0 };
	const key = (f: FeatureIdentifier) => `${f.source}:${f.id}`;
	return {
		filters,
		states,
		calls,
		map: {
			getLayer: (id: string) => (has(id) ? {} : undefined),
			getFilter: (id: string) => {
				const filter = filters.get(id);
				return filter === undefined ? undefined : (JSON.parse(filter) as FilterSpecification);
			},
			setFilter(id: string, filter: FilterSpecification | null) {
				filters.set(id, JSON.stringify(filter));
				calls.filter.push(id);
			},
			setFeatureState(f: FeatureIdentifier, state: Record<string, unknown>) {
				calls.state++;
				states.set(key(f), state[HIDDEN_STATE] === true);
			},
			removeFeatureState(f: FeatureIdentifier) {
				calls.state++;
				states.delete(key(f));
			}
		}
	};
}

describe('missionYearKeeper', () => {
	it('hides the missions not open by feature-state on points and arcs, changing only what changed', () => {
		const r = recorder();
		const keep = missionYearKeeper();
		keep(r.map, layers, [1, 3], 5);
		const hiddenNow = () => [...r.states.keys()].filter((k) => r.states.get(k)).sort();
		expect(hiddenNow()).toEqual(
			[0, 2, 4].flatMap((i) => [`${MISSION_SOURCE.missions}:${i}`, `${MISSION_SOURCE.arcs}:${i}`]).sort()
		);
		const filtersSet = r.calls.filter.length;
		expect(filtersSet).toBeGreaterThan(0);
		// The next year: mission 2 opens. Two states change (its point and its arcs); no filter is set again.
		r.calls.state = 0;
		keep(r.map, layers, [1, 2, 3], 5);
		expect(r.calls.state).toBe(2);
		expect(r.calls.filter.length).toBe(filtersSet);
		// A year where nothing opens or closes asks the map for nothing at all.
		r.calls.state = 0;
		keep(r.map, layers, [1, 2, 3], 5);
		expect(r.calls).toEqual({ filter: r.calls.filter.slice(0, filtersSet), state: 0 });
		expect(hiddenNow()).not.toContain(`${MISSION_SOURCE.missions}:2`);
		// The timeline closes: every state cleared, the layers' own filters back.
		keep(r.map, layers, null, 5);
		expect(hiddenNow()).toEqual([]);
		const own = Object.fromEntries(missionLayers(layers).map((s) => [s.id, JSON.stringify(s.filter)]));
		for (const [id, filter] of r.filters) expect(filter).toBe(own[id]);
	});

	it('sets filters only on the layers the map has', () => {
		const r = recorder((id) => id === MISSION_LAYER.groups);
		missionYearKeeper()(r.map, layers, [1], 2);
		expect(r.calls.filter).toEqual([MISSION_LAYER.groups]);
	});
});
