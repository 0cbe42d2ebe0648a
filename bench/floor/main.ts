/**
 * The floor the app is measured against (scripts/bench.ts): MapLibre, the app's own geometry file decoded by the
 * app's own decoder, one fill layer over a background, nothing else. Whatever the app takes beyond this page is
 * the cost of being an app (Svelte, the panel, colours, labels, markers).
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { decodeAsset, type CountriesTopology } from '../../src/lib/map/asset';

declare global {
	interface Window {
		__map?: MapLibreMap;
	}
}

// Bundled worker, as the app does: without it the worker 404s after the build.
setWorkerUrl(workerUrl);

const topology = (await (await fetch('./geo/countries.json')).json()) as CountriesTopology;
const { countries } = decodeAsset(topology);

window.__map = new MapLibreMap({
	container: 'map',
	style: {
		version: 8,
		sources: { countries: { type: 'geojson', data: countries } },
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': '#f1f7fb' } },
			{ id: 'fill', type: 'fill', source: 'countries', paint: { 'fill-color': '#9fb8cc' } }
		]
	},
	// The app's world view: the same bounds, so both draw the same shapes at the same zoom.
	bounds: [
		[-168, -56],
		[190, 76]
	]
});
