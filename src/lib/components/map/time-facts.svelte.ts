/**
 * The timeline's facts: with the reader's own documents, those of the combined atlas (`own.timeFacts`, made in the
 * browser); else /data/time.json, fetched once it is asked for (not in the home page's first load). The timeline
 * (TimelineBar) and the year choice of the pages without MapLibre (YearChoice) each hold one.
 */
import { resolve } from '$app/paths';
import { own } from '$lib/reader/own.svelte';
import type { TimeFacts } from '$lib/view/time/facts';

/** Rejects with an Error whose message says what failed, for the timeline to show. */
async function fetchTimeFacts(): Promise<TimeFacts> {
	let response: Response;
	try {
		response = await fetch(resolve('/data/time.json'));
	} catch {
		throw new Error('the timeline’s data could not be fetched (offline, or the site is unreachable)');
	}
	if (!response.ok) throw new Error(`the timeline’s data answered ${response.status}`);
	return (await response.json()) as TimeFacts;
}

export class TimeFactsSource {
	#fetched = $state.raw<TimeFacts | null>(null);
	/** Why /data/time.json could not be had, in words. */
	failed = $state<string | null>(null);
	#loading = false;

	/** The facts to show, once there are some. */
	get facts(): TimeFacts | null {
		return own.timeFacts ?? this.#fetched;
	}

	/** Fetches /data/time.json, once, unless the reader's combined facts stand in for it. */
	load(): void {
		if (this.facts || this.#loading) return;
		this.#loading = true;
		fetchTimeFacts()
			.then(
				(f) => (this.#fetched = f),
				(error: Error) => (this.failed = error.message)
			)
			.finally(() => (this.#loading = false));
	}
}
