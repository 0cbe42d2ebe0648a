/**
 * `npm run data -- [--out FILE] [--strict] [--dir DIR] [--focus CODE]`
 *
 * A DIR without a manifest.json is read as the add page reads dropped files (src/lib/server/atlas/folder.ts): every
 * .txt, .md, .html and .zip in it, each document about the country --focus names (KZ unless given).
 *
 * Builds the atlas from the seeds (`data/documents`) and the library (`data/library`), or from DIR alone. With --out, writes it as JSON (atomically: a failed run leaves no file and
 * an existing one untouched). Without, prints a summary: documents, countries per status, missions per kind, events,
 * and every warning with its file and line. Exit 0 with warnings, 1 on errors (and with --strict, on warnings), 2 on a
 * wrong command line.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BUILT_IN_DIRS, buildAtlas, type BuildResult } from '../src/lib/server/atlas/build';
import { buildFolder } from '../src/lib/server/atlas/folder';
import { documentFacts } from '../src/lib/view/documents';
import { ADD_FILES_WORDS } from '../src/lib/components/reader/add-files-words';
import { AtlasError, formatProblem, shorten } from '../src/lib/pipeline/problems';

const reviewWords = (f: { statuses: number; dates: number; missions: number }) =>
	ADD_FILES_WORDS.facts(f.statuses, f.dates, f.missions);
import type { Atlas } from '../src/lib/atlas/types';
import { HELP_OPTION, readCommandLine } from './cli';

const USAGE = 'usage: npm run data -- [--out FILE] [--strict] [--dir DOCUMENTS_DIR] [--focus CODE]';

function main(argv: string[]): number {
	const command = readCommandLine(
		{
			args: argv,
			options: {
				out: { type: 'string' },
				strict: { type: 'boolean', default: false },
				dir: { type: 'string' },
				// A folder without a manifest (files as the add page takes them) is about this country.
				focus: { type: 'string', default: 'KZ' },
				help: HELP_OPTION
			},
			strict: true
		},
		USAGE
	);
	if (command.exit !== null) return command.exit;
	const args = command.values;
	const started = performance.now();
	let result: BuildResult & { alone?: Atlas[] };
	try {
		if (!args.dir) result = buildAtlas(BUILT_IN_DIRS.map((dir) => resolve(dir)));
		else {
			const dir = resolve(args.dir);
			result = existsSync(join(dir, 'manifest.json')) ? buildAtlas(dir) : buildFolder(dir, args.focus);
		}
	} catch (e) {
		if (e instanceof AtlasError) {
			console.error(`error: the atlas was not built.\n${e.message}`);
			return 1;
		}
		throw e;
	}
	const { atlas, warnings, reading } = result;
	const ms = performance.now() - started;
	for (const w of warnings) console.error(`warning: ${formatProblem(w)}`);
	if (args.strict && warnings.length) {
		console.error(`error: ${warnings.length} warning(s) and --strict: nothing written.`);
		return 1;
	}
	if (args.out) {
		const out = resolve(args.out);
		const tmp = join(dirname(out), `.${Date.now()}.${process.pid}.tmp`);
		writeFileSync(tmp, serialise(atlas));
		renameSync(tmp, out);
		console.error(
			`wrote ${args.out} (${atlas.countries.length} countries, ${atlas.missions.length} missions) in ${ms.toFixed(0)} ms`
		);
	} else {
		console.log(summary(atlas, reading, warnings.length, ms, result.alone));
	}
	return 0;
}

/** The JSON form of the atlas, the same bytes for the same documents. */
export function serialise(atlas: Atlas): string {
	return `${JSON.stringify(atlas, null, '\t')}\n`;
}

function summary(
	atlas: Atlas,
	reading: BuildResult['reading'],
	warnings: number,
	ms: number,
	alone?: Atlas[]
): string {
	const count = <T>(items: T[], key: (t: T) => string) => {
		const m = new Map<string, number>();
		for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
		return [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${k.padEnd(20)} ${n}`);
	};
	return [
		`Documents (${atlas.documents.length}):`,
		...atlas.documents.flatMap((d) => {
			const r = reading.find((x) => x.id === d.id);
			const own = alone?.find((a) => a.documents[0].id === d.id);
			// A folder without a manifest: what the add page's review shows of the same file.
			const review = own ? ` (${reviewWords(documentFacts(own, d.id))})` : '';
			return [
				`  ${d.id.padEnd(20)} ${d.lang}  ${d.title}  (${d.text.length} characters, ${d.sections.length} sections): ${r?.read ?? 0} facts read${review}, ${r?.unread ?? 0} sentences with a country and a mission, ambassador or relations word read for nothing`,
				...(r?.sentences ?? []).map((s) => `    not read, line ${s.line}: «${shorten(s.text, 120)}»`)
			];
		}),
		`Countries (${atlas.countries.length}) by status:`,
		...count(atlas.countries, (c) => c.status),
		`Missions (${atlas.missions.length}) by kind:`,
		...count(atlas.missions, (m) => m.kind),
		`Events: ${atlas.events.length}`,
		`Warnings: ${warnings}`,
		`Built in ${ms.toFixed(0)} ms`
	].join('\n');
}

process.exitCode = main(process.argv.slice(2));
