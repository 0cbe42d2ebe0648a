/**
 * `npx tsx scripts/bench-merge.ts [--docs N]`: what the page does on the main thread when a reader with N stored
 * documents (100 by default) opens the atlas or adds one (src/lib/reader/user-atlas.svelte.ts, `#publish`): the
 * built atlas and the documents merged, the map's missions made, the summaries for colours and search; and a
 * country's panel from the merged atlas. Median of 7 runs, in Node (the browser's JIT is the same V8).
 *
 * The documents are the repository's own texts (data/documents and data/eval/documents, 30 texts in Bulgarian,
 * Korean and English), each read alone as the reader's worker reads a document, repeated with a marker line so
 * that each of the N is another text: the merge sees N documents that state the same facts again, its worst case
 * for the number of sentences a country keeps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import '../src/lib/server/atlas/gazetteer';
import { mergeAtlases } from '../src/lib/pipeline/merge';
import { readingCapitals, readUserDocument } from '../src/lib/reader/read-document';
import { buildAtlas } from '../src/lib/server/atlas/build';
import { missionsPayload } from '../src/lib/view/missions-payload';
import { buildPanel } from '../src/lib/view/panel';
import { summarize } from '../src/lib/view/summary';
import type { Capital } from '../src/lib/view/missions';
import { median } from './cli';

const ROOT = resolve(import.meta.dirname, '..');

export function benchMerge(count = 100) {
	const base = buildAtlas(join(ROOT, 'data', 'documents')).atlas;
	const baseMissions = missionsPayload(base, () => undefined);
	const texts = [join(ROOT, 'data', 'documents'), join(ROOT, 'data', 'eval', 'documents')].flatMap((dir) =>
		readdirSync(dir)
			.filter((f) => f.endsWith('.txt'))
			.map((f) => ({ text: readFileSync(join(dir, f), 'utf8'), lang: f.slice(0, 2) }))
	);
	const docs = Array.from({ length: count }, (_, i) => {
		const { text, lang } = texts[i % texts.length];
		const atlas = readUserDocument(
			{ text: `${text}\n\n(copy ${i})`, title: `Document ${i}`, lang },
			base.focus
		).atlas;
		return { atlas, capitals: readingCapitals(atlas) };
	});
	const runs: number[] = [];
	const panels: number[] = [];
	for (let run = 0; run < 7; run++) {
		const started = performance.now();
		const merged = mergeAtlases(
			base,
			docs.map((d) => d.atlas)
		);
		const capitals: Record<string, Capital> = {};
		for (const found of [...docs.map((d) => d.capitals).reverse(), baseMissions.capitals])
			Object.assign(capitals, found);
		missionsPayload(merged, (code) => capitals[code]);
		summarize(merged);
		runs.push(performance.now() - started);
		const panelStart = performance.now();
		buildPanel(merged, 'RU');
		panels.push(performance.now() - panelStart);
	}
	const bytes = JSON.stringify(docs).length;
	return { docs: count, merge_ms: median(runs), panel_ms: median(panels), stored_mb: bytes / 1e6 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const at = process.argv.indexOf('--docs');
	const result = benchMerge(at > 0 ? Number(process.argv[at + 1]) : 100);
	console.log(
		`${result.docs} stored documents (${result.stored_mb.toFixed(1)} MB of readings): merge, missions and summaries ${result.merge_ms.toFixed(0)} ms; Russia's panel from the merged atlas ${result.panel_ms.toFixed(0)} ms (median of 7)`
	);
}
