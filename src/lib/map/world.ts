/**
 * One world on the screen. MapLibre draws copies of the world side by side by default, so a window wider than the
 * world at the first zoom shows two Russias (1920x1080). With `renderWorldCopies: false` it draws one, but its own
 * camera constraint then centres that world in the whole window, under the side panel; this constraint only keeps
 * the centre on the world, so the first view can place the world in the room the panels leave.
 * https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/MapOptions/#transformconstrain
 */
import { LngLat, type PaddingOptions } from 'maplibre-gl';

/** The inhabited world, the Aleutians to Chukotka's tip: most of Antarctica left below the edge. */
export const WORLD_BOUNDS: [[number, number], [number, number]] = [
	[-170, -50],
	[180, 78]
];

/** Web Mercator's latitude limit. */
const MAX_LAT = 85.0511;

/** The camera's centre kept on the one world drawn; the zoom as asked. */
export function keepCentreOnWorld(lngLat: LngLat, zoom: number): { center: LngLat; zoom: number } {
	const lng = Math.min(180, Math.max(-180, lngLat.lng));
	const lat = Math.min(MAX_LAT, Math.max(-MAX_LAT, lngLat.lat));
	return { center: lng === lngLat.lng && lat === lngLat.lat ? lngLat : new LngLat(lng, lat), zoom };
}

/**
 * The room around the whole world: the search bar's and the panel's, not the layer box's. That box stands in the
 * lower left, over the South Pacific at world zoom, and a world fitted beside it would be a third smaller.
 */
export function worldPadding(room: PaddingOptions | undefined): PaddingOptions | number {
	return room ? { ...room, left: Math.min(room.left ?? 0, 16) } : 0;
}
