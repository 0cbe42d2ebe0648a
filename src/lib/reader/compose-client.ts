/**
 * The page's side of the compose worker (`compose.worker.ts`): started on first use, each request answered by a
 * promise. A worker that cannot start (no Worker, or refused) rejects every request with `NO_WORKER`, and the
 * caller composes in the page instead.
 */
import type { Atlas, AtlasDocument } from '../atlas/types';
import type { Capital } from '../view/missions';
import {
	UNKNOWN_DOCUMENT,
	type Composed,
	type ComposeInput,
	type ComposeReply,
	type ComposeRequest
} from './compose';

/** Why a request was not composed in the worker: the worker could not run here. */
export const NO_WORKER = 'the compose worker could not start';

let worker: Worker | undefined;
let next = 1;
/** The reader's documents this worker has been sent (their atlases), by id: later requests name them only. */
let sent = new Set<string>();
const pending = new Map<number, { resolve: (c: Composed) => void; reject: (e: Error) => void }>();

function start(): Worker {
	if (worker) return worker;
	worker = new Worker(new URL('./compose.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = (event: MessageEvent<ComposeReply>) => {
		const reply = event.data;
		const waiting = pending.get(reply.id);
		if (!waiting) return;
		pending.delete(reply.id);
		if (reply.ok) waiting.resolve(reply.composed);
		else waiting.reject(new Error(reply.message));
	};
	worker.onerror = (event) => {
		event.preventDefault();
		for (const waiting of pending.values()) waiting.reject(new Error(NO_WORKER));
		pending.clear();
		worker?.terminate();
		worker = undefined;
		sent = new Set();
	};
	return worker;
}

/** The next request sends every document's atlas again (a stored document was read again under its id). */
export function resend(): void {
	sent = new Set();
}

/** What the page asks of the worker, besides the documents and the choice. */
type Where = Omit<ComposeRequest, 'id' | 'docs' | 'choice'>;

function ask(request: Omit<ComposeRequest, 'id'>): Promise<Composed> {
	const id = next++;
	return new Promise((resolve, reject) => {
		pending.set(id, { resolve, reject });
		try {
			start().postMessage({ ...request, id });
		} catch {
			pending.delete(id);
			reject(new Error(NO_WORKER));
		}
	});
}

/**
 * The atlas the pages show, made in the worker; each document's atlas is sent the first time only. The reply's
 * documents have no text: each is put back here from `withText` (the built atlas's and the reader's documents).
 */
export async function composeInWorker(
	{
		docs,
		choice
	}: Pick<ComposeInput, 'choice'> & {
		docs: readonly { id: string; atlas: Atlas; capitals?: Record<string, Capital> }[];
	},
	where: Where,
	withText: readonly AtlasDocument[]
): Promise<Composed> {
	if (typeof Worker === 'undefined') throw new Error(NO_WORKER);
	const request = (all: boolean) => ({
		...where,
		choice,
		docs: docs.map((d) => (all || !sent.has(d.id) ? d : { id: d.id }))
	});
	let composed: Composed;
	try {
		composed = await ask(request(false));
	} catch (error) {
		if (!(error instanceof Error && error.message === UNKNOWN_DOCUMENT)) throw error;
		composed = await ask(request(true));
	}
	for (const d of docs) sent.add(d.id);
	const texts = new Map(withText.map((d) => [d.id, d.text]));
	const shown: Atlas = {
		...composed.shown,
		documents: composed.shown.documents.map((d) => ({ ...d, text: texts.get(d.id) ?? '' }))
	};
	return { ...composed, shown };
}
