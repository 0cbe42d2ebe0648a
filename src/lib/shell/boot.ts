/**
 * What the app does once at start in any browser, called from the root layout's onMount: the offline cache, and
 * the reader's own documents when this browser holds some.
 */
import { dev } from '$app/environment';
import { resolve } from '$app/paths';
import { mapFilesFetched } from '../map/map-start';

/** The longest the offline cache waits for the map's files before it is registered anyway. */
const MAP_FILES_WAIT_MS = 15_000;

/**
 * The offline cache (src/service-worker.ts), once the map's files have arrived (map-start.ts): its install keeps them
 * too, and finds them in the HTTP cache then rather than downloading them a second time beside the page. A browser
 * may refuse it, as when the page is embedded on another site with third-party storage blocked: the page then works
 * without it.
 */
export function registerServiceWorker(): void {
	if (!navigator.serviceWorker) return;
	const waited = new Promise<void>((done) => setTimeout(done, MAP_FILES_WAIT_MS));
	void Promise.race([mapFilesFetched(), waited]).then(() =>
		navigator.serviceWorker
			.register(`${resolve('/')}service-worker.js`, { type: dev ? 'module' : 'classic' })
			.catch(() => {})
	);
}

/**
 * The reader's own documents (kept in this browser), merged into the atlas the pages show. Their code is loaded
 * only if this browser holds the reader's database, or once the reader adds a document.
 */
export async function loadOwnDocumentsIfAny(): Promise<void> {
	const known = await indexedDB?.databases?.().catch(() => undefined);
	if (!known || known.some((db) => db.name === 'relations-atlas')) {
		const { userAtlas } = await import('../reader/user-atlas.svelte');
		await userAtlas.load();
	}
}
