/** Which country the reader points at on the map: the one answer shared by hover, click and Enter. */
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { HIDDEN_STATE } from './mission-style';
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
	// A mission the timeline hides is drawn transparent, not removed: it is not on top.
	const [top] = map.queryRenderedFeatures(point).filter((f) => f.state?.[HIDDEN_STATE] !== true);
	if (top && !OWN_SOURCES.includes(top.source) && missionsAnswer(map)) return undefined;
	const layers = [LAYER.smallStates, LAYER.fill].filter(
		(id) => map.getLayoutProperty(id, 'visibility') !== 'none'
	);
	const [hit] = map.queryRenderedFeatures(point, { layers });
	const code: unknown = hit?.properties?.code;
	return typeof code === 'string' ? code : null;
}

/**
 * The point Enter picks on the keyboard map: the middle of the room the page's boxes leave (the panel, the search
 * bar, the key), where a cross marks it while the map has the keyboard's focus, rather than the middle of the whole
 * canvas, which a side panel may cover. Without padding, the canvas's middle.
 */
export function roomCentre(
	size: { width: number; height: number },
	padding: { top?: number; right?: number; bottom?: number; left?: number } = {}
): [number, number] {
	const p = {
		top: padding.top ?? 0,
		right: padding.right ?? 0,
		bottom: padding.bottom ?? 0,
		left: padding.left ?? 0
	};
	const width = Math.max(0, size.width - p.left - p.right);
	const height = Math.max(0, size.height - p.top - p.bottom);
	// A room squeezed to nothing (a tiny window) falls back to the canvas's middle.
	if (width === 0 || height === 0) return [size.width / 2, size.height / 2];
	return [Math.round(p.left + width / 2), Math.round(p.top + height / 2)];
}
