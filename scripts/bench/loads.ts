/** Page loads of the app and the floor, with their marks and bytes; the first map's share of the home page. */
import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { wakeMap } from '../../tests/support/map';
import { ROOT } from '../../tests/support/serve';
import { newContext, type Bench } from './probes';
import { URLS, type Target } from './serve';

export interface LoadRun {
	idle: number;
	fcp: number | null;
	lcp: number | null;
	/** The largest contentful paint's element, as `tag#id.class`. */
	lcpElement: string | null;
	bytesGz: number;
	bytesRaw: number;
}

/**
 * One load of `target`. `touch`: the pointer moves as soon as the page has loaded, and the load lasts until the
 * map is idle; without it nobody touches the page, and the load lasts until the network is quiet (the floor's map
 * starts by itself, the app's does not). `url`: another page of the target than its home (a language's home page).
 */
export async function measureLoad(
	browser: Browser,
	target: Target,
	touch: boolean,
	url = URLS[target]
): Promise<LoadRun> {
	return measureLoadAt(browser, url, touch);
}

/** One load of the page at `url`, as `measureLoad` (`--before`: another build of the app, served elsewhere). */
export async function measureLoadAt(browser: Browser, url: string, touch: boolean): Promise<LoadRun> {
	const context = await newContext(browser);
	const page = await context.newPage();
	const bodies: Promise<{ raw: number; gz: number }>[] = [];
	// Worker scripts (MapLibre's) are requested by the worker, and reported on the context, not the page.
	context.on('response', (response) => {
		bodies.push(
			response.body().then(
				(body) => ({ raw: body.length, gz: gzipSync(body).length }),
				() => ({ raw: 0, gz: 0 })
			)
		);
	});
	await page.goto(url);
	if (touch) {
		await wakeMap(page, 50);
		await page.waitForFunction(() => (window as unknown as { __bench: Bench }).__bench.idle !== null, null, {
			timeout: 90_000
		});
	}
	await page.waitForLoadState('networkidle');
	const marks = await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);
	const sizes = await Promise.all(bodies);
	await context.close();
	return {
		idle: marks.idle ?? NaN,
		fcp: marks.fcp,
		lcp: marks.lcp,
		lcpElement: marks.lcpElement,
		bytesRaw: sizes.reduce((s, b) => s + b.raw, 0),
		bytesGz: sizes.reduce((s, b) => s + b.gz, 0)
	};
}

/** The `#first-map` element's bytes in the built home page. */

export function firstMapBytes(): { raw: number; gz: number } {
	const html = readFileSync(join(ROOT, 'build', 'index.html'), 'utf8');
	const start = html.indexOf('<div id="first-map"');
	const end = html.indexOf('</svg></div></div>', start);
	if (start < 0 || end < 0)
		throw new Error('build/index.html has no first map (src/hooks.server.ts writes it)');
	const markup = Buffer.from(html.slice(start, end + '</svg></div></div>'.length));
	return { raw: markup.length, gz: gzipSync(markup).length };
}
