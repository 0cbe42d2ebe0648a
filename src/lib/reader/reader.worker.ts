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
import { baseLocale, overwriteGetLocale, type Locale } from '../paraglide/runtime';
import { unpackFile } from './files';
import { readingCapitals, readUserDocument, reviewPanels } from './read-document';
import type { ReaderReply, ReaderRequest, ReadFailure } from './protocol';
import { readWarning } from './warnings';
import { cityNamesReady, loadCityNamesWith } from '../view/city-names.svelte';

const scope = globalThis as unknown as DedicatedWorkerGlobalScope;
/** The page's interface language, in which the review's panels are written (the worker has no address of its own). */
let locale: Locale = baseLocale;
overwriteGetLocale(() => locale);
let gazetteer: Promise<void> | undefined;

function loadGazetteer(): Promise<void> {
	gazetteer ??= fetch(gazetteerUrl)
		.then((response) => {
			if (!response.ok) throw new GazetteerError(`HTTP ${response.status}`);
			return response.arrayBuffer();
		})
		.then((buffer) => {
			const bytes = new Uint8Array(buffer);
			setGazetteerSource(() => bytes);
		});
	gazetteer.catch(() => (gazetteer = undefined));
	return gazetteer;
}

/** The gazetteer's file did not load (offline before it was kept, or a server error). */
class GazetteerError extends Error {}

/** What went wrong, as a code the page words. */
function failure(error: unknown): ReadFailure {
	if (error instanceof GazetteerError) return { code: 'gazetteer', detail: error.message };
	if (error instanceof AtlasError) {
		const detail = error.problems.map((p) => `${p.message}. ${p.fix}`).join(' ');
		return { code: error.problems.some((p) => /holds no text/.test(p.message)) ? 'noText' : 'error', detail };
	}
	if (error instanceof TypeError && /fetch/i.test(error.message))
		return { code: 'gazetteer', detail: error.message };
	return { code: 'error', detail: error instanceof Error ? error.message : String(error) };
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
		locale = request.locale;
		const names = request.cityNames;
		if (names)
			loadCityNamesWith(() =>
				fetch(names).then((response) =>
					response.ok ? response.json() : Promise.reject(new Error(response.statusText))
				)
			);
		reply({ id: request.id, type: 'progress', stage: 'loading' });
		await loadGazetteer();
		reply({ id: request.id, type: 'progress', stage: 'reading' });
		const started = performance.now();
		const result = readUserDocument(request.input, request.focus);
		// The review names its cities in the page's language: the language's table, fetched once (from the site, or
		// the service worker's copy), where the reading places a mission in a city. Offline before it was kept,
		// the English names stand.
		if (names && result.atlas.missions.some((m) => m.geonameId !== null)) await cityNamesReady(locale);
		// The review's panels are made here too, so that the page only draws them.
		const review = reviewPanels(result.atlas);
		reply({
			id: request.id,
			type: 'read',
			atlas: result.atlas,
			review,
			capitals: readingCapitals(result.atlas),
			warnings: result.warnings.map(readWarning),
			ms: Math.round(performance.now() - started)
		});
	} catch (error) {
		reply({ id: request.id, type: 'failed', failure: failure(error) });
	}
};
