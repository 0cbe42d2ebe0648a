/**
 * The SVG map's projection: Equal Earth (Šavrič, Patterson and Jenny 2018), the whole world. An equal-area
 * projection, so that Kazakhstan and Russia are drawn at their true size relative to the rest, which Web Mercator
 * (the interactive map's) inflates several times over. https://d3js.org/d3-geo
 */
import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Bounds } from '../asset';
import { PAD } from './types';

/** The tallest picture of a part of the world, as a share of its width: a view of Chile is cut, not a ribbon. */
const MAX_ASPECT = 1.25;

/** Points along the edges of an extent, a degree apart: a shape d3-geo can fit, whatever the projection bends. */
function extentOutline([west, south, east, north]: Bounds): GeoPermissibleObjects {
	const coordinates: [number, number][] = [];
	const steps = Math.max(2, Math.ceil(Math.max(east - west, north - south)));
	for (let i = 0; i <= steps; i++) {
		const lon = west + ((east - west) * i) / steps;
		const lat = south + ((north - south) * i) / steps;
		coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
	}
	return { type: 'MultiPoint', coordinates };
}

/**
 * The projected world fills the width; its height follows from the projection's aspect. For a part of the world,
 * Equal Earth turned to its middle meridian, fitted to the part's width, and cut to its box.
 */
export function projection(width: number, top: number, extent: Bounds | null) {
	const innerWidth = width - 2 * PAD;
	const sphere: GeoPermissibleObjects = { type: 'Sphere' };
	const shape = extent ? extentOutline(extent) : sphere;
	const base = () => (extent ? geoEqualEarth().rotate([-(extent[0] + extent[2]) / 2, 0]) : geoEqualEarth());
	const unit = base().fitWidth(1000, shape);
	const [[x0, y0], [x1, y1]] = geoPath(unit).bounds(shape);
	const height = Math.ceil(Math.min((innerWidth * (y1 - y0)) / (x1 - x0), innerWidth * MAX_ASPECT));
	const box: [[number, number], [number, number]] = [
		[PAD, top],
		[PAD + innerWidth, top + height]
	];
	const projected = extent ? base().fitExtent(box, shape).clipExtent(box) : base().fitExtent(box, sphere);
	const inside = ([x, y]: [number, number]) =>
		x >= box[0][0] && x <= box[1][0] && y >= box[0][1] && y <= box[1][1];
	return { projected, height, inside };
}

/**
 * The asset's rings are wound for MapLibre (RFC 7946: exterior counterclockwise); d3-geo reads a spherical polygon's
 * exterior as clockwise, and a counterclockwise ring as everything outside it. So every ring is reversed for d3.
 */
export function forD3(geometry: Polygon | MultiPolygon): MultiPolygon {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return {
		type: 'MultiPolygon',
		coordinates: polygons.map((polygon) => polygon.map((ring) => [...ring].reverse()))
	};
}
