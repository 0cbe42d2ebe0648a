/**
 * How long the map takes to repaint when the timeline moves one year: from the key press on the slider (→ or ←) to
 * the end of the map's next frame (MapLibre's `idle` after it), for every year of the span and back, in a served
 * build. Gives the median and the 95th percentile. The repaint is feature-state and filters only: no source is
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
		for (let pass = 0; pass < passes; pass++)
			for (const key of ['ArrowRight', 'ArrowLeft'])
				for (let i = 0; i < steps; i++)
					times.push(
						await page.evaluate(async (key) => {
							const map = window.__map;
							const target = document.querySelector('[role="slider"]');
							if (!map || !target) throw new Error('no map or no timeline');
							const t0 = performance.now();
							const painted = new Promise((done) => map.once('idle', done));
							target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
							await painted;
							return performance.now() - t0;
						}, key)
					);
		const f = (ms: number) => `${ms.toFixed(0)} ms`;
		return `Timeline: one-year move to repainted map, ${times.length} moves (${min}-${max}): p50 ${f(quantile(times, 0.5))}, p95 ${f(quantile(times, 0.95))}, max ${f(Math.max(...times))}`;
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
