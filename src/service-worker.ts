/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline, at the cost of what the reader opens. What is kept when is `src/lib/offline/plan.ts`: on install the app
 * (scripts, styles, fonts), the home page and the map's geometry; at run time every page and file the reader opens;
 * on "Keep for offline reading" (the documents page) the atlas's data, the other pages and one country page that
 * starts the app at any country's address. https://svelte.dev/docs/kit/service-workers
 *
 * Each interface language has its own copy of the app (scripts/locale-build/): the worker keeps the copies of the
 * languages of the pages open when it installs or is asked to keep the atlas, and a page opened in another language
 * later brings that language's copy (`ensureLocale`).
 *
 * - One cache per build (`version`): a new deploy installs a new cache beside the old one and the old one is
 *   deleted on `activate`, when no page of the old version is open any more. No `skipWaiting()`: an open page of
 *   the old version keeps the old worker, and so the old chunks it may still lazy-load. If the reader had kept the
 *   atlas (the marker is in the old cache), the new version keeps it too, on install.
 * - `clients.claim()` on activate: on the very first visit the page that installed the worker is controlled at
 *   once, so what it opens from then on is kept.
 * - Cache first for every same-origin GET: the build's files are content-hashed and the prerendered pages change
 *   only with `version`. What is not in the cache is fetched and kept, if whole and successful.
 */
import { build, files, prerendered, version } from '$service-worker';
import type { OfflineAsk, OfflineReply } from '$lib/offline/keep';
import { cacheKey, KEPT_MARKER, kitFor, localeOf, offlinePlan, standIn } from '$lib/offline/plan';
import { baseLocale, locales, type Locale } from '$lib/paraglide/runtime';

// The DOM lib's `self` is a Window; in this file it is the worker's global scope.
const worker = globalThis.self as unknown as ServiceWorkerGlobalScope;

const CACHE = `atlas-${version}`;
const base = new URL('.', worker.location.href).pathname.replace(/\/$/, '');
const site = { base, build, files, prerendered };
/** Each language's stand-in country page (only those whose page is in the cache answer). */
const shells = offlinePlan(site, locales).shells;
const marker = `${base}${KEPT_MARKER}`;

/**
 * The interface languages of the pages open (the page that registers the worker is one, not yet controlled), and of
 * `path` if given: each language has its own copy of the app, and the worker keeps those in use.
 */
async function openLocales(path?: string): Promise<Locale[]> {
	const open = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const found = new Set(open.map((client) => localeOf(new URL(client.url).pathname, base)));
	if (path) found.add(localeOf(path, base));
	return found.size > 0 ? [...found] : [baseLocale];
}

/** The languages whose app this worker has made sure of: a page of another language fetches that language's copy. */
const ensured = new Set<Locale>();

/** Adds what `locale`'s pages need offline (its copy of the app, its home page) if missing; never throws. */
async function ensureLocale(locale: Locale): Promise<void> {
	if (ensured.has(locale)) return;
	ensured.add(locale);
	try {
		const cache = await caches.open(CACHE);
		const left: string[] = [];
		for (const path of offlinePlan(site, [locale]).precache) if (!(await cache.match(path))) left.push(path);
		await cache.addAll(left);
	} catch {
		// Offline or refused: the next page of that language tries again.
		ensured.delete(locale);
	}
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			const open = await openLocales();
			await cache.addAll(offlinePlan(site, open).precache);
			for (const locale of open) ensured.add(locale);
			// The reader kept the atlas with the previous version: keep this version's too. A failure here (the
			// network went) leaves the reader the app; the documents page offers to keep the atlas again.
			const kept = await caches.match(marker);
			if (kept) await keep(cache, open).catch(() => undefined);
		})()
	);
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
	const url = new URL(request.url);
	const key = cacheKey(url, request.method, worker.location.origin);
	if (key === null || url.pathname === marker) return;
	event.respondWith(respond(request, key, url));
	// A page in a language whose copy of the app is not kept yet (the reader switched languages): keep it too.
	if (request.mode === 'navigate') event.waitUntil(ensureLocale(localeOf(url.pathname, base)));
});

worker.addEventListener('message', (event) => {
	const port = event.ports[0];
	const ask = event.data as OfflineAsk;
	if (!port || (ask?.type !== 'offline-status' && ask?.type !== 'offline-keep')) return;
	const reply = (message: OfflineReply) => port.postMessage(message);
	const asker = event.source && 'url' in event.source ? new URL(event.source.url).pathname : undefined;
	event.waitUntil(
		(async () => {
			try {
				const cache = await caches.open(CACHE);
				const open = await openLocales(asker);
				if (ask.type === 'offline-keep') await keep(cache, open, reply);
				reply(await status(cache, open));
			} catch (error) {
				reply({ type: 'failed', ...keepProblem(error) });
			}
		})()
	);
});

async function respond(request: Request, key: string, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(key);
	if (cached) return cached;
	// A country page never opened: the shell's page (or data) in its place, from the cache, if the reader kept
	// the atlas. The app then shows the address's country, made from the cached atlas. The same for a country only
	// the reader's own documents name, which has no prerendered page (a 404 online).
	const shell = async () => {
		const path = standIn(url.pathname, base, shells);
		return path ? await cache.match(path) : undefined;
	};
	try {
		const response = await fetch(request);
		// Only whole, successful, same-origin answers are kept: a 404 or a partial (206) answer must not become
		// what the reader gets offline. A full cache (quota) only means this file is not kept.
		if (response.status === 200 && response.type === 'basic')
			await cache.put(key, response.clone()).catch(() => undefined);
		if (response.status === 404) return (await shell()) ?? response;
		return response;
	} catch {
		// Offline, the shell stands in only where the app can make the country's panel: where this browser holds
		// the reader's database (their documents, or the choice to keep the atlas), which the app then loads.
		// Elsewhere the shell would show another country: the worker says the page was not kept instead.
		const stand = (await readerData()) ? await shell() : undefined;
		if (stand) return stand;
		const text =
			request.mode === 'navigate'
				? 'The atlas is offline and this page was not kept for offline reading. Open the atlas once online, or choose “Keep for offline reading” on the documents page.'
				: 'The atlas is offline and this address was not kept for offline reading.';
		return new Response(text, { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
}

/** Whether this browser holds the reader's database (store.ts): their documents, or the choice to keep the atlas. */
async function readerData(): Promise<boolean> {
	const known = await indexedDB?.databases?.().catch(() => undefined);
	// A browser that cannot list databases: assume it may.
	return !known || known.some((db) => db.name === 'relations-atlas');
}

/** The kit's files for the languages `open` (their pages, copies and city names: `kitFor`) not yet in `cache`. */
async function missing(cache: Cache, open: readonly Locale[]): Promise<string[]> {
	const out: string[] = [];
	for (const path of kitFor(offlinePlan(site, open).kit, open))
		if (!(await cache.match(path))) out.push(path);
	return out;
}

/** Runs `work` over `items`, `width` at a time. */
async function pool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const lane = async () => {
		while (next < items.length) await work(items[next++]);
	};
	await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}

/**
 * The kit's state, and the size of what is missing: from each file's Content-Length (HEAD); a file whose server
 * gives none (a host compressing on the fly; vite preview's pages) is read and counted, not kept.
 */
async function status(cache: Cache, open: readonly Locale[]): Promise<OfflineReply> {
	const left = await missing(cache, open);
	let bytes = 0;
	await pool(left, 6, async (path) => {
		const head = await fetch(path, { method: 'HEAD' });
		let length = Number(head.headers.get('content-length'));
		if (!head.ok || !(length > 0)) length = (await (await fetch(path)).arrayBuffer()).byteLength;
		bytes += length;
	});
	const kept = left.length === 0 && (await cache.match(marker)) !== undefined;
	return { type: 'status', kept, missing: left.length, bytes };
}

/** Downloads the kit's missing files into `cache` for the languages `open`, then the marker; throws if one fails. */
async function keep(
	cache: Cache,
	open: readonly Locale[],
	progress?: (reply: OfflineReply) => void
): Promise<void> {
	const left = await missing(cache, open);
	let done = 0;
	let bytes = 0;
	await pool(left, 6, async (path) => {
		const response = await fetch(path);
		if (!response.ok) throw new Error(`${path} could not be downloaded (HTTP ${response.status})`);
		const body = await response.clone().arrayBuffer();
		await cache.put(path, response);
		done += 1;
		bytes += body.byteLength;
		progress?.({ type: 'progress', done, total: left.length, bytes });
	});
	await cache.put(marker, new Response(JSON.stringify({ kept: new Date().toISOString(), languages: open })));
}

/** Why keeping failed, as a code the page words in its language (KeepOffline.svelte). */
function keepProblem(error: unknown): { code: 'full' | 'network' | 'error'; detail: string } {
	const name = error instanceof DOMException ? error.name : '';
	const detail = error instanceof Error ? error.message : String(error);
	if (name === 'QuotaExceededError') return { code: 'full', detail };
	if (error instanceof TypeError) return { code: 'network', detail };
	return { code: 'error', detail };
}
