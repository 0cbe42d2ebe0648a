/**
 * The reader's own documents, measured (`npm run bench`, unless `--no-reader`): in the built app served at a URL,
 * in headless Chromium with the SwiftShader flags, three passes, each in a new browser context with service workers
 * blocked (times: the median; long tasks: every one of any pass):
 *
 * - a 50 KB document read in the worker: from the press on "Read document" to the review drawn (`read_ms`), and the
 *   worker's own time for the pipeline (`worker_ms`), for the first read (the gazetteer loads then) and a later one
 *   (another 50 KB text, the worker and gazetteer warm); the issue aims under 1 s;
 * - the longest main-thread task while it reads, from a `longtask` PerformanceObserver installed before any page
 *   script (`longest_task_ms`; every long task is listed); the issue aims under 50 ms;
 * - the long tasks while the form opens (once the home page's map has drawn its last frame: before that, each of its
 *   frames in software WebGL is a long task of its own, whatever the reader does) and while the text is pasted: from
 *   the clipboard with Ctrl+V, as a reader pastes. Playwright's `fill` would type it instead, through Chromium's
 *   typing path (`Input.insertText`: one 300–500 ms task for 50 KB, in Chromium's editing code), which no paste costs;
 * - the bytes of each part loaded on demand, raw and gzipped as a static host sends them: the add-document route's
 *   code (what the browser fetches on the way from the map to the form), the worker (started when a text is pasted,
 *   to detect its language) and the gazetteer (fetched by the worker on the first read).
 *
 * - many files at once (`many`, one pass before the others): the 50 documents of tests/support/many-files.ts (2 to
 *   50 KB, Bulgarian, Korean and English, 40 files as .txt, .md and saved .html, and a .zip of 10) chosen on the
 *   add page: from the choice to the review drawn (the issue aims under 20 s) and the longest main-thread task
 *   meanwhile (under 50 ms); then "Add 50 documents to the atlas", timed with its long tasks.
 *
 * Called by `npm run bench`; alone: `npx tsx scripts/bench/reader.ts URL [RUNS]` on a build served at URL.
 *
 * The document is made from the repository's own data (data/documents): the Bulgarian article's text, repeated
 * and cut to 50 KB of UTF-8 at a paragraph's end; the later read starts the repetition at another paragraph, so it
 * is another text (another id) with the same kind of content.
 */
import { chromium, type Browser, type BrowserContext, type Page, type Response } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumArgs } from '../../playwright.config';
import { median } from '../cli';
import { mapIdle } from '../../tests/support/map';
import { ROOT } from '../../tests/support/serve';
import { manyFiles, writeManyFiles } from '../../tests/support/many-files';
import { ADD_FILES_WORDS } from '../../src/lib/components/reader/add-files-words';

const DOCUMENTS = join(ROOT, 'data', 'documents');
/** The size of the document read: 50 KB of UTF-8. */
const DOCUMENT_BYTES = 50 * 1024;

interface Size {
	raw: number;
	gz: number;
}
interface Part extends Size {
	files: string[];
}
interface ReadRun {
	/** Press on "Read document" to the review drawn, in the page. */
	read_ms: number;
	/** The pipeline's time in the worker, as the page reports it (to 0.1 s). */
	worker_ms: number | null;
	longest_task_ms: number;
	long_tasks_ms: number[];
}
/** A read over the runs: the median time, and the longest task of any run. */
interface ReadSummary {
	read_ms: number;
	read_ms_all: number[];
	worker_ms: number | null;
	longest_task_ms: number;
	long_tasks_ms: number[];
}
interface Pass {
	first: ReadRun;
	later: ReadRun;
	other_long_tasks_ms: { route: number[]; paste: number[]; add: number[] };
	parts: { route: Part; worker: Part; gazetteer: Part };
}
/** Many files at once: 50 documents of 2–50 KB in mixed languages (tests/support/many-files.ts), one pass. */
interface ManyFilesRun {
	documents: number;
	files: number;
	bytes: number;
	/** From choosing the files to the review drawn: opening, detecting and reading them all in the worker. */
	read_ms: number;
	longest_task_ms: number;
	long_tasks_ms: number[];
	/** When each long task began, in ms from the choice (the review is drawn at `read_ms`). */
	long_tasks_at_ms: number[];
	/** "Add 50 documents": stored, merged with the built atlas, the map's missions made. */
	add_ms: number;
	add_long_tasks_ms: number[];
}
export interface ReaderBenchResult {
	/** Many files at once, null if it failed (its error is printed). */
	many: ManyFilesRun | null;
	document: { chars: number; bytes: number; lang: string };
	runs: number;
	first: ReadSummary;
	later: ReadSummary;
	/** The long tasks (ms) of the other steps: opening the form, pasting (the worker starts), adding to the atlas. */
	other_long_tasks_ms: { route: number[]; paste: number[]; add: number[] };
	parts: { route: Part; worker: Part; gazetteer: Part };
}

/** The Bulgarian article's text (its own title line dropped), repeated from paragraph `from` and cut to the size. */
function benchDocument(from = 0): { text: string; lang: string } {
	const manifest = JSON.parse(readFileSync(join(DOCUMENTS, 'manifest.json'), 'utf8')) as {
		documents: { file: string; lang: string }[];
	};
	const entry = manifest.documents.find((d) => d.lang === 'bg');
	if (!entry) throw new Error('data/documents has no Bulgarian document to build the bench document from');
	const paragraphs = readFileSync(join(DOCUMENTS, entry.file), 'utf8')
		.split(/\n\s*\n/)
		.slice(1)
		.filter((p) => p.trim() !== '');
	const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
	let text = '';
	for (let i = from; ; i++) {
		const next = paragraphs[i % paragraphs.length];
		if (bytes(text) + bytes(next) + 2 > DOCUMENT_BYTES) break;
		text += `${next}\n\n`;
	}
	return { text, lang: entry.lang };
}

/** Installed before any page script: every long task of the page, kept in `window.__longTasks`. */
function longTaskProbe(): void {
	const tasks: { start: number; duration: number }[] = [];
	(window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
}

async function sizeOf(responses: Response[]): Promise<Part> {
	const part: Part = { raw: 0, gz: 0, files: [] };
	for (const response of responses) {
		const body = await response.body().catch(() => null);
		if (!body) continue;
		part.raw += body.length;
		part.gz += gzipSync(body).length;
		part.files.push(new URL(response.url()).pathname);
	}
	return part;
}

const now = (page: Page) => page.evaluate(() => performance.now());

/** The durations of the page's long tasks that overlap the time from `from` to `to` (page clock). */
async function longTasks(page: Page, from: number, to: number): Promise<number[]> {
	// Long tasks are reported after they end: a moment for the last one's entry.
	await page.waitForTimeout(300);
	return page.evaluate(
		([from, to]) =>
			(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
				.filter((t) => t.start + t.duration >= from && t.start <= to)
				.map((t) => t.duration),
		[from, to]
	);
}

/** Presses "Read document" on the text in the form and times it to the review drawn. */
async function readOnce(page: Page): Promise<ReadRun> {
	const { started, ended } = await page.evaluate(async () => {
		const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Read document');
		if (!button) throw new Error('no "Read document" button');
		const started = performance.now();
		button.click();
		await new Promise<void>((done) => {
			const seen = () => document.getElementById('review-title') !== null;
			if (seen()) return done();
			const observer = new MutationObserver(() => {
				if (!seen()) return;
				observer.disconnect();
				done();
			});
			observer.observe(document.body, { childList: true, subtree: true });
		});
		// To the end of the frame that paints the review.
		await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
		return { started, ended: performance.now() };
	});
	const tasks = await longTasks(page, started, ended);
	const status = await page.getByText(/^Read in [\d.]+ s/).textContent();
	const seconds = status?.match(/^Read in ([\d.]+) s/)?.[1];
	return {
		read_ms: ended - started,
		worker_ms: seconds ? Number(seconds) * 1000 : null,
		longest_task_ms: Math.max(0, ...tasks),
		long_tasks_ms: tasks.map((t) => Math.round(t))
	};
}

/**
 * A laptop-sized context with no service worker, whose pages record every long task of the main thread and may use
 * the clipboard (to paste as a reader does).
 */
async function probedContext(browser: Browser): Promise<BrowserContext> {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		serviceWorkers: 'block',
		permissions: ['clipboard-read', 'clipboard-write']
	});
	await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
	await context.addInitScript(longTaskProbe);
	return context;
}

/**
 * Puts `text` in the form's text box as a reader pastes it: copied to the clipboard, then Ctrl+A and Ctrl+V in the
 * box (a paste replaces what it holds). Returns the page's clock just before the paste.
 */
async function paste(page: Page, text: string): Promise<number> {
	await page.evaluate((text) => navigator.clipboard.writeText(text), text);
	const box = page.getByLabel('Document text');
	await box.focus();
	await box.press('Control+A');
	const started = await now(page);
	await box.press('Control+V');
	const pasted = await box.evaluate((e) => (e as HTMLTextAreaElement).value.length);
	if (pasted !== text.length)
		throw new Error(`the paste put ${pasted} characters in the box, not ${text.length}: no clipboard here?`);
	return started;
}

/** Until the map has drawn no frame for a second: its first view's last frames (labels, missions) are drawn. */
async function mapQuiet(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((done) => {
				const map = window.__map;
				if (!map) return done();
				let timer = setTimeout(finish, 1000);
				const drawn = () => {
					clearTimeout(timer);
					timer = setTimeout(finish, 1000);
				};
				function finish() {
					map?.off('render', drawn);
					done();
				}
				map.on('render', drawn);
			})
	);
}

/** One pass: home page, the form, a paste, a first and a later read, then "Add to the atlas". */
async function pass(browser: Browser, url: string): Promise<Pass> {
	const context = await probedContext(browser);
	try {
		let phase: 'home' | keyof ReaderBenchResult['parts'] | 'later' = 'home';
		const seen: Record<string, Response[]> = { home: [], route: [], worker: [], gazetteer: [], later: [] };
		// A worker's requests are reported on the context, not the page.
		context.on('response', (response) => seen[phase].push(response));
		const page = await context.newPage();

		// The home page with its map: MapLibre starts at the reader's first move, so the pointer moves until the map
		// has loaded; then the add-document route's own files are all that the link's click fetches.
		await page.goto(url);
		await mapIdle(page);
		await page.waitForLoadState('networkidle');
		await mapQuiet(page);

		phase = 'route';
		const routeStart = await now(page);
		await page.getByRole('link', { name: 'Add a document' }).click();
		await page.getByRole('heading', { name: 'Add a document' }).waitFor();
		await page.waitForLoadState('networkidle');
		const routeTasks = await longTasks(page, routeStart, await now(page));

		// Pasting starts the worker, to detect the language: its script and chunks.
		phase = 'worker';
		const first = benchDocument(0);
		const pasteStart = await paste(page, first.text);
		await page.getByText(/^Detected: /).waitFor({ timeout: 60_000 });
		await page.waitForLoadState('networkidle');
		const pasteTasks = await longTasks(page, pasteStart, await now(page));

		phase = 'gazetteer';
		const firstRun = await readOnce(page);

		phase = 'later';
		await page.getByRole('button', { name: 'Cancel' }).click();
		await paste(page, benchDocument(7).text);
		// The language is detected again 400 ms after the text changes: not during the read.
		await page.waitForTimeout(2000);
		const laterRun = await readOnce(page);

		// Adding it: stored, merged with the built atlas (fetched then), summaries and the map's missions made.
		const addStart = await now(page);
		await page.getByRole('button', { name: 'Add to the atlas' }).click();
		await page.getByText(/is in the atlas/).waitFor({ timeout: 60_000 });
		await page.waitForLoadState('networkidle');
		const addTasks = await longTasks(page, addStart, await now(page));

		return {
			first: firstRun,
			later: laterRun,
			other_long_tasks_ms: {
				route: routeTasks.map(Math.round),
				paste: pasteTasks.map(Math.round),
				add: addTasks.map(Math.round)
			},
			parts: {
				route: await sizeOf(seen.route),
				worker: await sizeOf(seen.worker),
				gazetteer: await sizeOf(seen.gazetteer)
			}
		};
	} finally {
		await context.close();
	}
}

/**
 * The add page's many files: the 50 documents chosen at once (40 files and a zip of 10), from the choice to the
 * review drawn, with every long task of the main thread meanwhile; then all added.
 */
async function manyFilesPass(browser: Browser, url: string): Promise<ManyFilesRun> {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-many-'));
	const context = await probedContext(browser);
	try {
		const page = await context.newPage();
		await page.goto(`${url}documents/add/`);
		await page.waitForLoadState('networkidle');
		const files = manyFiles(50, 10);
		// Chosen from disk, as a reader chooses them: given as bytes, Playwright would build the files in the page's
		// own script (decoding base64 on its main thread), which no reader's browser does.
		writeManyFiles(dir, files);
		const started = await now(page);
		await page.getByLabel(ADD_FILES_WORDS.choose()).setInputFiles(files.map((f) => join(dir, f.name)));
		await page.getByRole('heading', { name: ADD_FILES_WORDS.reviewHeading() }).waitFor({ timeout: 300_000 });
		const ended = await page.evaluate(
			() =>
				new Promise<number>((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()))))
		);
		const documents = await page.getByRole('checkbox').count();
		const tasks = await longTasks(page, started, ended);
		const at = await page.evaluate(
			([from, to]) =>
				(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
					.filter((t) => t.start + t.duration >= from && t.start <= to)
					.map((t) => Math.round(t.start - from)),
			[started, ended]
		);
		const addStart = await now(page);
		await page.getByRole('button', { name: ADD_FILES_WORDS.addSelected(documents) }).click();
		await page.getByText(ADD_FILES_WORDS.added(documents)).waitFor({ timeout: 120_000 });
		const addEnd = await now(page);
		const addTasks = await longTasks(page, addStart, addEnd);
		return {
			documents,
			files: files.length,
			bytes: files.reduce((n, f) => n + f.bytes.length, 0),
			read_ms: ended - started,
			longest_task_ms: Math.max(0, ...tasks),
			long_tasks_ms: tasks.map(Math.round),
			long_tasks_at_ms: at,
			add_ms: addEnd - addStart,
			add_long_tasks_ms: addTasks.map(Math.round)
		};
	} finally {
		await context.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Measures the reader in the app built and served at `url` (ending in '/'): `runs` passes, each in a new context. */
export async function benchReader(url: string, runs = 3): Promise<ReaderBenchResult> {
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: chromiumArgs });
	const passes: Pass[] = [];
	let many: ManyFilesRun | null = null;
	try {
		try {
			many = await manyFilesPass(browser, url);
			console.error(`reader, many files: ${many.documents} documents read in ${Math.round(many.read_ms)} ms`);
		} catch (error) {
			console.error(`reader, many files: failed: ${error instanceof Error ? error.message : String(error)}`);
		}
		for (let i = 0; i < runs; i++) {
			passes.push(await pass(browser, url));
			const last = passes[passes.length - 1];
			console.error(
				`reader run ${i + 1}: first read ${Math.round(last.first.read_ms)} ms, later ${Math.round(last.later.read_ms)} ms`
			);
		}
	} finally {
		await browser.close();
	}
	const summary = (which: 'first' | 'later'): ReadSummary => {
		const all = passes.map((p) => p[which]);
		const workers = all.flatMap((r) => (r.worker_ms === null ? [] : [r.worker_ms]));
		return {
			read_ms: median(all.map((r) => r.read_ms)),
			read_ms_all: all.map((r) => Math.round(r.read_ms)),
			worker_ms: workers.length > 0 ? median(workers) : null,
			longest_task_ms: Math.max(...all.map((r) => r.longest_task_ms)),
			long_tasks_ms: all.flatMap((r) => r.long_tasks_ms)
		};
	};
	const document = benchDocument(0);
	return {
		many,
		document: { chars: document.text.length, bytes: Buffer.byteLength(document.text), lang: document.lang },
		runs,
		first: summary('first'),
		later: summary('later'),
		other_long_tasks_ms: {
			route: passes.flatMap((p) => p.other_long_tasks_ms.route),
			paste: passes.flatMap((p) => p.other_long_tasks_ms.paste),
			add: passes.flatMap((p) => p.other_long_tasks_ms.add)
		},
		parts: passes[0].parts
	};
}

/** The reader's lines for the bench's printed output. */
export function readerTable(r: ReaderBenchResult): string {
	const ms = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v)} ms`);
	const kb = (s: Size) => `${(s.raw / 1024).toFixed(0)} KB raw / ${(s.gz / 1024).toFixed(0)} KB gzip`;
	const run = (name: string, v: ReadSummary) => [
		`${name}: ${ms(v.read_ms)} to the review (median of ${v.read_ms_all.join(', ')}; worker ${ms(v.worker_ms)}), longest main-thread task ${ms(v.longest_task_ms)}` +
			(v.long_tasks_ms.length > 0 ? ` (long tasks: ${v.long_tasks_ms.join(', ')} ms)` : ' (no long task)')
	];
	const many = r.many;
	return [
		many
			? `reader, many files: ${many.documents} documents (${many.files} files, one a zip; ${(many.bytes / 1024).toFixed(0)} KB) read in ${(many.read_ms / 1000).toFixed(1)} s from the choice to the review (aim: under 20 s), longest main-thread task ${ms(many.longest_task_ms)} (aim: under 50 ms)` +
				(many.long_tasks_ms.length > 0
					? ` (long tasks: ${many.long_tasks_ms.map((d, i) => `${d} ms at ${many.long_tasks_at_ms[i]} ms`).join(', ')})`
					: ' (no long task)') +
				`; adding them all ${(many.add_ms / 1000).toFixed(1)} s, long tasks [${many.add_long_tasks_ms.join(', ')}] ms`
			: 'reader, many files: not measured (see the error above)',
		`reader, a ${(r.document.bytes / 1024).toFixed(0)} KB document (${r.document.chars} characters, ${r.document.lang}):`,
		...run('  first read', r.first),
		...run('  later read', r.later),
		`  other long tasks (ms): opening the form [${r.other_long_tasks_ms.route.join(', ')}], pasting [${r.other_long_tasks_ms.paste.join(', ')}], adding [${r.other_long_tasks_ms.add.join(', ')}]`,
		`  on demand: add-document route ${kb(r.parts.route)}; worker ${kb(r.parts.worker)}; gazetteer ${kb(r.parts.gazetteer)}`
	].join('\n');
}

/** Alone: `npx tsx scripts/bench/reader.ts URL [RUNS]`, on a build served at URL (ending in '/'). */
async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const url = args.find((a) => a.startsWith('http'));
	if (!url)
		throw new Error(
			'usage: npx tsx scripts/bench/reader.ts URL [RUNS] (a served build, such as vite preview)'
		);
	const runs = Number(args.find((a) => /^\d+$/.test(a))) || 3;
	console.log(readerTable(await benchReader(url.endsWith('/') ? url : `${url}/`, runs)));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
