/**
 * The regions a reader can frame the map on, as Our World in Data's map tab offers them: the world and the five
 * continents' groups. Each is a box [west, south, east, north] in degrees that holds its countries' main land (not
 * far islands such as the Azores or Hawaii, which would shrink the rest): the map frames it with `fitBounds` in the
 * room the panel leaves, as "Whole world" does.
 */
import type { LngLatBoundsLike } from 'maplibre-gl';
import { WORLD_BOUNDS } from './first-view';

export interface Region {
	key: 'world' | 'europe' | 'asia' | 'africa' | 'americas' | 'oceania';
	label: string;
	bounds: LngLatBoundsLike;
}

export const REGIONS: readonly Region[] = [
	{ key: 'world', label: 'World', bounds: WORLD_BOUNDS },
	// Iceland to the Urals, Crete to the North Cape.
	{ key: 'europe', label: 'Europe', bounds: [-25, 34, 60, 71.5] },
	// Turkey to Japan, Siberia's south to Indonesia.
	{ key: 'asia', label: 'Asia', bounds: [26, -11, 146, 56] },
	// Cape Verde to Somalia, Tunisia to the Cape.
	{ key: 'africa', label: 'Africa', bounds: [-25.5, -35, 52, 37.5] },
	// Alaska to Greenland's south, Tierra del Fuego.
	{ key: 'americas', label: 'The Americas', bounds: [-168, -56, -34, 72] },
	// Australia, New Zealand, New Guinea and the Pacific states west of the date line (Fiji; Samoa and Tonga lie
	// just east of it, at the box's edge).
	{ key: 'oceania', label: 'Oceania', bounds: [112, -47.5, 180, 0] }
];
