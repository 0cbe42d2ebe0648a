/**
 * The untouched home page's first load in each interface language: `/`, `/bg/`, `/ko/`, `/ru/` (issue 23: it may
 * grow by at most 10 KB gzip in any language). `npm run bench` calls `benchLanguages`; alone: `npx tsx
 * scripts/bench-languages.ts [URL]`, which serves `build/` itself when no URL is given (build it first). Each page
 * is loaded as the main benchmark loads the home page nobody touches (`measureLoad`: a new context with no service
 * worker, until the network is quiet), every response gzipped as a static host sends it and summed; median of
 * `runs` loads, the languages taken in turn.
 *
 * What of it belongs to the languages: one more load per page lists its scripts, and the build's module map
 * (`.svelte-kit/bundle-modules.json`, written by scripts/bench/bundle-modules.ts) says how many bytes of each come
 * from the language modules (LANGUAGE_MODULES: Paraglide's runtime and message functions, the Intl helpers, the city
 * names' loader); a chunk's gzip bytes are shared out in proportion to its raw bytes (gzip does not say which input
 * byte each output byte came from, so this is an estimate). The English strings of the messages are in those
 * functions too: they were literals in the components before the languages.
 *
 * Each language's pages load their own copy of the app (`_app/immutable/<lang>/…`, scripts/locale-build/), whose
 * message functions hold that language alone: a copy's script is looked up under the original's name, and where the
 * locale build specialised it (`.svelte-kit/locale-build.json` gives its bytes before and after), what it took out
 * is counted out of the languages' bytes (the rest of the script is the same code, minified again).
 */
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { serve } from '../tests/support/serve';
import { localizeHref, locales } from '../src/lib/paraglide/runtime';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { measureLoad } from './bench/loads';
import { BUNDLE_MODULES, type BundleModules } from './bench/bundle-modules';
import { SCRIPT_SIZES, type ScriptSizes } from './locale-build/split';
import { newContext } from './bench/probes';

export interface LanguageLoad {
	/** The page's path: "/", "/bg/". */
	path: string;
	/** Median bytes of the first load, gzip and raw. */
	gz: number;
	raw: number;
	/** Of the first load's scripts, the bytes of the language modules (gzip estimated), when the build's map is there. */
	languages?: { gz: number; raw: number; scriptsGz: number };
}

/** The source modules that are the interface's languages. */
export const LANGUAGE_MODULES = /^src\/lib\/(paraglide|i18n)\/|^src\/lib\/view\/city-names|^messages\//;

function readJson<T>(file: string): T | null {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as T;
	} catch {
		return null;
	}
}

/** `_app/immutable/bg/chunks/x.js` → `_app/immutable/chunks/x.js` and `bg`; the base copy's `null`. */
function original(file: string): { file: string; locale: string | null } {
	const copy = /^(_app\/immutable\/)([a-z]{2,3})\/(.*)$/.exec(file);
	if (!copy || !locales.includes(copy[2] as (typeof locales)[number])) return { file, locale: null };
	return { file: copy[1] + copy[3], locale: copy[2] };
}

/** The language modules' bytes in the scripts the page at `url` loads first. */
async function languageBytes(
	browser: Awaited<ReturnType<typeof chromium.launch>>,
	url: string,
	modules: BundleModules,
	sizes: ScriptSizes
): Promise<{ gz: number; raw: number; scriptsGz: number }> {
	const context = await newContext(browser);
	const page = await context.newPage();
	const scripts: Promise<{ file: string; body: Buffer } | null>[] = [];
	context.on('response', (response) => {
		const file = new URL(response.url()).pathname.replace(/^\//, '');
		if (!file.endsWith('.js')) return;
		scripts.push(
			response.body().then(
				(body) => ({ file, body }),
				() => null
			)
		);
	});
	await page.goto(url);
	await page.waitForLoadState('networkidle');
	const loaded = (await Promise.all(scripts)).filter((s) => s !== null);
	await context.close();
	let raw = 0;
	let gz = 0;
	let scriptsGz = 0;
	for (const { file, body } of loaded) {
		const chunkGz = gzipSync(body).length;
		scriptsGz += chunkGz;
		const source = original(file);
		const inChunk = modules[source.file];
		if (!inChunk) continue;
		const total = Object.values(inChunk).reduce((a, b) => a + b, 0);
		const language = Object.entries(inChunk)
			.filter(([id]) => LANGUAGE_MODULES.test(id))
			.reduce((a, [, n]) => a + n, 0);
		if (total === 0) continue;
		// The script as Vite wrote it (before the locale build), and the languages' bytes in it by the module map.
		const before = sizes[source.file]?.[''] ?? body.length;
		const languageNow = Math.max(0, (before * language) / total - (before - body.length));
		raw += languageNow;
		gz += (chunkGz * languageNow) / body.length;
	}
	return { raw: Math.round(raw), gz: Math.round(gz), scriptsGz };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Measures the home page of each language of the built app served at `url` (ending in '/'). */
export async function benchLanguages(url: string, runs = 3): Promise<LanguageLoad[]> {
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: chromiumArgs });
	try {
		const paths = locales.map((locale) => localizeHref('/', { locale }));
		const loads = new Map<string, { gz: number; raw: number }[]>(paths.map((p) => [p, []]));
		for (let i = 0; i < runs; i++)
			for (const path of paths) {
				const load = await measureLoad(browser, 'app', false, new URL(path, url).href);
				loads.get(path)!.push({ gz: load.bytesGz, raw: load.bytesRaw });
			}
		const modules = readJson<BundleModules>(BUNDLE_MODULES);
		const sizes = readJson<ScriptSizes>(SCRIPT_SIZES) ?? {};
		const rows: LanguageLoad[] = [];
		for (const path of paths)
			rows.push({
				path,
				gz: median(loads.get(path)!.map((l) => l.gz)),
				raw: median(loads.get(path)!.map((l) => l.raw)),
				...(modules
					? { languages: await languageBytes(browser, new URL(path, url).href, modules, sizes) }
					: {})
			});
		return rows;
	} finally {
		await browser.close();
	}
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function languagesTable(rows: LanguageLoad[]): string {
	const base = rows[0];
	return [
		'first load, home page untouched, per language     raw       gzip   gzip beside /   of it the languages (gzip, raw)',
		...rows.map(
			(r) =>
				`${r.path.padEnd(48)} ${kb(r.raw).padStart(9)} ${kb(r.gz).padStart(9)} ${`${r.gz >= base.gz ? '+' : ''}${kb(r.gz - base.gz)}`.padStart(10)}` +
				(r.languages
					? `   ${kb(r.languages.gz).padStart(9)} ${kb(r.languages.raw).padStart(9)} of ${kb(r.languages.scriptsGz)} of scripts`
					: '   (no .svelte-kit/bundle-modules.json: build first)')
		)
	].join('\n');
}

async function main(): Promise<void> {
	const server = process.argv[2] ? null : await serve(4287);
	try {
		const rows = await benchLanguages(process.argv[2] ?? server!.url);
		console.log(languagesTable(rows));
		console.log(JSON.stringify(rows));
	} finally {
		server?.stop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
