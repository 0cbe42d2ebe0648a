/**
 * MapLibre sources and layers for diplomatic missions, built from src/lib/view/missions.ts. Pure: specs only.
 * https://maplibre.org/maplibre-style-spec/layers/
 *
 * How a mission is drawn:
 * - Colour says whose it is: the focus's own abroad (crimson), a foreign one in the focus (amber), a foreign one
 *   elsewhere serving the focus (teal). The three stay apart from the blue and orange country fills and from each
 *   other for the common colour blindnesses (crimson vs amber differ in lightness too); a dark or white ring keeps
 *   every dot readable on any fill.
 * - Size and ring say the kind: embassy largest with a dark ring, consulates-general and consulates smaller with a
 *   white ring, honorary consulates and offices smallest.
 * - A mission whose city the documents do not state (placed at the capital) is hollow, inside a faint halo: "about
 *   here", not a pin.
 * - A city with two or more missions is one white marker with the number of missions shown; a click lists them.
 * - Arcs: solid from the sender's capital to the mission, dashed from a non-resident mission to a country it serves.
 */
import type {
	CircleLayerSpecification,
	DataDrivenPropertyValueSpecification,
	ExpressionSpecification,
	FilterSpecification,
	GeoJSONSourceSpecification,
	LineLayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { MissionKind } from '../atlas/types';
import type { LayerId } from '../view/options';
import {
	connectionArcs,
	groupPoints,
	missionPoints,
	type Capital,
	type Direction,
	type MissionsPayload
} from '../view/missions';
import { placements } from '../view/missions-seats';
import { INK, LABEL_FONT } from './style';

export const MISSION_SOURCE = { missions: 'missions', groups: 'mission-groups', arcs: 'arcs' } as const;

export const MISSION_LAYER = {
	arcs: 'mission-arcs',
	arcsDashed: 'mission-arcs-dashed',
	abroadHalo: 'missions-abroad-halo',
	abroad: 'missions-abroad',
	inFocusHalo: 'missions-in-focus-halo',
	inFocus: 'missions-in-focus',
	groups: 'mission-groups',
	groupCount: 'mission-group-count'
} as const;

export type MissionLayerId = (typeof MISSION_LAYER)[keyof typeof MISSION_LAYER];
export type MissionLayerSpecification =
	CircleLayerSpecification | LineLayerSpecification | SymbolLayerSpecification;

/** The toggles of the ViewState that show or hide mission layers, and the layers each governs. */
type MissionToggle = Extract<LayerId, 'missions-abroad' | 'missions-in-focus' | 'connections'>;
const TOGGLE_LAYERS: Record<MissionToggle, MissionLayerId[]> = {
	'missions-abroad': [MISSION_LAYER.abroadHalo, MISSION_LAYER.abroad],
	'missions-in-focus': [MISSION_LAYER.inFocusHalo, MISSION_LAYER.inFocus],
	connections: [MISSION_LAYER.arcs, MISSION_LAYER.arcsDashed]
};

export const DIRECTION_COLOURS: Record<Direction, string> = {
	abroad: '#c8102e',
	'in-focus': '#f2a900',
	other: '#00897b'
};

/** The directions each toggle shows: the focus's own, or foreign ones serving it (in it or from abroad). */
export const TOGGLE_DIRECTIONS: Record<'missions-abroad' | 'missions-in-focus', Direction[]> = {
	'missions-abroad': ['abroad'],
	'missions-in-focus': ['in-focus', 'other']
};

const directionColour: ExpressionSpecification = [
	'match',
	['get', 'direction'],
	'abroad',
	DIRECTION_COLOURS.abroad,
	'in-focus',
	DIRECTION_COLOURS['in-focus'],
	DIRECTION_COLOURS.other
];

/** Radius at a mid zoom, by kind; scaled down at world zoom and up when close. The SVG map (svg/) reads it too. */
export const KIND_RADIUS: Record<MissionKind, number> = {
	embassy: 6,
	'consulate-general': 5,
	consulate: 4.5,
	'honorary-consulate': 3.5,
	office: 3.5
};

const kindRadius: ExpressionSpecification = [
	'match',
	['get', 'kind'],
	'embassy',
	KIND_RADIUS.embassy,
	'consulate-general',
	KIND_RADIUS['consulate-general'],
	'consulate',
	KIND_RADIUS.consulate,
	'honorary-consulate',
	KIND_RADIUS['honorary-consulate'],
	KIND_RADIUS.office
];

/** How much smaller a mission's dot is at world zoom (zoom 1) than its KIND_RADIUS. */
export const WORLD_ZOOM_SCALE = 0.75;

const byZoom = (value: ExpressionSpecification | number): DataDrivenPropertyValueSpecification<number> => [
	'interpolate',
	['linear'],
	['zoom'],
	1,
	['*', WORLD_ZOOM_SCALE, value],
	6,
	['*', 1.4, value]
];

const approximate: ExpressionSpecification = ['==', ['get', 'approximate'], true];

/** The feature-state of a mission not open in the timeline's year (time-missions.ts): drawn fully transparent. */
export const HIDDEN_STATE = 'hidden';
const hidden: ExpressionSpecification = ['boolean', ['feature-state', HIDDEN_STATE], false];
/** `value`, or 0 for a mission the timeline hides. */
const unlessHidden = (value: ExpressionSpecification | number): ExpressionSpecification => [
	'case',
	hidden,
	0,
	value
];

/**
 * The clause that leaves out the copies of missions placed elsewhere in past years (view/missions-seats.ts
 * `placements`): drawn only while the timeline shows a year (time-missions.ts takes the clause out then).
 */
export const NOT_VARIANT: ExpressionSpecification = ['!=', ['get', 'variant'], true];

const pointFilter = (directions: Direction[]): ExpressionSpecification => [
	'all',
	['!=', ['get', 'grouped'], true],
	NOT_VARIANT,
	['in', ['get', 'direction'], ['literal', directions]]
];

function pointLayers(toggle: 'missions-abroad' | 'missions-in-focus'): CircleLayerSpecification[] {
	const [haloId, pointId] = TOGGLE_LAYERS[toggle];
	const filter = pointFilter(TOGGLE_DIRECTIONS[toggle]);
	return [
		{
			id: haloId,
			type: 'circle',
			source: MISSION_SOURCE.missions,
			filter: ['all', filter, approximate],
			paint: {
				'circle-radius': byZoom(['*', 2.6, kindRadius]),
				'circle-color': directionColour,
				'circle-opacity': unlessHidden(0.14),
				'circle-stroke-color': directionColour,
				'circle-stroke-width': 1,
				'circle-stroke-opacity': unlessHidden(0.55)
			}
		},
		{
			id: pointId,
			type: 'circle',
			source: MISSION_SOURCE.missions,
			filter,
			paint: {
				'circle-radius': byZoom(kindRadius),
				'circle-color': ['case', approximate, '#ffffff', directionColour],
				// Hollow when approximate: the coloured ring is the only mark.
				'circle-opacity': unlessHidden(['case', approximate, 0, 1]),
				'circle-stroke-opacity': unlessHidden(1),
				'circle-stroke-color': [
					'case',
					approximate,
					directionColour,
					['==', ['get', 'kind'], 'embassy'],
					INK,
					'#ffffff'
				],
				'circle-stroke-width': ['case', approximate, 2.5, ['==', ['get', 'kind'], 'embassy'], 1.5, 1.2]
			}
		}
	];
}

/**
 * How many of a group's missions are shown under `layers`: a group marker counts only the directions switched on,
 * and disappears when none is (MapLibre expressions cannot read the view, so the counts are rebuilt per change).
 */
export function groupCount(layers: ReadonlySet<LayerId>): ExpressionSpecification {
	return [
		'+',
		layers.has('missions-abroad') ? ['get', 'abroad'] : 0,
		layers.has('missions-in-focus') ? ['get', 'forFocus'] : 0
	];
}

function groupFilter(layers: ReadonlySet<LayerId>): FilterSpecification {
	return ['>', groupCount(layers), 0];
}

/** The ring of a group: the colour of its one direction shown, or ink when both are shown and present. */
function groupRing(layers: ReadonlySet<LayerId>): ExpressionSpecification {
	const abroad: ExpressionSpecification = layers.has('missions-abroad') ? ['get', 'abroad'] : ['literal', 0];
	const forFocus: ExpressionSpecification = layers.has('missions-in-focus')
		? ['get', 'forFocus']
		: ['literal', 0];
	return [
		'case',
		['all', ['>', abroad, 0], ['>', forFocus, 0]],
		INK,
		['>', abroad, 0],
		DIRECTION_COLOURS.abroad,
		DIRECTION_COLOURS['in-focus']
	];
}

export type Visibility = 'visible' | 'none';

/** Layout visibility of every mission layer under `layers`. */
export function missionVisibility(layers: ReadonlySet<LayerId>): Record<MissionLayerId, Visibility> {
	const show = (on: boolean): Visibility => (on ? 'visible' : 'none');
	const anyPoints = layers.has('missions-abroad') || layers.has('missions-in-focus');
	const result = {
		[MISSION_LAYER.groups]: show(anyPoints),
		[MISSION_LAYER.groupCount]: show(anyPoints)
	} as Record<MissionLayerId, Visibility>;
	for (const [toggle, ids] of Object.entries(TOGGLE_LAYERS) as [MissionToggle, MissionLayerId[]][])
		for (const id of ids) result[id] = show(layers.has(toggle));
	return result;
}

/** A city group's radius by its count: 9 px for two missions, 14 px for twelve or more (linear between). */
const GROUP_RADIUS = [2, 9, 12, 14] as const;

/** GROUP_RADIUS as a function, for renderers that are not MapLibre (svg/). */
export function groupRadius(count: number): number {
	const [c0, r0, c1, r1] = GROUP_RADIUS;
	const t = Math.min(1, Math.max(0, (count - c0) / (c1 - c0)));
	return r0 + t * (r1 - r0);
}

/** The paint and filter values that depend on `layers`, besides visibility: what an update must set again. */
export function groupDynamic(layers: ReadonlySet<LayerId>) {
	return {
		filter: groupFilter(layers),
		ring: groupRing(layers),
		text: ['to-string', groupCount(layers)] satisfies ExpressionSpecification,
		radius: ['interpolate', ['linear'], groupCount(layers), ...GROUP_RADIUS] satisfies ExpressionSpecification
	};
}

/** All mission layers, bottom to top: arcs, then points and halos, then group markers and their counts. */
export function missionLayers(layers: ReadonlySet<LayerId>): MissionLayerSpecification[] {
	const visibility = missionVisibility(layers);
	const group = groupDynamic(layers);
	const arcPaint = {
		'line-color': directionColour,
		'line-width': ['interpolate', ['linear'], ['zoom'], 1, 1, 6, 2],
		'line-opacity': unlessHidden(0.7)
	} satisfies LineLayerSpecification['paint'];
	const specs: MissionLayerSpecification[] = [
		{
			id: MISSION_LAYER.arcs,
			type: 'line',
			source: MISSION_SOURCE.arcs,
			filter: ['all', ['!=', ['get', 'dashed'], true], NOT_VARIANT],
			layout: { 'line-cap': 'round' },
			paint: arcPaint
		},
		{
			id: MISSION_LAYER.arcsDashed,
			type: 'line',
			source: MISSION_SOURCE.arcs,
			filter: ['all', ['==', ['get', 'dashed'], true], NOT_VARIANT],
			// Wider than the solid arcs: dashes of a one-pixel line read as a faint solid line at world zoom.
			paint: {
				...arcPaint,
				'line-width': ['interpolate', ['linear'], ['zoom'], 1, 1.8, 6, 3],
				'line-dasharray': [2, 1.5],
				'line-opacity': unlessHidden(0.95)
			}
		},
		...pointLayers('missions-abroad'),
		...pointLayers('missions-in-focus'),
		{
			id: MISSION_LAYER.groups,
			type: 'circle',
			source: MISSION_SOURCE.groups,
			filter: group.filter,
			paint: {
				'circle-radius': group.radius,
				'circle-color': '#ffffff',
				'circle-stroke-color': group.ring,
				'circle-stroke-width': 3
			}
		},
		{
			id: MISSION_LAYER.groupCount,
			type: 'symbol',
			source: MISSION_SOURCE.groups,
			filter: group.filter,
			layout: {
				'text-field': group.text,
				'text-font': [LABEL_FONT],
				'text-size': 12,
				'text-allow-overlap': true,
				// Always drawn, and it claims the room of its ring (the padding), so that country labels placed
				// after it (the focus's name) keep off the group's marker rather than lying under it.
				'text-padding': 8
			},
			paint: { 'text-color': INK }
		}
	];
	return specs.map((spec) => ({
		...spec,
		layout: { ...spec.layout, visibility: visibility[spec.id as MissionLayerId] }
	})) as MissionLayerSpecification[];
}

/** GeoJSON sources for the three kinds of feature. Mission points carry numeric ids (their index) for clicks. */
export function missionSources(payload: MissionsPayload): Record<string, GeoJSONSourceSpecification> {
	const { missions, focus, capitals } = payload;
	const points = missionPoints(missions, focus);
	const arcs = connectionArcs(missions, focus, capitals);
	// The copies placed elsewhere in past years, each a feature of its own (id after the missions'), left out by
	// NOT_VARIANT but while the timeline shows a year that places the mission there. A copy answers a pick as its
	// mission does (`id`, the mission's index).
	for (const variant of placements(payload).variants) {
		const [point] = missionPoints([variant.place], focus).features;
		if (point)
			points.features.push({
				...point,
				id: variant.id,
				properties: { ...point.properties, id: variant.mission, grouped: false, variant: true }
			});
		const home: Record<string, Capital> = { ...capitals };
		delete home[variant.place.sender];
		if (variant.home) home[variant.place.sender] = variant.home;
		for (const arc of connectionArcs([variant.place], focus, home).features)
			arcs.features.push({ ...arc, properties: { ...arc.properties, mission: variant.id, variant: true } });
	}
	return {
		[MISSION_SOURCE.missions]: { type: 'geojson', data: points },
		[MISSION_SOURCE.groups]: { type: 'geojson', data: groupPoints(missions, focus) },
		// Keyed by their mission's index, as the points are, for the timeline's feature-state (time-missions.ts).
		[MISSION_SOURCE.arcs]: { type: 'geojson', data: arcs, promoteId: 'mission' }
	};
}

/** Layers a click can hit, top first: a group marker over a single point. */
export const CLICKABLE_LAYERS: MissionLayerId[] = [
	MISSION_LAYER.groups,
	MISSION_LAYER.abroad,
	MISSION_LAYER.inFocus
];
