/**
 * The missions payload (/data/missions.json), loaded once and shared through context by the map's mission layers
 * and the dock's card and list, so both draw from the same missions.
 */
import { getContext, setContext } from 'svelte';
import type { MissionsPayload } from './missions';

export class MissionsData {
	/** The payload once loaded; null before that or when the request failed. */
	payload = $state.raw<MissionsPayload | null>(null);
	/** Why the payload could not be loaded, in words; null while loading and after a success. */
	failed = $state<string | null>(null);

	constructor(payload: MissionsPayload | null = null) {
		this.payload = payload;
	}

	/** Fetches the payload; a failure is kept in `failed`, since the countries still work without missions. */
	async load(url: string, fetchFn: typeof fetch = fetch): Promise<void> {
		try {
			const response = await fetchFn(url);
			if (!response.ok) throw new Error(`${url} answered ${response.status}`);
			this.payload = (await response.json()) as MissionsPayload;
		} catch (error) {
			this.failed = error instanceof Error ? error.message : String(error);
		}
	}
}

const KEY = Symbol('missions-data');

export function setMissionsData(data = new MissionsData()): MissionsData {
	return setContext(KEY, data);
}

export function getMissionsData(): MissionsData {
	const data = getContext<MissionsData | undefined>(KEY);
	if (!data)
		throw new Error('getMissionsData() called outside a component tree that called setMissionsData()');
	return data;
}
