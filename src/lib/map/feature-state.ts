/**
 * Feature-state on the countries' sources, keyed by ISO code (the sources promote `code` to the feature id):
 * how the map's fill, hover, selection, highlight and dim reach the style's paint expressions.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setfeaturestate
 */
import type { FeatureIdentifier } from 'maplibre-gl';
import { SOURCE } from './style';

/** The part of the map that feature-state needs (a MapLibre map is one). */
export interface FeatureStateTarget {
	setFeatureState(feature: FeatureIdentifier, state: Record<string, unknown>): unknown;
	removeFeatureState(feature: FeatureIdentifier, key?: string): unknown;
}

/** A country's polygon and its point (label and small-state marker). */
const COUNTRY_SOURCES: readonly string[] = [SOURCE.countries, SOURCE.points];

/** Sets feature-state keys on a country in the given sources. */
export function setState(
	map: FeatureStateTarget,
	code: string,
	state: Record<string, unknown>,
	sources: readonly string[] = COUNTRY_SOURCES
): void {
	for (const source of sources) map.setFeatureState({ source, id: code }, state);
}

/** Removes one feature-state key from a country in the given sources. */
export function removeState(
	map: FeatureStateTarget,
	code: string,
	key: string,
	sources: readonly string[] = COUNTRY_SOURCES
): void {
	for (const source of sources) map.removeFeatureState({ source, id: code }, key);
}

/**
 * Keeps one boolean feature-state on a set of codes: each call sets it on the codes that join the set and clears
 * it from the codes that leave, so a change costs only the codes that changed.
 */
export function stateTracker(
	key: string,
	sources: readonly string[] = COUNTRY_SOURCES
): (map: FeatureStateTarget, codes: Iterable<string>) => void {
	let previous = new Set<string>();
	return (map, codes) => {
		const next = new Set(codes);
		for (const code of previous) if (!next.has(code)) setState(map, code, { [key]: false }, sources);
		for (const code of next) if (!previous.has(code)) setState(map, code, { [key]: true }, sources);
		previous = next;
	};
}
