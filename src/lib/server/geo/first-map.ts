/**
 * The geometry of the SVG first map (drawn into the home page by src/lib/server/view/first-map.ts): the countries
 * of the map's own geometry asset (buildAsset, world-atlas 50m, rings unwrapped for a flat map), simplified for the
 * world view with topojson-simplify (Visvalingam, on the shared arcs, so neighbours keep a common border) by
 * triangle area in Web Mercator pixels, then projected to a 4096-unit world square and written as integer relative
 * path commands; and the small states' marker places, with MapLibre's marker sizes at world zoom.
 */
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import type { CountriesTopology, PointProperties, ShapeProperties } from '../../map/asset';
import { firstViewCss, mercator, TILE } from '../../map/first-view';
import { SMALL_STATE_RADIUS } from '../../map/style';

/** Units per zoom-0 pixel: a 4096-unit world, so an integer is an eighth of a pixel at zoom 0. */
const UNIT = 8;
export const WORLD_UNITS = TILE * UNIT;
/**
 * Triangles smaller than this (in zoom-0 pixels squared) are simplified away: 4 screen pixels' area on a world
 * drawn 1920 pixels wide (zoom 1.9, the largest first view a common screen gives), under one pixel's on a laptop's.
 * Measured on the 50m asset: 98 KiB raw, 27 KiB gzip, against 364 KiB / 82 KiB at a twentieth of a pixel, with no
 * difference visible at world zoom (screenshots at 1920x1080 side by side).
 */
const MIN_AREA = 4 / (1920 / TILE) ** 2;

function mercatorArea(triangle: number[][]): number {
	const [a, b, c] = triangle.map(([lon, lat]) => mercator(lon, lat));
	return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
}

/** Path data of the polygons in world units, as integer relative commands ("M12 34l5-2 3 0z"). */
export function pathData(polygons: Position[][][], shift = 0): string {
	let d = '';
	for (const polygon of polygons)
		for (const ring of polygon) {
			let px = 0;
			let py = 0;
			let part = '';
			let points = 0;
			for (const [lon, lat] of ring) {
				const [mx, my] = mercator(lon + shift, lat);
				const x = Math.round(mx * UNIT);
				const y = Math.round(my * UNIT);
				if (points === 0) part = `M${x} ${y}l`;
				else if (x === px && y === py) continue;
				else part += `${x - px}${y - py < 0 ? '' : ' '}${y - py} `;
				px = x;
				py = y;
				points++;
			}
			// A ring simplified to fewer than three distinct points draws nothing.
			if (points >= 3) d += `${part.trimEnd()}z`;
		}
	return d.replace(/ -/g, '-');
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * A country's path, with the part of it beyond +-180 (Chukotka, Fiji's east) drawn again a world away, as
 * MapLibre wraps it; the SVG's own box cuts what lies outside the world.
 */
export function countryPath(geometry: Polygon | MultiPolygon): string {
	const polygons = polygonsOf(geometry);
	const lons = polygons.flat(2).map(([lon]) => lon);
	let d = pathData(polygons);
	if (Math.max(...lons) > 180) d += pathData(polygons, -360);
	if (Math.min(...lons) < -180) d += pathData(polygons, 360);
	return d;
}

/** The asset's shapes simplified for the world view. */
function simplifiedCountries(asset: CountriesTopology): Feature<Polygon | MultiPolygon, ShapeProperties>[] {
	const weighted = presimplify(asset as unknown as Topology<Objects<object>>, mercatorArea);
	const simple = simplify(weighted, MIN_AREA) as unknown as CountriesTopology;
	return feature(simple, simple.objects.countries).features as Feature<
		Polygon | MultiPolygon,
		ShapeProperties
	>[];
}

export interface FirstMapGeometry {
	/** The world square's side in the SVG's units. */
	units: number;
	/** The SVG's style: its place in the world frame (first-view.ts). */
	style: string;
	/** Every country that keeps a shape at world zoom, by code. */
	countries: { code: string; d: string }[];
	/** Small states: where the marker goes (a zero-length line), and its radius in screen pixels. */
	smallStates: { code: string; at: string; radius: { named: number; other: number } }[];
}

export function firstMapGeometry(asset: CountriesTopology): FirstMapGeometry {
	const countries = simplifiedCountries(asset)
		.map((f) => ({ code: f.properties.code, d: countryPath(f.geometry) }))
		.filter((s) => s.d !== '')
		.sort((a, b) => a.code.localeCompare(b.code));
	const points = feature(asset, asset.objects.points).features as Feature<Point, PointProperties>[];
	const smallStates = points
		.filter((f) => f.properties.small)
		.map((f) => {
			const [mx, my] = mercator(f.geometry.coordinates[0], f.geometry.coordinates[1]);
			return {
				code: f.properties.code,
				at: `M${Math.round(mx * UNIT)} ${Math.round(my * UNIT)}h0`,
				radius: SMALL_STATE_RADIUS.world
			};
		});
	return { units: WORLD_UNITS, style: firstViewCss(), countries, smallStates };
}
