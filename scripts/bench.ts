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
 * Service workers are blocked while measuring: the app's worker precaches the whole site on the first visit, which
 * is not the cost of showing the first page. Not part of `npm test`: figures depend on the machine.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
// Importing the config locates Chromium (scripts/chromium.sh) into CHROMIUM_PATH and gives the SwiftShader flags.
import { chromiumArgs } from '../playwright.config';
import { HELP_OPTION, median, quantile, readCommandLine } from './cli';
// A reader moving the pointer from the `load` event on: the app's MapLibre starts at the first move its script sees.
import { wakeMap } from '../tests/e2e/support';
import { benchReader, readerTable, type ReaderBenchResult } from './bench-reader';
import { benchOffline, offlineTable } from './bench-offline';

const USAGE = 'usage: npm run bench -- [--json FILE] [--runs N] [--clicks N] [--no-lighthouse] [--no-reader]';
const ROOT = resolve(import.meta.dirname, '..');
const VITE = join(ROOT, 'node_modules', '.bin', 'vite');
const FLOOR_CONFIG = join(ROOT, 'bench', 'floor', 'vite.config.ts');
const RESULTS = join(ROOT, 'bench-results');
// Not 4190: browsers and fetch refuse it (a "bad port", ManageSieve).
const APP_PORT = 4280;
const FLOOR_PORT = 4281;
const VIEWPORT = { width: 1280, height: 800 };

type Target = 'app' | 'floor';
const URLS: Record<Target, string> = {
	app: `http://127.0.0.1:${APP_PORT}/`,
	floor: `http://127.0.0.1:${FLOOR_PORT}/`
};

interface LoadRun {
	idle: number;
	fcp: number | null;
	lcp: number | null;
	/** The largest contentful paint's element, as `tag#id.class`. */
	lcpElement: string | null;
	bytesGz: number;
	bytesRaw: number;
}
interface Scores {
	performance: number | null;
	accessibility: number | null;
	'best-practices': number | null;
	seo: number | null;
}
type Pair<T> = { app: T; floor: T };
type Quantiles = { p50: number; p95: number };
/** One click, in ms from its event: heading in the DOM, heading painted, the whole panel in the DOM. */
interface ClickTime {
	heading: number;
	paint: number;
	full: number;
}
export interface BenchResult {
	idle_ms: Pair<number>;
	idle_ratio: number;
	fcp_ms: Pair<number | null>;
	lcp_ms: Pair<number | null>;
	lcp_element: Pair<string | null>;
	click_ms: Quantiles;
	click_paint_ms: Quantiles;
	click_full_ms: Quantiles;
	/** A page nobody touches, until the network is quiet: the app's first map; the floor's map. */
	bytes_gz: Pair<number>;
	/** The app once its map has started (a reader's first move); the floor's map. */
	bytes_gz_map: Pair<number>;
	/** The SVG first map in the home page's HTML. */
	first_map_bytes: { raw: number; gz: number };
	lighthouse: { desktop: Pair<Scores>; mobile: Pair<Scores> } | null;
	reader: ReaderBenchResult | null;
	machine: { cpus: number; memory_gb: number; free_gb: number; date: string; runs: number; clicks: number };
}

// ---------------------------------------------------------------------------------------------- build and serve

function run(command: string, args: string[], what: string, env: NodeJS.ProcessEnv = process.env): void {
	const started = performance.now();
	const result = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8' });
	if (result.status !== 0)
		throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
	console.error(`${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function build(): void {
	run('node', [VITE, 'build'], 'app build');
	// The floor loads the very file the app loads: the prerendered geometry asset.
	const publicGeo = join(RESULTS, 'floor-public', 'geo');
	mkdirSync(publicGeo, { recursive: true });
	copyFileSync(join(ROOT, 'build', 'geo', 'countries.json'), join(publicGeo, 'countries.json'));
	run('node', [VITE, 'build', '--config', FLOOR_CONFIG], 'floor build');
}

const servers: ChildProcess[] = [];

async function serve(port: number, extra: string[]): Promise<void> {
	// Something already answering there would be measured instead of this build, and quietly.
	const taken = await fetch(`http://127.0.0.1:${port}/`).then(
		() => true,
		() => false
	);
	if (taken) throw new Error(`port ${port} is already in use: stop whatever serves it and run again`);
	// Node directly, not npx, so that killing this pid frees the port.
	const child = spawn(
		'node',
		[VITE, 'preview', ...extra, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{ cwd: ROOT, stdio: 'ignore' }
	);
	servers.push(child);
	for (let tries = 0; tries < 150; tries++) {
		const up = await fetch(`http://127.0.0.1:${port}/`).then(
			(r) => r.ok,
			() => false
		);
		if (up) return;
		if (child.exitCode !== null) break;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`vite preview did not answer on port ${port}: is the port taken?`);
}

function stopServers(): void {
	for (const child of servers) if (child.exitCode === null) child.kill();
}

// ------------------------------------------------------------------------------------------- in-page probes

/**
 * Installed before any page script: records FCP and LCP, and the first `idle` of whatever map instance the page
 * assigns to `window.__map` (the app's MapView and the floor both do), by turning that property into a setter.
 */
function probe(): void {
	const marks: { idle: number | null; fcp: number | null; lcp: number | null; lcpElement: string | null } = {
		idle: null,
		fcp: null,
		lcp: null,
		lcpElement: null
	};
	(window as unknown as { __bench: typeof marks }).__bench = marks;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') marks.fcp = e.startTime;
	}).observe({ type: 'paint', buffered: true });
	new PerformanceObserver((list) => {
		const last = list.getEntries().at(-1) as (PerformanceEntry & { element?: Element | null }) | undefined;
		if (!last) return;
		marks.lcp = last.startTime;
		const e = last.element;
		marks.lcpElement = e
			? `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${[...e.classList].map((c) => `.${c}`).join('')}`
			: null;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	let map: Window['__map'];
	Object.defineProperty(window, '__map', {
		configurable: true,
		get: () => map,
		set: (m: Window['__map']) => {
			map = m;
			if (m && marks.idle === null) m.once('idle', () => (marks.idle = performance.now()));
		}
	});
}

async function newContext(
	browser: Browser,
	reducedMotion: 'reduce' | 'no-preference' = 'no-preference'
): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block', reducedMotion });
	// tsx compiles with esbuild's keepNames, which wraps named inner functions in a `__name()` helper that does not
	// exist in the page when Playwright sends those functions there as source text.
	await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
	await context.addInitScript(probe);
	return context;
}

type Bench = { idle: number | null; fcp: number | null; lcp: number | null; lcpElement: string | null };

/**
 * One load of `target`. `touch`: the pointer moves as soon as the page has loaded, and the load lasts until the
 * map is idle; without it nobody touches the page, and the load lasts until the network is quiet (the floor's map
 * starts by itself, the app's does not).
 */
async function measureLoad(browser: Browser, target: Target, touch: boolean): Promise<LoadRun> {
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
	await page.goto(URLS[target]);
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
function firstMapBytes(): { raw: number; gz: number } {
	const html = readFileSync(join(ROOT, 'build', 'index.html'), 'utf8');
	const start = html.indexOf('<div id="first-map"');
	const end = html.indexOf('</svg></div></div>', start);
	if (start < 0 || end < 0)
		throw new Error('build/index.html has no first map (src/hooks.server.ts writes it)');
	const markup = Buffer.from(html.slice(start, end + '</svg></div></div>'.length));
	return { raw: markup.length, gz: gzipSync(markup).length };
}

/** A point of the canvas where a click hits `code`'s fill and nothing of the page lies over the map. */
async function pointOf(page: Page, codes: string[]): Promise<{ code: string; x: number; y: number }[]> {
	return page.evaluate((wanted) => {
		const map = window.__map;
		if (!map) throw new Error('no map');
		const canvas = map.getCanvas();
		const box = canvas.getBoundingClientRect();
		// What a click hits: the top-most fill or circle (the app's small-state markers sit over their neighbours,
		// Isle of Man over Britain), as the app's own hit test sees it.
		const clickable = map
			.getStyle()
			.layers.filter((l) => l.type === 'fill' || l.type === 'circle')
			.map((l) => l.id);
		if (clickable.length === 0) throw new Error('the map has no fill layer');
		const hits = new Map<string, { x: number; y: number }[]>();
		const step = 8;
		for (let y = step; y < box.height; y += step)
			for (let x = step; x < box.width; x += step) {
				if (document.elementFromPoint(box.left + x, box.top + y) !== canvas) continue;
				const code: unknown = map.queryRenderedFeatures([x, y], { layers: clickable })[0]?.properties?.code;
				if (typeof code !== 'string' || !wanted.includes(code)) continue;
				hits.set(code, [...(hits.get(code) ?? []), { x: box.left + x, y: box.top + y }]);
			}
		// Largest first; the middle hit in scan order lies well inside the shape for most countries.
		return [...hits.entries()]
			.sort((a, b) => b[1].length - a[1].length)
			.map(([code, points]) => ({ code, ...points[Math.floor(points.length / 2)] }));
	}, codes);
}

/** Click to panel heading, painted and whole, in the page's own clock, for `count` countries of the documents. */
async function measureClicks(browser: Browser, count: number): Promise<ClickTime[]> {
	// Reduced motion: the app then frames a selected country without a 0.9 s flight, so the map is still again at
	// once and the next country can be found. The click-to-panel path is the same either way.
	const context = await newContext(browser, 'reduce');
	const page = await context.newPage();
	await page.goto(URLS.app);
	await wakeMap(page, 50);
	await page.waitForFunction(
		() => (window as unknown as { __bench: { idle: number | null } }).__bench.idle !== null,
		null,
		{ timeout: 90_000 }
	);
	const atlas = (await (await fetch(`${URLS.app}data/atlas.json`)).json()) as {
		focus: string;
		countries: { code: string; name: string }[];
	};
	const names = new Map(atlas.countries.filter((c) => c.code !== atlas.focus).map((c) => [c.code, c.name]));
	const camera = await page.evaluate(() => {
		const map = window.__map;
		if (!map) throw new Error('no map');
		return { center: map.getCenter().toArray() as [number, number], zoom: map.getZoom() };
	});
	const chosen = (await pointOf(page, [...names.keys()])).slice(0, count).map((p) => p.code);
	if (chosen.length < count)
		console.error(`only ${chosen.length} countries of the documents can be clicked at world view`);

	const times: ClickTime[] = [];
	for (const code of chosen) {
		// Back to the world view: selecting a country frames it, which moves the next one.
		await page.evaluate((c) => {
			window.__map?.jumpTo(c);
		}, camera);
		await page.waitForFunction(() => window.__map?.loaded() === true && !window.__map.isMoving());
		const [target] = await pointOf(page, [code]);
		if (!target) {
			console.error(`${code}: not found on the map at world view, skipped`);
			continue;
		}
		const name = names.get(code) ?? code;
		// Armed and awaited before the click: an evaluate still in flight may lose the race with the input event.
		await page.evaluate(
			([wantedCode, wantedName]) =>
				void ((window as unknown as { __click: Promise<ClickTime> }).__click = new Promise<ClickTime>(
					(resolve, reject) => {
						let start = -1;
						let heading = -1;
						let paint = -1;
						let full = -1;
						window.addEventListener('click', (e) => (start = e.timeStamp), { capture: true, once: true });
						const finish = () => {
							if (paint < 0 || full < 0) return;
							observer.disconnect();
							resolve({ heading, paint, full });
						};
						const done = () => {
							const title = document.getElementById('panel-title')?.textContent?.trim();
							// The heading is what the reader waits for; Kit may update the address just after it.
							if (start < 0 || title !== wantedName) return;
							const now = performance.now() - start;
							if (heading < 0) {
								heading = now;
								// requestAnimationFrame runs just before the frame's paint, a task queued there just after.
								requestAnimationFrame(() =>
									setTimeout(() => {
										paint = performance.now() - start;
										finish();
									}, 0)
								);
							}
							// The whole panel: the page's own, with its passages, not the preview drawn from the summary.
							if (full < 0 && !document.querySelector('[data-preview]')) {
								full = now;
								finish();
							}
						};
						const observer = new MutationObserver(done);
						observer.observe(document.body, { subtree: true, childList: true, characterData: true });
						setTimeout(() => {
							const seen = `${location.pathname}, heading "${document.getElementById('panel-title')?.textContent?.trim()}"`;
							reject(new Error(`no panel for ${wantedCode} "${wantedName}" after 15 s: at ${seen}`));
						}, 15_000);
					}
				)),
			[code, name] as const
		);
		// The map frames the country once its page is in: wait for that too, or the frame would land on the next
		// click, or move the world view after the next jump.
		await page.evaluate(
			() =>
				void ((window as unknown as { __framed: Promise<void> }).__framed = new Promise<void>((resolve) => {
					window.__map?.once('moveend', () => resolve());
					setTimeout(resolve, 15_000);
				}))
		);
		await page.mouse.click(target.x, target.y);
		times.push(await page.evaluate(() => (window as unknown as { __click: Promise<ClickTime> }).__click));
		await page.evaluate(() => (window as unknown as { __framed: Promise<void> }).__framed);
		await page.waitForFunction(() => window.__map?.loaded() === true && !window.__map.isMoving());
	}
	await context.close();
	return times;
}

interface Loads {
	/** Pointer moved at load, until the map is idle. */
	touched: Record<Target, LoadRun[]>;
	/** Nobody touches the page. */
	untouched: Record<Target, LoadRun[]>;
}

async function measureAll(
	browser: Browser,
	runs: number,
	clicks: number
): Promise<{ loads: Loads; clickTimes: ClickTime[] }> {
	const loads: Loads = { touched: { app: [], floor: [] }, untouched: { app: [], floor: [] } };
	// One throw-away load each: the first start of Chromium and of the servers is not what a reader waits for.
	await measureLoad(browser, 'app', true);
	await measureLoad(browser, 'floor', true);
	for (let i = 0; i < runs; i++) {
		// Alternate which goes first, so a slow moment of the machine does not always land on the same page.
		const order: Target[] = i % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
		for (const target of order) {
			const load = await measureLoad(browser, target, true);
			loads.touched[target].push(load);
			loads.untouched[target].push(await measureLoad(browser, target, false));
			console.error(`run ${i + 1} ${target}: idle ${Math.round(load.idle)} ms`);
		}
	}
	const clickTimes = await measureClicks(browser, clicks);
	console.error(
		`clicks (heading / painted / whole, ms): ${clickTimes.map((c) => `${Math.round(c.heading)}/${Math.round(c.paint)}/${Math.round(c.full)}`).join(' ')}`
	);
	return { loads, clickTimes };
}

// -------------------------------------------------------------------------------------------------- lighthouse

function lighthouse(url: string, preset: 'desktop' | 'mobile', out: string): Scores {
	const args = [
		join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js'),
		url,
		'--quiet',
		'--output=json',
		`--output-path=${out}`,
		'--only-categories=performance,accessibility,best-practices,seo',
		`--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
		...(preset === 'desktop' ? ['--preset=desktop'] : [])
	];
	run('node', args, `lighthouse ${preset} ${url}`, {
		...process.env,
		CHROME_PATH: process.env.CHROMIUM_PATH
	});
	const report = JSON.parse(readFileSync(out, 'utf8')) as {
		categories: Record<string, { score: number | null }>;
	};
	const score = (id: keyof Scores) => report.categories[id]?.score ?? null;
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		'best-practices': score('best-practices'),
		seo: score('seo')
	};
}

// ------------------------------------------------------------------------------------------------------ report

const quantiles = (values: number[]): Quantiles => ({
	p50: quantile(values, 0.5),
	p95: quantile(values, 0.95)
});
const medianOrNull = (values: (number | null)[]) => {
	const present = values.filter((v): v is number => v !== null);
	return present.length ? median(present) : null;
};

function table(r: BenchResult): string {
	const ms = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v)} ms`);
	const kb = (v: number) => `${(v / 1024).toFixed(0)} KB`;
	const sc = (v: number | null) => (v === null ? 'n/a' : String(Math.round(v * 100)));
	const rows: [string, string, string][] = [
		['navigation to map idle, pointer moved at load (median)', ms(r.idle_ms.app), ms(r.idle_ms.floor)],
		['  app / floor', `${r.idle_ratio.toFixed(2)}x`, ''],
		['first contentful paint (untouched)', ms(r.fcp_ms.app), ms(r.fcp_ms.floor)],
		['largest contentful paint (untouched)', ms(r.lcp_ms.app), ms(r.lcp_ms.floor)],
		['  its element', r.lcp_element.app ?? 'n/a', r.lcp_element.floor ?? 'n/a'],
		['click to panel heading p50 / p95', `${ms(r.click_ms.p50)} / ${ms(r.click_ms.p95)}`, ''],
		['  to heading painted', `${ms(r.click_paint_ms.p50)} / ${ms(r.click_paint_ms.p95)}`, ''],
		['  to whole panel (passages)', `${ms(r.click_full_ms.p50)} / ${ms(r.click_full_ms.p95)}`, ''],
		['first-load bytes, gzip (untouched)', kb(r.bytes_gz.app), kb(r.bytes_gz.floor)],
		['  and once the map has started', kb(r.bytes_gz_map.app), kb(r.bytes_gz_map.floor)],
		[
			'SVG first map in the HTML, raw / gzip',
			`${kb(r.first_map_bytes.raw)} / ${kb(r.first_map_bytes.gz)}`,
			''
		]
	];
	if (r.lighthouse)
		for (const preset of ['desktop', 'mobile'] as const)
			for (const cat of ['performance', 'accessibility', 'best-practices', 'seo'] as const)
				rows.push([
					`lighthouse ${preset} ${cat}`,
					sc(r.lighthouse[preset].app[cat]),
					sc(r.lighthouse[preset].floor[cat])
				]);
	const width = Math.max(...rows.map((row) => row[0].length));
	return [
		`${'measure'.padEnd(width)}  ${'app'.padStart(18)}  ${'floor'.padStart(10)}`,
		...rows.map(([name, app, floor]) => `${name.padEnd(width)}  ${app.padStart(18)}  ${floor.padStart(10)}`)
	].join('\n');
}

// -------------------------------------------------------------------------------------------------------- main

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
	await serve(APP_PORT, []);
	await serve(FLOOR_PORT, ['--config', FLOOR_CONFIG]);

	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: chromiumArgs });
	const { loads, clickTimes } = await measureAll(browser, runs, clicks).finally(() => browser.close());

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

	const { touched, untouched } = loads;
	const idle = {
		app: median(touched.app.map((l) => l.idle)),
		floor: median(touched.floor.map((l) => l.idle))
	};
	/** The element most runs named. */
	const usual = (runs: LoadRun[]) => {
		const counts = new Map<string | null, number>();
		for (const r of runs) counts.set(r.lcpElement, (counts.get(r.lcpElement) ?? 0) + 1);
		return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
	};
	const result: BenchResult = {
		idle_ms: idle,
		idle_ratio: idle.app / idle.floor,
		fcp_ms: {
			app: medianOrNull(untouched.app.map((l) => l.fcp)),
			floor: medianOrNull(untouched.floor.map((l) => l.fcp))
		},
		lcp_ms: {
			app: medianOrNull(untouched.app.map((l) => l.lcp)),
			floor: medianOrNull(untouched.floor.map((l) => l.lcp))
		},
		lcp_element: { app: usual(untouched.app), floor: usual(untouched.floor) },
		click_ms: quantiles(clickTimes.map((c) => c.heading)),
		click_paint_ms: quantiles(clickTimes.map((c) => c.paint)),
		click_full_ms: quantiles(clickTimes.map((c) => c.full)),
		bytes_gz: {
			app: median(untouched.app.map((l) => l.bytesGz)),
			floor: median(untouched.floor.map((l) => l.bytesGz))
		},
		bytes_gz_map: {
			app: median(touched.app.map((l) => l.bytesGz)),
			floor: median(touched.floor.map((l) => l.bytesGz))
		},
		first_map_bytes: firstMapBytes(),
		lighthouse: lh,
		reader,
		machine: {
			cpus: cpus().length,
			memory_gb: Math.round(totalmem() / 2 ** 30),
			free_gb: Math.round(freemem() / 2 ** 30),
			date: new Date().toISOString(),
			runs,
			clicks: clickTimes.length
		}
	};
	console.log(table(result));
	if (reader) console.log(`\n${readerTable(reader)}`);
	console.log(`\n${offlineTable(await benchOffline(URLS.app))}`);
	console.log(
		`\n${result.machine.cpus} CPUs, ${result.machine.memory_gb} GB memory, ${result.machine.date}; ` +
			`median of ${runs} loads each, ${result.machine.clicks} clicks.`
	);
	if (args.json) {
		mkdirSync(dirname(resolve(args.json)), { recursive: true });
		writeFileSync(args.json, JSON.stringify(result, null, 2) + '\n');
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
