/**
 * world-atlas TopoJSON -> the country shapes MapLibre draws, keyed on ISO 3166-1 alpha-2 codes.
 * Pure and DOM-free: it runs once at build time (src/routes/geo/) and in the unit tests.
 *
 * world-atlas is made for d3-geo's spherical rendering (https://github.com/topojson/world-atlas): rings that cross
 * the antimeridian jump from +180 to -180, Antarctica is a ring around the pole, and exterior rings wind clockwise.
 * MapLibre draws on a flat Web Mercator plane, where a jump becomes a streak across the world and the pole ring
 * loses its fill. So every ring is unwrapped (longitudes made continuous past +-180; MapLibre's geojson-vt wraps
 * what lies beyond into view), the pole ring is closed along the pole, and rings are rewound to RFC 7946
 * (exterior counterclockwise) so MapLibre's ring classification tells holes from islands.
 */
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import {
	SMALL_STATE_KM2,
	type Bounds,
	type CountriesTopology,
	type LngLat,
	type PointProperties
} from '../../map/asset';
import type {
	GeometryObject,
	MultiPolygon as TopoMultiPolygon,
	Polygon as TopoPolygon,
	Topology
} from 'topojson-specification';

export interface CountryShape {
	code: string;
	geometry: MultiPolygon;
}

/** One point per country: where its label goes, and what the map needs without reading the polygons. */
export interface CountryPoint {
	code: string;
	/** English short name, for countries the documents do not name (the summaries carry their own names). */
	name: string;
	/** Pole of inaccessibility of its largest part, in Web Mercator, so the label sits inside the shape. */
	label: LngLat;
	/** Area in km2 (sinusoidal equal-area approximation, within a few per cent at this scale). */
	area: number;
	/** Its main parts: the largest and those of at least 5% of its area within 5000 km (Alaska, not Hawaii). */
	bounds: Bounds;
}

type TopoArea = TopoPolygon | TopoMultiPolygon;
export type WorldTopology = Topology<{
	countries: { type: 'GeometryCollection'; geometries: GeometryObject<{ name: string }>[] };
}>;

/**
 * world-atlas features without an ISO numeric id, and the code each gets. The documents speak of states as
 * Kazakhstan recognises them, so a territory with no ISO code is joined to the UN member whose territory it is;
 * Kosovo keeps the user-assigned code XK that the EU and the IMF use; Siachen, disputed between two members the
 * documents name, gets a code of its own from the user-assigned X range and stays out of the join.
 */
const UNCODED: Record<string, string> = {
	Somaliland: 'SO',
	'N. Cyprus': 'CY',
	Kosovo: 'XK',
	'Siachen Glacier': 'XS'
};

/** The codes of the map's own making (Siachen's XS) and the area's name: their pages need a name no list has. */
export function mapOnlyRegions(isCode: (code: string) => boolean): Record<string, string> {
	return Object.fromEntries(
		Object.entries(UNCODED)
			.filter(([, code]) => !isCode(code))
			.map(([name, code]) => [code, name])
	);
}

/** Natural Earth's "Indian Ocean Ter." is two Australian territories with ISO codes of their own. */
const INDIAN_OCEAN_TERRITORIES = 'Indian Ocean Ter.';
/** Cocos (Keeling) Islands lie near 96.8 E, Christmas Island near 105.6 E. */
const COCOS_CHRISTMAS_SPLIT_LON = 100;

export interface CodeLookup {
	/** ISO 3166-1 numeric (as world-atlas writes it, "036") to alpha-2, or undefined. */
	numericToAlpha2(numeric: string): string | undefined;
	/** English name of an alpha-2 code, or undefined. */
	name(code: string): string | undefined;
}

/** The countries of a world-atlas topology, one shape per ISO code, with antimeridian and pole rings fixed. */
export function countryShapes(
	topology: WorldTopology,
	codes: CodeLookup
): { shapes: CountryShape[]; names: Map<string, string> } {
	const groups = new Map<string, TopoArea[]>();
	const names = new Map<string, string>();
	const add = (code: string, geometry: TopoArea, name: string) => {
		const list = groups.get(code) ?? [];
		list.push(geometry);
		groups.set(code, list);
		if (!names.has(code)) names.set(code, codes.name(code) ?? name);
	};

	for (const geometry of topology.objects.countries.geometries) {
		if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
		const name = geometry.properties?.name ?? '';
		if (name === INDIAN_OCEAN_TERRITORIES && geometry.type === 'MultiPolygon') {
			for (const [code, parts] of splitIndianOceanTerritories(topology, geometry)) add(code, parts, name);
			continue;
		}
		const id = geometry.id === undefined ? undefined : String(geometry.id);
		const code = (id && codes.numericToAlpha2(id)) || UNCODED[name];
		if (!code) {
			throw new Error(
				`world-atlas feature "${name}" (id ${id ?? 'none'}) has no ISO code: add it to UNCODED in src/lib/server/geo/geometry.ts`
			);
		}
		add(code, geometry, name);
	}

	const shapes: CountryShape[] = [];
	for (const [code, parts] of groups) {
		// merge() dissolves shared borders (Somalia and Somaliland become one outline); one part needs no merging.
		const raw = parts.length === 1 ? areaGeometry(topology, parts[0]) : merge(topology, parts);
		shapes.push({ code, geometry: fixGeometry(raw) });
	}
	shapes.sort((a, b) => a.code.localeCompare(b.code));
	return { shapes, names };
}

function areaGeometry(topology: WorldTopology, area: TopoArea): Polygon | MultiPolygon {
	// Two calls so each picks its typed overload of feature().
	return area.type === 'Polygon' ? feature(topology, area).geometry : feature(topology, area).geometry;
}

function splitIndianOceanTerritories(
	topology: WorldTopology,
	geometry: TopoMultiPolygon
): [string, TopoMultiPolygon][] {
	const byCode = new Map<string, number[][][]>();
	for (const arcs of geometry.arcs) {
		const ring = feature(topology, { type: 'Polygon', arcs }).geometry.coordinates[0];
		const code = ring[0][0] < COCOS_CHRISTMAS_SPLIT_LON ? 'CC' : 'CX';
		byCode.set(code, [...(byCode.get(code) ?? []), arcs]);
	}
	return [...byCode].map(([code, arcs]) => [code, { type: 'MultiPolygon', arcs }]);
}

/** Unwrap, close pole rings, keep each part near the largest, rewind. Returns a new geometry. */
export function fixGeometry(geometry: Polygon | MultiPolygon): MultiPolygon {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const fixed = polygons.map(fixPolygon).filter((p): p is Position[][] => p !== null);
	if (fixed.length === 0)
		throw new Error('fixGeometry: every ring was degenerate; is this a world-atlas country?');

	// Keep every part within 180 degrees of the largest, so that Chukotka continues Russia past +180 and the
	// Aleutians west of -180 continue Alaska, and the bounds of such a country are one span, not the whole world.
	const areas = fixed.map((polygon) => ringArea(polygon[0]));
	const anchor = midLon(fixed[areas.indexOf(Math.max(...areas))][0]);
	const coordinates = fixed.map((polygon) => {
		const k = Math.round((anchor - midLon(polygon[0])) / 360);
		return k === 0 ? polygon : polygon.map((ring) => shiftRing(ring, 360 * k));
	});
	return { type: 'MultiPolygon', coordinates };
}

const POLE_LAT = 89.99;

function fixPolygon(polygon: Position[][]): Position[][] | null {
	const rings: Position[][] = [];
	for (const ring of polygon) {
		// A ring along the pole itself (world-atlas gives Antarctica one at -89.999) has no area on a flat map.
		if (ring.every(([, y]) => Math.abs(y) >= POLE_LAT)) continue;
		rings.push(closePole(unwrapRing(ring)));
	}
	if (rings.length === 0) return null;

	// Bring the exterior's middle into [-180, 180]; geojson-vt wraps whatever lies past the edge into view.
	const k = Math.round(-midLon(rings[0]) / 360);
	const shifted = k === 0 ? rings : rings.map((ring) => shiftRing(ring, 360 * k));

	// RFC 7946: exterior counterclockwise, holes clockwise. MapLibre classifies rings by the sign of their area
	// relative to the first ring, so a multipolygon with mixed winding would turn islands into holes.
	return shifted.map((ring, i) => ((i === 0) === signedArea(ring) > 0 ? ring : [...ring].reverse()));
}

/**
 * Longitudes made continuous: each step of more than 180 degrees is taken the short way round. Returns the ring
 * itself when nothing jumps (nearly every ring), so the common case allocates nothing.
 */
export function unwrapRing(ring: Position[]): Position[] {
	let out: Position[] | null = null;
	let offset = 0;
	for (let i = 1; i < ring.length; i++) {
		const step = ring[i][0] - ring[i - 1][0];
		if (step > 180) offset -= 360;
		else if (step < -180) offset += 360;
		if (offset !== 0 && out === null) out = ring.slice(0, i);
		if (out !== null) out.push(offset === 0 ? ring[i] : [ring[i][0] + offset, ring[i][1]]);
	}
	return out ?? ring;
}

/**
 * A ring that goes once around a pole ends 360 degrees from where it started once unwrapped. Close it along the
 * pole (MapLibre clamps to its +-85.05 degree edge) so that it encloses the land between coast and pole.
 */
function closePole(ring: Position[]): Position[] {
	const first = ring[0];
	const last = ring[ring.length - 1];
	if (Math.abs(last[0] - first[0]) < 180) return ring;
	const pole = ring.reduce((sum, [, y]) => sum + y, 0) < 0 ? -90 : 90;
	return [...ring, [last[0], pole], [first[0], pole], first];
}

const shiftRing = (ring: Position[], dx: number): Position[] => ring.map(([x, y]) => [x + dx, y]);

function signedArea(ring: Position[]): number {
	let area = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		area += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
	}
	return area / 2;
}

function ringArea(ring: Position[]): number {
	return Math.abs(signedArea(ring));
}

function midLon(ring: Position[]): number {
	let min = Infinity;
	let max = -Infinity;
	for (const [x] of ring) {
		if (x < min) min = x;
		if (x > max) max = x;
	}
	return (min + max) / 2;
}

const KM_PER_DEGREE = 111.32;
const RAD = Math.PI / 180;

/** Area in km2 of a polygon (exterior minus holes) on the sinusoidal projection, which is equal-area. */
function polygonAreaKm2(polygon: Position[][]): number {
	const sinusoidal = (ring: Position[]) => ring.map(([x, y]) => [x * Math.cos(y * RAD), y]);
	const [exterior, ...holes] = polygon.map((ring) => ringArea(sinusoidal(ring)) * KM_PER_DEGREE ** 2);
	return holes.reduce((a, h) => a - h, exterior);
}

/** The longitude and latitude bounds of a set of polygons. */
function polygonsBounds(polygons: Position[][][]): Bounds {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const polygon of polygons) {
		for (const [x, y] of polygon[0]) {
			if (x < w) w = x;
			if (x > e) e = x;
			if (y < s) s = y;
			if (y > n) n = y;
		}
	}
	return [w, s, e, n];
}

const MAIN_PART_SHARE = 0.05;
const MAIN_PART_KM = 5000;
const EARTH_KM = 6371;

function distanceKm([x1, y1]: LngLat, [x2, y2]: LngLat): number {
	const h =
		Math.sin(((y2 - y1) * RAD) / 2) ** 2 +
		Math.cos(y1 * RAD) * Math.cos(y2 * RAD) * Math.sin(((x2 - x1) * RAD) / 2) ** 2;
	return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Web Mercator, clamped to MapLibre's latitude limit, so polylabel finds a point that looks central on screen. */
const MAX_MERCATOR_LAT = 85.0511;
const mercatorY = (lat: number) => {
	const clamped = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat)) * RAD;
	return Math.log(Math.tan(Math.PI / 4 + clamped / 2)) / RAD;
};
const inverseMercatorY = (y: number) => (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;

function labelPoint(polygon: Position[][]): LngLat {
	const projected = polygon.map((ring) => ring.map(([x, y]): [number, number] => [x, mercatorY(y)]));
	const [w, s, e, n] = polygonsBounds([projected]);
	const [x, y] = polylabel(projected, Math.max(e - w, n - s) / 200);
	return [round(x), round(inverseMercatorY(y))];
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Label point, area and framing bounds of each shape. */
export function countryPoints(shapes: CountryShape[], names: Map<string, string>): CountryPoint[] {
	return shapes.map(({ code, geometry }) => {
		const parts = geometry.coordinates.map((polygon) => ({ polygon, area: polygonAreaKm2(polygon) }));
		const largest = parts.reduce((a, b) => (b.area > a.area ? b : a));
		const label = labelPoint(largest.polygon);
		const main = parts.filter(
			(p) =>
				p === largest ||
				(p.area >= MAIN_PART_SHARE * largest.area && distanceKm(label, labelPoint(p.polygon)) <= MAIN_PART_KM)
		);
		return {
			code,
			name: names.get(code) ?? code,
			label,
			area: Math.round(parts.reduce((sum, p) => sum + p.area, 0)),
			bounds: polygonsBounds(main.map((p) => p.polygon)).map((x) => round(x)) as Bounds
		};
	});
}

/**
 * Quantization of the shipped topology: 1e5 steps across its extent, as world-atlas itself uses, so borders keep
 * the detail the 50m file has (about 400 m) and nothing more.
 */
const QUANTIZATION = 1e5;

/**
 * The asset the browser loads (src/routes/geo/countries.json): the fixed shapes and the points, re-encoded as
 * TopoJSON so shared borders are stored once. The browser only calls topojson-client's `feature()` on it.
 */
export function buildAsset(world: WorldTopology, codes: CodeLookup): CountriesTopology {
	const { shapes, names } = countryShapes(world, codes);
	const points = countryPoints(shapes, names);
	const countryFeatures: Feature<MultiPolygon, { code: string }>[] = shapes.map(({ code, geometry }) => ({
		type: 'Feature',
		properties: { code },
		geometry
	}));
	const pointFeatures: Feature<Point, PointProperties>[] = points.map(({ label, ...properties }) => ({
		type: 'Feature',
		properties: { ...properties, small: properties.area < SMALL_STATE_KM2 },
		geometry: { type: 'Point', coordinates: label }
	}));
	return topology(
		{
			countries: { type: 'FeatureCollection', features: countryFeatures },
			points: { type: 'FeatureCollection', features: pointFeatures }
		} as Parameters<typeof topology>[0],
		QUANTIZATION
	) as CountriesTopology;
}
