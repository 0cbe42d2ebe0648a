/**
 * One world on the screen. MapLibre draws copies of the world side by side by default, so a window wider than the
 * world at the first zoom shows two Russias (1920x1080). With `renderWorldCopies: false` it draws one, but its own
 * camera constraint then centres that world in the whole window, under the side panel; this constraint only keeps
 * the centre on the world, so the first view can place the world in the room the panels leave.
 * https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/MapOptions/#transformconstrain
 */
import { LngLat } from 'maplibre-gl';
import { MAX_LAT } from './first-view';

export { WORLD_BOUNDS } from './first-view';

/** The camera's centre kept on the one world drawn; the zoom as asked. */
export function keepCentreOnWorld(lngLat: LngLat, zoom: number): { center: LngLat; zoom: number } {
	const lng = Math.min(180, Math.max(-180, lngLat.lng));
	const lat = Math.min(MAX_LAT, Math.max(-MAX_LAT, lngLat.lat));
	return { center: lng === lngLat.lng && lat === lngLat.lat ? lngLat : new LngLat(lng, lat), zoom };
}
