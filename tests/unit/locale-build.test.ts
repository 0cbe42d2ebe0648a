/**
 * The locale build (scripts/locale-build/): a message module as Paraglide writes it, marked as the browser's build
 * marks it and minified as Vite minifies it, comes out of each language's copy with that language alone; a page
 * under /bg/ is pointed at its copy, and its Content Security Policy holds the hash of its rewritten start script.
 * The expected strings are read from the message files (messages/{locale}.json).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minifySync } from 'vite';
import { compile } from '@inlang/paraglide-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markMessage, MULTILINGUAL } from '../../scripts/locale-build/plugin';
import { rewritePage, specialise, splitBuild, STATIC_LOCALE } from '../../scripts/locale-build/split';

const LOCALES = ['en', 'bg', 'ko', 'ru'];
const ROOT = join(import.meta.dirname, '..', '..');
const words = Object.fromEntries(
	LOCALES.map((l) => [l, JSON.parse(readFileSync(join(ROOT, 'messages', `${l}.json`), 'utf8'))])
) as Record<string, Record<string, string>>;

/** A message with four distinct translations, and one with a parameter. */
const KEY = 'panel_what_documents_say';
const PARAM = 'add_added';

/**
 * The messages compiled as the production build compiles them (one module per message; `vite dev` and Vitest write
 * one module per language into src/lib/paraglide instead), into a folder of the test's own.
 */
const OUT = mkdtempSync(join(tmpdir(), 'locale-build-'));
const MESSAGES = join(OUT, 'src', 'lib', 'paraglide', 'messages');
beforeAll(async () => {
	await compile({
		project: join(ROOT, 'project.inlang'),
		outdir: join(OUT, 'src', 'lib', 'paraglide'),
		strategy: ['url', 'baseLocale'],
		outputStructure: 'message-modules'
	});
}, 60_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** The message module of `key` as the browser's build has it: Paraglide's file, marked, then minified as a chunk. */
function messageChunk(key: string): string {
	const id = join(MESSAGES, `${key}.js`);
	const marked = markMessage(id, readFileSync(id, 'utf8'));
	if (marked === null) throw new Error(`${key} was not marked`);
	return minifySync(`${key}.js`, marked, { module: true }).code;
}

/** The strings of a message in every language, as the chunk writes them (the parameter's part left out). */
const translations = (key: string) =>
	Object.fromEntries(LOCALES.map((l) => [l, words[l][key].split('{')[0].slice(0, 12)]));

describe('specialise', () => {
	it('takes a message chunk with four languages down to one, for each language', () => {
		const chunk = messageChunk(KEY);
		for (const l of LOCALES) expect(chunk, l).toContain(words[l][KEY]);
		expect(chunk).toContain(STATIC_LOCALE);
		for (const locale of LOCALES) {
			const one = specialise('m.js', chunk, locale);
			expect(one, locale).toContain(words[locale][KEY]);
			for (const other of LOCALES.filter((l) => l !== locale))
				expect(one, other).not.toContain(words[other][KEY]);
			expect(one).not.toContain('__PARAGLIDE_STATIC_LOCALE__');
		}
	});

	it('keeps a message’s parameters working in the copy: the function still writes its input', async () => {
		const chunk = specialise('m.js', messageChunk(PARAM), 'ru');
		const t = translations(PARAM);
		expect(chunk).toContain(t.ru);
		for (const other of ['en', 'bg', 'ko']) expect(chunk).not.toContain(t[other]);
		// Run it without Paraglide's runtime: the Russian copy no longer asks for the language, so it needs none.
		const runnable = chunk.replace(/import\s*(?:\{[^}]*\}\s*from\s*)?"\.\.\/runtime\.js";?/, '');
		expect(runnable).not.toContain('runtime');
		const url = `data:text/javascript;base64,${Buffer.from(runnable).toString('base64')}`;
		const module = (await import(/* @vite-ignore */ url)) as Record<string, (i: object) => string>;
		expect(module[PARAM]({ title: 'Atlas' })).toBe(words.ru[PARAM].replace('{title}', 'Atlas'));
	});

	it('leaves the messages a page calls in another language whole (the browser-language offer)', () => {
		const id = join(MESSAGES, 'language_offer.js');
		expect(MULTILINGUAL.has('language_offer')).toBe(true);
		expect(markMessage(id, readFileSync(id, 'utf8'))).toBeNull();
	});

	it('refuses a message module Paraglide wrote in another shape, naming it', () => {
		const id = join(MESSAGES, 'nav_map.js');
		expect(() => markMessage(id, 'export const nav_map = () => "Map"')).toThrow(/nav_map\.js/);
	});

	it('leaves a script without the marker as it was', () => {
		const code = 'export const a=1;/* keep me */';
		expect(specialise('x.js', code, 'bg')).toBe(code);
	});
});

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** A prerendered page as Kit writes it in hash mode: its start script, its links, its policy with the script's hash. */
function page(script: string): string {
	return (
		`<!doctype html><html lang="bg"><head>` +
		`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${sha(script)}">` +
		`<link href="../_app/immutable/assets/0.A.css" rel="stylesheet">` +
		`<link rel="modulepreload" href="../_app/immutable/entry/start.B.js">` +
		`</head><body><div>${'<p>Вход</p>'}<script>${script}</script></div></body></html>`
	);
}
const START = `{ Promise.all([import("../_app/immutable/entry/start.B.js"), import("../_app/immutable/entry/app.C.js")]); }`;

describe('rewritePage', () => {
	it('points a page at its language’s copy and puts the new start script’s hash in its policy', () => {
		const out = rewritePage(page(START), 'bg');
		const script = /<script>([\s\S]*?)<\/script>/.exec(out)![1];
		expect(script).toContain('import("../_app/immutable/bg/entry/start.B.js")');
		expect(script).toContain('import("../_app/immutable/bg/entry/app.C.js")');
		expect(out).toContain(`script-src 'self' ${sha(script)}`);
		expect(out).not.toContain(sha(START));
		expect(out).toContain('href="../_app/immutable/bg/assets/0.A.css"');
		expect(out).toContain('href="../_app/immutable/bg/entry/start.B.js"');
		expect(out.match(/_app\/immutable\/(?!bg\/)/g)).toBeNull();
	});

	it('refuses a page whose policy does not hold its script’s hash', () => {
		const html = page(START).replace(sha(START), "'sha256-other'");
		expect(() => rewritePage(html, 'bg')).toThrow(/Content Security Policy/);
	});
});

describe('splitBuild', () => {
	const dir = join(OUT, 'split');

	it('makes a copy of the app per language, each with its language alone, and points each language’s pages at it', () => {
		const client = join(dir, 'client');
		const pages = join(dir, 'pages');
		const put = (path: string, text: string) => {
			mkdirSync(join(path, '..'), { recursive: true });
			writeFileSync(path, text);
		};
		const immutable = join(client, '_app', 'immutable');
		put(join(immutable, 'chunks', 'm.D.js'), messageChunk(KEY));
		put(join(immutable, 'entry', 'start.B.js'), 'import"../chunks/m.D.js";export const start=1;');
		put(join(immutable, 'assets', '0.A.css'), 'p{color:red}');
		for (const l of ['bg', 'ko', 'ru']) put(join(pages, l, 'index.html'), page(START));
		put(join(pages, 'index.html'), page(START));

		const result = splitBuild(client, pages, 'en', LOCALES);
		expect(result.scripts).toBe(1);
		expect(result.pages).toBe(3);
		for (const locale of LOCALES) {
			const copy = locale === 'en' ? immutable : join(immutable, locale);
			const chunk = readFileSync(join(copy, 'chunks', 'm.D.js'), 'utf8');
			expect(chunk).toContain(words[locale][KEY]);
			for (const other of LOCALES.filter((l) => l !== locale)) expect(chunk).not.toContain(words[other][KEY]);
			// What holds no message is copied as it is.
			expect(readFileSync(join(copy, 'assets', '0.A.css'), 'utf8')).toBe('p{color:red}');
			expect(readFileSync(join(copy, 'entry', 'start.B.js'), 'utf8')).toContain('../chunks/m.D.js');
		}
		// No copy of a copy, and the base language's page stays as it was.
		expect(existsSync(join(immutable, 'bg', 'bg'))).toBe(false);
		expect(readFileSync(join(pages, 'index.html'), 'utf8')).toBe(page(START));
		const ko = readFileSync(join(pages, 'ko', 'index.html'), 'utf8');
		expect(ko).toContain('import("../_app/immutable/ko/entry/start.B.js")');
	});
});
