/** The whole atlas, documents included, as one JSON file: for anyone who wants to check or reuse it. */
import { json } from '@sveltejs/kit';
import { getAtlas } from '$lib/server/atlas';

export const prerender = true;

export function GET() {
	return json(getAtlas());
}
