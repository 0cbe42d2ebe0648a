/**
 * A layer's filter and layout properties, set only when the value changes. MapLibre's own setters ignore a value
 * equal to the layer's, but each call still marks the style dirty and asks for a frame (`Map#_update(true)`), in
 * which every layer's properties are evaluated again: a timeline move set ten such values that never changed. These
 * compare the value asked for with the one the map has now (`getFilter`, `getLayoutProperty`, which MapLibre gives
 * as copies), so a layer made again, or changed elsewhere, is never left with a stale value.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setfilter
 */
import type { FilterSpecification } from 'maplibre-gl';

/** The part of a MapLibre map these need. */
export interface LayerPropsTarget {
	getFilter(id: string): FilterSpecification | void | null;
	setFilter(id: string, filter: FilterSpecification | null): unknown;
	getLayoutProperty(id: string, name: string): unknown;
	setLayoutProperty(id: string, name: string, value: unknown): unknown;
}

/** Whether two style values (JSON: filters, expressions, strings) are the same; a missing one equals null. */
export const sameStyleValue = (a: unknown, b: unknown): boolean =>
	JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Sets a layer's filter unless it already has that one. Returns whether it was set. */
export function setFilterIfChanged(
	map: Pick<LayerPropsTarget, 'getFilter' | 'setFilter'>,
	id: string,
	filter: FilterSpecification | null
): boolean {
	if (sameStyleValue(map.getFilter(id), filter)) return false;
	map.setFilter(id, filter);
	return true;
}

/**
 * Sets a layer's layout property unless it already has that value. `visibility` unset is 'visible', as MapLibre
 * draws it. Returns whether it was set.
 */
export function setLayoutIfChanged(
	map: Pick<LayerPropsTarget, 'getLayoutProperty' | 'setLayoutProperty'>,
	id: string,
	name: string,
	value: unknown
): boolean {
	const now = map.getLayoutProperty(id, name) ?? (name === 'visibility' ? 'visible' : undefined);
	if (sameStyleValue(now, value)) return false;
	map.setLayoutProperty(id, name, value);
	return true;
}
