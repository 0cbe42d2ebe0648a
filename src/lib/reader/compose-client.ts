/**
 * The page's side of the compose worker (`compose.worker.ts`): started on first use, each request answered by a
 * promise. A worker that cannot start (no Worker, or refused) rejects every request with `NO_WORKER`, and the
 * caller composes in the page instead.
 */
import type { Composed } from './compose';
import type { ComposeReply, ComposeRequest } from './compose.worker';

/** Why a request was not composed in the worker: the worker could not run here. */
export const NO_WORKER = 'the compose worker could not start';

let worker: Worker | undefined;
let next = 1;
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
	};
	return worker;
}

/** The atlas the pages show, made in the worker. */
export function composeInWorker(request: Omit<ComposeRequest, 'id'>): Promise<Composed> {
	if (typeof Worker === 'undefined') return Promise.reject(new Error(NO_WORKER));
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
