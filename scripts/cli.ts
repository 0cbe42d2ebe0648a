/**
 * What the scripts share: the quantiles their timings are reported as, and the command-line options
 * (data.ts, bench.ts, bench-pipeline.ts), read the same way everywhere with
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

/** The q-quantile of `values`, interpolated between the two nearest; NaN for none. */
export function quantile(values: number[], q: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export const median = (values: number[]): number => quantile(values, 0.5);
