/**
 * What the service worker (src/service-worker.ts) keeps, and when. Pure: it reads the lists Kit gives the worker
 * (`$service-worker`'s `build`, `files`, `prerendered`, each a path under the site's base) and answers with paths.
 *
 * - On install (`precache`): the app itself, the home page and the map's geometry, in the languages the reader has
 *   open. The app is every script, style and font of the build (some 630 KB gzip; it grows with code, not with
 *   documents), so that the home page, its map included, works offline after one visit. Each interface language has
 *   its own copy of the app (`/_app/immutable/bg/…`, scripts/locale-build/), whose pages load only that copy: the
 *   worker keeps the copies of the languages in use, not all four (`inCopy`). Not the reader's worker and its
 *   gazetteer (1.4 MB gzip, loaded the first time a reader adds a document), not the 251 country pages (3 MB gzip,
 *   more with each document) but one per language kept (`shells`, 15 KB gzip), which starts the app at the address
 *   of a country that has no page (one only the reader's documents name) or whose page is not in the cache.
 * - At run time (`cacheKey`): whatever the reader opens (a page, its `__data.json`, a data file, the reader's
 *   worker), so every page opened once opens offline.
 * - On "Keep for offline reading" (`kit`, narrowed by `kitFor` to the reader's languages): the rest of what reading
 *   needs: every page but the country pages, in the same languages, the atlas and missions data (`/data/…`), and
 *   the city names of those languages only (`/data/city-names/{lang}.json`, 50–90 KB gzip each; English
 *   has none); the language's `shell` then starts the app at any country's address, and the app makes that
 *   country's panel from the cached atlas (user-atlas.svelte.ts).
 */
import { baseLocale, locales, type Locale } from '../paraglide/runtime';

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
	/** Per language kept, the country page (its HTML) that stands in for any country's page not in the cache. */
	shells: Partial<Record<Locale, string>>;
}

/** A country's page or its data: `/country/TR/`, `/country/TR/__data.json`. */
const COUNTRY = /\/country\/[A-Z]{2}\/(?:__data\.json)?$/;
const COUNTRY_PAGE = /\/country\/[A-Z]{2}\/$/;
/** The reader's worker and what it alone loads (the gazetteer), in any language's copy. */
const READER = /\/_app\/immutable\/(?:[a-z]{2,3}\/)?workers\//;
/** The languages whose pages are under a prefix: `/bg/…`. */
const PREFIXED = locales.filter((l) => l !== baseLocale);

/** The path (under `base`) of the marker that says the reader asked to keep the atlas for offline reading. */
export const KEPT_MARKER = '/offline-kept';

const unique = (paths: Iterable<string>) => [...new Set(paths)];

/** The interface language of a page's path: its prefix (`/bg/…`), else the base language. */
export function localeOf(path: string, base: string): Locale {
	const rest = path.slice(base.length);
	return PREFIXED.find((l) => rest === `/${l}` || rest.startsWith(`/${l}/`)) ?? baseLocale;
}

/** A page or its data, not a file: pages are prerendered per language, files once. */
const isPage = (path: string) => path.endsWith('/') || path.endsWith('/__data.json');

/** The copy of a build file that the pages of `locale` load: `/_app/immutable/x.js` → `/_app/immutable/bg/x.js`. */
export function inCopy(file: string, base: string, locale: Locale): string {
	const app = `${base}/_app/immutable/`;
	return locale === baseLocale || !file.startsWith(app) ? file : `${app}${locale}/${file.slice(app.length)}`;
}

/** What to keep for a reader of the languages `keep` (the languages of the pages open, at least one). */
export function offlinePlan(site: SiteFiles, keep: readonly Locale[] = [baseLocale]): OfflinePlan {
	const { base, build, files, prerendered } = site;
	const pages = new Set(prerendered);
	const app = build.filter((file) => !READER.test(file));
	const shells: Partial<Record<Locale, string>> = {};
	const precache: string[] = [];
	for (const locale of keep) {
		const home = locale === baseLocale ? base : `${base}/${locale}`;
		const shell = prerendered.find((path) => COUNTRY_PAGE.test(path) && path.startsWith(`${home}/country/`));
		if (shell) shells[locale] = shell;
		precache.push(
			...app.map((file) => inCopy(file, base, locale)),
			...[`${home}/`, `${home}/__data.json`, `${base}/geo/countries.json`].filter((p) => pages.has(p)),
			...(shell ? [shell, `${shell}__data.json`].filter((p) => pages.has(p)) : [])
		);
	}
	precache.push(...files);
	const kept = prerendered.filter(
		(path) => !COUNTRY.test(path) && (!isPage(path) || keep.includes(localeOf(path, base)))
	);
	return { precache: unique(precache), kit: unique([...precache, ...kept]), shells };
}

/** A language's table of city names (view/city-names.svelte.ts), which only a page in that language reads. */
const CITY_NAMES = /\/data\/city-names\/([^/]+)\.json$/;

/**
 * The kit for a reader of the interface languages `languages`: the city names of those languages alone (the
 * others' are some 90 KB gzip each that this reader's pages never read). `languages` null: every language's.
 */
export function kitFor(kit: readonly string[], languages: readonly string[] | null): string[] {
	if (languages === null) return [...kit];
	return kit.filter((path) => {
		const table = CITY_NAMES.exec(path);
		return !table || languages.includes(table[1]);
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
 * it), the shell's page or data of its language in its place; null for any other path.
 */
export function standIn(path: string, base: string, shells: OfflinePlan['shells']): string | null {
	const shell = shells[localeOf(path, base)];
	if (!shell || !COUNTRY.test(path)) return null;
	return path.endsWith('/__data.json') ? `${shell}__data.json` : shell;
}
