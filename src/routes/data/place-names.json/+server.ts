/**
 * Every name of each city with missions (`{ "<group key>": ["akmola", "nur sultan", "астана", "아스타나", …] }`),
 * from the gazetteer and its name table (src/lib/server/view/place-names.ts). Loaded by the search box with
 * /data/names.json when it is first used, so it costs the first page nothing.
 */
import { json } from '@sveltejs/kit';
import { getAtlas } from '$lib/server/atlas';
import { placeNames } from '$lib/server/view/place-names';

export const prerender = true;

export function GET() {
	return json(placeNames(getAtlas()));
}
