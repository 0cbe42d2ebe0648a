/**
 * The colour model shared by map and legend. Expected colours are the palette's own constants; what is tested is
 * which category a country falls in, that categories stay apart in greyscale, and the counts.
 */
import { interpolateYlGnBu } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import type { CountrySummary } from '$lib/view/summary';
import type { Status } from '$lib/atlas/types';
import { summary } from '../support/summary';
import {
	colourCountries,
	MENTIONED,
	NO_DATA,
	NO_RELATIONS_YEAR,
	NO_YEAR,
	OCEAN,
	STATUS_COLOURS,
	yearClasses
} from '$lib/view/colour';
import { MAX_CLASSES, rampPosition, yearRampTable } from '$lib/view/year-ramp';
import { hatchImage } from '$lib/map/style';
import { summarize } from '$lib/view/summary';
import { fixtureAtlas } from '../fixtures/atlas.fixture';

/** A small world: Kazakhstan, four countries with embassies or relations, one with none, one unstated. */
const fixture: CountrySummary[] = [
	summary('KZ', { status: 'focus' }),
	summary('US', { status: 'embassy', year: 1991 }),
	summary('CN', { status: 'embassy', year: 1992 }),
	summary('KR', { status: 'relations', year: 1992 }),
	summary('BG', { status: 'relations', year: 1992 }),
	summary('PH', { status: 'relations', year: 1994 }),
	summary('BT', { status: 'none' }),
	summary('NO', { status: 'unstated' })
];
const mapCodes = ['KZ', 'US', 'CN', 'KR', 'BG', 'PH', 'BT', 'NO', 'FR', 'GL', 'AQ'];

/** WCAG 2 relative luminance of an sRGB colour, "#rrggbb" or "rgb(r, g, b)". */
function luminance(colour: string): number {
	const channels = colour.startsWith('#')
		? [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))
		: (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
	const [r, g, b] = channels.map((c) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
};

describe('status mode', () => {
	const colouring = colourCountries(fixture, 'status', mapCodes);

	const rows: { code: string; key: string; colour: string }[] = [
		{ code: 'KZ', key: 'focus', colour: STATUS_COLOURS.focus },
		{ code: 'US', key: 'embassy', colour: STATUS_COLOURS.embassy },
		{ code: 'CN', key: 'embassy', colour: STATUS_COLOURS.embassy },
		{ code: 'KR', key: 'relations', colour: STATUS_COLOURS.relations },
		{ code: 'BT', key: 'none', colour: STATUS_COLOURS.none },
		{ code: 'NO', key: 'unstated', colour: STATUS_COLOURS.unstated },
		{ code: 'FR', key: 'absent', colour: NO_DATA }
	];
	it.each(rows)('$code falls in "$key"', ({ code, key, colour }) => {
		expect(colouring.colours.get(code) ?? NO_DATA).toBe(colour);
		const entry = colouring.legend.find((e) => e.key === key);
		expect(entry?.codes).toContain(code);
		expect(entry?.colour).toBe(colour);
	});

	it('leaves countries the documents do not name out of the colours, for coalesce to colour them', () => {
		expect(colouring.colours.has('FR')).toBe(false);
		expect(colouring.colours.size).toBe(fixture.length);
	});

	it('counts every category, in words, Kazakhstan first and "not in the documents" last', () => {
		expect(colouring.legend.map((e) => [e.label, e.count])).toEqual([
			['KZ', 1],
			['Embassy present', 2],
			['Relations established', 3],
			['No relations', 1],
			['Relations not stated', 1],
			['Not in the documents', 3]
		]);
		for (const entry of colouring.legend) expect(entry.codes.length).toBe(entry.count);
	});

	it('keeps every category, the no-data land and the sea apart in greyscale', () => {
		const colours = [...Object.values(STATUS_COLOURS), NO_DATA, OCEAN];
		for (let i = 0; i < colours.length; i++) {
			for (let j = i + 1; j < colours.length; j++) {
				// 1.25:1 is about 9 units of CIE L*: two greys that far apart are told apart at a glance.
				expect(contrast(colours[i], colours[j]), `${colours[i]} vs ${colours[j]}`).toBeGreaterThanOrEqual(
					1.25
				);
			}
		}
	});

	it('draws a mere mention in a neutral, not as a pale step of the relations’ blues', () => {
		const saturation = (hex: string) => {
			const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
			const max = Math.max(r, g, b);
			const min = Math.min(r, g, b);
			const l = (max + min) / 2;
			return max === min ? 0 : (max - min) / (1 - Math.abs(2 * l - 1));
		};
		// The blues are strongly saturated (#1a82b9: 0.75); a neutral stays under a fifth of that.
		expect(saturation(STATUS_COLOURS.relations)).toBeGreaterThan(0.7);
		expect(saturation(STATUS_COLOURS.unstated)).toBeLessThan(0.15);
	});

	it('orders the categories dark to light as the relation weakens', () => {
		const order: Status[] = ['focus', 'embassy', 'relations', 'none', 'unstated'];
		const l = order.map((s) => luminance(STATUS_COLOURS[s]));
		expect(l).toEqual([...l].sort((a, b) => a - b));
		expect(luminance(NO_DATA)).toBeGreaterThan(l[l.length - 1]);
	});

	it('does not mutate its input', () => {
		const copy = structuredClone(fixture);
		colourCountries(fixture, 'status', mapCodes);
		colourCountries(fixture, 'year', mapCodes);
		expect(fixture).toEqual(copy);
	});
});

describe('year mode', () => {
	const colouring = colourCountries(fixture, 'year', mapCodes);

	it('has one class per year, in words, then "year not stated", "no relations" and "not in the documents"', () => {
		expect(colouring.legend.map((e) => [e.label, e.count])).toEqual([
			['KZ', 1],
			['1991', 1],
			['1992', 3],
			['1994', 1],
			['Year not stated', 1],
			['No relations', 1],
			['Not in the documents', 3]
		]);
	});

	it('colours a country without a year in a neutral colour, a lighter one where it has no relations', () => {
		expect(colouring.colours.get('NO')).toBe(NO_YEAR);
		expect(colouring.colours.get('BT')).toBe(NO_RELATIONS_YEAR);
		expect(colouring.colours.get('KZ')).toBe(STATUS_COLOURS.focus);
		// Three neutrals, told apart by lightness alone.
		expect(contrast(NO_YEAR, NO_RELATIONS_YEAR)).toBeGreaterThanOrEqual(1.25);
		expect(contrast(NO_RELATIONS_YEAR, NO_DATA)).toBeGreaterThanOrEqual(1.25);
	});

	it('is monotone: a later year is never darker', () => {
		const years = [1991, 1992, 1993, 1994, 1995, 1998, 2001, 2005, 2006, 2010, 2012, 2021];
		const { classes } = yearClasses(years);
		const l = classes.map((c) => luminance(c.colour));
		for (let i = 1; i < l.length; i++) expect(l[i]).toBeGreaterThan(l[i - 1]);
	});

	it('takes its colours from d3-scale-chromatic’s YlGnBu, computed when the app is built', () => {
		// __YEAR_RAMP__ is what vite.config.ts defined for this build; the library gives the same colours now.
		expect(__YEAR_RAMP__).toEqual(yearRampTable(interpolateYlGnBu));
		expect(__YEAR_RAMP__).toHaveLength(MAX_CLASSES + 1);
		const { classes } = yearClasses([1991, 1992, 2005]);
		expect(classes.map((c) => c.colour)).toEqual([0, 1, 2].map((i) => interpolateYlGnBu(rampPosition(i, 3))));
	});

	it('groups many years into at most six ranges that cover every year', () => {
		const years = [1991, 1991, 1992, 1992, 1992, 1993, 1995, 1998, 2001, 2005, 2006, 2010, 2012, 2021];
		const { classes, keyOf } = yearClasses(years);
		expect(classes.length).toBeLessThanOrEqual(6);
		expect(classes[0].label.startsWith('1991')).toBe(true);
		expect(classes[classes.length - 1].label.endsWith('2021')).toBe(true);
		for (const y of years) expect(classes.map((c) => c.key)).toContain(keyOf(y));
		expect(keyOf(1991)).toBe(classes[0].key);
		expect(keyOf(2021)).toBe(classes[classes.length - 1].key);
	});
});

describe('mode none', () => {
	it('colours every country of the documents alike, but Kazakhstan', () => {
		const colouring = colourCountries(fixture, 'none', mapCodes);
		expect(colouring.colours.get('US')).toBe(MENTIONED);
		expect(colouring.colours.get('BT')).toBe(MENTIONED);
		expect(colouring.colours.get('KZ')).toBe(STATUS_COLOURS.focus);
		expect(colouring.legend.map((e) => e.count)).toEqual([1, 7, 3]);
	});
});

describe('hatching', () => {
	it('in year mode only "No relations" is hatched; status mode hatches nothing', () => {
		const all = summarize(fixtureAtlas);
		const year = colourCountries(all, 'year');
		expect(year.legend.filter((e) => e.hatched).map((e) => e.key)).toEqual(['no-relations']);
		expect(colourCountries(all, 'status').legend.some((e) => e.hatched)).toBe(false);
	});

	it("the map's hatching tile has its lines on the anti-diagonal, in the hatching ink", () => {
		const tile = hatchImage('#6f6455', 8);
		expect([tile.width, tile.height, tile.data.length]).toEqual([8, 8, 8 * 8 * 4]);
		const alpha = (x: number, y: number) => tile.data[(y * 8 + x) * 4 + 3];
		expect(alpha(7, 0)).toBe(255);
		expect(alpha(0, 7)).toBe(255);
		expect(alpha(2, 1)).toBe(0); // halfway between two lines
		expect([...tile.data.slice((0 * 8 + 7) * 4, (0 * 8 + 7) * 4 + 3)]).toEqual([0x6f, 0x64, 0x55]);
	});
});
