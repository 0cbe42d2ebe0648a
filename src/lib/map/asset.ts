/**
 * The geometry asset the map loads from its own origin (`/geo/countries.json`, prerendered by
 * src/routes/geo/countries.json/+server.ts from src/lib/server/geo/geometry.ts). TopoJSON, because it is 2.4 times
 * smaller gzipped than the same shapes as GeoJSON; all the slow work (unwrapping, merging, label points) is done
 * at build time, so the browser only decodes it with topojson-client's `feature()`.
 * https://github.com/topojson/topojson-specification
 */
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { regionNameOr } from '../view/words';

export type LngLat = [number, number];
/** [west, south, east, north]; east may exceed 180 for a country that crosses the antimeridian (Russia, Fiji). */
export type Bounds = [number, number, number, number];

/** Below this area (km2) a country also gets a circle marker, so it can be seen and clicked at world zoom. */
export const SMALL_STATE_KM2 = 20_000;

export interface ShapeProperties {
	/** ISO 3166-1 alpha-2 code (XK Kosovo, XS Siachen Glacier): the key MapLibre joins colours on (`promoteId`). */
	code: string;
}

export interface PointProperties {
	code: string;
	/** English short name, for countries the documents do not name (the summaries carry their own names). */
	name: string;
	/** Area in km2. Orders labels (larger first) and decides `small`. */
	area: number;
	/** Main parts' bounds, for framing the country when it is selected. */
	bounds: Bounds;
	/** Area below SMALL_STATE_KM2: drawn with a circle marker too. */
	small: boolean;
}

export type CountriesTopology = Topology<{
	countries: GeometryCollection<ShapeProperties>;
	/** One point per country, at its label position (pole of inaccessibility of its largest part). */
	points: GeometryCollection<PointProperties>;
}>;

export interface DecodedAsset {
	countries: FeatureCollection<Polygon | MultiPolygon, ShapeProperties>;
	points: FeatureCollection<Point, PointProperties>;
}

export function decodeAsset(topology: CountriesTopology): DecodedAsset {
	return {
		countries: feature(topology, topology.objects.countries) as DecodedAsset['countries'],
		points: feature(topology, topology.objects.points) as DecodedAsset['points']
	};
}

/**
 * The points with the label each shows, in the interface's language: the summaries' name where the documents name
 * the country (chosen for the page's language on the server), else CLDR's name in that language from the browser
 * (`regionNameOr`; English keeps the geometry's name). A page has one language (the switcher reloads it), so the
 * label is a property of the data the source is made from; the focus (status `focus`) is marked for its own label
 * layer.
 */
export function labelledPoints(
	data: DecodedAsset,
	names: ReadonlyMap<string, { name: string; status?: string }>
): DecodedAsset['points'] {
	return {
		...data.points,
		features: data.points.features.map((f) => ({
			...f,
			properties: {
				...f.properties,
				label: names.get(f.properties.code)?.name ?? regionNameOr(f.properties.code, f.properties.name),
				mentioned: names.has(f.properties.code),
				focus: names.get(f.properties.code)?.status === 'focus'
			}
		}))
	};
}
