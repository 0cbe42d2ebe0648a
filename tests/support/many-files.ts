/**
 * Many files for the add page, made from the repository's own documents (data/eval/documents and data/documents):
 * `count` documents of 2 to 50 KB, the languages taken in turn, each the paragraphs of that language's documents
 * from a different start, up to a size that grows from 2 KB to 48 KB across the set. One in five is written as a web
 * page saved from a browser (.html: a header with navigation, a script, a style, footnote marks and a reference
 * list around the text, which the reader must leave out), one in five as Markdown (.md), the rest as .txt; the last
 * `zipped` are put in one .zip. Used by the bench (`scripts/bench/reader.ts`), the parity unit test
 * (tests/unit/reader-files.test.ts) and the browser test (tests/e2e/many-files.spec.ts).
 */
import { zipSync } from 'fflate';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORTED_LANGS } from '../../src/lib/pipeline/languages/codes';
import { unpackFile } from '../../src/lib/reader/files';
import { ROOT } from './serve';

export interface BenchFile {
	name: string;
	bytes: Uint8Array;
}

const MIN_BYTES = 2 * 1024;
const MAX_BYTES = 48 * 1024;

/** Every paragraph of each language's documents, in file order (a document's language is its name's prefix). */
function paragraphsByLanguage(): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const dir of [join(ROOT, 'data', 'eval', 'documents'), join(ROOT, 'data', 'documents')])
		for (const file of readdirSync(dir).sort()) {
			const lang = file.split('-')[0];
			if (!file.endsWith('.txt') || !SUPPORTED_LANGS.includes(lang)) continue;
			const paragraphs = readFileSync(join(dir, file), 'utf8')
				.split(/\n\s*\n/)
				.map((p) => p.trim())
				// A dump's page furniture (Namuwiki's "{{{#!wiki …" revision lines) is no paragraph of text.
				.filter((p) => p.length >= 20 && !p.includes('{{{'));
			out.set(lang, [...(out.get(lang) ?? []), ...paragraphs]);
		}
	return out;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page as a browser saves it: the text among the chrome a reader must leave out. */
function html(title: string, paragraphs: string[]): string {
	const body = paragraphs
		.map(
			(p, i) =>
				`<p>${escape(p)}${i % 3 === 0 ? '<sup class="reference"><a href="#n1">[1]</a></sup>' : ''}</p>`
		)
		.join('\n');
	return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escape(title)} - Saved page</title>
<style>p { color: #123; }</style><script>window.tracker = "Embassy of Nowhere in Paris";</script></head>
<body><header><nav><a href="/">Main page</a> <a href="/random">Random article</a></nav></header>
<main><h1>${escape(title)}</h1>
${body}
<h2>References</h2><ol class="references"><li id="n1">Embassy of Turkey in Astana opened, a newspaper title. Retrieved 2020.</li></ol>
</main><footer>Text is available under the Creative Commons Attribution-ShareAlike License.</footer></body></html>
`;
}

const encoder = new TextEncoder();
const size = (s: string) => encoder.encode(s).length;

/** Document `i`: the pool's paragraphs from `from` up to `target` bytes, as .html, .md or .txt. */
function compose(i: number, lang: string, pool: string[], from: number, target: number): BenchFile {
	const paragraphs: string[] = [];
	let bytes = 0;
	for (let k = from; bytes < target; k++) {
		const next = pool[k % pool.length];
		if (bytes > 0 && bytes + size(next) + 2 > 50 * 1024) break;
		paragraphs.push(next);
		bytes += size(next) + 2;
	}
	const title = `${paragraphs[0].replace(/^=+\s*|\s*=+$/g, '').slice(0, 60)} (${i + 1})`;
	const body = paragraphs.slice(1);
	const n = String(i + 1).padStart(2, '0');
	if (i % 5 === 0) return { name: `doc-${n}-${lang}.html`, bytes: encoder.encode(html(title, body)) };
	if (i % 5 === 1)
		return { name: `doc-${n}-${lang}.md`, bytes: encoder.encode(`# ${title}\n\n${body.join('\n\n')}\n`) };
	return { name: `doc-${n}-${lang}.txt`, bytes: encoder.encode(`${title}\n\n${body.join('\n\n')}\n`) };
}

/** `count` documents (see the module's comment), as files; the last `zipped` in `more.zip`. */
export function manyFiles(count = 50, zipped = 10): BenchFile[] {
	const byLang = paragraphsByLanguage();
	const langs = SUPPORTED_LANGS.filter((l) => (byLang.get(l)?.length ?? 0) > 0);
	const files: BenchFile[] = [];
	for (let i = 0; i < count; i++) {
		const lang = langs[i % langs.length];
		const pool = byLang.get(lang) ?? [];
		const target = Math.round(MIN_BYTES * (MAX_BYTES / MIN_BYTES) ** (count > 1 ? i / (count - 1) : 0));
		// A document the detector takes for another language (a short Bulgarian text for Russian) is another
		// test (the review lists it as unread): start one paragraph later until the detector agrees.
		for (let shift = 0; ; shift++) {
			const file = compose(i, lang, pool, (i * 7 + shift) % pool.length, target);
			const read = unpackFile(file.name, file.bytes).texts[0];
			if (read?.lang === lang || shift >= pool.length) {
				files.push(file);
				break;
			}
		}
	}
	const loose = files.slice(0, count - zipped);
	if (zipped === 0) return loose;
	const zip = zipSync(Object.fromEntries(files.slice(count - zipped).map((f) => [f.name, f.bytes])));
	return [...loose, { name: 'more.zip', bytes: zip }];
}

/** Writes the files into `dir` (made if need be), for `npm run data -- --dir`. */
export function writeManyFiles(dir: string, files: BenchFile[]): void {
	mkdirSync(dir, { recursive: true });
	for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
}
