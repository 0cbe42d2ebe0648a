/**
 * The timeline's steps, as OWID's timeline controller takes them (owid-grapher `TimelineController`): pure
 * functions of the year shown, the span and the years that have events.
 *
 * - Every year of the span can be shown (a link may ask for 2000, a year with no event); the track spaces years
 *   in proportion to their values, and marks the years with events.
 * - Keys: ←/↓ one year back, →/↑ one year on, Page Down / Page Up the previous or next year with events, Home and
 *   End the first and last year.
 * - Play steps through the years with events and ends on the last year of the span; from the end it starts again
 *   at the first. A tick lasts 4 s over the number of steps, kept between 0.5 and 1.2 s: a map of a few dozen
 *   countries needs longer than OWID's 0.1-0.2 s to be read between steps.
 */
import type { YearRef } from '../url';

export interface Span {
	first: number;
	last: number;
}

const clamp = (year: number, span: Span) => Math.min(span.last, Math.max(span.first, year));

/** Where a year stands on the track, 0 to 1, in proportion to its value. */
/** A year of the URL (a number, 'earliest' or 'latest') as a year of the span, clamped to it. */
export function resolveYear(ref: YearRef, span: Span): number {
	if (ref === 'earliest') return span.first;
	if (ref === 'latest') return span.last;
	return Math.min(span.last, Math.max(span.first, ref));
}

export function position(year: number, span: Span): number {
	return span.last === span.first ? 0 : (clamp(year, span) - span.first) / (span.last - span.first);
}

/** The year nearest to a point of the track (0 to 1). */
export function yearAt(fraction: number, span: Span): number {
	return clamp(Math.round(span.first + fraction * (span.last - span.first)), span);
}

/** The steps of play: the years with events in the span, then the span's last year. */
export function playSteps(eventYears: readonly number[], span: Span): number[] {
	const steps = eventYears.filter((y) => y >= span.first && y <= span.last);
	return [...new Set([...steps, span.last])].sort((a, b) => a - b);
}

/** The year play shows next, or null when it has reached the last step. From the last step: the first one. */
export function nextPlayYear(year: number, steps: readonly number[], starting: boolean): number | null {
	if (steps.length === 0) return null;
	if (starting && year >= steps[steps.length - 1]) return steps[0];
	return steps.find((y) => y > year) ?? null;
}

/** Milliseconds between two steps of play. */
export function tickMs(steps: number): number {
	return Math.min(1200, Math.max(500, 4000 / Math.max(1, steps)));
}

/** Play needs at least three steps to show a movement (OWID disables it below three). */
export const canPlay = (steps: readonly number[]) => steps.length >= 3;

/** The year a key moves to, or null for a key the timeline does not take. */
export function keyYear(key: string, year: number, span: Span, eventYears: readonly number[]): number | null {
	switch (key) {
		case 'ArrowLeft':
		case 'ArrowDown':
			return clamp(year - 1, span);
		case 'ArrowRight':
		case 'ArrowUp':
			return clamp(year + 1, span);
		case 'PageUp':
			return eventYears.find((y) => y > year && y <= span.last) ?? span.last;
		case 'PageDown':
			return [...eventYears].reverse().find((y) => y < year && y >= span.first) ?? span.first;
		case 'Home':
			return span.first;
		case 'End':
			return span.last;
		default:
			return null;
	}
}
