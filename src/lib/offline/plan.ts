/**
 * What the service worker (src/service-worker.ts) keeps, and when. Pure: it reads the lists Kit gives the worker
 * (`$service-worker`'s `build`, `files`, `prerendered`, each a path under the site's base) and answers with paths.
 *
 * - On install (`precache`): the app itself, the home page and the map's geometry. The app is every script, style
 *   and font of the build (some 630 KB gzip; it grows with code, not with documents), so that the home page, its
 *   map included, works offline after one visit. Not the reader's worker and its gazetteer (1.4 MB gzip, loaded
 *   the first time a reader adds a document), not the 251 country pages (3 MB gzip, more with each document)
 *   but one (`shell`, 15 KB gzip), which starts the app at the address of a country that has no page (one only
 *   the reader's documents name) or whose page is not in the cache.
 * - At run time (`cacheKey`): whatever the reader opens (a page, its `__data.json`, a data file, the reader's
 *   worker), so every page opened once opens offline.
 * - On "Keep for offline reading" (`kit`, narrowed by `kitFor` to the reader's language): the rest of what reading
 *   needs: every page but the country pages, the atlas and missions data (`/data/…`), and the city names of the
 *   interface's language only (`/data/city-names/{lang}.json`, 50–90 KB gzip each; English has none); the `shell`
 *   then starts the app at any country's address, and the app makes that country's panel from the cached atlas
 *   (user-atlas.svelte.ts).
 */

export interface SiteFiles {
	/** The site's base path, '' at the root. */
	base: string;
	build: readonly string[];
	files: readonly string[];
	prerendered: readonly string[];
}

export interface OfflinePlan {
	precache: string[];
	kit: string[];
	/** The country page (its HTML) that stands in for any country's page not in the cache. */
	shell: string | undefined;
}

/** A country's page or its data: `/country/TR/`, `/country/TR/__data.json`. */
const COUNTRY = /\/country\/[A-Z]{2}\/(?:__data\.json)?$/;
const COUNTRY_PAGE = /\/country\/[A-Z]{2}\/$/;
/** The reader's worker and what it alone loads (the gazetteer). */
const READER = '/_app/immutable/workers/';

/** The path (under `base`) of the marker that says the reader asked to keep the atlas for offline reading. */
export const KEPT_MARKER = '/offline-kept';

const unique = (paths: Iterable<string>) => [...new Set(paths)];

export function offlinePlan(site: SiteFiles): OfflinePlan {
	const { base, build, files, prerendered } = site;
	const pages = new Set(prerendered);
	const home = [`${base}/`, `${base}/__data.json`, `${base}/geo/countries.json`].filter((p) => pages.has(p));
	// An English page (the unprefixed address): the pages of the other interface languages are under /bg/, /ko/, /ru/.
	const shell = prerendered.find((path) => COUNTRY_PAGE.test(path) && path.startsWith(`${base}/country/`));
	const shellFiles = shell ? [shell, `${shell}__data.json`].filter((p) => pages.has(p)) : [];
	const precache = unique([
		...build.filter((file) => !file.includes(READER)),
		...files,
		...home,
		...shellFiles
	]);
	const kit = unique([...precache, ...prerendered.filter((path) => !COUNTRY.test(path))]);
	return { precache, kit, shell };
}

/** A language's table of city names (view/city-names.svelte.ts), which only a page in that language reads. */
const CITY_NAMES = /\/data\/city-names\/([^/]+)\.json$/;

/**
 * The kit for a reader whose interface language is `language`: the city names of that language alone (the others'
 * are some 90 KB gzip each that this reader's pages never read). `language` null (a marker kept before the kit
 * knew the language): every language's, as then.
 */
export function kitFor(kit: readonly string[], language: string | null): string[] {
	if (language === null) return [...kit];
	return kit.filter((path) => {
		const table = CITY_NAMES.exec(path);
		return !table || table[1] === language;
	});
}

/**
 * The key a same-origin GET is cached under, or null for a request the worker leaves alone. A page and its
 * `__data.json` are cached under their path: `/country/TR/?from=search` is the same prerendered file, and so is
 * `__data.json?x-sveltekit-invalidated=01`. Other files under their whole address.
 */
export function cacheKey(url: URL, method: string, origin: string): string | null {
	if (method !== 'GET' || url.origin !== origin) return null;
	if (url.pathname.endsWith('/') || url.pathname.endsWith('/__data.json')) return url.pathname;
	return url.pathname + url.search;
}

/**
 * For a country's page or data that is not in the cache (never opened, and the network is gone or has no page for
 * it), the shell's page or data in its place; null for any other path.
 */
export function standIn(path: string, shell: string | undefined): string | null {
	if (!shell || !COUNTRY.test(path)) return null;
	return path.endsWith('/__data.json') ? `${shell}__data.json` : shell;
}
