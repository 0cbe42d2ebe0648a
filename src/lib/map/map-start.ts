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

/**
 * The geometry and the label font, fetched beside MapLibre's script rather than after it; MapLibre's worker script
 * into the HTTP cache too (a worker does not take a preload), for when the map creates its worker.
 */
export function preloadMapAssets(): void {
	for (const href of MAP_ASSETS) {
		if (document.querySelector(`link[rel="preload"][href="${href}"]`)) continue;
		const link = Object.assign(document.createElement('link'), { rel: 'preload', href, as: 'fetch' });
		link.crossOrigin = 'anonymous';
		document.head.append(link);
	}
	document.head.append(Object.assign(document.createElement('link'), { rel: 'prefetch', href: workerUrl }));
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
