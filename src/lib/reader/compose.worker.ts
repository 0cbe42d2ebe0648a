/// <reference lib="webworker" />
/**
 * The worker that makes the atlas the pages show (`compose.ts`) off the page's main thread: the merge of the reader's
 * documents with the built atlas and the reader's choice of sources. It fetches the built atlas and its missions
 * from the site itself once (the page tells it their addresses) and keeps them; each request brings the reader's
 * documents and choice. The summaries' words are in the page's interface language, which the request names.
 * Light: no gazetteer, no name tables (those are the reader worker's, `reader.worker.ts`).
 */
import type { Atlas } from '../atlas/types';
import type { Capital, MissionsPayload } from '../view/missions';
import { overwriteGetLocale, type Locale } from '../paraglide/runtime';
import {
	compose,
	UNKNOWN_DOCUMENT,
	type ComposeDocument,
	type ComposeReply,
	type ComposeRequest
} from './compose';

const scope = globalThis as unknown as DedicatedWorkerGlobalScope;
let base: Promise<[Atlas, MissionsPayload]> | undefined;
/** The reader's documents sent so far, by id. */
const known = new Map<string, Pick<ComposeDocument, 'atlas' | 'capitals'>>();

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
		for (const d of docs) if (d.atlas) known.set(d.id, { atlas: d.atlas, capitals: d.capitals });
		if (docs.some((d) => !known.has(d.id))) throw new Error(UNKNOWN_DOCUMENT);
		const composed = compose({
			base: atlas,
			baseCapitals: missions.capitals,
			baseSeats: missions.seats,
			docs: docs.map((d) => known.get(d.id) as { atlas: Atlas; capitals?: Record<string, Capital> }),
			choice
		});
		const shown = { ...composed.shown, documents: composed.shown.documents.map((d) => ({ ...d, text: '' })) };
		scope.postMessage({ id, ok: true, composed: { ...composed, shown } } satisfies ComposeReply);
	} catch (error) {
		scope.postMessage({
			id,
			ok: false,
			message: error instanceof Error ? error.message : String(error)
		} satisfies ComposeReply);
	}
};
