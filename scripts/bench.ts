/**
 * `npm run bench -- [--json FILE] [--runs N] [--clicks N] [--no-lighthouse] [--no-reader]`
 *
 * The app's speed against its floor: a page with MapLibre and the same geometry, one fill layer and nothing else
 * (bench/floor/), bundled by the same Vite. Both are built, served by `vite preview` on 127.0.0.1 (separate ports),
 * and measured in headless Debian Chromium with software WebGL (the flags of playwright.config.ts), app and floor
 * alternating so that a busy moment of the machine hits both alike:
 *
 * - navigation start to the map's first `idle` event (everything drawn): median of --runs (5) each. The app's home
 *   page shows the SVG first map and starts MapLibre at the reader's first move (src/routes/+layout.svelte), so
 *   the app is measured as a reader who moves the pointer as soon as the page has loaded (`load` event);
 * - FCP, LCP and its element, and the first load's bytes of a page nobody touches: the app's first map alone, the
 *   floor's whole map; and the bytes once the app's map has started too;
 * - the SVG first map's share of the home page's HTML, raw and gzip;
 * - a click on a country to its panel (app only), over --clicks (20) countries, p50 and p95, from the click's event
 *   time, all seen inside the page: to the heading showing that country (a MutationObserver: `click_ms`, the
 *   issue's measure); to the end of the frame that paints it (`click_paint_ms`, the next requestAnimationFrame
 *   and a task after it); to the whole panel, passages included, with no preview left (`click_full_ms`);
 * - first-load bytes: every response of the first load, gzipped here as a static host would send them (vite
 *   preview does not compress), summed;
 * - Lighthouse performance, accessibility, best practices and SEO, desktop and mobile presets;
 * - the reader's own documents (scripts/bench-reader.ts): a 50 KB document read in the worker, the longest
 *   main-thread task meanwhile, and the size of each part loaded on demand.
 *
 * The parts are in scripts/bench/: serve (build and serve both), probes (marks installed in each page), loads,
 * clicks, lighthouse, reader (the reader's own documents) and report (the figures and their table).
 *
 * `--before URL`: another build of the app (an earlier commit's, built and served by hand), measured in the same
 * alternation as a third page (map idle, pointer moved at load) and for its first visit with the service worker, so
 * that a change is quoted before and after from one run on one machine.
 *
 * Service workers are blocked while measuring the loads, which are the cost of showing the first page; the first
 * visit's bytes with the worker allowed (its install included) are measured apart, last (scripts/bench-offline.ts). Not part of `npm test`: figures depend on the machine.
 */
import { chromium, type Browser } from '@playwright/test';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
// Importing the config locates Chromium (scripts/chromium.sh) into CHROMIUM_PATH and gives the SwiftShader flags.
import { chromiumArgs } from '../playwright.config';
import { measureClicks, type ClickTime } from './bench/clicks';
import { lighthouse } from './bench/lighthouse';
import { firstMapBytes, measureLoad, measureLoadAt, type LoadRun } from './bench/loads';
import { benchReader, readerTable } from './bench/reader';
import { benchOffline, offlineTable } from './bench-offline';
import { benchLanguages, languagesTable } from './bench-languages';
import { benchTime } from './bench/time';
import { summarise, table, type BenchResult, type Loads } from './bench/report';
import { build, RESULTS, serveBoth, stopServers, URLS, type Target } from './bench/serve';
import { HELP_OPTION, median, readCommandLine } from './cli';

const USAGE =
	'usage: npm run bench -- [--json FILE] [--runs N] [--clicks N] [--no-lighthouse] [--no-reader] [--before URL]';

async function measureAll(
	browser: Browser,
	runs: number,
	clicks: number,
	before: string | undefined
): Promise<{ loads: Loads; clickTimes: ClickTime[]; beforeLoads: LoadRun[] }> {
	const loads: Loads = { touched: { app: [], floor: [] }, untouched: { app: [], floor: [] } };
	const beforeLoads: LoadRun[] = [];
	// One throw-away load each: the first start of Chromium and of the servers is not what a reader waits for.
	await measureLoad(browser, 'app', true);
	await measureLoad(browser, 'floor', true);
	if (before) await measureLoadAt(browser, before, true);
	for (let i = 0; i < runs; i++) {
		// Alternate which goes first, so a slow moment of the machine does not always land on the same page.
		const order: Target[] = i % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
		for (const target of order) {
			const load = await measureLoad(browser, target, true);
			loads.touched[target].push(load);
			loads.untouched[target].push(await measureLoad(browser, target, false));
			console.error(`run ${i + 1} ${target}: idle ${Math.round(load.idle)} ms`);
		}
		if (before) {
			const load = await measureLoadAt(browser, before, true);
			beforeLoads.push(load);
			console.error(`run ${i + 1} before: idle ${Math.round(load.idle)} ms`);
		}
	}
	const clickTimes = await measureClicks(browser, clicks);
	console.error(
		`clicks (heading / painted / whole, ms): ${clickTimes.map((c) => `${Math.round(c.heading)}/${Math.round(c.paint)}/${Math.round(c.full)}`).join(' ')}`
	);
	return { loads, clickTimes, beforeLoads };
}

async function main(): Promise<number> {
	const command = readCommandLine(
		{
			args: process.argv.slice(2),
			options: {
				json: { type: 'string' },
				runs: { type: 'string', default: '5' },
				clicks: { type: 'string', default: '20' },
				'no-lighthouse': { type: 'boolean', default: false },
				'no-reader': { type: 'boolean', default: false },
				before: { type: 'string' },
				help: HELP_OPTION
			},
			strict: true
		},
		USAGE
	);
	if (command.exit !== null) return command.exit;
	const args = command.values;
	const runs = Number(args.runs);
	const clicks = Number(args.clicks);
	if (!(runs >= 1 && clicks >= 1)) {
		console.error(`--runs and --clicks take positive numbers\n${USAGE}`);
		return 2;
	}

	build();
	await serveBoth();

	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: chromiumArgs });
	const { loads, clickTimes, beforeLoads } = await measureAll(browser, runs, clicks, args.before).finally(
		() => browser.close()
	);

	const languages = await benchLanguages(URLS.app);
	const reader = args['no-reader'] ? null : await benchReader(URLS.app);

	let lh: BenchResult['lighthouse'] = null;
	if (!args['no-lighthouse']) {
		const dir = join(RESULTS, 'lighthouse');
		mkdirSync(dir, { recursive: true });
		const score = (preset: 'desktop' | 'mobile', target: Target) =>
			lighthouse(URLS[target], preset, join(dir, `${preset}-${target}.json`));
		lh = {
			desktop: { app: score('desktop', 'app'), floor: score('desktop', 'floor') },
			mobile: { app: score('mobile', 'app'), floor: score('mobile', 'floor') }
		};
	}

	const result = summarise(loads, clickTimes, { firstMap: firstMapBytes(), lighthouse: lh, reader, runs });
	console.log(table(result));
	console.log(`\n${languagesTable(languages)}`);
	if (reader) console.log(`\n${readerTable(reader)}`);
	console.log(`\n${await benchTime(URLS.app)}`);
	console.log(`\n${offlineTable(await benchOffline(URLS.app))}`);
	if (args.before) {
		const idle = median(beforeLoads.map((l) => l.idle));
		const offline = await benchOffline(args.before);
		result.before = {
			url: args.before,
			idle_ms: idle,
			idle_ratio: idle / result.idle_ms.floor,
			first_visit_gz: offline.first_visit.gz
		};
		console.log(
			`\nbefore (${args.before}), in the same run: map idle ${Math.round(idle)} ms, ` +
				`${result.before.idle_ratio.toFixed(2)}x the floor (this build ${result.idle_ratio.toFixed(2)}x); ` +
				`first visit with the service worker ${(offline.first_visit.gz / 1024).toFixed(0)} KB gzip`
		);
	}
	console.log(
		`\n${result.machine.cpus} CPUs, ${result.machine.memory_gb} GB memory, ${result.machine.date}; ` +
			`median of ${runs} loads each, ${result.machine.clicks} clicks.`
	);
	if (args.json) {
		mkdirSync(dirname(resolve(args.json)), { recursive: true });
		writeFileSync(args.json, JSON.stringify({ ...result, languages }, null, 2) + '\n');
	}
	return 0;
}

process.on('SIGINT', () => {
	stopServers();
	process.exit(130);
});
main()
	.then(
		(code) => (process.exitCode = code),
		(e: unknown) => {
			console.error(e instanceof Error ? e.message : String(e));
			process.exitCode = 1;
		}
	)
	.finally(() => {
		stopServers();
		rmSync(join(RESULTS, 'floor-public'), { recursive: true, force: true });
	});
