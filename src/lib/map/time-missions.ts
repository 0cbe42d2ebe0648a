/**
 * The mission layers as of a year: the missions open in that year (model.ts `missionsOpenAt`) shown, the others
 * hidden by the `hidden` feature-state that the points' and arcs' opacities read (mission-style.ts), no source
 * replaced and no filter changed from one year to the next. A new filter would make MapLibre cut the layer's
 * source into tiles again in its worker, a second frame hundreds of milliseconds later in software WebGL; a
 * feature-state rewrites only the paint of the features it changes. While a year is shown the city groups (built
 * for all missions, with counts of all) are hidden and each mission is its own point, since a group's count would
 * count missions not open then: that filter is set once, when the timeline opens; `ids` null gives the layers' own
 * filters back and clears the states.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setfeaturestate
 */
import type { FeatureIdentifier, FilterSpecification } from 'maplibre-gl';
import type { LayerId } from '../view/options';
import { setFilterIfChanged, type LayerPropsTarget } from './layer-props';
import { HIDDEN_STATE, MISSION_SOURCE, missionLayers, NOT_VARIANT } from './mission-style';

/** The clause that hides a mission drawn in its city's group. */
const GROUPED = JSON.stringify(['!=', ['get', 'grouped'], true]);
/** The clause that hides the copies of missions placed elsewhere in past years (mission-style.ts). */
const VARIANT = JSON.stringify(NOT_VARIANT);

/** `expression` with the clauses in `drop` taken out of its `all`s. */
function without(expression: unknown, drop: readonly string[]): unknown {
	if (!Array.isArray(expression)) return expression;
	if (expression[0] === 'all')
		return [
			'all',
			...expression
				.slice(1)
				.filter((e) => !drop.includes(JSON.stringify(e)))
				.map((e) => without(e, drop))
		];
	return expression;
}

/**
 * The layers' filters: on the timeline (`timeline` true) every mission its own point and no group, and the copies
 * placed elsewhere in past years in (hidden by feature-state but in their years); else their own.
 */
export function missionYearFilters(
	layers: ReadonlySet<LayerId>,
	timeline: boolean
): Record<string, FilterSpecification> {
	const out: Record<string, FilterSpecification> = {};
	for (const spec of missionLayers(layers)) {
		const own = (spec.filter ?? ['boolean', true]) as FilterSpecification;
		if (!timeline) out[spec.id] = own;
		else if (spec.source === MISSION_SOURCE.groups) out[spec.id] = ['boolean', false];
		else if (spec.source === MISSION_SOURCE.missions)
			out[spec.id] = without(own, [GROUPED, VARIANT]) as FilterSpecification;
		else if (spec.source === MISSION_SOURCE.arcs)
			out[spec.id] = without(own, [VARIANT]) as FilterSpecification;
		else out[spec.id] = own;
	}
	return out;
}

/** The part of a MapLibre map this needs. */
export interface MissionYearTarget extends Pick<LayerPropsTarget, 'getFilter' | 'setFilter'> {
	getLayer(id: string): unknown;
	setFeatureState(feature: FeatureIdentifier, state: Record<string, unknown>): unknown;
	removeFeatureState(feature: FeatureIdentifier, key?: string): unknown;
}

/** The mission points are keyed by their index; the arcs by their mission's (the source promotes `mission`). */
const STATE_SOURCES = [MISSION_SOURCE.missions, MISSION_SOURCE.arcs] as const;

/**
 * Keeps the mission layers as of a year: `ids` the features shown (a mission open then, by its index or by the id
 * of its copy placed where it stood that year: `yearFeatureIds`), of `count` features in all (the missions and
 * their copies), or null when no year is shown. Each call changes only the features whose state changed.
 */
export function missionYearKeeper(): (
	map: MissionYearTarget,
	layers: ReadonlySet<LayerId>,
	ids: readonly number[] | null,
	count: number
) => void {
	let hidden = new Set<number>();
	return (map, layers, ids, count) => {
		for (const [id, filter] of Object.entries(missionYearFilters(layers, ids !== null)))
			// Only opening and closing the timeline change them: a year's move sets none (each set asks for a frame).
			if (map.getLayer(id)) setFilterIfChanged(map, id, filter);
		const open = new Set(ids ?? []);
		const next = new Set<number>();
		if (ids !== null) for (let i = 0; i < count; i++) if (!open.has(i)) next.add(i);
		for (const i of hidden)
			if (!next.has(i))
				for (const source of STATE_SOURCES) map.removeFeatureState({ source, id: i }, HIDDEN_STATE);
		for (const i of next)
			if (!hidden.has(i))
				for (const source of STATE_SOURCES) map.setFeatureState({ source, id: i }, { [HIDDEN_STATE]: true });
		hidden = next;
	};
}

/**
 * The features that draw `open` (the missions open in `year`, by index): each mission's own, or its copy placed
 * where it stood that year (view/missions-seats.ts `placements`, whose `at` gives it).
 */
export function yearFeatureIds(open: readonly number[], copies: ReadonlyMap<number, number>): number[] {
	return open.map((i) => copies.get(i) ?? i);
}
