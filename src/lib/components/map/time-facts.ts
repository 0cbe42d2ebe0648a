/** The timeline's facts, /data/time.json, fetched once the timeline opens (not in the home page's first load). */
import { resolve } from '$app/paths';
import type { TimeFacts } from '$lib/view/time/facts';

/** Rejects with an Error whose message says what failed, for the timeline to show. */
export async function fetchTimeFacts(): Promise<TimeFacts> {
	let response: Response;
	try {
		response = await fetch(resolve('/data/time.json'));
	} catch {
		throw new Error('the timeline’s data could not be fetched (offline, or the site is unreachable)');
	}
	if (!response.ok) throw new Error(`the timeline’s data answered ${response.status}`);
	return (await response.json()) as TimeFacts;
}
