/**
 * Where a mission whose sentence names no city stands, through time. Such a mission is placed where its host's
 * embassies stand: `data/embassy-seats.json` (sourced, checked by server/view/embassy-seats.ts) where that differs
 * from the gazetteer's capital, today or in a span since 1991 (Almaty until Akmola became Kazakhstan's capital on
 * 10 December 1997, Bonn until 1999, The Hague today), the gazetteer's capital otherwise. The arcs from a sender's
 * capital start at its seat of government by the same table. Pure: the payload carries the table (`seats`), each
 * country's entries filled out with its gazetteer capital where no entry holds, so the build, the reader's browser
 * and both maps place a mission alike.
 *
 * The rule, the timeline's (view/time/model.ts): as of the end of year Y. An entry holds in Y when it began in or
 * before Y (`from` null: since before 1991) and ended after Y (`until` null: it still holds); an entry that ended in
 * 1997 no longer holds at the end of 1997. In the default view (no year) a mission stands at the entry that still
 * holds.
 */
import type { Capital, Capitals, MissionPlace } from './missions';

/** Where a country's embassies stand over a span, by GeoNames id (its names in every language: city-names). */
export interface Seat {
	city: string;
	geonameId: number;
	lon: number;
	lat: number;
	/** First day, month or year it holds, as its source gives it; null: since before 1991. */
	from: string | null;
	/** When it stopped holding; null: it still holds. */
	until: string | null;
	/** The government sits there too: the arcs from the country start there. */
	seatOfGovernment: boolean;
	/** The gazetteer's capital, filled in where no entry of the table holds (not an entry of the table). */
	capital: boolean;
}

/** Each country's seats, keyed by ISO code, in order of time. A country absent has its gazetteer capital always. */
export type Seats = Readonly<Record<string, readonly Seat[]>>;

const yearOf = (date: string): number => Number(date.slice(0, 4));

/** Whether `seat` holds as of the end of `year`; with `year` null, whether it holds today. */
export function holds(seat: Pick<Seat, 'from' | 'until'>, year: number | null): boolean {
	if (year === null) return seat.until === null;
	return (
		(seat.from === null || yearOf(seat.from) <= year) && (seat.until === null || yearOf(seat.until) > year)
	);
}

/** The seat of `country` as of `year` (null: today), or undefined where the table has none. */
export function seatOf(seats: Seats, country: string, year: number | null): Seat | undefined {
	return seats[country]?.find((s) => holds(s, year));
}

/**
 * `entries` (one country's, from the table) with its gazetteer capital filled in where none holds: before the
 * first, between two, and after the last. The capital is `capital` (null: the gazetteer names none, and those
 * spans stay empty). Sorted by `from`.
 */
export function fillSeats(
	entries: readonly Omit<Seat, 'capital'>[],
	capital: (Pick<Seat, 'city' | 'geonameId' | 'lon' | 'lat'> & { seatOfGovernment?: boolean }) | null
): Seat[] {
	const sorted = [...entries].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
	const out: Seat[] = [];
	const gap = (from: string | null, until: string | null) => {
		if (capital)
			out.push({
				city: capital.city,
				geonameId: capital.geonameId,
				lon: capital.lon,
				lat: capital.lat,
				from,
				until,
				seatOfGovernment: true,
				capital: true
			});
	};
	let previousUntil: string | null | undefined = undefined;
	for (const entry of sorted) {
		if (previousUntil === undefined ? entry.from !== null : previousUntil !== entry.from)
			gap(previousUntil ?? null, entry.from);
		out.push({ ...entry, capital: false });
		previousUntil = entry.until;
	}
	if (previousUntil !== null && previousUntil !== undefined) gap(previousUntil, null);
	return out;
}

/** Where a mission stands as of `year` (null: today): its stated city, or its host's seat when it names none. */
export function placeAsOf<M extends MissionPlace>(mission: M, seats: Seats, year: number | null): M {
	if (mission.cityStated) return mission;
	const seat = seatOf(seats, mission.host, year);
	if (!seat) return mission;
	return { ...mission, city: seat.city, geonameId: seat.geonameId, lon: seat.lon, lat: seat.lat };
}

/** The place an arc from `country` starts as of `year`: its seat of government by the table, else `capitals`'. */
export function homeAsOf(
	capitals: Capitals,
	seats: Seats,
	country: string,
	year: number | null
): Capital | undefined {
	const seat = seatOf(seats, country, year);
	if (seat && (seat.seatOfGovernment || seat.capital))
		return { city: seat.city, lon: seat.lon, lat: seat.lat };
	return capitals[country];
}

/** The missions and the arcs' capitals as of `year`: what the SVG map of a year draws. */
export function missionsAsOf<
	P extends { missions: readonly MissionPlace[]; capitals: Capitals; seats?: Seats }
>(payload: P, year: number | null): P {
	const seats = payload.seats ?? {};
	if (Object.keys(seats).length === 0) return payload;
	const capitals: Record<string, Capital> = { ...payload.capitals };
	for (const code of Object.keys(seats)) {
		const home = homeAsOf(payload.capitals, seats, code, year);
		if (home) capitals[code] = home;
	}
	return { ...payload, missions: payload.missions.map((m) => placeAsOf(m, seats, year)), capitals };
}

/** A mission drawn elsewhere in some years: its copy at that place (or with its arc from that home), by feature id. */
export interface PlacementVariant<M extends MissionPlace = MissionPlace> {
	/** Index of the mission it draws. */
	mission: number;
	/** Its feature id on the map: after the missions' own (`missions.length` + its index among the variants). */
	id: number;
	/** The mission placed as of those years. */
	place: M;
	/** Where its arc starts then, if anywhere. */
	home: Capital | undefined;
}

export interface Placements<M extends MissionPlace = MissionPlace> {
	variants: PlacementVariant<M>[];
	/** The feature that draws each mission drawn elsewhere than today in `year`: mission index -> variant id. */
	at(year: number): ReadonlyMap<number, number>;
}

/**
 * The copies of missions placed, in some years, elsewhere than today (a point at another city, or an arc from
 * another home): the map draws each as a feature of its own, hidden but in those years, so that a move of the
 * timeline repaints by feature-state alone (map/time-missions.ts). The years split at every `from` and `until` of
 * the table; a mission gets one copy per place it takes that is not today's.
 */
export function placements<M extends MissionPlace>(payload: {
	missions: readonly M[];
	capitals: Capitals;
	seats?: Seats;
}): Placements<M> {
	const seats = payload.seats ?? {};
	const bounds = [
		...new Set(
			Object.values(seats).flatMap((list) =>
				list.flatMap((s) => [s.from, s.until].filter((d): d is string => d !== null).map(yearOf))
			)
		)
	].sort((a, b) => a - b);
	const variants: PlacementVariant<M>[] = [];
	/** Per span between bounds (the first before them all), mission index -> variant id. */
	const spans: Map<number, number>[] = [];
	if (bounds.length > 0) {
		const keys = new Map<string, number>();
		const same = (a: { lon: number | null; lat: number | null } | undefined, b: typeof a) =>
			a?.lon === b?.lon && a?.lat === b?.lat;
		for (const year of [bounds[0] - 1, ...bounds]) {
			const span = new Map<number, number>();
			payload.missions.forEach((m, i) => {
				const today = placeAsOf(m, seats, null);
				const place = placeAsOf(m, seats, year);
				const home = homeAsOf(payload.capitals, seats, m.sender, year);
				if (same(place, today) && same(home, homeAsOf(payload.capitals, seats, m.sender, null))) return;
				const key = `${i}|${place.lon},${place.lat}|${home?.lon},${home?.lat}`;
				let id = keys.get(key);
				if (id === undefined) {
					id = payload.missions.length + variants.length;
					keys.set(key, id);
					variants.push({ mission: i, id, place, home });
				}
				span.set(i, id);
			});
			spans.push(span);
		}
	}
	return {
		variants,
		at(year) {
			if (bounds.length === 0) return new Map();
			let index = 0;
			for (let k = 0; k < bounds.length; k++) if (bounds[k] <= year) index = k + 1;
			return spans[index];
		}
	};
}

/** Why a mission stands where it does, for its tooltip and card: the kinds of `placementNote`. */
export interface PlacementReason {
	/** At the capital (the gazetteer's), or where the embassies stand by the table. */
	kind: 'capital' | 'seat';
	/** The city it stands in, named in the interface's language through its GeoNames id. */
	place: { city: string; geonameId: number | null };
	/** The timeline's year, or null: today. */
	year: number | null;
}

/**
 * Why a mission that names no city stands where it does as of `year` (null: today): at the capital, or where the
 * embassies stand (by the table). Null for a mission whose city is stated, or one with no place at all.
 */
export function placementReason(
	mission: MissionPlace,
	seats: Seats,
	year: number | null
): PlacementReason | null {
	if (mission.cityStated) return null;
	const seat = seatOf(seats, mission.host, year);
	if (seat)
		return {
			kind: seat.capital ? 'capital' : 'seat',
			place: { city: seat.city, geonameId: seat.geonameId },
			year
		};
	if (mission.lon === null || mission.city === null) return null;
	return { kind: 'capital', place: { city: mission.city, geonameId: mission.geonameId }, year };
}
