/**
 * Puts the mission sources and layers (src/lib/map/mission-style.ts) on a running MapLibre map, keeps them in step
 * with the view's layer toggles, and reports clicks on a mission or a city's group marker.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/
 */
import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import type { LayerId } from '../view/options';
import {
	CLICKABLE_LAYERS,
	HIDDEN_STATE,
	groupDynamic,
	MISSION_LAYER,
	MISSION_SOURCE,
	missionLayers,
	missionSources,
	missionVisibility,
	type MissionLayerId,
	type Visibility
} from './mission-style';
import type { MissionsPayload } from '../view/missions';
import { LAYER } from './style';
import { missionsAnswer } from './pick';

/** What a click picked: one mission (its index), or a city's group marker (its missions' indexes). */
export type MissionPick =
	| { kind: 'mission'; id: number }
	| { kind: 'group'; key: string; city: string | null; geonameId: number | null };

export interface MissionLayersHandle {
	/** Shows, hides and recounts the layers for a new set of toggles. */
	update(layers: ReadonlySet<LayerId>): void;
	/** Takes the layers, sources and listeners off the map again. */
	remove(): void;
}

function pick(feature: MapGeoJSONFeature | undefined): MissionPick | null {
	if (!feature) return null;
	const p = feature.properties;
	if (feature.layer.id === MISSION_LAYER.groups) {
		return typeof p.key === 'string'
			? {
					kind: 'group',
					key: p.key,
					city: typeof p.city === 'string' ? p.city : null,
					geonameId: typeof p.geonameId === 'number' ? p.geonameId : null
				}
			: null;
	}
	return typeof p.id === 'number' ? { kind: 'mission', id: p.id } : null;
}

export function addMissionLayers(
	map: MapLibreMap,
	data: MissionsPayload,
	view: { layers: ReadonlySet<LayerId> },
	onpick: (picked: MissionPick) => void,
	/** The marker under the pointer and where (container pixels), or null when the pointer leaves the markers. */
	onhover: (hovered: { picked: MissionPick; x: number; y: number } | null) => void = () => {}
): MissionLayersHandle {
	for (const [id, source] of Object.entries(missionSources(data))) map.addSource(id, source);
	// Arcs go under the country labels, so names stay readable over the lines.
	const labels = map.getLayer(LAYER.labels) ? LAYER.labels : undefined;
	for (const layer of missionLayers(view.layers)) {
		const isArc = layer.id === MISSION_LAYER.arcs || layer.id === MISSION_LAYER.arcsDashed;
		map.addLayer(layer, isArc ? labels : undefined);
	}

	const hit = (event: MapMouseEvent) => {
		// At world zoom the country under a marker answers the pointer (pick.ts).
		if (!missionsAnswer(map)) return null;
		const layers = CLICKABLE_LAYERS.filter((id) => map.getLayoutProperty(id, 'visibility') !== 'none');
		// The timeline's hidden missions are drawn transparent, not removed: they answer nothing.
		const features = map
			.queryRenderedFeatures(event.point, { layers })
			.filter((f) => f.state?.[HIDDEN_STATE] !== true);
		// queryRenderedFeatures lists the topmost first; a group marker sits above single points.
		return pick(features[0]);
	};
	const onclick = (event: MapMouseEvent) => {
		const picked = hit(event);
		if (picked) onpick(picked);
	};
	let hovering = false;
	const onmove = (event: MapMouseEvent) => {
		// Only ever sets the pointer: MapView's own handler, which runs first, resets it everywhere else.
		const picked = hit(event);
		if (picked) map.getCanvas().style.cursor = 'pointer';
		if (picked) onhover({ picked, x: event.point.x, y: event.point.y });
		else if (hovering) onhover(null);
		hovering = picked !== null;
	};
	const onleave = () => {
		if (hovering) onhover(null);
		hovering = false;
	};
	map.on('click', onclick);
	map.on('mousemove', onmove);
	map.on('mouseout', onleave);
	// A camera move takes the marker from under a resting pointer: its tooltip goes with it.
	map.on('movestart', onleave);

	return {
		update(layers) {
			const visibility = missionVisibility(layers);
			for (const [id, value] of Object.entries(visibility) as [MissionLayerId, Visibility][])
				map.setLayoutProperty(id, 'visibility', value);
			const group = groupDynamic(layers);
			for (const id of [MISSION_LAYER.groups, MISSION_LAYER.groupCount]) map.setFilter(id, group.filter);
			map.setPaintProperty(MISSION_LAYER.groups, 'circle-stroke-color', group.ring);
			map.setPaintProperty(MISSION_LAYER.groups, 'circle-radius', group.radius);
			map.setLayoutProperty(MISSION_LAYER.groupCount, 'text-field', group.text);
		},
		remove() {
			map.off('click', onclick);
			map.off('mousemove', onmove);
			map.off('mouseout', onleave);
			map.off('movestart', onleave);
			for (const id of Object.values(MISSION_LAYER)) if (map.getLayer(id)) map.removeLayer(id);
			for (const id of Object.values(MISSION_SOURCE)) if (map.getSource(id)) map.removeSource(id);
		}
	};
}
