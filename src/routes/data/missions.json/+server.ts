/**
 * The map's missions: each with its city, the sentences that state it, and the capitals its connection arcs start
 * from (src/lib/view/missions-payload.ts, with the gazetteer's capitals: src/lib/server/view/missions-payload.ts).
 * Prerendered; the map fetches it once, after it has started.
 */
import { json } from '@sveltejs/kit';
import { getAtlas } from '$lib/server/atlas';
import { builtMissionsPayload } from '$lib/server/view/missions-payload';

export const prerender = true;

export function GET() {
	return json(builtMissionsPayload(getAtlas()));
}
