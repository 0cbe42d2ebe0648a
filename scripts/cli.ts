/**
 * Command-line options for the scripts (data.ts, bench.ts, bench-pipeline.ts), read the same way everywhere with
 * Node's own `parseArgs`: strict (an unknown option is an error), `--help`/`-h` prints the usage, and a mistake
 * prints what was wrong and the usage. The caller exits with `exit` when it is set: 0 after the help, 2 after an
 * error, as the scripts document. Each script declares its own `help` option, so its values stay typed.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const HELP_OPTION = { type: 'boolean', short: 'h', default: false } as const;

type Config = ParseArgsConfig & { options: { help: typeof HELP_OPTION } };

export function readCommandLine<T extends Config>(
	config: T,
	usage: string
): { exit: 0 | 2 } | { exit: null; values: ReturnType<typeof parseArgs<T>>['values'] } {
	let values: ReturnType<typeof parseArgs<T>>['values'];
	try {
		values = parseArgs(config).values;
	} catch (e) {
		console.error(`${e instanceof Error ? e.message : String(e)}\n${usage}`);
		return { exit: 2 };
	}
	if ((values as { help?: boolean }).help) {
		console.log(usage);
		return { exit: 0 };
	}
	return { exit: null, values };
}
