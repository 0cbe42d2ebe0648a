/** The view in the URL: what a shared link restores, and that no URL, however mangled, breaks the page. */
import { describe, expect, it } from 'vitest';
import { ALL_LAYERS, DEFAULT_LAYERS, type LayerId } from '../../src/lib/view/options';
import {
	parseViewQuery,
	viewSearch,
	writeViewQuery,
	type ViewQuery,
	type ViewSnapshot
} from '../../src/lib/view/url';

const all = new Set(ALL_LAYERS);
/** What a plain link shows: every layer but the connections. */
const plain = new Set(DEFAULT_LAYERS);

describe('round trip: write, then parse, gives the view back', () => {
	const rows: { name: string; view: ViewSnapshot; search: string }[] = [
		{ name: 'the default view', view: { mode: 'status', layers: plain }, search: '' },
		{ name: 'year mode', view: { mode: 'year', layers: plain }, search: '?mode=year' },
		{
			name: 'every layer, connections too',
			view: { mode: 'status', layers: all },
			search: '?layers=missions-abroad,missions-in-focus,connections,labels,small-states'
		},
		{
			name: 'two layers',
			view: { mode: 'none', layers: new Set<LayerId>(['labels', 'missions-abroad']) },
			search: '?mode=none&layers=missions-abroad,labels'
		},
		{ name: 'no layers', view: { mode: 'status', layers: new Set() }, search: '?layers=none' },
		{
			name: 'a position',
			view: { mode: 'status', layers: plain, position: { lon: 71.4461, lat: 51.1801, zoom: 4.5 } },
			search: '?at=71.4461,51.1801,4.5'
		},
		{
			name: 'a position west and south',
			view: {
				mode: 'year',
				layers: new Set<LayerId>(['connections']),
				position: { lon: -77.0364, lat: -12.5, zoom: 0 }
			},
			search: '?mode=year&layers=connections&at=-77.0364,-12.5,0'
		}
	];
	it.each(rows)('$name', ({ view, search }) => {
		expect(viewSearch(view)).toBe(search);
		const parsed = parseViewQuery(search);
		expect(parsed.mode ?? 'status').toBe(view.mode);
		expect(parsed.layers ?? plain).toEqual(view.layers);
		expect(parsed.position).toEqual(view.position ?? undefined);
	});

	it('keeps the parameters it does not own, and does not change its input', () => {
		const params = new URLSearchParams('q=turkey&mode=year');
		const out = writeViewQuery({ mode: 'status', layers: new Set(['labels']) }, params);
		expect(out.get('q')).toBe('turkey');
		expect(out.get('mode')).toBeNull();
		expect(params.toString()).toBe('q=turkey&mode=year');
	});

	it('rounds the position to a short value', () => {
		expect(
			viewSearch({
				mode: 'status',
				layers: plain,
				position: { lon: 71.123456789, lat: 1.987654321, zoom: 3.14159 }
			})
		).toBe('?at=71.1235,1.9877,3.14');
	});
});

describe('tolerant parsing: anything malformed is ignored, never fatal', () => {
	const rows: { search: string; expected: ViewQuery }[] = [
		{ search: '', expected: {} },
		{ search: '?', expected: {} },
		{ search: 'mode=satellite', expected: {} },
		{ search: 'mode=', expected: {} },
		{ search: 'mode=YEAR', expected: {} },
		{ search: 'mode=%20year%20', expected: { mode: 'year' } },
		{ search: 'layers=', expected: { layers: new Set() } },
		{ search: 'layers=bogus', expected: {} },
		{ search: 'layers=bogus,labels,,labels', expected: { layers: new Set(['labels']) } },
		{ search: 'layers=%E2%9C%93', expected: {} },
		{ search: 'at=1,2', expected: {} },
		{ search: 'at=1,2,3,4', expected: {} },
		{ search: 'at=a,b,c', expected: {} },
		{ search: 'at=,,', expected: {} },
		{ search: 'at=10,95,2', expected: {} },
		{ search: 'at=10,45,99', expected: {} },
		{ search: 'at=10,45,-1', expected: {} },
		{ search: 'at=Infinity,45,2', expected: {} },
		{ search: 'at=190,45,2', expected: { position: { lon: -170, lat: 45, zoom: 2 } } },
		{ search: '%%%&&&==&mode=none', expected: { mode: 'none' } },
		{ search: 'mode=year&mode=status', expected: { mode: 'year' } },
		{
			search: 'mode=none&layers=connections&at=71,48,3&x=1',
			expected: { mode: 'none', layers: new Set(['connections']), position: { lon: 71, lat: 48, zoom: 3 } }
		}
	];
	it.each(rows)('"$search"', ({ search, expected }) => {
		expect(() => parseViewQuery(search)).not.toThrow();
		expect(parseViewQuery(search)).toEqual(expected);
	});

	it('accepts URLSearchParams as well as a string', () => {
		expect(parseViewQuery(new URLSearchParams({ mode: 'year' }))).toEqual({ mode: 'year' });
	});
});
