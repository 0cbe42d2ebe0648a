/**
 * The page's side of the reader worker: starts it on first use (so nothing of the pipeline loads before a reader
 * adds a document) and turns its messages into promises.
 */
import type { Atlas } from '../atlas/types';
import { baseLocale, getLocale } from '../paraglide/runtime';
import { base } from '$app/paths';
import type { Capital } from '../view/missions';
import type { CountryPanelModel } from '../view/panel';
import type { Unpacked } from './file-kinds';
import type { ReaderAsk, ReaderReply, ReadFailure, ReadWarning } from './protocol';
import type { UserDocumentInput } from './read-user';

export interface Reading {
	atlas: Atlas;
	/** The panel of each country the document states something about, for the review. */
	review: CountryPanelModel[];
	/** The capital of each country its missions' arcs need, where the worker's gazetteer knows it. */
	capitals: Record<string, Capital>;
	warnings: ReadWarning[];
	/** Time the pipeline took in the worker, in milliseconds. */
	ms: number;
}

type Pending = { resolve: (reply: ReaderReply) => void; progress?: (stage: string) => void };

let worker: Worker | undefined;
let next = 1;
const pending = new Map<number, Pending>();

function start(): Worker {
	if (worker) return worker;
	worker = new Worker(new URL('./reader.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = (event: MessageEvent<ReaderReply>) => {
		const reply = event.data;
		const waiting = pending.get(reply.id);
		if (!waiting) return;
		if (reply.type === 'progress') waiting.progress?.(reply.stage);
		else {
			pending.delete(reply.id);
			waiting.resolve(reply);
		}
	};
	worker.onerror = (event) => {
		event.preventDefault();
		for (const [id, waiting] of pending)
			waiting.resolve({ id, type: 'failed', failure: { code: 'start', detail: event.message ?? '' } });
		pending.clear();
		worker?.terminate();
		worker = undefined;
	};
	return worker;
}

function ask(
	request: ReaderAsk,
	progress?: Pending['progress'],
	transfer: Transferable[] = []
): Promise<ReaderReply> {
	const id = next++;
	return new Promise((resolve) => {
		pending.set(id, { resolve, progress });
		start().postMessage({ ...request, id }, transfer);
	});
}

/** The worker's failure, as an error the page words (`failure.code`); its message is the detail, in English. */
export class ReaderFailed extends Error {
	readonly failure: ReadFailure;
	constructor(failure: ReadFailure) {
		super(failure.detail || failure.code);
		this.name = 'ReaderFailed';
		this.failure = failure;
	}
}

/** The failure of a reply that is not the one asked for. */
function failed(reply: ReaderReply): ReaderFailed {
	return new ReaderFailed(
		reply.type === 'failed' ? reply.failure : { code: 'error', detail: 'the reader gave no answer' }
	);
}

/**
 * Stops the worker at once, in the middle of a document if it is reading one (the pipeline runs to its end once
 * started): each pending request fails with the code `stopped`. The next request starts a new worker (the gazetteer then
 * comes from the browser's cache).
 */
export function stop(): void {
	if (!worker) return;
	worker.terminate();
	worker = undefined;
	for (const [id, waiting] of pending)
		waiting.resolve({ id, type: 'failed', failure: { code: 'stopped', detail: '' } });
	pending.clear();
}

/** A dropped or chosen file turned into texts in the worker (files.ts): a .zip gives each of its files. */
export async function unpack(name: string, bytes: ArrayBuffer): Promise<Unpacked> {
	const reply = await ask({ type: 'unpack', name, bytes }, undefined, [bytes]);
	if (reply.type === 'unpacked') return { texts: reply.texts, problems: reply.problems };
	throw failed(reply);
}

/** The language the text is written in, if the detector is sure of it. */
export async function detect(text: string): Promise<string | null> {
	const reply = await ask({ type: 'detect', text: text.slice(0, 20_000) });
	return reply.type === 'detected' ? reply.lang : null;
}

/** Reads the document in the worker; `progress` hears 'loading' (the gazetteer) and 'reading'. Throws a reason. */
export async function read(
	input: UserDocumentInput,
	focus: string,
	progress?: (stage: string) => void
): Promise<Reading> {
	const locale = getLocale();
	const cityNames = locale === baseLocale ? null : `${base}/data/city-names/${locale}.json`;
	const reply = await ask({ type: 'read', input, focus, locale, cityNames }, progress);
	if (reply.type === 'read')
		return {
			atlas: reply.atlas,
			review: reply.review,
			capitals: reply.capitals,
			warnings: reply.warnings,
			ms: reply.ms
		};
	throw failed(reply);
}
