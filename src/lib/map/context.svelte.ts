/**
 * The map instance and its readiness, shared by the canvas that creates it and the children that draw on it
 * (fill, outlines, camera, tooltip, mission layers), as svelte-maplibre-gl and dimfeld/svelte-maplibre do: children
 * read the map from context instead of a prop handed down by the host.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { getContext, setContext } from 'svelte';

export class MapContext {
	/** The map, set by MapCanvas once its style's sources exist; null before that and after it is removed. */
	map = $state.raw<MapLibreMap | null>(null);

	/** The map when its style is loaded, else null: what every child's effect starts from. */
	get ready(): MapLibreMap | null {
		return this.map;
	}
}

const KEY = Symbol('map-context');

export function setMapContext(context = new MapContext()): MapContext {
	return setContext(KEY, context);
}

export function getMapContext(): MapContext {
	const context = getContext<MapContext | undefined>(KEY);
	if (!context)
		throw new Error('getMapContext() called outside a component tree that called setMapContext()');
	return context;
}
