/**
 * "Missions by city" as data: which places the list holds for each combination of mission toggles, in which
 * order, and which missions a city's card lists. Expected values were worked out by hand from the six missions
 * of the fixture: Almaty holds two foreign missions in the focus, Moscow one of the focus's and one foreign
 * mission serving it, Ankara and Istanbul one of the focus's each.
 */
import { describe, expect, it } from 'vitest';
import type { LayerId } from '$lib/view/options';
import type { Direction } from '$lib/view/missions';
import { groupKey } from '$lib/view/missions';
import {
	cardFor,
	markerTooltip,
	missionPlaces,
	shownDirections,
	shownMissionIds
} from '$lib/view/missions-by-city';
import { missionsFixture } from '../fixtures/missions.fixture';

const { missions, focus } = missionsFixture;
const ALL: ReadonlySet<Direction> = new Set(['abroad', 'in-focus', 'other']);
const ABROAD: ReadonlySet<Direction> = new Set(['abroad']);
const FOR_FOCUS: ReadonlySet<Direction> = new Set(['in-focus', 'other']);
const TOGGLES = { 'missions-abroad': ['abroad'], 'missions-in-focus': ['in-focus', 'other'] } as const;

describe('shown directions', () => {
	it.each<{ layers: LayerId[]; expected: Direction[] }>([
		{ layers: ['missions-abroad', 'missions-in-focus', 'labels'], expected: ['abroad', 'in-focus', 'other'] },
		{ layers: ['missions-abroad'], expected: ['abroad'] },
		{ layers: ['missions-in-focus', 'connections'], expected: ['in-focus', 'other'] },
		{ layers: ['connections', 'labels', 'small-states'], expected: [] }
	])('$layers -> $expected', ({ layers, expected }) => {
		expect([...shownDirections(new Set(layers), TOGGLES)].sort()).toEqual([...expected].sort());
	});
});

describe('places with missions shown', () => {
	const list = (shown: ReadonlySet<Direction>) =>
		missionPlaces(missions, focus, shown).map((p) => [p.city, p.count]);

	it('every direction: most missions first, ties by name', () => {
		expect(list(ALL)).toEqual([
			['Almaty', 2],
			['Moscow', 2],
			['Ankara', 1],
			['Istanbul', 1]
		]);
	});

	it("the focus's missions abroad only: Almaty drops out and Moscow counts one", () => {
		expect(list(ABROAD)).toEqual([
			['Ankara', 1],
			['Istanbul', 1],
			['Moscow', 1]
		]);
	});

	it('foreign missions for the focus only', () => {
		expect(list(FOR_FOCUS)).toEqual([
			['Almaty', 2],
			['Moscow', 1]
		]);
	});

	it('no mission toggle on: no places', () => {
		expect(list(new Set())).toEqual([]);
	});

	it("a place flies the map to its city's position", () => {
		const almaty = missionPlaces(missions, focus, ALL)[0];
		expect(almaty.at).toEqual([76.95, 43.25]);
		expect(almaty.key).toBe(groupKey(missions[0]));
	});
});

describe("a city's missions on the card", () => {
	const moscow = groupKey(missions[3]);

	it.each<{ shown: ReadonlySet<Direction>; expected: number[] }>([
		{ shown: ALL, expected: [3, 5] },
		{ shown: ABROAD, expected: [5] },
		{ shown: FOR_FOCUS, expected: [3] },
		{ shown: new Set(), expected: [] }
	])('Moscow with $shown -> $expected', ({ shown, expected }) => {
		expect(shownMissionIds(missions, focus, moscow, shown)).toEqual(expected);
	});

	it('a key no mission has lists nothing', () => {
		expect(shownMissionIds(missions, focus, 'Nowhere@0.000,0.000', ALL)).toEqual([]);
	});
});

describe('the card a pick opens', () => {
	it("a city's marker opens its list", () => {
		expect(cardFor({ kind: 'group', key: 'k', city: 'Almaty' })).toEqual({
			kind: 'group',
			key: 'k',
			city: 'Almaty'
		});
	});

	it('a single mission opens its detail with no list to go back to', () => {
		expect(cardFor({ kind: 'mission', id: 4 })).toEqual({ kind: 'mission', id: 4, back: null });
	});
});

describe('the tooltip of a marker', () => {
	const all = new Set<Direction>(['abroad', 'in-focus', 'other']);

	it("a city's group: its name and how many of its missions are shown", () => {
		const key = groupKey({ city: 'Almaty', lon: 76.95, lat: 43.25 });
		expect(markerTooltip({ kind: 'group', key, city: 'Almaty' }, missionsFixture, all)).toEqual({
			title: 'Almaty',
			detail: '2 missions: click for the list'
		});
		// Without the foreign missions for the focus, neither of Almaty's two is shown.
		expect(
			markerTooltip({ kind: 'group', key, city: 'Almaty' }, missionsFixture, new Set<Direction>(['abroad']))
				?.detail
		).toBe('0 missions: click for the list');
	});

	it('one mission: its kind, sender, place and dates', () => {
		// 0: Turkey's embassy in Almaty, since 1992.
		expect(markerTooltip({ kind: 'mission', id: 0 }, missionsFixture, all)).toEqual({
			title: 'Embassy of Turkey',
			detail: 'Almaty, Kazakhstan, since 1992'
		});
		expect(markerTooltip({ kind: 'mission', id: 99 }, missionsFixture, all)).toBeNull();
	});
});
