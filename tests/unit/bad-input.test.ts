/**
 * What the pipeline does with bad input: a clear error or warning naming the file, the line and the fix, and never
 * a half-written output. Each case builds a small documents folder in a temporary directory.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import { AtlasError, formatProblem } from '../../src/lib/pipeline/problems';

const REAL = 'data/documents';
const BG_FILE = 'bg-wikipedia-foreign-policy-of-kazakhstan.txt';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

type Entry = Record<string, unknown>;
const entry = (over: Entry = {}): Entry => ({
	id: 'doc',
	file: 'doc.txt',
	title: 'Test',
	lang: 'bg',
	source: 'https://example.org/doc',
	licence: 'CC BY-SA',
	licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
	retrieved: null,
	about: [],
	...over
});

function folder(files: Record<string, string | Uint8Array>, entries: Entry[] = [entry()]): string {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-'));
	dirs.push(dir);
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ focus: 'KZ', documents: entries }, null, 2));
	for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
	return dir;
}

function errorOf(dir: string): string {
	try {
		buildAtlas(dir);
	} catch (e) {
		expect(e).toBeInstanceOf(AtlasError);
		return (e as AtlasError).problems.map(formatProblem).join('\n');
	}
	throw new Error('expected the build to fail');
}

const SMALL = 'Външна политика\n\nТурцияРедактиране\n\nКазахстан има посолство в Анкара.\n';

describe('bad documents', () => {
	it('an empty file', () => {
		expect(errorOf(folder({ 'doc.txt': '' }))).toMatch(/doc\.txt: the file is empty\. .*manifest/);
	});

	it('a file that is not UTF-8 names the line of the bad byte', () => {
		const cp1251 = Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0xca, 0xe0, 0xe7]); // "Каз" in Windows-1251 on line 3
		expect(errorOf(folder({ 'doc.txt': cp1251 }))).toMatch(/doc\.txt:3: the file is not valid UTF-8 .*iconv/);
	});

	it('a binary file', () => {
		expect(errorOf(folder({ 'doc.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) }))).toMatch(
			/doc\.txt:1: the file is binary/
		);
	});

	it('CRLF endings and a BOM give the same atlas, offsets included, as LF', () => {
		const lf = buildAtlas(folder({ 'doc.txt': SMALL })).atlas;
		const crlf = buildAtlas(folder({ 'doc.txt': '\uFEFF' + SMALL.replace(/\n/g, '\r\n') })).atlas;
		expect(JSON.stringify(crlf)).toBe(JSON.stringify(lf));
		const m = crlf.missions[0];
		expect(crlf.documents[0].text.slice(m.span.start, m.span.end)).toBe('Казахстан има посолство в Анкара.');
	});

	it('a 10 MB document finishes in seconds', () => {
		const real = readFileSync(join(REAL, BG_FILE), 'utf8');
		const big = Array.from({ length: Math.ceil(10e6 / real.length) }, () => real).join('\n');
		expect(big.length).toBeGreaterThan(10e6);
		const started = performance.now();
		const { atlas } = buildAtlas(folder({ 'doc.txt': big }));
		const seconds = (performance.now() - started) / 1000;
		console.log(`10 MB document: ${seconds.toFixed(1)} s`);
		expect(atlas.countries.find((c) => c.code === 'TR')?.status).toBe('embassy');
	}, 120_000);

	it('HTML and <script> in the text are kept as text', () => {
		const html =
			'Заглавие\n\nТурцияРедактиране\n\n<script>alert(1)</script> Казахстан има посолство в Анкара. <img src=x onerror=alert(2)>\n';
		const { atlas } = buildAtlas(folder({ 'doc.txt': html }));
		expect(atlas.documents[0].text).toContain('<script>alert(1)</script>');
		expect(atlas.documents[0].text).toContain('<img src=x onerror=alert(2)>');
	});

	it('an impossible date is rejected with a warning naming the line', () => {
		const text =
			'Заглавие\n\nТурцияРедактиране\n\nДипломатическите отношения са установени на 31 февруари 1992 година.\n';
		const { atlas, warnings } = buildAtlas(folder({ 'doc.txt': text }));
		expect(atlas.countries.find((c) => c.code === 'TR')?.established).toBeNull();
		expect(warnings.map(formatProblem)).toEqual([
			expect.stringMatching(
				/doc\.txt:5: impossible date rejected: month 2 of 1992 has no day 31 «31 февруари 1992 година»/
			)
		]);
	});

	it('a table row naming no known country is a warning', () => {
		const text = 'Заглавие\n\nАзияРедактиране\n\n  Атлантида 1992-01-01\n\nТекст за нея.\n';
		const { warnings } = buildAtlas(folder({ 'doc.txt': text }));
		expect(warnings.map(formatProblem)).toEqual([
			expect.stringMatching(
				/doc\.txt:5: a table row that names no known country «Атлантида 1992-01-01»\. .*alias/
			)
		]);
	});

	it('a city the gazetteer lacks is a warning and the mission is not placed', () => {
		const text = 'Заглавие\n\nТурцияРедактиране\n\nКазахстан има посолство в Атлантида.\n';
		const { atlas, warnings } = buildAtlas(folder({ 'doc.txt': text }));
		expect(atlas.missions).toEqual([]);
		expect(warnings.map(formatProblem)).toEqual([
			expect.stringMatching(/doc\.txt:5: unknown city "Атлантида"/)
		]);
	});
});

describe('reading what it can, and saying what it cannot', () => {
	it('a manifest language that does not match the text is a warning naming both', () => {
		const text =
			'Foreign relations\n\nTurkey[edit]\n\nKazakhstan has an embassy in Ankara and Turkey has an embassy in Astana.\n';
		const { atlas, warnings } = buildAtlas(folder({ 'doc.txt': text }, [entry({ lang: 'bg' })]));
		expect(warnings.map(formatProblem)).toContainEqual(
			expect.stringMatching(
				/manifest\.json: "doc" is given as lang "bg", but its text \(.*doc\.txt\) reads as "en"/
			)
		);
		expect(atlas.missions).toEqual([]);
	});

	it('a sentence with a country and a mission word that gives no fact is a warning with its line', () => {
		// No verb says the embassy exists or opened: a Korean sentence the pipeline reads for nothing.
		const text = 'Title\n\n카자흐스탄 사람들은 일본 대사관 앞의 공원을 좋아한다.\n';
		const { warnings } = buildAtlas(folder({ 'doc.txt': text }, [entry({ lang: 'ko' })]));
		expect(warnings.map(formatProblem)).toEqual([
			expect.stringMatching(
				/doc\.txt:3: read nothing from a sentence that names a country and a mission or relations «카자흐스탄 사람들은 일본 대사관/
			)
		]);
	});

	it("the focus is the manifest's: a document on Kyrgyzstan gives Kyrgyzstan's facts", () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-'));
		dirs.push(dir);
		writeFileSync(
			join(dir, 'manifest.json'),
			JSON.stringify({ focus: 'KG', documents: [entry({ lang: 'en', about: ['TR'] })] })
		);
		writeFileSync(
			join(dir, 'doc.txt'),
			'Kyrgyzstan–Turkey relations\n\nDiplomatic relations were established on 29 January 1992. Turkey has an embassy in Bishkek and Kyrgyzstan has an embassy in Ankara.\n'
		);
		const { atlas } = buildAtlas(dir);
		expect(atlas.focus).toBe('KG');
		expect(atlas.countries.find((c) => c.code === 'KG')?.status).toBe('focus');
		const tr = atlas.countries.find((c) => c.code === 'TR')!;
		expect([tr.status, tr.established?.date]).toEqual(['embassy', '1992-01-29']);
		expect(atlas.missions.map((m) => `${m.sender}>${m.host} ${m.city}`).sort()).toEqual([
			'KG>TR Ankara',
			'TR>KG Bishkek'
		]);
		expect(atlas.countries.some((c) => c.code === 'KZ')).toBe(false);
	});
});

describe('bad manifests', () => {
	it('a manifest naming a missing file', () => {
		expect(errorOf(folder({}, [entry({ file: 'gone.txt' })]))).toMatch(
			/manifest\.json: documents\[0\] \("doc"\): the file "gone\.txt" does not exist/
		);
	});

	it('a duplicate id', () => {
		const dir = folder({ 'doc.txt': SMALL, 'b.txt': SMALL }, [entry(), entry({ file: 'b.txt' })]);
		expect(errorOf(dir)).toMatch(
			/documents\[1\] \("doc"\): the id "doc" is used twice\. Give each document its own id/
		);
	});

	it('an unknown language', () => {
		expect(errorOf(folder({ 'doc.txt': SMALL }, [entry({ lang: 'xx' })]))).toMatch(
			/unknown language "xx"\. Use one the pipeline reads \(bg, ko, en, ru\), or add a module for it to src\/lib\/pipeline\/languages\//
		);
	});

	it.each(['javascript:alert(3)', 'data:text/html,<script>alert(1)</script>'])(
		'a source address that is not http(s): %s',
		(source) => {
			expect(errorOf(folder({ 'doc.txt': SMALL }, [entry({ source })]))).toMatch(
				/manifest\.json: documents\.0\.source: an http\(s\):\/\/ address/
			);
		}
	);

	it('invalid JSON names the line', () => {
		const dir = folder({ 'doc.txt': SMALL });
		writeFileSync(join(dir, 'manifest.json'), '{\n  "focus": "KZ",\n  "documents": [\n}');
		expect(errorOf(dir)).toMatch(/manifest\.json:4: not valid JSON/);
	});
});

describe('npm run data', { timeout: 60_000 }, () => {
	const cli = (args: string[]) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data.ts', ...args], { encoding: 'utf8' });

	it('prints a summary of the seed documents alone with --dir data/documents and exits 0', () => {
		const r = cli(['--dir', join('data', 'documents')]);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/Documents \(2\):/);
		expect(r.stdout).toMatch(/none\s+37/);
		expect(r.stdout).toMatch(/Warnings: 0/);
	});

	it('reads the seeds and the library by default', () => {
		const library = JSON.parse(readFileSync(join('data', 'library', 'manifest.json'), 'utf8')) as {
			documents: { id: string }[];
		};
		const r = cli([]);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(new RegExp(`Documents \\(${2 + library.documents.length}\\):`));
		for (const d of library.documents) expect(r.stdout).toContain(`  ${d.id} `);
	});

	it('refuses two folders that share a document id, naming both manifests', () => {
		const a = folder({ 'doc.txt': 'Bulgaria has an embassy in Astana.' });
		const b = folder({ 'doc.txt': 'Bulgaria has an embassy in Astana.' });
		expect(() => buildAtlas([a, b])).toThrow(/the document id "doc" is used in .*manifest\.json too/);
	});

	it('writes the atlas with --out, the same bytes each time', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-out-'));
		dirs.push(dir);
		expect(cli(['--out', join(dir, 'a.json')]).status).toBe(0);
		expect(cli(['--out', join(dir, 'b.json')]).status).toBe(0);
		expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
		expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')).focus).toBe('KZ');
	});

	it('fails with no stack trace and writes nothing on an error', () => {
		const dir = folder({ 'doc.txt': '' });
		const out = join(dir, 'atlas.json');
		const r = cli(['--dir', dir, '--out', out]);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/error: the atlas was not built\.\n.*doc\.txt: the file is empty/);
		expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
		expect(existsSync(out)).toBe(false);
	});

	it('makes warnings errors with --strict, and writes nothing', () => {
		const dir = folder({ 'doc.txt': 'Заглавие\n\nАзияРедактиране\n\n  Атлантида\n\nТекст.\n' });
		const out = join(dir, 'atlas.json');
		expect(cli(['--dir', dir]).status).toBe(0);
		const r = cli(['--dir', dir, '--strict', '--out', out]);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/warning: .*doc\.txt:5: a table row/);
		expect(existsSync(out)).toBe(false);
	});

	it('rejects an unknown option with usage and exit 2', () => {
		const r = cli(['--bogus']);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/usage: npm run data/);
	});

	it('reads the project copy of a document (sanity: the copy is the seed text)', () => {
		copyFileSync(join(REAL, BG_FILE), join(folder({ 'doc.txt': SMALL }), 'copy.txt'));
		expect(execFileSync('head', ['-c', '60', join(REAL, BG_FILE)]).toString()).toMatch(
			/^Външна политика на Казахстан/
		);
	});
});
