/**
 * What the map draws for diplomatic missions, from the atlas's missions. Pure: no DOM, no MapLibre.
 *
 * - Points: one GeoJSON point per mission, at its city, with its direction relative to the focus country.
 * - City groups: missions that share a city are drawn as one marker with a count (Almaty holds ten, Astana eight),
 *   which opens a list. Grouping rather than spreading them around the city: a ring of ten dots around Almaty
 *   reads as ten places, and needs a zoom level where they no longer overlap; a count reads at world zoom too.
 * - Arcs: a great circle from the sending country's capital to each mission, and a dashed one from a non-resident
 *   mission to each country it serves (the focus's embassy in Vilnius serves Latvia). Longitudes are unwrapped
 *   (kept continuous past ±180) so MapLibre draws an arc across the antimeridian without a streak over the map.
 */
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { Mission, MissionKind } from '$lib/atlas/types';
import type { Seats } from './missions-seats';

/** Whose mission, seen from the focus: its own abroad, a foreign one in it, or a foreign one elsewhere serving it. */
export type Direction = 'abroad' | 'in-focus' | 'other';

/** A place on the map, named. */
export interface Capital {
	city: string;
	lon: number;
	lat: number;
}

/** Capital of each country the arcs start from or lead to, keyed by ISO code. */
export type Capitals = Readonly<Record<string, Capital>>;

/** A sentence of a document, with the words that name the mission marked (offsets into `text`). */
export interface Statement {
	doc: string;
	/** The document's title, to cite it. */
	title: string;
	/** BCP 47 language of the document, for the `lang` attribute. */
	lang: string;
	text: string;
	marks: { start: number; end: number }[];
}

/** A mission as the browser gets it: the atlas's fields, with its sentences cut out of the documents. */
export type MissionView = MissionPlace & {
	/** The sentence that states it first, then any other sentence that states it again. */
	statements: Statement[];
};

/** What the map's mission layers are built from: /data/missions.json. */
export interface MissionsPayload {
	focus: string;
	missions: MissionView[];
	capitals: Capitals;
	/** English name of every country a mission names (sender, host, served), keyed by ISO code. */
	names: Readonly<Record<string, string>>;
	/**
	 * Where each country's embassies stand through time (data/embassy-seats.json, with the gazetteer's capital
	 * between its entries): a mission that names no city is placed by it (view/missions-seats.ts). Optional: a
	 * payload written before it has none, and places such a mission at today's capital in every year.
	 */
	seats?: Seats;
}

/** The fields this module reads: the atlas's Mission and the browser's MissionView both have them. */
export type MissionPlace = Pick<
	Mission,
	| 'sender'
	| 'host'
	| 'kind'
	| 'city'
	| 'geonameId'
	| 'lon'
	| 'lat'
	| 'cityStated'
	| 'accreditedTo'
	| 'since'
	| 'until'
>;

export interface MissionPointProperties {
	/** Index of the mission in the list it came from: the key a click hands back. */
	id: number;
	sender: string;
	host: string;
	kind: MissionKind;
	direction: Direction;
	city: string | null;
	/** The sentence names no city: the mission is placed at the host's capital. */
	approximate: boolean;
	/** Non-resident: the mission also (or only) serves other countries. */
	accredited: boolean;
	/** Another mission stands in the same city: the city's group marker draws it instead of this point. */
	grouped: boolean;
	/** Key of the city group it belongs to (see `groupKey`). */
	group: string;
	/** A copy of the mission placed where it stood in past years (map/mission-style.ts): drawn on the timeline only. */
	variant?: boolean;
}

export interface CityGroup {
	key: string;
	city: string | null;
	/** The city's GeoNames id, which names it in the interface's language (view/city-names.svelte.ts). */
	geonameId: number | null;
	lon: number;
	lat: number;
	/** Indexes into the mission list, in the list's order. */
	missions: number[];
	/** How many of them each direction holds, so the marker can count only the directions shown. */
	counts: Record<Direction, number>;
}

export interface GroupPointProperties {
	key: string;
	city: string | null;
	geonameId: number | null;
	count: number;
	abroad: number;
	/** Foreign missions for the focus: in it, or elsewhere and accredited to it ('in-focus' + 'other'). */
	forFocus: number;
}

export interface ArcProperties {
	/** Index of the mission the arc leads to or from. */
	mission: number;
	direction: Direction;
	/** True for the arc from a non-resident mission to a country it serves. */
	dashed: boolean;
	from: string;
	to: string;
	/** The arc of a copy placed where it stood in past years: drawn on the timeline only. */
	variant?: boolean;
}

export function direction(mission: Pick<MissionPlace, 'sender' | 'host'>, focus: string): Direction {
	if (mission.sender === focus) return 'abroad';
	if (mission.host === focus) return 'in-focus';
	return 'other';
}

/** A mission the map can draw: one with a point (a mission in a host the gazetteer has no capital for has none). */
function hasPoint<M extends Pick<MissionPlace, 'lon' | 'lat'>>(
	mission: M
): mission is M & { lon: number; lat: number } {
	return mission.lon !== null && mission.lat !== null;
}

/** Missions at the same city share a key: the city's name (if any) and its position to about 100 m. */
export function groupKey(mission: Pick<MissionPlace, 'city' | 'lon' | 'lat'>): string {
	if (!hasPoint(mission)) return `${mission.city ?? '?'}@none`;
	return `${mission.city ?? '?'}@${mission.lon.toFixed(3)},${mission.lat.toFixed(3)}`;
}

/** City groups in order of first appearance; a city with one mission is a group of one. Missions with no point are in none. */
export function cityGroups(missions: readonly MissionPlace[], focus: string): CityGroup[] {
	const groups = new Map<string, CityGroup>();
	missions.forEach((m, i) => {
		if (!hasPoint(m)) return;
		const key = groupKey(m);
		let group = groups.get(key);
		if (!group) {
			group = {
				key,
				city: m.city,
				geonameId: m.geonameId,
				lon: m.lon,
				lat: m.lat,
				missions: [],
				counts: { abroad: 0, 'in-focus': 0, other: 0 }
			};
			groups.set(key, group);
		}
		group.missions.push(i);
		group.counts[direction(m, focus)] += 1;
	});
	return [...groups.values()];
}

export function missionPoints(
	missions: readonly MissionPlace[],
	focus: string
): FeatureCollection<Point, MissionPointProperties> {
	const sizes = new Map(cityGroups(missions, focus).map((g) => [g.key, g.missions.length]));
	return {
		type: 'FeatureCollection',
		features: missions.flatMap((m, id) => {
			if (!hasPoint(m)) return [];
			const group = groupKey(m);
			return {
				type: 'Feature',
				id,
				geometry: { type: 'Point', coordinates: [m.lon, m.lat] },
				properties: {
					id,
					sender: m.sender,
					host: m.host,
					kind: m.kind,
					direction: direction(m, focus),
					city: m.city,
					approximate: !m.cityStated,
					accredited: m.accreditedTo.length > 0,
					grouped: (sizes.get(group) ?? 1) > 1,
					group
				}
			};
		})
	};
}

/** One marker per city with two or more missions. */
export function groupPoints(
	missions: readonly MissionPlace[],
	focus: string
): FeatureCollection<Point, GroupPointProperties> {
	return {
		type: 'FeatureCollection',
		features: cityGroups(missions, focus)
			.filter((g) => g.missions.length > 1)
			.map((g) => ({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [g.lon, g.lat] },
				properties: {
					key: g.key,
					city: g.city,
					geonameId: g.geonameId,
					count: g.missions.length,
					abroad: g.counts.abroad,
					forFocus: g.counts['in-focus'] + g.counts.other
				}
			}))
	};
}

type Vec3 = [number, number, number];
const RAD = Math.PI / 180;

function toVec([lon, lat]: Position): Vec3 {
	const l = lon * RAD;
	const p = lat * RAD;
	return [Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)];
}

function toLonLat([x, y, z]: Vec3): Position {
	return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.hypot(x, y)) / RAD];
}

/** Angular distance in degrees between two points on the sphere. */
export function angularDistance(a: Position, b: Position): number {
	const [ax, ay, az] = toVec(a);
	const [bx, by, bz] = toVec(b);
	// atan2 of the cross and dot products: exact near 0 and 180 degrees, where acos of the dot product is not.
	const cross = Math.hypot(ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx);
	return Math.atan2(cross, ax * bx + ay * by + az * bz) / RAD;
}

/**
 * Longitudes made continuous: each differs from the previous by less than 180, so a line crossing the antimeridian
 * runs on past ±180 (MapLibre draws it into the next world copy) instead of jumping back across the whole map.
 */
export function unwrapLongitudes(line: readonly Position[]): Position[] {
	const out: Position[] = [];
	for (const [lon, lat] of line) {
		const previous = out.at(-1);
		let x = lon;
		if (previous) {
			while (x - previous[0] > 180) x -= 360;
			while (x - previous[0] < -180) x += 360;
		}
		out.push([x, lat]);
	}
	return out;
}

/**
 * Points along the great circle from `a` to `b` (spherical linear interpolation), both ends included, one per
 * `stepDeg` degrees of arc at least 2 segments, with unwrapped longitudes. Antipodal ends have no single great
 * circle: the straight segment is returned.
 */
export function greatCircle(a: Position, b: Position, stepDeg = 2): Position[] {
	const d = angularDistance(a, b) * RAD;
	if (d < 1e-9 || Math.abs(d - Math.PI) < 1e-9) return unwrapLongitudes([a, b]);
	const va = toVec(a);
	const vb = toVec(b);
	const n = Math.max(2, Math.ceil(d / RAD / stepDeg));
	const line: Position[] = [];
	for (let i = 0; i <= n; i++) {
		const t = i / n;
		const s = Math.sin(d);
		const ka = Math.sin((1 - t) * d) / s;
		const kb = Math.sin(t * d) / s;
		line.push(toLonLat([ka * va[0] + kb * vb[0], ka * va[1] + kb * vb[1], ka * va[2] + kb * vb[2]]));
	}
	// Keep the ends exactly where they were given (no floating-point drift), then unwrap.
	line[0] = [a[0], a[1]];
	line[n] = [b[0], b[1]];
	return unwrapLongitudes(line);
}

/** Arcs shorter than this (degrees of arc, about 20 km) would be a dot: a mission in its own capital has none. */
const MIN_ARC_DEG = 0.2;

/**
 * Solid arcs from each sender's capital to its missions, dashed arcs from each non-resident mission to the capital
 * of every country it serves. A sender or served country missing from `capitals` gets no arc rather than a wrong
 * one; `missingCapitals` names them so the caller can fail loudly.
 */
export function connectionArcs(
	missions: readonly MissionPlace[],
	focus: string,
	capitals: Capitals
): FeatureCollection<LineString, ArcProperties> {
	const features: Feature<LineString, ArcProperties>[] = [];
	const add = (mission: number, from: Position, to: Position, props: Omit<ArcProperties, 'mission'>) => {
		if (angularDistance(from, to) < MIN_ARC_DEG) return;
		features.push({
			type: 'Feature',
			geometry: { type: 'LineString', coordinates: greatCircle(from, to) },
			properties: { mission, ...props }
		});
	};
	missions.forEach((m, i) => {
		if (!hasPoint(m)) return;
		const dir = direction(m, focus);
		const at: Position = [m.lon, m.lat];
		const home = capitals[m.sender];
		if (home) add(i, [home.lon, home.lat], at, { direction: dir, dashed: false, from: m.sender, to: m.host });
		for (const served of m.accreditedTo) {
			const target = capitals[served];
			if (target)
				add(i, at, [target.lon, target.lat], { direction: dir, dashed: true, from: m.host, to: served });
		}
	});
	return { type: 'FeatureCollection', features };
}

/** Countries an arc needs and `capitals` lacks: senders and served countries. Empty when all are there. */
export function missingCapitals(missions: readonly MissionPlace[], capitals: Capitals): string[] {
	const needed = new Set(missions.flatMap((m) => [m.sender, ...m.accreditedTo]));
	return [...needed].filter((code) => !capitals[code]).sort();
}
