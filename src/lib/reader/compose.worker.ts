/// <reference lib="webworker" />
/**
 * The worker that makes the atlas the pages show (`compose.ts`) off the page's main thread: the merge of the reader's
 * documents with the built atlas and the reader's choice of sources. It fetches the built atlas and its missions
 * from the site itself once (the page tells it their addresses) and keeps them; each request brings the reader's
 * documents and choice. The summaries' words are in the page's interface language, which the request names.
 * Light: no gazetteer, no name tables (those are the reader worker's, `reader.worker.ts`).
 */
import type { Atlas } from '../atlas/types';
import type { MissionsPayload } from '../view/missions';
import { overwriteGetLocale, type Locale } from '../paraglide/runtime';
import { compose, type Composed, type ComposeInput } from './compose';

export interface ComposeRequest extends Omit<ComposeInput, 'base' | 'baseCapitals'> {
	id: number;
	atlasUrl: string;
	missionsUrl: string;
	locale: Locale;
}

export type ComposeReply = { id: number } & (
	{ ok: true; composed: Composed } | { ok: false; message: string }
);

const scope = globalThis as unknown as DedicatedWorkerGlobalScope;
let base: Promise<[Atlas, MissionsPayload]> | undefined;

async function get<T>(url: string, what: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${what} could not be loaded (HTTP ${response.status})`);
	return (await response.json()) as T;
}

let locale: Locale = 'en';
overwriteGetLocale(() => locale);

scope.onmessage = async (event: MessageEvent<ComposeRequest>) => {
	const { id, atlasUrl, missionsUrl, docs, choice } = event.data;
	try {
		base ??= Promise.all([
			get<Atlas>(atlasUrl, 'the atlas'),
			get<MissionsPayload>(missionsUrl, 'the missions')
		]);
		base.catch(() => (base = undefined));
		const [atlas, missions] = await base;
		locale = event.data.locale;
		const composed = compose({ base: atlas, baseCapitals: missions.capitals, docs, choice });
		scope.postMessage({ id, ok: true, composed } satisfies ComposeReply);
	} catch (error) {
		scope.postMessage({
			id,
			ok: false,
			message: error instanceof Error ? error.message : String(error)
		} satisfies ComposeReply);
	}
};
