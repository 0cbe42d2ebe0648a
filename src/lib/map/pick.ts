/** Which country the reader points at on the map: the one answer shared by hover, click and Enter. */
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { LAYER, SOURCE } from './style';

const OWN_SOURCES: string[] = [SOURCE.countries, SOURCE.points, SOURCE.outline];

/**
 * Below this zoom a click answers the country under the pointer even where a mission marker lies over it: at
 * world zoom a city's marker covers the middle of a small or middle-sized country (Ankara's covers Turkey's on a
 * phone, Sofia's most of Bulgaria), and the reader who clicks there means the country. The mission groups stay
 * reachable from the "Missions by city" list and, from this zoom on, on the map.
 */
const COUNTRY_FIRST_BELOW_ZOOM = 3;

/** Whether mission markers answer the pointer at the map's current zoom. */
export function missionsAnswer(map: MapLibreMap): boolean {
	return map.getZoom() >= COUNTRY_FIRST_BELOW_ZOOM;
}

/**
 * The country at a screen point: a small-state marker first, as it sits over its neighbours. `undefined` when
 * another layer's feature (a mission marker, from COUNTRY_FIRST_BELOW_ZOOM on) is on top: that layer answers the
 * pointer, not the country.
 */
export function codeAt(map: MapLibreMap, point: PointLike): string | null | undefined {
	const [top] = map.queryRenderedFeatures(point);
	if (top && !OWN_SOURCES.includes(top.source) && missionsAnswer(map)) return undefined;
	const layers = [LAYER.smallStates, LAYER.fill].filter(
		(id) => map.getLayoutProperty(id, 'visibility') !== 'none'
	);
	const [hit] = map.queryRenderedFeatures(point, { layers });
	const code: unknown = hit?.properties?.code;
	return typeof code === 'string' ? code : null;
}
