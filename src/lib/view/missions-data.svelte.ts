/**
 * The missions payload (/data/missions.json), loaded once and shared through context by the map's mission layers
 * and the dock's card and list, so both draw from the same missions. A payload that takes its place while it is
 * there can be given (the dock gives the combined atlas's, `own.missions`, when the reader has added documents);
 * the loaded one comes back when it is gone.
 */
import { getContext, setContext } from 'svelte';
import type { MissionsPayload } from './missions';

export class MissionsData {
	/** The built atlas's payload once loaded; null before that or when the request failed. */
	#built = $state.raw<MissionsPayload | null>(null);
	/** Why the payload could not be loaded, in words; null while loading and after a success. */
	failed = $state<string | null>(null);

	#instead: () => MissionsPayload | null;

	/** `instead`, read reactively: a payload to show in place of the loaded one, or null. */
	constructor(payload: MissionsPayload | null = null, instead: () => MissionsPayload | null = () => null) {
		this.#built = payload;
		this.#instead = instead;
	}

	/** The missions the map shows: the payload given instead, if any, else the loaded one. */
	get payload(): MissionsPayload | null {
		return this.#instead() ?? this.#built;
	}

	/** Fetches the payload; a failure is kept in `failed`, since the countries still work without missions. */
	async load(url: string, fetchFn: typeof fetch = fetch): Promise<void> {
		try {
			const response = await fetchFn(url);
			if (!response.ok) throw new Error(`${url} answered ${response.status}`);
			this.#built = (await response.json()) as MissionsPayload;
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
