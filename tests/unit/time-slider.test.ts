// The timeline's steps (view/time/slider.ts) as tables: the year a URL asks for, the years a key moves to, and
// the steps play takes, over a span of 1991..2024 with events in 1992, 1994, 2004 and 2010.
import { describe, expect, it } from 'vitest';
import {
	canPlay,
	keyYear,
	nextPlayYear,
	playSteps,
	position,
	resolveYear,
	yearAt
} from '../../src/lib/view/time/slider';

const SPAN = { first: 1991, last: 2024 };
const EVENTS = [1992, 1994, 2004, 2010];

describe('resolveYear', () => {
	it.each([
		['earliest', 1991],
		['latest', 2024],
		[2005, 2005],
		[1950, 1991],
		[2100, 2024]
	] as const)('%s -> %i', (ref, year) => {
		expect(resolveYear(ref, SPAN)).toBe(year);
	});
});

describe('keyYear', () => {
	it.each([
		['ArrowRight', 2000, 2001],
		['ArrowLeft', 2000, 1999],
		['ArrowLeft', 1991, 1991],
		['PageUp', 2000, 2004],
		['PageDown', 2000, 1994],
		['Home', 2000, 1991],
		['End', 2000, 2024]
	] as const)('%s from %i -> %i', (key, from, to) => {
		expect(keyYear(key, from, SPAN, EVENTS)).toBe(to);
	});

	it('ignores other keys', () => {
		expect(keyYear('a', 2000, SPAN, EVENTS)).toBeNull();
	});
});

describe('the track and play', () => {
	it('spaces years in proportion, and a pointer picks the nearest year', () => {
		expect(position(1991, SPAN)).toBe(0);
		expect(position(2024, SPAN)).toBe(1);
		expect(yearAt(0, SPAN)).toBe(1991);
		expect(yearAt(1, SPAN)).toBe(2024);
		expect(yearAt(0.5, SPAN)).toBe(Math.round(1991 + 33 / 2));
	});

	it('plays through the years with events to the last year, and from the end starts again', () => {
		const steps = playSteps(EVENTS, SPAN);
		expect(steps.at(-1)).toBe(2024);
		expect(canPlay(steps)).toBe(true);
		expect(nextPlayYear(1992, steps, true)).toBe(1994);
		expect(nextPlayYear(2024, steps, false)).toBeNull();
		expect(nextPlayYear(2024, steps, true)).toBe(steps[0]);
	});
});
