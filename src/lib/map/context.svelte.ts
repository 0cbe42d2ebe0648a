/**
 * The map instance and its readiness, shared by the canvas that creates it and the children that draw on it
 * (fill, outlines, camera, tooltip, mission layers), as svelte-maplibre-gl and dimfeld/svelte-maplibre do: children
 * read the map from context instead of a prop handed down by the host.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { getContext, setContext } from 'svelte';
import type { DecodedAsset } from './asset';

export class MapContext {
	/** The map, set by MapCanvas once its style's sources exist; null before that and after it is removed. */
	map = $state.raw<MapLibreMap | null>(null);
	/**
	 * The map's first view is drawn whole (its first `idle`): the countries, their colours and borders, the small
	 * states' markers. The labels and the mission layers wait for it, so that the first frames (in software WebGL
	 * each costs a fifth of a second) draw only what the SVG first map showed, and a reader who moves at once has
	 * the map sooner.
	 */
	settled = $state(false);
	/** The geometry the map was built from, set with the map. */
	asset = $state.raw<DecodedAsset | null>(null);
	/** Country points (names, bounds) by ISO code. */
	readonly pointByCode = $derived(byCode(this.asset?.points.features ?? [], (f) => f.properties));
	/** Country shapes by ISO code, for the outlines. */
	readonly shapeByCode = $derived(byCode(this.asset?.countries.features ?? [], (f) => f));
	/** The reader's reduced-motion preference, read once: camera moves become jumps and symbols do not fade. */
	readonly reduceMotion =
		typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

	/** A camera move's duration: `ms`, or none under reduced motion. */
	duration(ms: number): number {
		return this.reduceMotion ? 0 : ms;
	}
}

/** Features by their ISO code, each as `value` gives it. */
function byCode<F extends { properties: { code: string } }, T>(
	features: F[],
	value: (feature: F) => T
): ReadonlyMap<string, T> {
	return new Map(features.map((f) => [f.properties.code, value(f)]));
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
