/**
 * The untouched home page's first load in each interface language: `/`, `/bg/`, `/ko/`, `/ru/` (issue 23: it may
 * grow by at most 10 KB gzip in any language). `npm run bench` calls `benchLanguages`; alone: `npx tsx
 * scripts/bench-languages.ts [URL]`, which serves `build/` itself when no URL is given (build it first). Each page
 * is loaded as the main benchmark loads the home page nobody touches (`measureLoad`: a new context with no service
 * worker, until the network is quiet), every response gzipped as a static host sends it and summed; median of
 * `runs` loads, the languages taken in turn.
 */
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { serve } from '../tests/support/serve';
import { localizeHref, locales } from '../src/lib/paraglide/runtime';
import { measureLoad } from './bench/loads';

export interface LanguageLoad {
	/** The page's path: "/", "/bg/". */
	path: string;
	/** Median bytes of the first load, gzip and raw. */
	gz: number;
	raw: number;
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
		return paths.map((path) => ({
			path,
			gz: median(loads.get(path)!.map((l) => l.gz)),
			raw: median(loads.get(path)!.map((l) => l.raw))
		}));
	} finally {
		await browser.close();
	}
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function languagesTable(rows: LanguageLoad[]): string {
	const base = rows[0];
	return [
		'first load, home page untouched, per language     raw       gzip   gzip beside /',
		...rows.map(
			(r) =>
				`${r.path.padEnd(48)} ${kb(r.raw).padStart(9)} ${kb(r.gz).padStart(9)} ${`${r.gz >= base.gz ? '+' : ''}${kb(r.gz - base.gz)}`.padStart(10)}`
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
