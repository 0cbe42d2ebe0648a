/**
 * The downloaded map's country names (src/lib/map/svg/labels.ts) and its markers joined where they would overprint
 * (combine.ts), on boxes and points laid out by hand: the expected positions follow from the rules' geometry (the
 * label's size at a zoom, its gap in ems, the discs' radii), not from a run of the code.
 */
import { describe, expect, it } from 'vitest';
import { LABEL_RULE } from '$lib/map/style';
import { combineMarks, MARK_GAP, type Mark } from '$lib/map/svg/combine';
import {
	circleBox,
	equivalentZoom,
	LINE_HEIGHT,
	labelShown,
	labelSize,
	placeLabels,
	textWidth,
	wrapLabel,
	type LabelCandidate
} from '$lib/map/svg/labels';

describe('the zoom a picture’s scale matches', () => {
	it('is MapLibre’s zoom at which the world is as many pixels around at the equator', () => {
		// At zoom 0 the Web Mercator world is one 512-pixel tile around: 512/360 pixels to a degree.
		expect(equivalentZoom(512 / 360)).toBeCloseTo(0, 10);
		// Each zoom doubles it.
		expect(equivalentZoom((2 * 512) / 360)).toBeCloseTo(1, 10);
		// The whole world downloaded from a 1280-pixel window: Equal Earth's equator is its widest line and spans the
		// 1248 pixels between the margins, so 1248/360 pixels to a degree, log2(1248/512) = 1.29.
		expect(equivalentZoom(1248 / 360)).toBeCloseTo(Math.log2(1248 / 512), 10);
	});
});

describe('which countries are named at a zoom, and how large', () => {
	// Areas from the geometry asset's points: Turkey about 780,000 km2, Bulgaria 111,000, Russia 16.9 million.
	const TURKEY = 780_000;
	const BULGARIA = 111_000;
	const RUSSIA = 16_900_000;

	it('names at world scale the documents’ countries and those of 1.5 million km2 or more, as the map does', () => {
		expect(labelShown('other', RUSSIA, false, 1.3)).toBe(true);
		expect(labelShown('other', TURKEY, false, 1.3)).toBe(false);
		expect(labelShown('other', TURKEY, true, 1.3)).toBe(true);
		expect(labelShown('other', BULGARIA, true, 0)).toBe(true);
	});

	it('names from zoom 3 those of 150,000 km2, from zoom 4.5 every country', () => {
		expect(labelShown('other', TURKEY, false, 3.2)).toBe(true);
		expect(labelShown('other', BULGARIA, false, 3.2)).toBe(false);
		expect(labelShown('other', BULGARIA, false, 4.5)).toBe(true);
	});

	it('names a small state where the documents name it, any small state from zoom 5; the focus always', () => {
		expect(labelShown('small', 468, true, 1)).toBe(true);
		expect(labelShown('small', 468, false, 4.9)).toBe(false);
		expect(labelShown('small', 468, false, 5)).toBe(true);
		expect(labelShown('focus', 2_700_000, true, 0)).toBe(true);
	});

	it('sizes a label as the map’s label layer does: 10.5 px at zoom 1, 12 at 4, 15 at 7, linear between', () => {
		expect(labelSize('other', 0)).toBe(10.5);
		expect(labelSize('other', 1)).toBe(10.5);
		// Halfway from zoom 1 to 4: halfway from 10.5 to 12.
		expect(labelSize('other', 2.5)).toBeCloseTo(11.25, 10);
		expect(labelSize('other', 5.5)).toBeCloseTo(13.5, 10);
		expect(labelSize('other', 9)).toBe(15);
		expect(labelSize('focus', 1)).toBe(12);
		expect(labelSize('small', 1)).toBe(9.5);
	});
});

describe('a label’s width and lines', () => {
	// Widths measured in Chromium with the file's font stack, which resolves to DejaVu Sans on this machine (canvas
	// measureText at 100 px, in ems): the estimate stays within a tenth of them.
	const MEASURED: [string, number][] = [
		['Bulgaria', 4.15],
		['United States', 6.77],
		['Bosnia and Herzegovina', 12.14],
		['Северна Македония', 10.64],
		['Соединённые Штаты', 11.2],
		['카자흐스탄', 4.6],
		['보스니아 헤르체고비나', 9.52]
	];
	it.each(MEASURED)('%s: within 10%% of its measured %f em', (text, ems) => {
		expect(Math.abs(textWidth(text, 100) / 100 - ems) / ems).toBeLessThan(0.1);
	});

	it('breaks at spaces where a line would pass 7 em, as MapLibre’s text-max-width, and never inside a word', () => {
		const text = 'Democratic Republic of the Congo';
		const lines = wrapLabel(text, 10);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe(text);
		for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(LABEL_RULE.maxWidthEm * 10);
		// "United States" (6.77 em measured) fits in one line; "Turkey" of course.
		expect(wrapLabel('United States', 10)).toEqual(['United States']);
		expect(wrapLabel('Turkey', 10)).toEqual(['Turkey']);
	});
});

describe('placing labels', () => {
	const frame = { x0: 0, y0: 0, x1: 400, y1: 200 };
	const at = (x: number, y: number): [number, number] => [x, y];
	const candidate = (
		fields: Partial<LabelCandidate> & Pick<LabelCandidate, 'code' | 'at'>
	): LabelCandidate => ({
		text: fields.code,
		kind: 'other',
		area: 500_000,
		mentioned: true,
		...fields
	});
	// At zoom 1 a country's label is 10.5 px, one line 12.6 px high (1.2 em).
	const SIZE = 10.5;
	const HEIGHT = SIZE * LINE_HEIGHT;
	/** Positions are rounded to a tenth of a pixel. */
	const TENTH = 0.05 + 1e-9;

	it('puts a label on its point, the middle of its text there', () => {
		const [label] = placeLabels([candidate({ code: 'Turkey', at: at(200, 100) })], {
			zoom: 1,
			frame,
			obstacles: []
		});
		expect(label).toEqual({ code: 'Turkey', x: 200, y: 100, lines: ['Turkey'], size: SIZE, focus: false });
	});

	it('leaves out the label of lower priority that would overlap one placed, and one the zoom does not show', () => {
		const placed = placeLabels(
			[
				// By area first: Russia (larger) before Kazakhstan, at 20 px to its right; both named by the documents.
				candidate({ code: 'Kazakhstan', at: at(220, 100), area: 2_700_000 }),
				candidate({ code: 'Russia', at: at(200, 100), area: 16_900_000 }),
				// Far from both, but not named by the documents and under 1.5 million km2: not at world zoom.
				candidate({ code: 'Turkey', at: at(60, 40), mentioned: false })
			],
			{ zoom: 1, frame, obstacles: [] }
		);
		expect(placed.map((l) => l.code)).toEqual(['Russia']);
	});

	it('puts the documents’ countries before larger ones they do not name', () => {
		const placed = placeLabels(
			[
				candidate({ code: 'Russia', at: at(200, 100), area: 16_900_000, mentioned: false }),
				candidate({ code: 'Mongolia', at: at(210, 100), area: 1_560_000 })
			],
			{ zoom: 1, frame, obstacles: [] }
		);
		expect(placed.map((l) => l.code)).toEqual(['Mongolia']);
	});

	it('moves a label off a marker on its point to below it, while that stays inside the country', () => {
		// A dot of radius 2 on the point: the label's middle goes half an em (5.25 px) below the point, plus half its
		// height, so its top lies 5.25 px below the point and its 3 px padding clears the dot.
		const dot = circleBox(200, 100, 2);
		const [moved] = placeLabels([candidate({ code: 'Turkey', at: at(200, 100), inside: () => true })], {
			zoom: 1,
			frame,
			obstacles: [dot]
		});
		expect(moved.x).toBe(200);
		expect(Math.abs(moved.y - (100 + 0.5 * SIZE + HEIGHT / 2))).toBeLessThanOrEqual(TENTH);
		// Where the spot below falls outside the country, and so do the others, the label is left out.
		expect(
			placeLabels([candidate({ code: 'Turkey', at: at(200, 100), inside: () => false })], {
				zoom: 1,
				frame,
				obstacles: [dot]
			})
		).toEqual([]);
	});

	it('puts a small state’s name right of its marker, which does not count against it', () => {
		const width = textWidth('Andorra', 9.5);
		const [andorra] = placeLabels(
			[candidate({ code: 'Andorra', kind: 'small', area: 468, at: at(200, 100) })],
			{
				zoom: 1,
				frame,
				obstacles: [{ ...circleBox(200, 100, 3.5), code: 'Andorra' }]
			}
		);
		// 0.7 em (of 9.5 px) right of the point, to the text's left edge.
		expect(Math.abs(andorra.x - (200 + 0.7 * 9.5 + width / 2))).toBeLessThanOrEqual(TENTH);
		expect(andorra.y).toBe(100);
	});

	it('always names the focus, on its point when every spot around it is taken', () => {
		const everywhere = { x0: 0, y0: 0, x1: 400, y1: 200 };
		const [focus] = placeLabels(
			[candidate({ code: 'Kazakhstan', kind: 'focus', area: 2_700_000, at: at(200, 100) })],
			{ zoom: 1, frame, obstacles: [everywhere] }
		);
		expect(focus).toMatchObject({ code: 'Kazakhstan', x: 200, y: 100, size: 12, focus: true });
	});

	it('moves the focus’s name out past its cities’ markers: 2 em below when 1 em is not clear', () => {
		// A disc of radius 15 on its point. At 1 em (12 px) below, the text's top is 12 px down and its 3 px padding
		// reaches 9, inside the disc; at 2 em it is 24 px down, its padding 21, clear of the disc's 15. The middle is
		// then 24 px plus half a line (7.2 px) below the point.
		const [focus] = placeLabels(
			[candidate({ code: 'Kazakhstan', kind: 'focus', area: 2_700_000, at: at(200, 100) })],
			{ zoom: 1, frame, obstacles: [circleBox(200, 100, 15)] }
		);
		expect(focus.x).toBe(200);
		expect(Math.abs(focus.y - (100 + 2 * 12 + (12 * LINE_HEIGHT) / 2))).toBeLessThanOrEqual(TENTH);
	});

	it('leaves out a label that would cross the edge of the map', () => {
		// "Turkey" is some 37 px wide at 10.5 px: its middle 10 px from the left edge puts half of it outside.
		expect(
			placeLabels([candidate({ code: 'Turkey', at: at(10, 100) })], { zoom: 1, frame, obstacles: [] })
		).toEqual([]);
	});
});

describe('joining markers that would overprint', () => {
	const mark = (cx: number, cy: number, count: number, reach: number, item: string): Mark<string> => ({
		cx,
		cy,
		count,
		reach,
		item
	});
	/** A disc's reach by its missions: 10.5 px for any group, as a 9 px disc with its 3 px ring. */
	const reach = () => 10.5;

	it('leaves apart markers whose discs do not touch', () => {
		// 30 px apart, 10.5 + 10.5 + the 1 px gap = 22 px needed.
		const out = combineMarks([mark(0, 0, 2, 10.5, 'Sofia'), mark(30, 0, 2, 10.5, 'Bucharest')], reach);
		expect(out.map((c) => c.items)).toEqual([['Sofia'], ['Bucharest']]);
	});

	it('joins two that overlap into one disc of their missions, at their places weighted by missions', () => {
		// 15 px apart, under the 22 needed: one disc of 4, at the middle (2 and 2 missions).
		const [one, ...rest] = combineMarks(
			[mark(0, 0, 2, 10.5, 'Sofia'), mark(15, 0, 2, 10.5, 'Bucharest')],
			reach
		);
		expect(rest).toEqual([]);
		expect(one).toEqual({ cx: 7.5, cy: 0, reach: 10.5, count: 4, items: ['Sofia', 'Bucharest'] });
		// One mission at (0, 0) and three at (12, 0): three quarters of the way, at 9.
		const [weighted] = combineMarks([mark(0, 0, 1, 4, 'a'), mark(12, 0, 3, 10.5, 'b')], reach);
		expect(weighted).toMatchObject({ cx: 9, cy: 0, count: 4 });
	});

	it('joins again when the joined disc, larger, reaches a third', () => {
		// Dots of reach 5: a–b 9 px apart overlap (5 + 5 + 1 > 9); b–c 11 px apart just touch (not joined).
		// Joined, a+b is a disc of reach 10.5 at 4.5, and c at 20 is 15.5 away, under 10.5 + 5 + 1: joined too,
		// at (0 + 9 + 20) / 3.
		const out = combineMarks([mark(0, 0, 1, 5, 'a'), mark(9, 0, 1, 5, 'b'), mark(20, 0, 1, 5, 'c')], reach);
		expect(out).toHaveLength(1);
		expect(out[0].items).toEqual(['a', 'b', 'c']);
		expect(out[0].cx).toBeCloseTo(29 / 3, 1);
		expect(MARK_GAP).toBe(1);
	});

	it('joins the deepest overlap first', () => {
		// a–b overlap by 6 px, b–c by 1: a and b are joined first, at 2.5, and that disc (reach 5 here) is then
		// 12.5 from c, past the 11 px of a touch.
		const out = combineMarks([mark(0, 0, 1, 5, 'a'), mark(5, 0, 1, 5, 'b'), mark(15, 0, 1, 5, 'c')], () => 5);
		expect(out.map((c) => c.items)).toEqual([['a', 'b'], ['c']]);
		expect(out[0].cx).toBe(2.5);
	});
});
