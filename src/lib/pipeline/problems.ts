/**
 * Errors and warnings of the pipeline. Every one names the file, the line and what to do about it, so the CLI and
 * the build can print it without a stack trace.
 */

export interface Problem {
	/** File the problem is in, relative to the project (e.g. `data/documents/manifest.json`). */
	file: string;
	/** 1-based line in that file, or null when the problem concerns the whole file. */
	line: number | null;
	/** What is wrong, in one sentence. */
	message: string;
	/** The text at fault, if any (shortened). */
	text?: string;
	/** How to fix it. */
	fix: string;
}

export function formatProblem(p: Problem): string {
	const where = p.line === null ? p.file : `${p.file}:${p.line}`;
	const text = p.text ? ` «${shorten(p.text)}»` : '';
	return `${where}: ${p.message}${text}. ${p.fix}`;
}

export function shorten(text: string, max = 80): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A problem that stops the build: nothing is written. */
export class AtlasError extends Error {
	readonly problems: Problem[];
	constructor(problems: Problem[]) {
		super(problems.map(formatProblem).join('\n'));
		this.name = 'AtlasError';
		this.problems = problems;
	}
}

/** Collects warnings as the pipeline runs; a step calls `warn` and goes on. */
export class Warnings {
	readonly list: Problem[] = [];
	warn(p: Problem): void {
		this.list.push(p);
	}
}
