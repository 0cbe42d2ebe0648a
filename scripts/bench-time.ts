/**
 * How long the map takes to repaint when the timeline moves one year: from the key press on the slider (→ or ←) to
 * the end of the map's next frame (MapLibre's `idle` after it), for every year of the span and back, in a served
 * build. It prints the median and the 95th percentile. The repaint is feature-state and filters only: no source is
 * replaced.
 *
 *   npm run build && npx vite preview --port 4306 &
 *   npx tsx scripts/bench-time.ts --url http://127.0.0.1:4306 [--passes 2]
 */
import { chromium } from '@playwright/test';
// Importing the config locates Chromium (scripts/chromium.sh) into CHROMIUM_PATH and gives the SwiftShader flags.
import { chromiumArgs } from '../playwright.config';
import { HELP_OPTION, quantile, readCommandLine } from './cli';
import { mapIdle } from '../tests/e2e/support';

const USAGE = 'Usage: npx tsx scripts/bench-time.ts --url <served build> [--passes N]';

async function main(): Promise<number> {
	const line = readCommandLine(
		{
			options: {
				url: { type: 'string' },
				passes: { type: 'string', default: '2' },
				help: HELP_OPTION
			}
		},
		USAGE
	);
	if (line.exit !== null) return line.exit;
	const { url, passes } = line.values;
	if (!url) {
		console.error(USAGE);
		return 2;
	}
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: chromiumArgs });
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${url}/?time=earliest`);
		await mapIdle(page);
		const slider = page.getByRole('slider', { name: 'Year' });
		await slider.waitFor();
		const [min, max] = await Promise.all([
			slider.getAttribute('aria-valuemin'),
			slider.getAttribute('aria-valuemax')
		]);
		const steps = Number(max) - Number(min);
		const times: number[] = [];
		for (let pass = 0; pass < Number(passes); pass++)
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
		console.log(
			`one-year move to repainted map, ${times.length} moves (${min}-${max}): p50 ${f(quantile(times, 0.5))}, p95 ${f(quantile(times, 0.95))}, max ${f(Math.max(...times))}`
		);
		return 0;
	} finally {
		await browser.close();
	}
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
);
