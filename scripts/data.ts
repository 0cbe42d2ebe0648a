/**
 * `npm run data -- [--out FILE] [--strict] [--dir DIR]`
 *
 * Builds the atlas from the seeds (`data/documents`) and the library (`data/library`), or from DIR alone. With --out, writes it as JSON (atomically: a failed run leaves no file and
 * an existing one untouched). Without, prints a summary: documents, countries per status, missions per kind, events,
 * and every warning with its file and line. Exit 0 with warnings, 1 on errors (and with --strict, on warnings), 2 on a
 * wrong command line.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BUILT_IN_DIRS, buildAtlas, type BuildResult } from '../src/lib/server/atlas/build';
import { AtlasError, formatProblem } from '../src/lib/pipeline/problems';
import type { Atlas } from '../src/lib/atlas/types';
import { HELP_OPTION, readCommandLine } from './cli';

const USAGE = 'usage: npm run data -- [--out FILE] [--strict] [--dir DOCUMENTS_DIR]';

function main(argv: string[]): number {
	const command = readCommandLine(
		{
			args: argv,
			options: {
				out: { type: 'string' },
				strict: { type: 'boolean', default: false },
				dir: { type: 'string' },
				help: HELP_OPTION
			},
			strict: true
		},
		USAGE
	);
	if (command.exit !== null) return command.exit;
	const args = command.values;
	const started = performance.now();
	let result;
	try {
		result = buildAtlas(args.dir ? resolve(args.dir) : BUILT_IN_DIRS.map((dir) => resolve(dir)));
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
		console.log(summary(atlas, reading, warnings.length, ms));
	}
	return 0;
}

/** The JSON form of the atlas, the same bytes for the same documents. */
export function serialise(atlas: Atlas): string {
	return `${JSON.stringify(atlas, null, '\t')}\n`;
}

function summary(atlas: Atlas, reading: BuildResult['reading'], warnings: number, ms: number): string {
	const count = <T>(items: T[], key: (t: T) => string) => {
		const m = new Map<string, number>();
		for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
		return [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${k.padEnd(20)} ${n}`);
	};
	return [
		`Documents (${atlas.documents.length}):`,
		...atlas.documents.map((d) => {
			const r = reading.find((x) => x.id === d.id);
			return `  ${d.id.padEnd(20)} ${d.lang}  ${d.title}  (${d.text.length} characters, ${d.sections.length} sections): ${r?.read ?? 0} facts read, ${r?.unread ?? 0} sentences with a country and a mission or relations read for nothing`;
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
