/**
 * What "Keep for offline reading" downloads beyond what the service worker precaches, per interface language: the
 * kit of src/lib/offline/plan.ts (`kitFor` the language, with that language's pages open) over the files of a build, raw (as a server sends them
 * without compression; the page shows this figure beforehand) and gzip. Kit's prerendered list is rebuilt from the
 * build's pages and data files.
 *
 * Run: npm run build && npx tsx scripts/offline-kit-size.ts [BUILD_DIR]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kitFor, offlinePlan } from '../src/lib/offline/plan.ts';

const root = process.argv[2] ?? 'build';
const all: string[] = [];
const walk = (dir: string): void => {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) walk(path);
		else all.push(`/${relative(root, path)}`);
	}
};
walk(root);
// Kit's list names the base copy of the app; the languages' copies (scripts/locale-build/) are mapped by the plan.
const build = all.filter(
	(path) => path.startsWith('/_app/') && !/^\/_app\/immutable\/(bg|ko|ru)\//.test(path)
);
const files: string[] = all.filter((path) => path === '/robots.txt');
const prerendered = all
	.filter((path) => !path.startsWith('/_app/') && path !== '/service-worker.js' && !files.includes(path))
	.map((path) => path.replace(/index\.html$/, ''));
const site = { base: '', build, files, prerendered };

function size(paths: readonly string[]): string {
	let raw = 0;
	let gzip = 0;
	for (const path of paths) {
		const bytes = readFileSync(join(root, path.endsWith('/') ? `${path}index.html` : path));
		raw += bytes.length;
		gzip += gzipSync(bytes).length;
	}
	return `${paths.length} files, ${(raw / 1024).toFixed(0)} KB raw, ${(gzip / 1024).toFixed(0)} KB gzip`;
}
const tables = (kit: readonly string[]) => kit.filter((path) => path.includes('/data/city-names/'));

for (const language of ['en', 'bg', 'ko', 'ru'] as const) {
	// A reader with pages of one language open: what keeping adds to what the worker precached for them.
	const plan = offlinePlan(site, [language]);
	const kit = kitFor(plan.kit, [language]).filter((path) => !plan.precache.includes(path));
	console.log(`${language}: ${size(kit)}; city names ${size(tables(kit))}`);
}
