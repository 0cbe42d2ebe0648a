/**
 * A Vite plugin that writes, for every chunk of the browser's build, the bytes each source module takes in it
 * (Rolldown's `renderedLength`) to `.svelte-kit/bundle-modules.json`, and for each module of the interface's languages
 * other than the messages (Paraglide's runtime, `src/lib/i18n/`, the city names' loader) its rendered code's bytes
 * minified alone as the build minifies, and gzipped, to `.svelte-kit/language-modules.json`: `npm run bench`
 * (bench-languages.ts, bench/language-growth.ts) reads both to tell what the languages add to the home page's first
 * load. Outside `build/`, so the site and its offline cache do not change.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifySync, type Plugin } from 'vite';
import type { LanguageModules } from './language-growth';

export const BUNDLE_MODULES = '.svelte-kit/bundle-modules.json';
export const LANGUAGE_MODULES_FILE = '.svelte-kit/language-modules.json';

/** The source modules that are the interface's languages. */
const LANGUAGE_MODULES = /^src\/lib\/(paraglide|i18n)\/|^src\/lib\/view\/city-names|^messages\//;
/** Of them, the messages: counted in the scripts themselves (their wrappers, their strings), not here. */
const MESSAGES = /^src\/lib\/paraglide\/messages/;

/** Chunk file (as under build/, `_app/immutable/…`) -> source module (relative to the project) -> bytes. */
export type BundleModules = Record<string, Record<string, number>>;

/**
 * A module's rendered code minified alone: top-level names mangled as in the bundle, nothing removed (the bundle
 * already dropped what it does not use).
 */
function minifiedAlone(id: string, code: string): string {
	const out = minifySync(id, code, { module: false, compress: false, mangle: { toplevel: true } });
	if (out.errors.length > 0) throw new Error(`bundle-modules: ${id} could not be minified alone`);
	return out.code;
}

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
			const languages: LanguageModules = {};
			for (const [file, chunk] of Object.entries(bundle)) {
				if (chunk.type !== 'chunk') continue;
				out[file] = {};
				for (const [path, m] of Object.entries(chunk.modules)) {
					const id = relative(process.cwd(), path);
					out[file][id] = m.renderedLength;
					if (!LANGUAGE_MODULES.test(id) || MESSAGES.test(id) || !m.code || languages[id]) continue;
					const minified = minifiedAlone(id, m.code);
					languages[id] = {
						rendered: m.renderedLength,
						minified: Buffer.byteLength(minified),
						gzip: gzipSync(minified).length
					};
				}
			}
			mkdirSync(dirname(BUNDLE_MODULES), { recursive: true });
			writeFileSync(BUNDLE_MODULES, JSON.stringify(out));
			writeFileSync(LANGUAGE_MODULES_FILE, JSON.stringify(languages));
		}
	};
}
