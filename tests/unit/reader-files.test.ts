/**
 * Many files at once: what files.ts makes of each kind of file (the add page's worker and `npm run data -- --dir`
 * both use it), what it refuses and why, and the parity the issue asks for: the same fifty files as a folder for the
 * CLI (`buildFolder`, with the whole gazetteer) and read one by one as the browser's worker reads them
 * (`unpackFile`, then `readUserDocument`, with the browser's gazetteer) give each document the same facts.
 */
import { zipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { setGazetteerSource } from '../../src/lib/pipeline/lookup/places';
import { buildFolder } from '../../src/lib/server/atlas/folder';
import { htmlText, unpackFile } from '../../src/lib/reader/files';
import { englishWhy } from '../../src/lib/reader/files-words';
import { readUserDocument } from '../../src/lib/reader/read-document';
import { documentFacts, type DocumentFacts } from '../../src/lib/view/documents';
import { manyFiles, writeManyFiles } from '../support/many-files';

// This file sets the browser's gazetteer as the lookup's source. The pipeline project shares one module graph
// between files (isolate: false): the next file imports the lookup afresh, with the Node gazetteer of tests/unit/setup.ts.
afterAll(() => vi.resetModules());

const utf8 = (s: string) => new TextEncoder().encode(s);

/** A MediaWiki article as a browser saves it, with the furniture such a page has around its text. */
const WIKI_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kazakhstan–Turkey relations - Wikipedia</title>
<style>.mw-body { color: red }</style><script>var wgPageName = "Embassy of France in Astana";</script></head>
<body><a class="mw-jump-link" href="#content">Jump to content</a>
<header><nav role="navigation"><ul><li>Main page</li><li>Contents</li></ul></nav></header>
<main id="content" role="main"><header><h1 id="firstHeading">Kazakhstan–Turkey relations</h1></header>
<div class="shortdescription">Bilateral relations</div>
<div class="hatnote">For the Ottoman era, see another article.</div>
<div id="toc" class="toc"><ul><li>1 History</li><li>2 References</li></ul></div>
<p>Diplomatic relations between the two countries were established on 2 March 1992.<sup class="reference"><a href="#cite-1">[1]</a></sup>
Turkey has an embassy in Astana.</p>
<div class="mw-heading mw-heading2"><h2 id="History">History</h2><span class="mw-editsection">[<a href="?action=edit">edit</a>]</span></div>
<ul><li>Kazakhstan has an embassy in Ankara.</li><li>Kazakhstan has a consulate general in Istanbul.</li></ul>
<table class="wikitable"><tr><th>Country</th><th>Since</th></tr><tr><td>Turkey</td><td>2 March 1992</td></tr></table>
<div class="navbox">Bilateral relations of Kazakhstan: Armenia Azerbaijan</div>
<h2>References</h2>
<ol class="references"><li id="cite-1">"Kazakhstan opens embassy in Paris". Retrieved 2020.</li></ol>
<h2>External links</h2><ul><li>Embassy of Greece in Astana (official site)</li></ul>
</main>
<footer id="footer">This page was last edited on 1 May 2024.</footer></body></html>`;

describe('files to texts', () => {
	it('reads a saved wiki page as its article: paragraphs, headings, list items and table rows, no furniture', () => {
		const { text, title } = htmlText(WIKI_PAGE);
		expect(title).toBe('Kazakhstan–Turkey relations');
		expect(text).toBe(
			[
				'Diplomatic relations between the two countries were established on 2 March 1992. Turkey has an embassy in Astana.',
				'',
				'History',
				'',
				'Kazakhstan has an embassy in Ankara.',
				'Kazakhstan has a consulate general in Istanbul.',
				'Country | Since',
				'Turkey | 2 March 1992',
				''
			].join('\n')
		);
	});

	it('gives a page, a Markdown file and a text their titles and detected languages', () => {
		const page = unpackFile('saved.html', utf8(WIKI_PAGE)).texts[0];
		expect(page).toMatchObject({ name: 'saved.html', title: 'Kazakhstan–Turkey relations', lang: 'en' });
		const md = unpackFile(
			'notes.md',
			utf8(
				'# Отношения между България и Казахстан\n\nДипломатическите отношения между двете страни са установени на **5 юли 1992** г. [Източник](https://example.org).\n'
			)
		).texts[0];
		expect(md.title).toBe('Отношения между България и Казахстан');
		expect(md.text).toContain('установени на 5 юли 1992 г. Източник');
		expect(md.text).not.toContain('**');
		expect(md.text).not.toContain('https://');
		expect(md.lang).toBe('bg');
		const txt = unpackFile(
			'note.txt',
			utf8('대한민국-카자흐스탄 관계\n\n대한민국과 카자흐스탄은 1992년 1월 28일에 수교하였다.\n')
		).texts[0];
		expect(txt).toMatchObject({ title: '대한민국-카자흐스탄 관계', lang: 'ko' });
	});

	it('decodes a page in the charset it declares', () => {
		// "България" in windows-1251, which older Bulgarian sites use.
		const cp1251 = [0xc1, 0xfa, 0xeb, 0xe3, 0xe0, 0xf0, 0xe8, 0xff];
		const bytes = new Uint8Array([
			...utf8('<html><head><meta charset="windows-1251"></head><body><p>'),
			...cp1251,
			...utf8('</p></body></html>')
		]);
		expect(unpackFile('old.html', bytes).texts[0].text).toBe('България\n');
	});

	it('opens a zip, names its files after it, and says why each file it cannot read was not read', () => {
		const zip = zipSync({
			'a.txt': utf8('Kazakhstan–Turkey relations\n\nTurkey has an embassy in Astana.\n'),
			'pages/b.html': utf8(WIKI_PAGE),
			'pages/b_files/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
			'__MACOSX/._a.txt': new Uint8Array([0, 1]),
			'empty.md': new Uint8Array(),
			'photo.jpg': new Uint8Array([0xff, 0xd8]),
			'inner.zip': zipSync({ 'c.txt': utf8('text') }),
			'binary.txt': new Uint8Array([0x41, 0, 0x42]),
			'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9])
		});
		const { texts, problems } = unpackFile('docs.zip', zip);
		expect(texts.map((t) => t.name)).toEqual(['docs.zip/a.txt', 'docs.zip/pages/b.html']);
		const why = Object.fromEntries(problems.map((p) => [p.name, englishWhy(p.why)]));
		// The worker says why as a code, which the page words in its language.
		expect(problems.find((p) => p.name === 'docs.zip/inner.zip')?.why).toEqual({ code: 'zipInZip' });
		expect(Object.keys(why).sort()).toEqual(
			[
				'docs.zip/binary.txt',
				'docs.zip/empty.md',
				'docs.zip/inner.zip',
				'docs.zip/latin1.txt',
				'docs.zip/photo.jpg'
			].sort()
		);
		expect(why['docs.zip/binary.txt']).toMatch(/binary/);
		expect(why['docs.zip/empty.md']).toMatch(/empty/);
		expect(why['docs.zip/inner.zip']).toMatch(/inside a \.zip/);
		expect(why['docs.zip/latin1.txt']).toMatch(/not UTF-8/);
		expect(why['docs.zip/photo.jpg']).toMatch(/\.jpg file is not a document/);
	});

	it('refuses a damaged zip, a page with no text and a file of another type, naming each', () => {
		const zip = zipSync({ 'a.txt': utf8('some text here') });
		const cut = unpackFile('cut.zip', zip.slice(0, zip.length - 10)).problems[0];
		expect(cut).toMatchObject({ name: 'cut.zip', why: { code: 'badZip' } });
		expect(englishWhy(cut.why)).toMatch(/could not be opened/);
		const blank = unpackFile('blank.html', utf8('<html><script>x()</script></html>')).problems[0];
		expect(englishWhy(blank.why)).toMatch(/no text/);
		const pdf = unpackFile('report.pdf', utf8('%PDF-1.7')).problems[0];
		expect(pdf.why).toEqual({ code: 'wrongType', ext: 'pdf' });
		expect(englishWhy(pdf.why)).toMatch(/\.pdf file is not/);
	});
});

describe('the same files in the browser and the CLI', () => {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-many-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const files = manyFiles(50, 10);

	it('gives every document the same facts', () => {
		writeManyFiles(dir, files);
		// The CLI: the folder with no manifest, read with the whole gazetteer (tests/unit/setup.ts gives it).
		const cli = buildFolder(dir, 'KZ');
		const byCli = new Map<string, DocumentFacts>(
			cli.alone.map((a) => [a.documents[0].title, documentFacts(a, a.documents[0].id)])
		);
		expect(cli.atlas.documents).toHaveLength(50);

		// The browser's worker: each file turned into texts, each text read alone, with the browser's gazetteer.
		setGazetteerSource(() => readFileSync('src/lib/reader/gazetteer.pbf'));
		const byBrowser = new Map<string, DocumentFacts>();
		for (const file of files)
			for (const text of unpackFile(file.name, file.bytes).texts) {
				const result = readUserDocument({ text: text.text, title: text.title, lang: text.lang ?? '' }, 'KZ');
				byBrowser.set(text.title, documentFacts(result.atlas, result.atlas.documents[0].id));
			}

		expect(byBrowser.size).toBe(50);
		expect(byCli.size).toBe(50);
		expect(Object.fromEntries(byBrowser)).toEqual(Object.fromEntries(byCli));
		const total = [...byCli.values()].reduce((n, f) => n + f.total, 0);
		// Not a corpus of empty readings: most documents state something.
		expect([...byCli.values()].filter((f) => f.total > 0).length).toBeGreaterThan(40);
		expect(total).toBeGreaterThan(500);
	}, 120_000);
});
