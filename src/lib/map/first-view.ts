/**
 * The map's first view, shared by the two things that draw it: the SVG map prerendered into the home page's HTML
 * (src/lib/server/view/first-map.ts), which is the first paint, and the MapLibre map that replaces it. Both fit
 * WORLD_BOUNDS into the same box, the world frame (`--frame-*` in app.css): the SVG by CSS, MapLibre by
 * `fitBounds` with the frame's distance from the map's edges as padding. So the picture does not move when
 * MapLibre takes over.
 *
 * Web Mercator as MapLibre draws it: at zoom z the world is a square of 512 * 2^z CSS pixels, longitude -180 at
 * its left edge, latitude 85.0511 at its top (EPSG:3857). Pure: no DOM, no MapLibre.
 */
import type { Padding } from './padding';

/** The inhabited world, the Aleutians to Chukotka's tip: most of Antarctica left below the edge. */
export const WORLD_BOUNDS: [[number, number], [number, number]] = [
	[-170, -50],
	[180, 78]
];

/** MapLibre's tile size: the world's width in CSS pixels at zoom 0. */
export const TILE = 512;

/** Web Mercator's latitude limit. */
export const MAX_LAT = 85.0511287798066;

/**
 * The part of the world a download of the view on screen draws: the map's bounds, [west, south, east, north], with
 * latitudes cut at Web Mercator's limit; null when the view holds (nearly) the whole world's width, which is then
 * drawn whole. Here rather than beside the SVG renderer (svg/), whose d3-geo the page would otherwise load at once.
 */
export function viewExtent(
	bounds: [number, number, number, number] | null
): [number, number, number, number] | null {
	if (!bounds) return null;
	const [west, south, east, north] = bounds;
	if (east - west >= 300) return null;
	return [west, Math.max(-MAX_LAT, south), east, Math.min(MAX_LAT, north)];
}

/** A longitude and latitude in the zoom-0 world square, [0, 512] on each axis; y grows southwards. */
export function mercator(lon: number, lat: number): [number, number] {
	const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
	const phi = (clamped * Math.PI) / 180;
	const x = ((lon + 180) / 360) * TILE;
	const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * TILE;
	return [x, y];
}

/** WORLD_BOUNDS in the zoom-0 square: its left, top, width and height, and its centre. */
export function boundsBox() {
	const [[west, south], [east, north]] = WORLD_BOUNDS;
	const [x0, y0] = mercator(west, north);
	const [x1, y1] = mercator(east, south);
	return { x0, y0, width: x1 - x0, height: y1 - y0, cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 };
}

/**
 * The world square's width in CSS pixels for a frame of `width` x `height`, as MapLibre's `fitBounds` gives it: the
 * bounds fit the frame. MapLibre's first fit is not held at the map's minZoom: on a phone the world is narrower than
 * at zoom 0 (measured: zoom -0.48 at 390x844), and the SVG follows it.
 */
export function worldWidth(width: number, height: number): number {
	const box = boundsBox();
	return TILE * Math.min(width / box.width, height / box.height);
}

/**
 * The same as CSS, for an element inside a size container (the frame): the world square's width, and its left
 * and top so that the bounds' centre is the frame's centre. Custom properties, so the SVG's style can use them.
 */
export function firstViewCss(): string {
	const box = boundsBox();
	const round = (n: number) => Number(n.toFixed(5));
	const width = `min(calc(100cqw*${round(TILE / box.width)}),calc(100cqh*${round(TILE / box.height)}))`;
	return [
		`--world:${width}`,
		`width:var(--world)`,
		`height:var(--world)`,
		`left:calc(50cqw - var(--world)*${round(box.cx / TILE)})`,
		`top:calc(50cqh - var(--world)*${round(box.cy / TILE)})`
	].join(';');
}

/** The world frame's distance from each edge of the map: the padding MapLibre fits WORLD_BOUNDS with. */
export function frameRoom(map: DOMRectReadOnly, frame: DOMRectReadOnly): Padding {
	return {
		top: Math.max(0, frame.top - map.top),
		right: Math.max(0, map.right - frame.right),
		bottom: Math.max(0, map.bottom - frame.bottom),
		left: Math.max(0, frame.left - map.left)
	};
}

/** The routes whose prerendered HTML carries the SVG first view: the home page (MapStage starts MapLibre at once elsewhere). */
export function hasFirstMap(routeId: string | null): boolean {
	return routeId === '/';
}
