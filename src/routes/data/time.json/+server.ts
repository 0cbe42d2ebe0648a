/**
 * The atlas's facts with their dates, for the map's timeline (src/lib/view/time/facts.ts): each with the sentence
 * that states it, no document text besides. Prerendered; the map fetches it only when the timeline is opened.
 */
import { json } from '@sveltejs/kit';
import { getAtlas } from '$lib/server/atlas';
import { timeFacts } from '$lib/view/time/facts';

export const prerender = true;

export function GET() {
	return json(timeFacts(getAtlas()));
}
