/// <reference lib="webworker" />
/**
 * The reader's Web Worker: turns dropped files into texts (`unpackFile`, files.ts) and reads a reader's document with the build's pipeline (`readUserDocument`), off the
 * page's main thread, so the page never freezes. What the pipeline needs (country names, dates, the gazetteer,
 * the lexicons) is in this worker's own chunk and is fetched only when the worker starts, the first time a reader
 * adds a document. The gazetteer's file is fetched from the site itself: no request leaves the origin.
 */
import gazetteerUrl from './gazetteer.pbf?url';
import { setGazetteerSource } from '../pipeline/lookup/places';
import { AtlasError } from '../pipeline/problems';
import { detectLanguage } from '../pipeline/read';
import { unpackFile } from './files';
import { readingCapitals, readUserDocument, reviewPanels } from './read-document';
import type { ReaderReply, ReaderRequest } from './protocol';

const scope = globalThis as unknown as DedicatedWorkerGlobalScope;
let gazetteer: Promise<void> | undefined;

function loadGazetteer(): Promise<void> {
	gazetteer ??= fetch(gazetteerUrl)
		.then((response) => {
			if (!response.ok) throw new Error(`the gazetteer could not be loaded (HTTP ${response.status})`);
			return response.arrayBuffer();
		})
		.then((buffer) => {
			const bytes = new Uint8Array(buffer);
			setGazetteerSource(() => bytes);
		});
	gazetteer.catch(() => (gazetteer = undefined));
	return gazetteer;
}

const reply = (message: ReaderReply) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<ReaderRequest>) => {
	const request = event.data;
	try {
		if (request.type === 'detect') {
			reply({ id: request.id, type: 'detected', lang: detectLanguage(request.text) });
			return;
		}
		if (request.type === 'unpack') {
			const { texts, problems } = unpackFile(request.name, new Uint8Array(request.bytes));
			reply({ id: request.id, type: 'unpacked', texts, problems });
			return;
		}
		reply({ id: request.id, type: 'progress', stage: 'loading' });
		await loadGazetteer();
		reply({ id: request.id, type: 'progress', stage: 'reading' });
		const started = performance.now();
		const result = readUserDocument(request.input, request.focus);
		// The review's panels are made here too, so that the page only draws them.
		const review = reviewPanels(result.atlas);
		reply({
			id: request.id,
			type: 'read',
			atlas: result.atlas,
			review,
			capitals: readingCapitals(result.atlas),
			warnings: result.warnings.map((w) => ({ message: w.message, text: w.text ?? null })),
			ms: Math.round(performance.now() - started)
		});
	} catch (error) {
		const message =
			error instanceof AtlasError
				? error.problems.map((p) => `${p.message}. ${p.fix}`).join(' ')
				: error instanceof Error
					? error.message
					: String(error);
		reply({ id: request.id, type: 'failed', message });
	}
};
