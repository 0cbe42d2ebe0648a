import { describe, expect, it } from 'vitest';
import {
	removeState,
	setState,
	stateTracker,
	type FeatureStateTarget
} from '../../src/lib/map/feature-state';

type Call = [op: 'set' | 'remove', source: string, id: string, state: unknown];

/** A map that records its feature-state calls, in order. */
function fakeMap(): FeatureStateTarget & { calls: Call[] } {
	const calls: Call[] = [];
	return {
		calls,
		setFeatureState: (feature, state) => {
			calls.push(['set', feature.source, String(feature.id), state]);
		},
		removeFeatureState: (feature, key) => {
			calls.push(['remove', feature.source, String(feature.id), key]);
		}
	};
}

describe('setState and removeState', () => {
	it('touch the polygon and the point by default', () => {
		const map = fakeMap();
		setState(map, 'TR', { fill: '#123456' });
		removeState(map, 'AD', 'fill');
		expect(map.calls).toEqual([
			['set', 'countries', 'TR', { fill: '#123456' }],
			['set', 'points', 'TR', { fill: '#123456' }],
			['remove', 'countries', 'AD', 'fill'],
			['remove', 'points', 'AD', 'fill']
		]);
	});

	it('touch only the sources given', () => {
		const map = fakeMap();
		setState(map, 'MC', { hover: true }, ['points']);
		expect(map.calls).toEqual([['set', 'points', 'MC', { hover: true }]]);
	});
});

describe('stateTracker', () => {
	const tests: { args: string[][]; sources?: string[]; expected: Call[] }[] = [
		{ args: [[]], expected: [] },
		{
			args: [['TR']],
			sources: ['points'],
			expected: [['set', 'points', 'TR', { hover: true }]]
		},
		{
			// The same set again sets nothing.
			args: [['TR'], ['TR']],
			sources: ['points'],
			expected: [['set', 'points', 'TR', { hover: true }]]
		},
		{
			// Cleared from the code that left before set on the one that joined.
			args: [['TR'], ['GR']],
			sources: ['points'],
			expected: [
				['set', 'points', 'TR', { hover: true }],
				['set', 'points', 'TR', { hover: false }],
				['set', 'points', 'GR', { hover: true }]
			]
		},
		{
			// Only the changes: BG stays, RO leaves, MD joins; every source by default.
			args: [
				['BG', 'RO'],
				['BG', 'MD']
			],
			expected: [
				['set', 'countries', 'BG', { hover: true }],
				['set', 'points', 'BG', { hover: true }],
				['set', 'countries', 'RO', { hover: true }],
				['set', 'points', 'RO', { hover: true }],
				['set', 'countries', 'RO', { hover: false }],
				['set', 'points', 'RO', { hover: false }],
				['set', 'countries', 'MD', { hover: true }],
				['set', 'points', 'MD', { hover: true }]
			]
		},
		{
			// Emptied: every code is cleared; a repeated code counts once.
			args: [['KZ', 'KZ'], []],
			sources: ['countries'],
			expected: [
				['set', 'countries', 'KZ', { hover: true }],
				['set', 'countries', 'KZ', { hover: false }]
			]
		}
	];
	it.each(tests)('$args → $expected.length calls', ({ args, sources, expected }) => {
		const map = fakeMap();
		const track = stateTracker('hover', sources);
		for (const codes of args) track(map, codes);
		expect(map.calls).toEqual(expected);
	});
});
