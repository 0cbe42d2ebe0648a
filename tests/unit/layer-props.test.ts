/** Layer filters and layout properties set only when they change (src/lib/map/layer-props.ts). */
import { describe, expect, it } from 'vitest';
import type { FilterSpecification } from 'maplibre-gl';
import { sameStyleValue, setFilterIfChanged, setLayoutIfChanged } from '../../src/lib/map/layer-props';

/** A map holding filters and layout values as MapLibre does (copies out), recording every set. */
function fakeMap() {
	const filters = new Map<string, FilterSpecification | null>();
	const layout = new Map<string, unknown>();
	const sets: string[] = [];
	return {
		sets,
		map: {
			getFilter: (id: string) => structuredClone(filters.get(id)),
			setFilter(id: string, filter: FilterSpecification | null) {
				sets.push(`filter ${id}`);
				filters.set(id, structuredClone(filter));
			},
			getLayoutProperty: (id: string, name: string) => structuredClone(layout.get(`${id}.${name}`)),
			setLayoutProperty(id: string, name: string, value: unknown) {
				sets.push(`${name} ${id}`);
				layout.set(`${id}.${name}`, value);
			}
		}
	};
}

describe('setFilterIfChanged', () => {
	it('sets a new filter, not the same one again (a copy of it included), and a changed one', () => {
		const { map, sets } = fakeMap();
		const codes = (list: string[]): FilterSpecification => ['in', ['get', 'code'], ['literal', list]];
		expect(setFilterIfChanged(map, 'hatch', codes(['BG', 'KR']))).toBe(true);
		expect(setFilterIfChanged(map, 'hatch', codes(['BG', 'KR']))).toBe(false);
		expect(setFilterIfChanged(map, 'hatch', codes(['BG']))).toBe(true);
		expect(setFilterIfChanged(map, 'other', codes(['BG']))).toBe(true);
		expect(sets).toEqual(['filter hatch', 'filter hatch', 'filter other']);
	});

	it('clears a filter once', () => {
		const { map, sets } = fakeMap();
		setFilterIfChanged(map, 'a', ['boolean', false]);
		setFilterIfChanged(map, 'a', null);
		setFilterIfChanged(map, 'a', null);
		expect(sets).toEqual(['filter a', 'filter a']);
	});
});

describe('setLayoutIfChanged', () => {
	it('takes an unset visibility as visible, as MapLibre draws it', () => {
		const { map, sets } = fakeMap();
		expect(setLayoutIfChanged(map, 'hatch', 'visibility', 'visible')).toBe(false);
		expect(setLayoutIfChanged(map, 'hatch', 'visibility', 'none')).toBe(true);
		expect(setLayoutIfChanged(map, 'hatch', 'visibility', 'none')).toBe(false);
		expect(setLayoutIfChanged(map, 'hatch', 'visibility', 'visible')).toBe(true);
		expect(sets).toEqual(['visibility hatch', 'visibility hatch']);
	});

	it('sets another property the first time, then only when it changes', () => {
		const { map, sets } = fakeMap();
		const field = ['to-string', ['get', 'count']];
		expect(setLayoutIfChanged(map, 'count', 'text-field', field)).toBe(true);
		expect(setLayoutIfChanged(map, 'count', 'text-field', [...field])).toBe(false);
		expect(sets).toEqual(['text-field count']);
	});
});

describe('sameStyleValue', () => {
	it('compares JSON values deeply, a missing value as null', () => {
		expect(sameStyleValue(['all', ['==', 'a', 1]], ['all', ['==', 'a', 1]])).toBe(true);
		expect(sameStyleValue(['all', ['==', 'a', 1]], ['all', ['==', 'a', 2]])).toBe(false);
		expect(sameStyleValue(undefined, null)).toBe(true);
		expect(sameStyleValue(undefined, 'visible')).toBe(false);
	});
});
