/**
 * The reader's Web Workers are bundled by Vite's worker build, which Svelte's compiler does not run on: a rune
 * (`$state`, `$derived`, `$effect`) in a module a worker imports is left as it is and throws "$state is not defined"
 * when the worker starts, so that no document can be read (city-names.svelte.ts did so once, reached through the
 * panel's fact lines). This follows each worker's static imports through the source and lists any module with a rune.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');
const WORKERS = ['lib/reader/reader.worker.ts', 'lib/reader/compose.worker.ts'];
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const RUNE = /\$(?:state|derived|effect|props)(?:\.\w+)?\s*[(<]/;

/** The source file an import names, or null for a package or an asset (`?url`). */
function sourceOf(from: string, spec: string): string | null {
	if (spec.includes('?')) return null;
	const base = spec.startsWith('$lib/')
		? join(SRC, 'lib', spec.slice(5))
		: spec.startsWith('.')
			? resolve(dirname(from), spec)
			: null;
	if (base === null) return null;
	for (const candidate of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return null;
}

/** Every source module `entry` imports, directly or not (type-only imports left out). */
function importsOf(entry: string): string[] {
	const seen = new Set<string>([entry]);
	const queue = [entry];
	while (queue.length) {
		const file = queue.pop()!;
		for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
			const next = sourceOf(file, spec);
			if (next && !seen.has(next)) {
				seen.add(next);
				queue.push(next);
			}
		}
	}
	return [...seen];
}

describe('the reader’s workers import no module with a rune', () => {
	it.each(WORKERS)('%s', (worker) => {
		const modules = importsOf(join(SRC, worker));
		// The walk reaches the pipeline, so it follows imports at all.
		expect(modules.some((m) => m.includes('/pipeline/'))).toBe(true);
		const withRunes = modules
			.filter((m) => RUNE.test(readFileSync(m, 'utf8')))
			.map((m) => m.slice(SRC.length + 1));
		expect(withRunes).toEqual([]);
	});

	it('would find a rune, as city-names.svelte.ts had one', () => {
		expect(RUNE.test('let tables = $state.raw<Record<string, string>>({});')).toBe(true);
		expect(RUNE.test('const x = $derived(y);')).toBe(true);
		expect(RUNE.test('const tables = new SvelteMap<string, string>();')).toBe(false);
	});
});
