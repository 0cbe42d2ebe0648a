/** `time=` in the view's URL (src/lib/view/url.ts): one year or a range, as OWID writes them, round-tripped. */
import { describe, expect, it } from 'vitest';
import { formatTime, parseTime, parseViewQuery, viewSearch, withTime } from '../../src/lib/view/url';
import { DEFAULT_LAYERS, layerSet } from '../../src/lib/view/options';

describe('time=', () => {
	it.each([
		['2005', { start: 2005, end: 2005 }],
		['1995..2024', { start: 1995, end: 2024 }],
		['2024..1995', { start: 1995, end: 2024 }],
		['earliest..latest', { start: 'earliest', end: 'latest' }],
		['latest', { start: 'latest', end: 'latest' }],
		['2015..', { start: 2015, end: 'latest' }],
		['..2015', { start: 'earliest', end: 2015 }],
		[' 2005 ', { start: 2005, end: 2005 }]
	])('reads %j', (value, expected) => {
		expect(parseTime(value)).toEqual(expected);
	});

	it.each(['', 'soon', '95', '1995..2000..2005', '1995-2000', '20055'])('ignores %j', (value) => {
		expect(parseTime(value)).toBeUndefined();
		expect(parseViewQuery(`time=${value}`).time).toBeUndefined();
	});

	it('writes a year and a range, never a range open at its end', () => {
		expect(formatTime({ start: 2005, end: 2005 })).toBe('2005');
		expect(formatTime({ start: 1995, end: 2024 })).toBe('1995..2024');
		expect(formatTime(parseTime('2015..')!)).toBe('2015..latest');
	});

	it.each(['?time=2005', '?time=1995..2024', '?mode=year&time=1992'])('round-trips %s', (search) => {
		const query = parseViewQuery(search);
		const view = {
			mode: query.mode ?? 'status',
			layers: query.layers ?? layerSet(DEFAULT_LAYERS),
			time: query.time
		};
		expect(viewSearch(view)).toBe(search);
	});

	it('drops time= when the timeline closes, keeping other parameters', () => {
		const view = { mode: 'status' as const, layers: layerSet(DEFAULT_LAYERS), time: null };
		expect(viewSearch(view, new URLSearchParams('time=2005&utm=x'))).toBe('?utm=x');
	});
});

describe('withTime', () => {
	it.each([
		['', { start: 2000, end: 2000 }, '?time=2000'],
		['?time=1995', { start: 2000, end: 2000 }, '?time=2000'],
		[
			'?mode=year&layers=missions-abroad,labels',
			{ start: 1995, end: 2024 },
			'?mode=year&layers=missions-abroad,labels&time=1995..2024'
		],
		['?time=2000', null, ''],
		['?mode=year&time=2000', null, '?mode=year']
	] as const)('%j with %j is %j (only time= changes)', (search, time, expected) => {
		expect(withTime(search, time)).toBe(expected);
	});
});
