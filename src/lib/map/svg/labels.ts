/**
 * Country names on the SVG map, placed as the MapLibre map places its labels (style.ts's LABEL_RULE): at the
 * country's label point (the pole of inaccessibility of its largest part, from the geometry asset), at the size the
 * map's label layers give the zoom that matches the picture's scale, only where the map would name the country at
 * that zoom (the documents' countries and the largest others at world scale, every country from zoom 4.5), and
 * never over another label or a marker: a collision pass in order of priority (the focus, then the documents'
 * countries, then by area), as MapLibre's symbol placement does. A label that collides may move beside its point,
 * as the map's focus and small-state labels do (for another country only while it stays inside the country);
 * otherwise it is left out. Pure: no DOM, so the text's width is estimated from its characters.
 */
import { LABEL_RULE } from '../style';
import type { SvgLabel } from './types';

/** A box in the picture's pixels. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const within = (inner: Box, outer: Box): boolean =>
	inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1;

/** The box of a circle of radius `r` around (cx, cy). */
export const circleBox = (cx: number, cy: number, r: number): Box => ({
	x0: cx - r,
	y0: cy - r,
	x1: cx + r,
	y1: cy + r
});

/**
 * MapLibre's zoom at which the map is as many pixels to a degree of longitude at the equator as the picture is:
 * at zoom z the Web Mercator world is 512 * 2^z pixels around (MapLibre's 512-pixel tiles), so z = log2(360 *
 * pixelsPerDegree / 512).
 */
export function equivalentZoom(pixelsPerDegree: number): number {
	return Math.log2((360 * pixelsPerDegree) / 512);
}

export type LabelKind = 'other' | 'small' | 'focus';

/** Whether the map labels a country of this area (km2) at this zoom (style.ts's label layers' text). */
export function labelShown(kind: LabelKind, area: number, mentioned: boolean, zoom: number): boolean {
	if (kind === 'focus') return true;
	if (kind === 'small') return mentioned || zoom >= LABEL_RULE.smallFrom;
	if (mentioned) return true;
	const [world, zoom1, mid, zoom2, all] = LABEL_RULE.minArea;
	return area >= (zoom < zoom1 ? world : zoom < zoom2 ? mid : all);
}

/** The label's text size (px) at this zoom: the map's stops, linear between, held beyond the first and last. */
export function labelSize(kind: LabelKind, zoom: number): number {
	const zooms = LABEL_RULE.sizeZooms;
	const sizes = LABEL_RULE.size[kind];
	if (zoom <= zooms[0]) return sizes[0];
	for (let i = 1; i < zooms.length; i++)
		if (zoom <= zooms[i])
			return sizes[i - 1] + ((zoom - zooms[i - 1]) / (zooms[i] - zooms[i - 1])) * (sizes[i] - sizes[i - 1]);
	return sizes[sizes.length - 1];
}

/** Hangul, kana and Chinese characters: about a full em wide, where a Latin or Cyrillic letter is about half. */
const WIDE = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
/** Spaces, marks and the narrow letters. */
const NARROW = /[\sijlftrI.,'’()-]/u;
const CYRILLIC = /[\u0400-\u04ff]/u;

/**
 * The estimated width of `text` at `size` px in the file's sans-serif (DejaVu Sans where no system font comes first,
 * among the widest): 0.95 em for Hangul and Chinese characters, 0.34 for a space, a mark or a narrow letter, 0.72 for
 * another capital, 0.63 for another Cyrillic letter, 0.6 for anything else. Within a tenth of DejaVu's widths for
 * the countries' names in the four languages (Bulgaria 4.14 em estimated, 4.15 measured; 카자흐스탄 4.75, 4.60); the
 * labels' padding takes up the rest.
 */
export function textWidth(text: string, size: number): number {
	let ems = 0;
	for (const char of text)
		ems += WIDE.test(char)
			? 0.95
			: NARROW.test(char)
				? 0.34
				: char !== char.toLowerCase()
					? 0.72
					: CYRILLIC.test(char)
						? 0.63
						: 0.6;
	return ems * size;
}

/** The label's lines: broken at spaces where a line would pass LABEL_RULE.maxWidthEm, as MapLibre breaks them. */
export function wrapLabel(text: string, size: number): string[] {
	const max = LABEL_RULE.maxWidthEm * size;
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, size) > max) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** Lines are this many ems apart (MapLibre's text-line-height). */
export const LINE_HEIGHT = 1.2;

export interface LabelCandidate {
	code: string;
	text: string;
	kind: LabelKind;
	/** The country's area, km2, and whether the documents name it: which labels a zoom shows, and their order. */
	area: number;
	mentioned: boolean;
	/** The label point in the picture. */
	at: [number, number];
	/** Whether a point of the picture lies in the country: a label moved off its point must stay inside. */
	inside?: (point: [number, number]) => boolean;
}

/**
 * Where a label may go, first choice first: on its point; a small state's beside its marker (right, left, below,
 * above; 0.7 em away, as the map's small-state labels); the focus's around its point (below, above, right, left,
 * 1 em away as its own layer, then 2 and 3); another country's around its point too, half an em away, if still
 * inside it.
 */
function spots(kind: LabelKind, at: [number, number], width: number, height: number, size: number) {
	const [x, y] = at;
	const around = (ems: number): [number, number][] => {
		const gap = ems * size;
		const right: [number, number] = [x + gap + width / 2, y];
		const left: [number, number] = [x - gap - width / 2, y];
		const below: [number, number] = [x, y + gap + height / 2];
		const above: [number, number] = [x, y - gap - height / 2];
		return kind === 'small' ? [right, left, below, above] : [below, above, right, left];
	};
	// The focus, whose cities' markers crowd its middle, looks further out, 2 and 3 ems away, before giving up.
	return kind === 'small'
		? around(0.7)
		: kind === 'focus'
			? [at, ...around(1), ...around(2), ...around(3)]
			: [at, ...around(0.5)];
}

/** How much of `box` the `others` cover, in square pixels (overlaps counted each time). */
function covered(box: Box, others: readonly Box[]): number {
	let area = 0;
	for (const o of others) {
		const w = Math.min(box.x1, o.x1) - Math.max(box.x0, o.x0);
		const h = Math.min(box.y1, o.y1) - Math.max(box.y0, o.y0);
		if (w > 0 && h > 0) area += w * h;
	}
	return area;
}

/**
 * The labels drawn, in order of priority, each clear of the others and of the `obstacles` (the markers), and inside
 * `frame` (the map's part of the picture). The focus is always drawn: where no spot is clear, on the one the
 * least of it is covered.
 */
export function placeLabels(
	candidates: readonly LabelCandidate[],
	{ zoom, frame, obstacles }: { zoom: number; frame: Box; obstacles: readonly (Box & { code?: string })[] }
): SvgLabel[] {
	const rank = (c: LabelCandidate) => (c.kind === 'focus' ? 2 : c.mentioned ? 1 : 0);
	const ordered = candidates
		.filter((c) => Number.isFinite(c.at[0]) && Number.isFinite(c.at[1]))
		.filter((c) => labelShown(c.kind, c.area, c.mentioned, zoom))
		.sort((a, b) => rank(b) - rank(a) || b.area - a.area || a.code.localeCompare(b.code));
	const taken: Box[] = [];
	const placed: SvgLabel[] = [];
	const pad = LABEL_RULE.padding;
	for (const c of ordered) {
		const size = Math.round(labelSize(c.kind, zoom) * 10) / 10;
		const lines = wrapLabel(c.text, size);
		const width = Math.max(...lines.map((l) => textWidth(l, size)));
		const height = lines.length * size * LINE_HEIGHT;
		const boxAt = ([x, y]: [number, number]): Box => ({
			x0: x - width / 2,
			y0: y - height / 2,
			x1: x + width / 2,
			y1: y + height / 2
		});
		const padded = (b: Box): Box => ({ x0: b.x0 - pad, y0: b.y0 - pad, x1: b.x1 + pad, y1: b.y1 + pad });
		const fits = spots(c.kind, c.at, width, height, size).filter((spot) => within(boxAt(spot), frame));
		// The cheap tests first: whether a moved label stays inside its country is asked of a spot otherwise clear.
		const clear = fits.find(
			(spot) =>
				!taken.some((t) => overlaps(padded(boxAt(spot)), t)) &&
				!obstacles.some((o) => o.code !== c.code && overlaps(padded(boxAt(spot)), o)) &&
				(spot === c.at || c.kind !== 'other' || (c.inside?.(spot) ?? false))
		);
		// The focus, with no spot clear, goes where the least of it is covered (the first such spot).
		const others = [...taken, ...obstacles.filter((o) => o.code !== c.code)];
		const least = () =>
			fits.reduce<[number, number] | undefined>(
				(best, spot) =>
					best === undefined ||
					covered(padded(boxAt(spot)), others) < covered(padded(boxAt(best)), others) - 0.5
						? spot
						: best,
				undefined
			);
		const spot = clear ?? (c.kind === 'focus' ? least() : undefined);
		if (!spot) continue;
		taken.push(padded(boxAt(spot)));
		placed.push({
			code: c.code,
			x: Math.round(spot[0] * 10) / 10,
			y: Math.round(spot[1] * 10) / 10,
			lines,
			size,
			focus: c.kind === 'focus'
		});
	}
	return placed;
}
