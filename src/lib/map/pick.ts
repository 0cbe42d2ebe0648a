/** Which country the reader points at on the map: the one answer shared by hover, click and Enter. */
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { LAYER, SOURCE } from './style';

const OWN_SOURCES: string[] = [SOURCE.countries, SOURCE.points, SOURCE.outline];

/**
 * The country at a screen point: a small-state marker first, as it sits over its neighbours. `undefined` when
 * another layer's feature (a mission marker) is on top: that layer answers the pointer, not the country.
 */
export function codeAt(map: MapLibreMap, point: PointLike): string | null | undefined {
	const [top] = map.queryRenderedFeatures(point);
	if (top && !OWN_SOURCES.includes(top.source)) return undefined;
	const layers = [LAYER.smallStates, LAYER.fill].filter(
		(id) => map.getLayoutProperty(id, 'visibility') !== 'none'
	);
	const [hit] = map.queryRenderedFeatures(point, { layers });
	const code: unknown = hit?.properties?.code;
	return typeof code === 'string' ? code : null;
}
