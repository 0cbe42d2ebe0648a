/**
 * The map's geometry, prerendered to a static file at build time: world-atlas 50m with ISO codes, antimeridian
 * rings fixed, label points and small-state markers (src/lib/server/geo/geometry.ts). Served from the app's own origin,
 * so the map makes no request elsewhere.
 */
import { json } from '@sveltejs/kit';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { isoLookup } from '$lib/server/geo/codes';
import { buildAsset, type WorldTopology } from '$lib/server/geo/geometry';

export const prerender = true;

export function GET() {
	return json(buildAsset(world as unknown as WorldTopology, isoLookup));
}
