/**
 * A Vite plugin that writes, for every chunk of the browser's build, the bytes each source module takes in it
 * (Rolldown's `renderedLength`) to `.svelte-kit/bundle-modules.json`: `npm run bench` (bench-languages.ts) reads it
 * to tell which of the home page's first-load bytes belong to the interface's languages. Outside `build/`, so the
 * site and its offline cache do not change.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { Plugin } from 'vite';

export const BUNDLE_MODULES = '.svelte-kit/bundle-modules.json';

/** Chunk file (as under build/, `_app/immutable/…`) -> source module (relative to the project) -> bytes. */
export type BundleModules = Record<string, Record<string, number>>;

export function bundleModules(): Plugin {
	let ssr = false;
	return {
		name: 'atlas-bundle-modules',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		generateBundle(_options, bundle) {
			if (ssr) return;
			const out: BundleModules = {};
			for (const [file, chunk] of Object.entries(bundle)) {
				if (chunk.type !== 'chunk') continue;
				out[file] = Object.fromEntries(
					Object.entries(chunk.modules).map(([id, m]) => [relative(process.cwd(), id), m.renderedLength])
				);
			}
			mkdirSync(dirname(BUNDLE_MODULES), { recursive: true });
			writeFileSync(BUNDLE_MODULES, JSON.stringify(out));
		}
	};
}
