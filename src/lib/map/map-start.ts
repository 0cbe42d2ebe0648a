/**
 * Starting MapLibre, which is most of the site's script and its main-thread work: on the home page it starts when
 * the reader first does anything (the SVG first map shows the same view until then); elsewhere at once. Used by
 * MapStage.
 */
import { resolve } from '$app/paths';
import notoLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/** The map's geometry and its label font: preloaded while the page's script loads, when the map starts at once. */
export const MAP_ASSETS = [resolve('/geo/countries.json'), notoLatin];

/** Settles once the link's file has arrived (or failed): a link already in the page counts as arrived. */
function fetched(link: HTMLLinkElement): Promise<void> {
	return new Promise((done) => {
		link.addEventListener('load', () => done(), { once: true });
		link.addEventListener('error', () => done(), { once: true });
	});
}

let assets: Promise<void> | null = null;

/**
 * The geometry and the label font, fetched beside MapLibre's script rather than after it; MapLibre's worker script
 * into the HTTP cache too (a worker does not take a preload), for when the map creates its worker. Once only;
 * settles when all three have arrived or failed.
 */
export function preloadMapAssets(): Promise<void> {
	if (assets) return assets;
	const links: Promise<void>[] = [];
	for (const href of MAP_ASSETS) {
		// The server's own preload link (a page whose map starts at once): its file is on its way already.
		if (document.querySelector(`link[rel="preload"][href="${href}"]`)) continue;
		const link = Object.assign(document.createElement('link'), { rel: 'preload', href, as: 'fetch' });
		link.crossOrigin = 'anonymous';
		links.push(fetched(link));
		document.head.append(link);
	}
	const worker = Object.assign(document.createElement('link'), { rel: 'prefetch', href: workerUrl });
	links.push(fetched(worker));
	document.head.append(worker);
	assets = Promise.all(links).then(() => undefined);
	return assets;
}

let mapFiles: Promise<void> = Promise.resolve();

/**
 * Settles once the files the map was given to fetch (`fetchingMapFiles`) have arrived or failed; at once where the
 * page fetches none. The service worker is registered after it (shell/boot.ts), so that its install, which keeps the
 * same files, finds them in the HTTP cache instead of downloading them a second time beside the page.
 */
export function mapFilesFetched(): Promise<void> {
	return mapFiles;
}

/** Notes the page's fetch of the map's files (its script, geometry, font and worker), for `mapFilesFetched`. */
export function fetchingMapFiles(files: Promise<unknown>): void {
	mapFiles = files.then(
		() => undefined,
		() => undefined
	);
}

const FIRST_INPUT = ['pointermove', 'pointerdown', 'wheel', 'touchstart', 'keydown', 'focusin'] as const;

/**
 * Calls `start` once, at the reader's first move: the pointer moves, a touch, a scroll, a key, focus. Returns the
 * cleanup that stops listening.
 */
export function onFirstInput(start: () => void): () => void {
	const stopListening = () => {
		for (const type of FIRST_INPUT) removeEventListener(type, listener, true);
	};
	const listener = () => {
		stopListening();
		start();
	};
	for (const type of FIRST_INPUT) addEventListener(type, listener, { capture: true, passive: true });
	return stopListening;
}
