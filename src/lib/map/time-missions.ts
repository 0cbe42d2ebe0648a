/**
 * The mission layers as of a year: filters that keep the missions open in that year (model.ts `missionsOpenAt`),
 * set with `setFilter` on the layers already on the map, no source replaced. Pure: (layers, ids) -> a filter per
 * layer. While a year is shown the city groups (built for all missions, with counts of all) are hidden and each
 * open mission is its own point, since a group's count would count missions not open then; `ids` null gives the
 * layers' own filters back.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setfilter
 */
import type { FilterSpecification } from 'maplibre-gl';
import type { LayerId } from '../view/options';
import { MISSION_SOURCE, missionLayers } from './mission-style';

/** The clause that hides a mission drawn in its city's group. */
const GROUPED = JSON.stringify(['!=', ['get', 'grouped'], true]);

/** `expression` with the GROUPED clause taken out of its `all`s. */
function ungrouped(expression: unknown): unknown {
	if (!Array.isArray(expression)) return expression;
	if (expression[0] === 'all')
		return [
			'all',
			...expression
				.slice(1)
				.filter((e) => JSON.stringify(e) !== GROUPED)
				.map(ungrouped)
		];
	return expression;
}

export function missionYearFilters(
	layers: ReadonlySet<LayerId>,
	ids: readonly number[] | null
): Record<string, FilterSpecification> {
	const out: Record<string, FilterSpecification> = {};
	for (const spec of missionLayers(layers)) {
		const own = (spec.filter ?? ['boolean', true]) as FilterSpecification;
		if (ids === null) out[spec.id] = own;
		else if (spec.source === MISSION_SOURCE.groups) out[spec.id] = ['boolean', false];
		else if (spec.source === MISSION_SOURCE.missions)
			out[spec.id] = [
				'all',
				ungrouped(own),
				['in', ['get', 'id'], ['literal', [...ids]]]
			] as FilterSpecification;
		else
			out[spec.id] = ['all', own, ['in', ['get', 'mission'], ['literal', [...ids]]]] as FilterSpecification;
	}
	return out;
}

/** Sets the filters on the map, on the mission layers it has. */
export function filterMissionsByYear(
	map: { getLayer(id: string): unknown; setFilter(id: string, filter: FilterSpecification): unknown },
	layers: ReadonlySet<LayerId>,
	ids: readonly number[] | null
): void {
	for (const [id, filter] of Object.entries(missionYearFilters(layers, ids)))
		if (map.getLayer(id)) map.setFilter(id, filter);
}
