/** The mission layers' filters as of a year (src/lib/map/time-missions.ts). */
import { describe, expect, it } from 'vitest';
import { filterMissionsByYear, missionYearFilters } from '../../src/lib/map/time-missions';
import { MISSION_LAYER, missionLayers } from '../../src/lib/map/mission-style';
import { DEFAULT_LAYERS, layerSet } from '../../src/lib/view/options';

const layers = layerSet(DEFAULT_LAYERS);

describe('missionYearFilters', () => {
	it('keeps only the missions open, each as its own point, and hides the city groups', () => {
		const f = missionYearFilters(layers, [3, 7]);
		const point = JSON.stringify(f[MISSION_LAYER.abroad]);
		expect(point).toContain('["in",["get","id"],["literal",[3,7]]]');
		expect(point).not.toContain('grouped');
		expect(point).toContain('direction');
		expect(JSON.stringify(f[MISSION_LAYER.arcs])).toContain('["in",["get","mission"],["literal",[3,7]]]');
		expect(f[MISSION_LAYER.groups]).toEqual(['boolean', false]);
		expect(f[MISSION_LAYER.groupCount]).toEqual(['boolean', false]);
	});

	it('gives the layers’ own filters back when no year is shown', () => {
		const own = Object.fromEntries(missionLayers(layers).map((s) => [s.id, s.filter]));
		expect(missionYearFilters(layers, null)).toEqual(own);
	});

	it('sets filters only on the layers the map has', () => {
		const set: string[] = [];
		filterMissionsByYear(
			{ getLayer: (id) => (id === MISSION_LAYER.arcs ? {} : undefined), setFilter: (id) => set.push(id) },
			layers,
			[1]
		);
		expect(set).toEqual([MISSION_LAYER.arcs]);
	});
});
