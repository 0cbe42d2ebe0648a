/**
 * Where the year classes sit on ColorBrewer's YlGnBu ramp, and the table of their colours.
 *
 * The colours are computed by d3-scale-chromatic's `interpolateYlGnBu` when the app is built (vite.config.ts
 * defines `__YEAR_RAMP__` from `yearRampTable`), not in the browser: d3-scale-chromatic ships as one module of
 * every scheme, which no bundler can trim, and that was 9 KB of gzip on every first load for a handful of colours.
 * tests/unit/colour.test.ts checks the built table against the library.
 */

/** At most this many year classes: one per year up to it, ranges of equal count beyond. */
export const MAX_CLASSES = 6;

/**
 * Position on the ramp (0 pale, 1 dark) of class `i` of `n`. Older = darker: the first class takes the dark end;
 * the lightest is kept off the pale yellow so that every class stays distinct from the grey of "not in the
 * documents".
 */
export function rampPosition(i: number, n: number): number {
	return n === 1 ? 0.85 : 0.95 - (0.6 * i) / (n - 1);
}

/** `table[n][i]`: the colour of class `i` when there are `n` classes, for n from 1 to MAX_CLASSES. */
export function yearRampTable(interpolate: (t: number) => string): string[][] {
	return Array.from({ length: MAX_CLASSES + 1 }, (_, n) =>
		Array.from({ length: n }, (_, i) => interpolate(rampPosition(i, n)))
	);
}
