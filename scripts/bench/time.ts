/**
 * How long the map takes to repaint when the timeline moves one year: from the key press on the slider (→ or ←) to
 * the end of the map's next frame (MapLibre's `idle` after it), for every year of the span and back, in a served
 * build. A year that changes nothing on the map asks MapLibre for no frame (no `idle` comes): its time is to the
 * page's next frame. Gives the median and the 95th percentile. The repaint is feature-state and filters only: no source is
 * replaced. Called by `npm run bench` (scripts/bench.ts) on the app it serves; alone: `npx tsx scripts/bench/time.ts
 * [URL] [PASSES]`, which serves `build/` itself when no URL is given (build it first: `npx vite build`).
 */
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config';
import { quantile } from '../cli';
import { mapIdle } from '../../tests/support/map';
import { serve } from '../../tests/support/serve';

export async function benchTime(url: string, passes = 2): Promise<string> {
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: chromiumArgs });
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		// tsx names the functions it compiles with a helper that the page does not have.
		await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
		await page.goto(new URL('/?time=earliest', url).href);
		await mapIdle(page);
		const slider = page.getByRole('slider', { name: 'Year' });
		await slider.waitFor();
		const [min, max] = await Promise.all([
			slider.getAttribute('aria-valuemin'),
			slider.getAttribute('aria-valuemax')
		]);
		const steps = Number(max) - Number(min);
		const times: number[] = [];
		/** Moves that asked MapLibre for no frame (the map had nothing to change). */
		let frameless = 0;
		for (let pass = 0; pass < passes; pass++)
			for (const key of ['ArrowRight', 'ArrowLeft'])
				for (let i = 0; i < steps; i++) {
					const move = await page.evaluate(async (key) => {
						const map = window.__map;
						const target = document.querySelector('[role="slider"]');
						if (!map || !target) throw new Error('no map or no timeline');
						let drawn = false;
						const draw = () => (drawn = true);
						map.on('render', draw);
						const t0 = performance.now();
						const painted = new Promise<number>((done) => map.once('idle', () => done(performance.now())));
						target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
						// A task later the page has applied the move (Svelte's effects run in microtasks), and asked
						// MapLibre for a frame if the map changes; in the next frame MapLibre's runs first.
						await new Promise((done) => setTimeout(done));
						const framed = await new Promise<number>((done) =>
							requestAnimationFrame(() => done(performance.now()))
						);
						map.off('render', draw);
						// A year that changes nothing on the map asks for no frame: the page's frame is the repaint.
						const mapFrame = drawn || !map.loaded();
						return { ms: (mapFrame ? await painted : framed) - t0, mapFrame };
					}, key);
					times.push(move.ms);
					if (!move.mapFrame) frameless += 1;
				}
		const f = (ms: number) => `${ms.toFixed(0)} ms`;
		return `Timeline: one-year move to repainted map, ${times.length} moves (${min}-${max}): p50 ${f(quantile(times, 0.5))}, p95 ${f(quantile(times, 0.95))}, max ${f(Math.max(...times))}; ${frameless} moves drew no map frame (nothing on the map changed)`;
	} finally {
		await browser.close();
	}
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const given = args.find((a) => a.startsWith('http'));
	const passes = Number(args.find((a) => /^\d+$/.test(a))) || 2;
	// Served on E2E_PORT when set (each engineer's own), else 4287.
	const server = given ? null : await serve(Number(process.env.E2E_PORT) || 4287);
	try {
		console.log(await benchTime(given ?? server!.url, passes));
	} finally {
		server?.stop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
