/** Which mission layers each toggle shows, and how a city's marker counts only the missions shown. */
import { describe, expect, it } from 'vitest';
import type { LayerId } from '../../src/lib/view/options';
import { groupCount, MISSION_LAYER, missionLayers, missionVisibility } from '../../src/lib/map/mission-style';

const L = MISSION_LAYER;

describe('visibility by toggle', () => {
	const rows: { on: LayerId[]; visible: string[] }[] = [
		{ on: [], visible: [] },
		{ on: ['labels', 'small-states'], visible: [] },
		{ on: ['missions-abroad'], visible: [L.abroadHalo, L.abroad, L.groups, L.groupCount] },
		{ on: ['missions-in-focus'], visible: [L.inFocusHalo, L.inFocus, L.groups, L.groupCount] },
		{ on: ['connections'], visible: [L.arcs, L.arcsDashed] },
		{ on: ['missions-abroad', 'missions-in-focus', 'connections'], visible: Object.values(L) }
	];
	it.each(rows)('$on', ({ on, visible }) => {
		const result = missionVisibility(new Set(on));
		expect(Object.keys(result).sort()).toEqual(Object.values(L).sort());
		const shown = Object.entries(result)
			.filter(([, v]) => v === 'visible')
			.map(([id]) => id);
		expect(shown.sort()).toEqual([...visible].sort());
		// The specs start with the same visibility.
		for (const spec of missionLayers(new Set(on)))
			expect(spec.layout?.visibility).toBe(result[spec.id as keyof typeof result]);
	});
});

describe('group counts', () => {
	it.each([
		{
			on: ['missions-abroad', 'missions-in-focus'] as LayerId[],
			expected: ['+', ['get', 'abroad'], ['get', 'forFocus']]
		},
		{ on: ['missions-abroad'] as LayerId[], expected: ['+', ['get', 'abroad'], 0] },
		{ on: ['missions-in-focus'] as LayerId[], expected: ['+', 0, ['get', 'forFocus']] },
		{ on: [] as LayerId[], expected: ['+', 0, 0] }
	])('$on', ({ on, expected }) => {
		expect(groupCount(new Set(on))).toEqual(expected);
	});
});

it('draws dashed arcs dashed and solid ones solid', () => {
	const specs = missionLayers(new Set());
	const dashed = specs.find((s) => s.id === L.arcsDashed);
	const solid = specs.find((s) => s.id === L.arcs);
	expect(dashed?.type === 'line' && dashed.paint?.['line-dasharray']).toEqual([2, 1.5]);
	expect(solid?.type === 'line' && solid.paint?.['line-dasharray']).toBeUndefined();
});
