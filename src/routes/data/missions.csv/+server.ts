/** A row per mission of the atlas, for spreadsheets (src/lib/view/missions-csv.ts says which columns and why). */
import { missionsToCsv } from '$lib/view/missions-csv';
import { getAtlas } from '$lib/server/atlas';
import { embassySeats } from '$lib/server/view/embassy-seats';

export const prerender = true;

export function GET() {
	return new Response(missionsToCsv(getAtlas(), embassySeats()), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
