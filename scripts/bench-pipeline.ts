/**
 * `npm run bench:pipeline -- [--sizes 1,10,50,100] [--repeat 5] [--skip-big]`
 *
 * The pipeline at scale: builds the atlas from 1, 10, 50 and 100 documents and prints the time per size, to show
 * that it grows linearly with the number of documents. The documents are copies of the two real ones (Bulgarian
 * and Korean, alternating) under their own ids and file names, in a temporary folder: the same text the pipeline
 * already reads, so the figures measure scale and not new kinds of input. Median of --repeat builds per size.
 * Then (unless --skip-big) one 10 MB document per language, Bulgarian, Korean, English and Russian, built once each.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAtlas } from '../src/lib/server/atlas/build';
import type { ManifestEntry } from '../src/lib/pipeline/manifest';
import { HELP_OPTION, median, readCommandLine } from './cli';

const USAGE = 'usage: npm run bench:pipeline -- [--sizes 1,10,50,100] [--repeat 5] [--skip-big]';
const REAL = join('data', 'documents');

/** A documents folder with `n` documents made from the real ones. */
function corpus(n: number): string {
	const real = JSON.parse(readFileSync(join(REAL, 'manifest.json'), 'utf8')) as {
		focus: string;
		documents: ManifestEntry[];
	};
	const dir = mkdtempSync(join(tmpdir(), `atlas-bench-${n}-`));
	const documents = Array.from({ length: n }, (_, i) => {
		const source = real.documents[i % real.documents.length];
		const file = `${String(i).padStart(3, '0')}-${source.file}`;
		copyFileSync(join(REAL, source.file), join(dir, file));
		return { ...source, id: `${source.id}-${i}`, file };
	});
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ focus: real.focus, documents }, null, 2));
	return dir;
}

function main(): number {
	const command = readCommandLine(
		{
			args: process.argv.slice(2),
			options: {
				sizes: { type: 'string', default: '1,10,50,100' },
				repeat: { type: 'string', default: '5' },
				'skip-big': { type: 'boolean', default: false },
				help: HELP_OPTION
			},
			strict: true
		},
		USAGE
	);
	if (command.exit !== null) return command.exit;
	const args = command.values;
	const sizes = args.sizes.split(',').map(Number);
	const repeat = Number(args.repeat);
	if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(repeat >= 1)) {
		console.error(`--sizes takes whole numbers above 0, --repeat a number above 0\n${USAGE}`);
		return 2;
	}

	// One build first, so that loading the modules and their tables is not charged to the first size.
	buildAtlas(REAL);
	const rows: { n: number; ms: number; chars: number; countries: number }[] = [];
	for (const n of sizes) {
		const dir = corpus(n);
		try {
			const times: number[] = [];
			let result = buildAtlas(dir);
			for (let r = 0; r < repeat; r++) {
				const started = performance.now();
				result = buildAtlas(dir);
				times.push(performance.now() - started);
			}
			rows.push({
				n,
				ms: median(times),
				chars: result.atlas.documents.reduce((s, d) => s + d.text.length, 0),
				countries: result.atlas.countries.length
			});
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}

	// Linear growth shows as a flat time per 100 000 characters (one document is the Bulgarian one alone, so per
	// character, not per document, is the fair unit).
	console.log('documents  characters   build (median)   per 100k characters');
	for (const row of rows)
		console.log(
			`${String(row.n).padStart(9)}  ${String(row.chars).padStart(10)}  ${row.ms.toFixed(0).padStart(12)} ms` +
				`  ${((row.ms / row.chars) * 1e5).toFixed(1).padStart(16)} ms`
		);
	console.log(`\n${cpus().length} CPUs, ${new Date().toISOString()}; median of ${repeat} builds per size.`);

	// One document of 10 MB per language, made by repeating a real one (an evaluation document for English and Russian).
	if (!args['skip-big']) {
		console.log('\nlanguage   characters   build (one run)   missions   warnings');
		for (const [lang, file] of BIG) {
			const real = readFileSync(file, 'utf8');
			const text = Array.from({ length: Math.ceil(10e6 / real.length) }, () => real).join('\n');
			const dir = mkdtempSync(join(tmpdir(), `atlas-big-${lang}-`));
			try {
				writeFileSync(join(dir, 'doc.txt'), text);
				writeFileSync(
					join(dir, 'manifest.json'),
					JSON.stringify({ focus: 'KZ', documents: [{ ...BIG_ENTRY, lang }] })
				);
				const started = performance.now();
				const { atlas, warnings } = buildAtlas(dir);
				const s = (performance.now() - started) / 1000;
				console.log(
					`${lang.padEnd(8)} ${String(text.length).padStart(12)} ${s.toFixed(1).padStart(15)} s ${String(atlas.missions.length).padStart(10)} ${String(warnings.length).padStart(10)}`
				);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	}
	return 0;
}

const BIG: [string, string][] = [
	['bg', join(REAL, 'bg-wikipedia-foreign-policy-of-kazakhstan.txt')],
	['ko', join(REAL, 'ko-namuwiki-us-kazakhstan-relations.txt')],
	['en', join('data', 'eval', 'documents', 'en-wikipedia-germany-kazakhstan.txt')],
	['ru', join('data', 'eval', 'documents', 'ru-frwiki-azerbaijan-kazakhstan.txt')]
];
const BIG_ENTRY = {
	id: 'big',
	file: 'doc.txt',
	title: 'Big',
	source: 'https://example.org/',
	licence: 'CC BY-SA',
	licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
	retrieved: null,
	about: []
};

process.exitCode = main();
