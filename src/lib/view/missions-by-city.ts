/**
 * "Missions by city" and the mission card, as data. Pure: the places with a mission shown and what the card shows
 * are functions of the missions and the directions the layer toggles leave on, so the dock's list, the card and
 * the map's markers count the same missions.
 */
import type { LayerId } from './options';
import { cityGroups, direction, groupKey, type Direction, type MissionPlace } from './missions';
import { missionKindLabel, missionPeriod } from './words';
import { m } from '../paraglide/messages';
import { cityName } from './city-names.svelte';
import { placeAsOf, placementReason, type Seats } from './missions-seats';

/**
 * Where a mission whose sentence names no city is placed and why, as of the timeline's `year` (null: today):
 * "Placed at Almaty, where the embassies were in 1995: the sentence names no city." Null for a mission whose city
 * is stated or that has no place.
 */
export function placementNote(
	mission: MissionPlace,
	seats: Seats | undefined,
	year: number | null
): string | null {
	const reason = placementReason(mission, seats ?? {}, year);
	if (!reason) return null;
	const city = cityName(reason.place) ?? reason.place.city;
	if (reason.kind === 'capital')
		return year === null
			? m.capitals_placed_capital({ city })
			: m.capitals_placed_capital_year({ city, year });
	return year === null ? m.capitals_placed_seat({ city }) : m.capitals_placed_seat_year({ city, year });
}

/** A place in the "Missions by city" list: a city group with the number of its missions shown. */
export interface PlaceEntry {
	key: string;
	city: string | null;
	geonameId?: number | null;
	/** Where the map flies when the place is chosen, [lon, lat]. */
	at: [number, number];
	count: number;
}

/** What the mission card shows: a city's list, or one mission with the list it was opened from. */
export type MissionCardView =
	| { kind: 'group'; key: string; city: string | null; geonameId?: number | null }
	| {
			kind: 'mission';
			id: number;
			back: { key: string; city: string | null; geonameId?: number | null } | null;
	  };

/** The directions of mission the toggles leave on, given which directions each mission toggle governs. */
export function shownDirections(
	layers: ReadonlySet<LayerId>,
	toggles: Readonly<Partial<Record<LayerId, readonly Direction[]>>>
): ReadonlySet<Direction> {
	return new Set(
		Object.entries(toggles).flatMap(([id, directions]) =>
			layers.has(id as LayerId) ? (directions ?? []) : []
		)
	);
}

/** Indexes of the missions in the city group `key` whose direction is shown, in the atlas's order. */
export function shownMissionIds(
	missions: readonly MissionPlace[],
	focus: string,
	key: string,
	shown: ReadonlySet<Direction>
): number[] {
	return missions.flatMap((m, i) => (groupKey(m) === key && shown.has(direction(m, focus)) ? [i] : []));
}

/** The places with at least one mission shown, most missions first, then by city name. */
export function missionPlaces(
	missions: readonly MissionPlace[],
	focus: string,
	shown: ReadonlySet<Direction>
): PlaceEntry[] {
	return cityGroups(missions, focus)
		.map((g) => ({
			key: g.key,
			city: g.city,
			geonameId: g.geonameId,
			at: [g.lon, g.lat] as [number, number],
			count: [...shown].reduce((sum, d) => sum + g.counts[d], 0)
		}))
		.filter((p) => p.count > 0)
		.sort((a, b) => b.count - a.count || (cityName(a) ?? '').localeCompare(cityName(b) ?? ''));
}

/** The card a pick on the map opens: a city marker opens its list; a single mission opens with no way back. */
export function cardFor(
	picked:
		| { kind: 'group'; key: string; city: string | null; geonameId?: number | null }
		| { kind: 'mission'; id: number }
): MissionCardView {
	return picked.kind === 'group'
		? {
				kind: 'group',
				key: picked.key,
				city: picked.city,
				...(picked.geonameId === undefined ? {} : { geonameId: picked.geonameId })
			}
		: { kind: 'mission', id: picked.id, back: null };
}

/**
 * The tooltip of a marker under the pointer, in two lines: a city's group ("Almaty", "12 missions: click for the
 * list") or one mission ("Embassy of Turkey", "Almaty, Kazakhstan, since 1992"), and for a mission that names no
 * city a third: where it is placed and why, as of the timeline's `year` (null: today).
 */
export function markerTooltip(
	picked:
		| { kind: 'group'; key: string; city: string | null; geonameId?: number | null }
		| { kind: 'mission'; id: number },
	payload: {
		missions: readonly MissionPlace[];
		focus: string;
		names: Readonly<Record<string, string>>;
		seats?: Seats;
	},
	shown: ReadonlySet<Direction>,
	year: number | null = null
): { title: string; detail: string; note?: string } | null {
	const name = (code: string) => payload.names[code] ?? code;
	if (picked.kind === 'group') {
		const count = shownMissionIds(payload.missions, payload.focus, picked.key, shown).length;
		return {
			title: cityName(picked) ?? m.map_city_not_stated_title(),
			detail: m.map_marker_detail({ count })
		};
	}
	const stated = payload.missions[picked.id];
	if (!stated) return null;
	const mission = placeAsOf(stated, payload.seats ?? {}, year);
	const period = missionPeriod(mission);
	const place = [mission.cityStated ? cityName(mission) : null, name(mission.host)]
		.filter(Boolean)
		.join(', ');
	const note = placementNote(mission, payload.seats, year);
	return {
		title: m.map_mission_of({ kind: missionKindLabel(mission.kind), name: name(mission.sender) }),
		detail: `${place}${period ? `, ${period}` : ''}`,
		...(note ? { note } : {})
	};
}

/**
 * A city search offers: its group's key, its name, its GeoNames id (its name in the interface's language,
 * view/city-names.svelte.ts), and how many missions it has in every direction.
 */
export type SearchPlace = Pick<PlaceEntry, 'key' | 'city' | 'count'> & { geonameId?: number | null };

const EVERY_DIRECTION: ReadonlySet<Direction> = new Set(['abroad', 'in-focus', 'other']);

/**
 * The cities search offers for `missions` (those of the documents shown, `sources=`): each city with a mission, its
 * count in every direction. A city the built page already names (`named`, the server's list) keeps that name, so
 * that the list the reader's choice leaves reads as the built one did.
 */
export function searchPlaces(
	missions: readonly MissionPlace[],
	focus: string,
	named: readonly SearchPlace[] = []
): SearchPlace[] {
	const names = new Map(named.map((p) => [p.key, p.city]));
	return missionPlaces(missions, focus, EVERY_DIRECTION).map((p) => ({
		key: p.key,
		city: names.has(p.key) ? names.get(p.key)! : p.city,
		geonameId: p.geonameId ?? null,
		count: p.count
	}));
}
