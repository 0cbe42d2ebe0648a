/**
 * The untouched home page's first load in each interface language: `/`, `/bg/`, `/ko/`, `/ru/` (issue 23: it may
 * grow by at most 10 KB gzip in any language). `npm run bench` calls `benchLanguages`; alone: `npx tsx
 * scripts/bench-languages.ts [URL]`, which serves `build/` itself when no URL is given (build it first). Each page
 * is loaded as the main benchmark loads the home page nobody touches (`measureLoad`: a new context with no service
 * worker, until the network is quiet), every response gzipped as a static host sends it and summed; median of
 * `runs` loads, the languages taken in turn.
 *
 * What the languages add: one more load per page lists its scripts, and scripts/bench/language-growth.ts counts, on
 * those scripts, what an English page of literals would not carry: the messages' code (the scripts gzipped with and
 * without the function and wrapper around each string), Paraglide's runtime and the helpers (each minified alone, from the build's
 * `.svelte-kit/language-modules.json`), and each language's strings beyond English's (its scripts' gzip less the
 * English page's). Each language's pages load their own copy of the app (`_app/immutable/<lang>/…`,
 * scripts/locale-build/), whose message functions hold that language alone; a copy's script is looked up under the
 * original's name in the module map.
 */
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { serve } from '../tests/support/serve';
import { localizeHref, locales } from '../src/lib/paraglide/runtime';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { measureLoad } from './bench/loads';
import { BUNDLE_MODULES, LANGUAGE_MODULES_FILE, type BundleModules } from './bench/bundle-modules';
import {
	countScripts,
	languageGrowth,
	type Growth,
	type LanguageModules,
	type LoadedScript
} from './bench/language-growth';
import { newContext } from './bench/probes';

export interface LanguageLoad {
	/** The page's path: "/", "/bg/". */
	path: string;
	/** Median bytes of the first load, gzip and raw. */
	gz: number;
	raw: number;
	/** What the languages add to the first load's scripts beyond an English page of literals, and the scripts' gzip. */
	languages?: Growth & { scriptsGz: number; wrappers: number };
}

function readJson<T>(file: string): T | null {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as T;
	} catch {
		return null;
	}
}

/** `_app/immutable/bg/chunks/x.js` → `_app/immutable/chunks/x.js`; the base copy's path as it is. */
function original(file: string): string {
	const copy = /^(_app\/immutable\/)([a-z]{2,3})\/(.*)$/.exec(file);
	if (!copy || !locales.includes(copy[2] as (typeof locales)[number])) return file;
	return copy[1] + copy[3];
}

/** The scripts the page at `url` loads first, with their bytes. */
async function loadedScripts(
	browser: Awaited<ReturnType<typeof chromium.launch>>,
	url: string
): Promise<LoadedScript[]> {
	const context = await newContext(browser);
	const page = await context.newPage();
	const scripts: Promise<LoadedScript | null>[] = [];
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
	return loaded;
}

const gzip = (bytes: Buffer | string) => gzipSync(bytes).length;

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
		const chunks = readJson<BundleModules>(BUNDLE_MODULES);
		const modules = readJson<LanguageModules>(LANGUAGE_MODULES_FILE);
		const counted = new Map<string, ReturnType<typeof countScripts>>();
		if (chunks && modules)
			for (const path of paths) {
				const scripts = await loadedScripts(browser, new URL(path, url).href);
				counted.set(path, countScripts(scripts, chunks, modules, original, gzip));
			}
		// The base language (English, `/`) is the first: the page of literals is measured from it.
		const english = counted.get(paths[0]);
		return paths.map((path) => {
			const page = counted.get(path);
			return {
				path,
				gz: median(loads.get(path)!.map((l) => l.gz)),
				raw: median(loads.get(path)!.map((l) => l.raw)),
				...(page && english
					? {
							languages: {
								...languageGrowth(page, english),
								scriptsGz: page.scriptsGz,
								wrappers: page.wrappers
							}
						}
					: {})
			};
		});
	} finally {
		await browser.close();
	}
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Issue 23's budget: what the languages may add to the untouched home page's first load, in any language. */
export const LANGUAGES_BUDGET_GZ = 10 * 1024;

export function languagesTable(rows: LanguageLoad[]): string {
	const base = rows[0];
	const signed = (bytes: number) => `${bytes >= 0 ? '+' : ''}${kb(bytes)}`;
	return [
		'first load, home page untouched, per language      raw      gzip  gzip beside /',
		...rows.map(
			(r) =>
				`${r.path.padEnd(44)} ${kb(r.raw).padStart(9)} ${kb(r.gz).padStart(9)} ${signed(r.gz - base.gz).padStart(10)}`
		),
		'',
		`what the languages add beyond an English page of literals (gzip; budget ${kb(LANGUAGES_BUDGET_GZ)})`,
		"page   messages' code  runtime+helpers  strings beyond English     total   of scripts",
		...rows.map((r) =>
			r.languages
				? `${r.path.padEnd(8)} ${kb(r.languages.wrappersGz).padStart(12)} ${kb(r.languages.runtimeGz).padStart(16)} ` +
					`${signed(r.languages.stringsGz).padStart(23)} ${kb(r.languages.totalGz).padStart(9)} ${kb(r.languages.scriptsGz).padStart(11)}` +
					(r.languages.totalGz > LANGUAGES_BUDGET_GZ ? '   over the budget' : '')
				: `${r.path.padEnd(8)} (no .svelte-kit/bundle-modules.json or language-modules.json: build first)`
		),
		rows[0]?.languages
			? `(${rows[0].languages.wrappers} messages on /, each as its string alone; the runtime and helpers minified and gzipped alone, which errs high)`
			: ''
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
