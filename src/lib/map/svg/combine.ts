/**
 * City markers that would overprint at the picture's scale (Sofia's and Bucharest's at world scale) drawn as one
 * numbered disc, as a map's point clusters are: the two markers whose discs overlap most are joined into one disc of
 * the sum of their missions, at the mean of their places weighted by their missions, sized as a city group of that
 * many; again, until no two discs overlap. A marker that overlaps none is left as it is. Pure.
 */

export interface Mark<T> {
	cx: number;
	cy: number;
	/** The radius the marker covers, its stroke included. */
	reach: number;
	/** Its missions. */
	count: number;
	item: T;
}

export interface Combined<T> {
	cx: number;
	cy: number;
	reach: number;
	count: number;
	/** The markers it stands for, in the order given; one where nothing was joined. */
	items: T[];
}

/** Discs closer than this (px) count as touching: their strokes would run together. */
export const MARK_GAP = 1;

/**
 * `marks` combined until no two discs come within MARK_GAP of each other; `reach(count)` is the radius a disc of
 * `count` missions covers. Clusters keep the order of their first marker.
 */
export function combineMarks<T>(marks: readonly Mark<T>[], reach: (count: number) => number): Combined<T>[] {
	const clusters: (Combined<T> & { first: number })[] = marks.map((m, i) => ({
		cx: m.cx,
		cy: m.cy,
		reach: m.reach,
		count: m.count,
		items: [m.item],
		first: i
	}));
	for (;;) {
		let pair: [number, number] | null = null;
		let deepest = 0;
		for (let i = 0; i < clusters.length; i++)
			for (let j = i + 1; j < clusters.length; j++) {
				const a = clusters[i];
				const b = clusters[j];
				const depth = a.reach + b.reach + MARK_GAP - Math.hypot(a.cx - b.cx, a.cy - b.cy);
				if (depth > deepest) {
					deepest = depth;
					pair = [i, j];
				}
			}
		if (!pair) break;
		const [a, b] = [clusters[pair[0]], clusters[pair[1]]];
		const count = a.count + b.count;
		clusters[pair[0]] = {
			cx: Math.round(((a.cx * a.count + b.cx * b.count) / count) * 10) / 10,
			cy: Math.round(((a.cy * a.count + b.cy * b.count) / count) * 10) / 10,
			reach: reach(count),
			count,
			items: a.first < b.first ? [...a.items, ...b.items] : [...b.items, ...a.items],
			first: Math.min(a.first, b.first)
		};
		clusters.splice(pair[1], 1);
	}
	return clusters.map(({ cx, cy, reach, count, items }) => ({ cx, cy, reach, count, items }));
}
