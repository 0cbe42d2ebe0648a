/** A row per country of the atlas, for spreadsheets (src/lib/view/csv.ts says which columns and why). */
import { atlasToCsv } from '$lib/view/csv';
import { getAtlas } from '$lib/server/atlas';

export const prerender = true;

export function GET() {
	return new Response(atlasToCsv(getAtlas()), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
