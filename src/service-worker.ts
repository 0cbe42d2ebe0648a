/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline: the whole site is a few hundred static files (every page is prerendered), so the service worker caches
 * all of them when it installs and then answers from that cache first. A reader who opened the atlas once can
 * open it again, map included, with no network.
 * https://svelte.dev/docs/kit/service-workers
 *
 * - One cache per build (`version`): a new deploy installs a new cache beside the old one and the old one is
 *   deleted on `activate`, when no page of the old version is open any more. No `skipWaiting()`: an open page of
 *   the old version keeps the old worker, and so the old chunks it may still lazy-load.
 * - `clients.claim()` on activate: on the very first visit the page that installed the worker is controlled at
 *   once, so it already works offline without a second visit. (No page is controlled by an older worker then.)
 * - Cache first for every same-origin GET: the build's files are content-hashed and the prerendered pages change
 *   only with `version`. Anything not precached (there should be nothing) is fetched and kept.
 */
import { build, files, prerendered, version } from '$service-worker';

// The DOM lib's `self` is a Window; in this file it is the worker's global scope.
const worker = globalThis.self as unknown as ServiceWorkerGlobalScope;

const CACHE = `atlas-${version}`;
// The reader's worker and its gazetteer (src/lib/reader/: some 9 MB) are not precached: they load the first time a
// reader adds a document, and are kept then, like any other file fetched.
const COUNTRY_PAGE = /^\/country\/[A-Z]{2}\/$/;
/** A prerendered country page, to start the app at the address of a country that has none. */
const SHELL = prerendered.find((path) => COUNTRY_PAGE.test(path));
const PRECACHE = [
	...new Set([...build.filter((file) => !file.includes('/workers/')), ...files, ...prerendered])
];

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await worker.clients.claim();
		})()
	);
});

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	// A page is cached under its path: `/country/TR/?from=search` is the same prerendered file.
	const cached =
		(await cache.match(request)) ??
		(request.mode === 'navigate' ? await cache.match(url.pathname) : undefined);
	if (cached) return cached;
	// A country only the reader's own documents name has no prerendered page (its page is made in the browser from
	// them): its address, opened offline or answered 404, gets the app from another country's page (the same depth,
	// so its relative links hold), which then opens the country the address names.
	const ownCountry = request.mode === 'navigate' && COUNTRY_PAGE.test(url.pathname);
	const shell = async () => (ownCountry && SHELL ? await cache.match(SHELL) : undefined);
	try {
		const response = await fetch(request);
		// Only whole, successful, same-origin answers are kept: a 404 or a partial (206) answer must not become
		// what the reader gets offline.
		if (response.status === 200 && response.type === 'basic') await cache.put(request, response.clone());
		if (response.status === 404) return (await shell()) ?? response;
		return response;
	} catch {
		const home = await shell();
		if (home) return home;
		return new Response('The atlas is offline and this address was not saved for offline reading.', {
			status: 503,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
}
