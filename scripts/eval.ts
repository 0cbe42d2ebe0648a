/**
 * `npm run eval -- [--dir DIR] [--min-recall R] [--min-precision P] [--min-lang-recall [LANG=]R ...] [--quiet] [--json FILE]`
 *
 * Builds each document of the evaluation corpus (data/eval/) alone, as `npm run data -- --dir` would with that
 * document's own focus, and compares what the pipeline reads with the facts written in data/eval/expected/. Prints
 * recall and precision per language and per kind of fact, then every miss and every false fact with its sentence.
 * With floors given, exits 1 when the corpus scores below one of them (npm test does this). `--min-lang-recall R` is
 * every language's floor; `--min-lang-recall ru=R` (repeatable) one language's, over the general one, and it fails
 * when the corpus has no document in that language. Exit 2 on a bad command
 * line or a bad expected file (named, with the place and the fix).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import * as v from 'valibot';
import { buildAtlas } from '../src/lib/server/atlas/build';
import {
	ExpectedSchema,
	FACT_KINDS,
	precision,
	recall,
	scoreDocument,
	tally,
	type DocScore,
	type Expected,
	type Tally
} from '../src/lib/server/atlas/evaluate';
import { AtlasError, shorten } from '../src/lib/pipeline/problems';
import { SUPPORTED_LANGS } from '../src/lib/pipeline/languages/codes';
import { HELP_OPTION, readCommandLine } from './cli';

const USAGE =
	'usage: npm run eval -- [--dir data/eval] [--min-recall R] [--min-precision P] [--min-lang-recall [LANG=]R ...] [--quiet] [--json FILE]';

function main(argv: string[]): number {
	const command = readCommandLine(
		{
			args: argv,
			options: {
				dir: { type: 'string', default: join('data', 'eval') },
				'min-recall': { type: 'string' },
				'min-precision': { type: 'string' },
				'min-lang-recall': { type: 'string', multiple: true },
				quiet: { type: 'boolean', default: false },
				json: { type: 'string' },
				help: HELP_OPTION
			},
			strict: true
		},
		USAGE
	);
	if (command.exit !== null) return command.exit;
	const args = command.values;
	const langFloors = new Map<string, number>();
	for (const value of args['min-lang-recall'] ?? []) {
		const m = /^(?:([a-z]{2,3})=)?(.*)$/u.exec(value)!;
		langFloors.set(m[1] ?? '*', floorOf(m[2])!);
	}
	const floors = {
		recall: floorOf(args['min-recall']),
		precision: floorOf(args['min-precision']),
		langRecall: langFloors.get('*')
	};
	if ([...Object.values(floors), ...langFloors.values()].some((f) => Number.isNaN(f))) {
		console.error(`a floor must be a number from 0 to 1\n${USAGE}`);
		return 2;
	}

	const dir = resolve(args.dir);
	let corpus: { expected: Expected; file: string; text: string }[];
	try {
		corpus = readCorpus(dir);
	} catch (e) {
		if (e instanceof CorpusError) {
			console.error(`error: ${e.message}`);
			return 2;
		}
		throw e;
	}

	const scores: DocScore[] = [];
	// Documents in a language the pipeline has no module for are listed, not scored, and do not stop the run.
	const unread = new Map<string, { docs: number; facts: number }>();
	const started = performance.now();
	for (const { expected, text } of corpus) {
		const lang = expected.document.lang.split('-')[0];
		if (!SUPPORTED_LANGS.includes(lang)) {
			const u = unread.get(lang) ?? { docs: 0, facts: 0 };
			u.docs += 1;
			u.facts += Object.keys(expected.status).length + expected.established.length + expected.missions.length;
			unread.set(lang, u);
			continue;
		}
		const work = mkdtempSync(join(tmpdir(), 'atlas-eval-'));
		try {
			const { focus, ...entry } = expected.document;
			writeFileSync(join(work, 'manifest.json'), JSON.stringify({ focus, documents: [entry] }));
			writeFileSync(join(work, entry.file), text);
			const { atlas } = buildAtlas(work);
			scores.push(scoreDocument(expected, atlas));
		} catch (e) {
			if (!(e instanceof AtlasError)) throw e;
			const file = relative(process.cwd(), join(dir, 'expected', `${expected.document.id}.json`));
			console.error(`error: ${expected.document.id} (${file}) was not built:\n${e.message}`);
			return 1;
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	}
	const ms = performance.now() - started;

	if (!args.quiet) {
		for (const s of scores) {
			if (!s.misses.length && !s.false.length) continue;
			console.log(`\n${s.id} (${s.lang})`);
			for (const f of s.misses)
				console.log(`  miss   ${f.kind.padEnd(13)} ${f.key}  «${shorten(f.where, 140)}»`);
			for (const f of s.false)
				console.log(`  false  ${f.kind.padEnd(13)} ${f.key}  «${shorten(f.where, 140)}»`);
		}
		console.log('');
	}

	const langs = [...new Set(scores.map((s) => s.lang.split('-')[0]))].sort();
	const rows: [string, Tally][] = [
		...langs.map(
			(l) =>
				[
					`language ${l} (${scores.filter((s) => s.lang.split('-')[0] === l).length} docs)`,
					tally(scores, (s) => s.lang.split('-')[0] === l)
				] as [string, Tally]
		),
		...FACT_KINDS.map((k) => [`fact ${k}`, tally(scores, (_s, f) => f.kind === k)] as [string, Tally]),
		[`all (${scores.length} docs)`, tally(scores)]
	];
	console.log(
		`${'group'.padEnd(28)} ${'recall'.padStart(7)} ${'precision'.padStart(9)} ${'found'.padStart(6)} ${'missed'.padStart(6)} ${'false'.padStart(6)}`
	);
	for (const [name, t] of rows)
		console.log(
			`${name.padEnd(28)} ${recall(t).toFixed(3).padStart(7)} ${precision(t).toFixed(3).padStart(9)} ${String(t.hits).padStart(6)} ${String(t.misses).padStart(6)} ${String(t.false).padStart(6)}`
		);
	console.log(`Built and scored ${scores.length} documents in ${ms.toFixed(0)} ms`);
	for (const [lang, u] of unread)
		console.log(
			`Not read: ${u.docs} documents in '${lang}' (${u.facts} expected statuses, dates and missions), a language ` +
				`the pipeline has no module for (it reads ${SUPPORTED_LANGS.join(', ')}); not in the figures above`
		);

	if (args.json)
		writeFileSync(args.json, JSON.stringify({ rows: Object.fromEntries(rows), scores }, null, '\t'));

	const all = tally(scores);
	const failures: string[] = [];
	if (floors.recall !== undefined && recall(all) < floors.recall)
		failures.push(`recall ${recall(all).toFixed(3)} is below the floor ${floors.recall}`);
	if (floors.precision !== undefined && precision(all) < floors.precision)
		failures.push(`precision ${precision(all).toFixed(3)} is below the floor ${floors.precision}`);
	for (const l of langs) {
		const floor = langFloors.get(l) ?? floors.langRecall;
		const t = tally(scores, (s) => s.lang.split('-')[0] === l);
		if (floor !== undefined && recall(t) < floor)
			failures.push(`recall in ${l}, ${recall(t).toFixed(3)}, is below the floor ${floor}`);
	}
	for (const l of langFloors.keys())
		if (l !== '*' && !langs.includes(l))
			failures.push(`a floor is given for ${l}, but the corpus has no document in it that the pipeline read`);
	for (const f of failures) console.error(`error: ${f}`);
	return failures.length ? 1 : 0;
}

function floorOf(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	const n = Number(value);
	return n >= 0 && n <= 1 ? n : Number.NaN;
}

class CorpusError extends Error {}

/** The expected files and their documents, checked: schema, file present, every quote found in the text. */
function readCorpus(dir: string): { expected: Expected; file: string; text: string }[] {
	const expectedDir = join(dir, 'expected');
	const rel = (p: string) => relative(process.cwd(), p) || p;
	const files = readdirSync(expectedDir)
		.filter((f) => f.endsWith('.json'))
		.sort();
	if (!files.length) throw new CorpusError(`${rel(expectedDir)}: no expected files. See data/eval/README.md`);
	return files.map((name) => {
		const file = join(expectedDir, name);
		let data: unknown;
		try {
			data = JSON.parse(readFileSync(file, 'utf8'));
		} catch (e) {
			throw new CorpusError(
				`${rel(file)}: not valid JSON (${e instanceof Error ? e.message : e}). Fix the JSON syntax`
			);
		}
		const parsed = v.safeParse(ExpectedSchema, data);
		if (!parsed.success)
			throw new CorpusError(
				parsed.issues
					.map(
						(i) => `${rel(file)}: at ${v.getDotPath(i) ?? '(root)'}: ${i.message}. See data/eval/README.md`
					)
					.join('\n')
			);
		const expected = parsed.output;
		const textFile = join(dir, 'documents', expected.document.file);
		let text: string;
		try {
			text = readFileSync(textFile, 'utf8');
		} catch {
			throw new CorpusError(
				`${rel(file)}: its document ${rel(textFile)} is missing. Add the text or fix "file"`
			);
		}
		if (`${expected.document.id}.json` !== name)
			throw new CorpusError(
				`${rel(file)}: the id "${expected.document.id}" differs from the file name. Rename one`
			);
		const flat = text.replace(/\s+/g, ' ');
		for (const q of [...expected.established, ...expected.missions].map((f) => f.quote))
			if (!text.includes(q) && !flat.includes(q.replace(/\s+/g, ' ')))
				throw new CorpusError(
					`${rel(file)}: the quote «${shorten(q)}» is not in ${rel(textFile)}. Copy it from the text`
				);
		return { expected, file, text };
	});
}

process.exitCode = main(process.argv.slice(2));
