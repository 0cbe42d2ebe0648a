/**
 * The page's side of "Keep for offline reading": asks the service worker (src/service-worker.ts) what keeping the
 * atlas would download, and to download it, hearing its progress. Through a MessageChannel per question.
 */

import { intlTag } from '../i18n/format';

/**
 * What the page asks the worker. No language: the worker reads the languages from the addresses of the pages open,
 * the asking page's among them, and keeps their pages, app copies and city names.
 */
export type OfflineAsk = { type: 'offline-status' | 'offline-keep' };

/** What the worker answers: the state of the kit, progress while keeping, or why it failed. */
export type OfflineReply =
	| {
			type: 'status';
			/** The reader asked to keep the atlas, and every file of it is in the cache. */
			kept: boolean;
			/** Files of the kit not yet in the cache, and their size (bytes, as the server sends them). */
			missing: number;
			bytes: number;
	  }
	| { type: 'progress'; done: number; total: number; bytes: number }
	/** Why not: the storage is full, the network went, no service worker (`none`), or another error (`detail`). */
	| { type: 'failed'; code: 'full' | 'network' | 'none' | 'error'; detail: string };

/** The active service worker of this page, once it has one; null if the browser gives the page none. */
async function activeWorker(wait = 20_000): Promise<ServiceWorker | null> {
	const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
	if (!container) return null;
	const registration = await container.getRegistration().catch(() => undefined);
	if (!registration) return null;
	if (registration.active) return registration.active;
	const ready = await Promise.race([
		container.ready,
		new Promise<null>((resolve) => setTimeout(() => resolve(null), wait))
	]);
	return ready?.active ?? null;
}

/** Asks the worker; `progress` hears each progress reply. Resolves with the last reply (a status or a failure). */
export async function askOffline(
	ask: OfflineAsk,
	progress?: (reply: Extract<OfflineReply, { type: 'progress' }>) => void
): Promise<Exclude<OfflineReply, { type: 'progress' }>> {
	const worker = await activeWorker();
	if (!worker) return { type: 'failed', code: 'none', detail: '' };
	const channel = new MessageChannel();
	return new Promise((resolve) => {
		channel.port1.onmessage = (event: MessageEvent<OfflineReply>) => {
			const reply = event.data;
			if (reply.type === 'progress') progress?.(reply);
			else {
				channel.port1.close();
				resolve(reply);
			}
		};
		worker.postMessage(ask, [channel.port2]);
	});
}

/** "1.2 MB", "340 kB", "1,2 МБ": a size in bytes as the control shows it, in the interface's language (Intl's units). */
export function formatBytes(bytes: number): string {
	const [value, unit, digits] =
		bytes >= 1e6 ? [bytes / 1e6, 'megabyte', 1] : [Math.max(1, Math.round(bytes / 1e3)), 'kilobyte', 0];
	return new Intl.NumberFormat(intlTag(), {
		style: 'unit',
		unit,
		unitDisplay: 'short',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);
}
