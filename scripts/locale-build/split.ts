/**
 * One copy of the browser's scripts per interface language, so that a page loads only its own language's strings
 * (issue 23). Paraglide compiles each message into one function holding every language; in the browser's build
 * (plugin.ts) each message function first tests `globalThis.__PARAGLIDE_STATIC_LOCALE__`. After `vite build` has
 * written `build/`, this step:
 *
 * - copies `_app/immutable/` to `_app/immutable/<lang>/` for each language but the base (the chunks import one
 *   another by relative paths, and the workers are `new URL(…, import.meta.url)`, so a copy is whole by itself);
 * - in every script of a copy, and in place for the base language, writes the language's code in place of the
 *   marker and minifies again: `"bg" ?? options.locale ?? getLocale()` folds to "bg", the tests of the other languages
 *   fold away, and their strings, no longer referenced, are dropped (Rolldown's own minifier, `minifySync` from Vite);
 * - points each prerendered page under `/<lang>/` at its copy (the inline start script's imports, the modulepreload
 *   and stylesheet links) and writes the new script's hash into the page's Content Security Policy.
 *
 * The server build and `vite dev` never define the marker, so there the messages stay as Paraglide wrote them.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { minifySync } from 'vite';

/** What plugin.ts puts first in each message function's choice of language, for this step to replace. */
export const STATIC_LOCALE = 'globalThis.__PARAGLIDE_STATIC_LOCALE__';

/** The folder of Kit's hashed files under the build, and so of each language's copy. */
const IMMUTABLE = '_app/immutable';

/**
 * A script of the build with the language fixed: the marker replaced by the language's code, and minified again so
 * that the other languages' branches and strings go. A script without the marker is returned as it was.
 */
export function specialise(file: string, code: string, locale: string): string {
	if (!code.includes(STATIC_LOCALE)) return code;
	const fixed = code.split(STATIC_LOCALE).join(JSON.stringify(locale));
	const out = minifySync(file, fixed, { module: true, compress: { target: 'es2022' }, mangle: true });
	if (out.errors.length > 0)
		throw new Error(
			`locale build: ${file} (${locale}) could not be minified: ${out.errors.map((e) => e.message).join('; ')}`
		);
	if (out.code.includes(STATIC_LOCALE)) throw new Error(`locale build: ${file} still tests the language`);
	return out.code;
}

/** The CSP source of an inline script: `'sha256-…'`, as Kit writes it. */
const scriptHash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;

/**
 * A prerendered page pointed at its language's copy of the app: every reference to `_app/immutable/` (the inline
 * start script's imports, modulepreload and stylesheet links) becomes `_app/immutable/<lang>/`, and each inline
 * script that changed has its hash replaced in the page's Content Security Policy (Kit's 'hash' mode). Throws if
 * a changed script's old hash is not in the page: its policy would then refuse the new script.
 */
export function rewritePage(html: string, locale: string): string {
	const to = (text: string) => text.split(`${IMMUTABLE}/`).join(`${IMMUTABLE}/${locale}/`);
	const hashes = new Map<string, string>();
	let out = html.replace(INLINE_SCRIPT, (whole, attrs: string, body: string) => {
		const next = to(body);
		if (next === body) return whole;
		hashes.set(scriptHash(body), scriptHash(next));
		return `<script${attrs}>${next}</script>`;
	});
	// Attributes: href="…/_app/immutable/…" and src="…" (the scripts' bodies were done above).
	out = out.replace(/(\s(?:href|src)=")([^"]*)"/g, (whole, start: string, value: string) => {
		const next = to(value);
		return next === value ? whole : `${start}${next}"`;
	});
	for (const [before, after] of hashes) {
		if (!out.includes(before))
			throw new Error(
				`locale build: a page's start script (${before}) is not in its Content Security Policy`
			);
		out = out.split(before).join(after);
	}
	return out;
}

/** Every file under `dir`, as paths relative to it with `/`. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

export interface SplitResult {
	/** Scripts specialised per language (the same count for each). */
	scripts: number;
	/** Pages pointed at their language's copy. */
	pages: number;
}

/**
 * Splits Kit's output into one copy of the app per language, before the adapter copies it to `build/` (so that
 * `vite preview`, which serves Kit's output, serves the same): `client` holds `_app/immutable/`, `pages` the
 * prerendered pages (`<lang>/…/index.html` for each language but `base`, which stays in place). Throws, naming
 * the file, if the output is not what it expects.
 */
export function splitBuild(
	client: string,
	pages: string,
	base: string,
	locales: readonly string[]
): SplitResult {
	const immutable = join(client, IMMUTABLE);
	if (!existsSync(immutable))
		throw new Error(`locale build: ${immutable} is missing: run it after vite build`);
	const others = locales.filter((l) => l !== base);
	const files = filesUnder(immutable).filter((file) => !others.some((l) => file.startsWith(`${l}/`)));
	let scripts = 0;
	const write = (to: string, file: string, code: string, locale: string) =>
		writeFileSync(to, specialise(file, code, locale));
	for (const file of files) {
		const path = join(immutable, file);
		const code = file.endsWith('.js') ? readFileSync(path, 'utf8') : null;
		const marked = code !== null && code.includes(STATIC_LOCALE);
		if (marked) scripts += 1;
		for (const locale of others) {
			const to = join(immutable, locale, file);
			mkdirSync(dirname(to), { recursive: true });
			if (marked) write(to, file, code, locale);
			else cpSync(path, to);
		}
		if (marked) write(path, file, code, base);
	}
	if (scripts === 0)
		throw new Error(`locale build: no script under ${immutable} tests the language (${STATIC_LOCALE})`);
	let rewritten = 0;
	for (const locale of others) {
		const dir = join(pages, locale);
		if (!existsSync(dir)) throw new Error(`locale build: no prerendered pages in ${dir}`);
		for (const file of filesUnder(dir).filter((f) => f.endsWith('.html'))) {
			const path = join(dir, file);
			const html = readFileSync(path, 'utf8');
			const next = rewritePage(html, locale);
			if (next !== html) {
				writeFileSync(path, next);
				rewritten += 1;
			}
		}
	}
	return { scripts, pages: rewritten };
}
