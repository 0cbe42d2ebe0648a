/**
 * A first visit's cost with the service worker, and the cost of "Keep for offline reading" (`npm run bench` calls
 * `benchOffline`; alone: `npx tsx scripts/bench-offline.ts [URL]`, which serves `build/` itself when no URL is
 * given). In headless Chromium with the SwiftShader flags, service workers allowed, in a new browser context:
 *
 * - `first_visit`: every response of a first visit to the home page that nobody touches, the worker's own requests
 *   (its install, which precaches the app) included, until the worker controls the page and the network is quiet;
 *   gzipped here as a static host would send them (vite preview does not compress), summed. The budget is
 *   1.5 MB gzip;
 * - `keep`: the bytes "Keep for offline reading" then downloads (the documents page's control), the same way, and
 *   the size the control showed beforehand.
 */
import { chromium, type BrowserContext, type Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { chromiumArgs } from '../playwright.config';
import { serve } from '../tests/support/serve';

interface Bytes {
	files: number;
	raw: number;
	gz: number;
}

export interface OfflineBenchResult {
	first_visit: Bytes;
	/** Of which the service worker's own requests (its install). */
	first_visit_worker: Bytes;
	/** Null for a build without the control (an older one, measured for comparison). */
	keep: Bytes | null;
	/** What the control said it would download, beforehand. */
	keep_announced: string | null;
}

/**
 * Sums every response body that crosses the network in the context, from now until `stop()` is called: the page's
 * and the service worker's own requests; not a page's request the worker answered from its cache, nor a request
 * the browser's HTTP cache answered (the worker's install finds there what the page fetched before it: no byte
 * crosses the network again). A body Playwright cannot give (some of the worker's) is fetched again here to be
 * counted. HEAD requests carry no body.
 */
function countBytes(context: BrowserContext) {
	const all: Promise<{ raw: number; gz: number; worker: boolean }>[] = [];
	const size = (body: Buffer) => ({ raw: body.length, gz: gzipSync(body).length });
	const listener = (response: Response) => {
		const request = response.request();
		if (response.fromServiceWorker() || request.method() !== 'GET') return;
		const worker = request.serviceWorker() !== null;
		// The worker's cache.addAll() answers reach Playwright without their bodies: fetched again to be counted.
		const again = async () => Buffer.from(await (await fetch(response.url())).arrayBuffer());
		// No body received from the network (0, or less: Chromium's bytes on the wire minus the headers): the HTTP
		// cache answered, or a revalidation (304) did.
		const fromCache = request.sizes().then(
			(sizes) => sizes.responseBodySize <= 0,
			() => false
		);
		all.push(
			fromCache.then((cached) =>
				cached
					? { raw: 0, gz: 0, worker }
					: response
							.body()
							.then((body) => (body.length === 0 && response.status() === 200 ? again() : body), again)
							.then((body) => ({ ...size(body), worker }))
			)
		);
	};
	context.on('response', listener);
	return async (): Promise<{ all: Bytes; worker: Bytes }> => {
		context.off('response', listener);
		const sizes = await Promise.all(all);
		const sum = (list: typeof sizes): Bytes => ({
			files: list.length,
			raw: list.reduce((s, b) => s + b.raw, 0),
			gz: list.reduce((s, b) => s + b.gz, 0)
		});
		return { all: sum(sizes), worker: sum(sizes.filter((s) => s.worker)) };
	};
}

/** Measures the built app served at `url` (ending in '/'). */
export async function benchOffline(url: string): Promise<OfflineBenchResult> {
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: chromiumArgs });
	try {
		const context = await browser.newContext({
			serviceWorkers: 'allow',
			viewport: { width: 1280, height: 800 }
		});
		const page = await context.newPage();
		let stop = countBytes(context);
		await page.goto(url);
		await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 90_000 });
		await page.waitForLoadState('networkidle');
		const first = await stop();

		await page.goto(`${url}documents/`);
		const button = page.getByRole('button', { name: 'Keep for offline reading' });
		const found = await button.waitFor({ timeout: 60_000 }).then(
			() => true,
			() => false
		);
		if (!found) {
			await context.close();
			return { first_visit: first.all, first_visit_worker: first.worker, keep: null, keep_announced: null };
		}
		const announced = (await page.locator('.offline .size').textContent()) ?? '';
		stop = countBytes(context);
		await button.click();
		await page.getByText('Kept for offline reading').waitFor({ timeout: 120_000 });
		const keep = await stop();
		await context.close();
		return {
			first_visit: first.all,
			first_visit_worker: first.worker,
			keep: keep.all,
			keep_announced: announced.trim()
		};
	} finally {
		await browser.close();
	}
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export function offlineTable(r: OfflineBenchResult): string {
	return [
		'offline (service worker allowed)            files      raw     gzip',
		`first visit, home page, worker included    ${String(r.first_visit.files).padStart(5)} ${kb(r.first_visit.raw).padStart(8)} ${kb(r.first_visit.gz).padStart(8)}`,
		`  of which the worker's install            ${String(r.first_visit_worker.files).padStart(5)} ${kb(r.first_visit_worker.raw).padStart(8)} ${kb(r.first_visit_worker.gz).padStart(8)}`,
		r.keep
			? `"Keep for offline reading" downloads       ${String(r.keep.files).padStart(5)} ${kb(r.keep.raw).padStart(8)} ${kb(r.keep.gz).padStart(8)}\n  announced beforehand: ${r.keep_announced}`
			: '"Keep for offline reading": not in this build'
	].join('\n');
}

async function main(): Promise<void> {
	// A served build given on the command line, or this project's build served here (build it first).
	const server = process.argv[2] ? null : await serve(4286);
	try {
		const result = await benchOffline(process.argv[2] ?? server!.url);
		console.log(offlineTable(result));
		console.log(JSON.stringify(result));
	} finally {
		server?.stop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
