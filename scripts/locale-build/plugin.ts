/**
 * The Vite side of one client bundle per interface language (split.ts says why and how):
 *
 * - in the browser's build only, each of Paraglide's message modules (`src/lib/paraglide/messages/*.js`) tests
 *   `globalThis.__PARAGLIDE_STATIC_LOCALE__` first, in the message function itself, where a minifier can fold it
 *   once a language is written there (an imported constant could not fold across chunks). The server's build and
 *   `vite dev` keep Paraglide's code as it is: the marker is never defined, so nothing changes there either;
 * - once Kit has prerendered the pages (the server build's `writeBundle`) and before its adapter copies its output
 *   to `build/` (the server build's `closeBundle`), it splits that output by language (split.ts), so that `vite
 *   build` (and `npm run build`) does the whole thing, and `vite preview`, which serves Kit's output, serves it too.
 *
 * MULTILINGUAL messages keep every language in every copy: the browser's-language offer writes itself in the
 * language it offers (`m.language_offer({…}, { locale })`), not the page's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { STATIC_LOCALE, splitBuild } from './split.ts';

/** What Paraglide 2 writes in every message function to choose its language. */
const PARAGLIDE_CHOICE = 'experimentalStaticLocale ?? options.locale ?? getLocale()';

/** Messages that a page calls with another language (`{ locale }`): LanguageOffer.svelte. */
export const MULTILINGUAL = new Set([
	'language_offer',
	'offer_switch',
	'language_offer_dismiss',
	'language_label'
]);

const MESSAGE = /[/\\]src[/\\]lib[/\\]paraglide[/\\]messages[/\\]([^/\\]+)\.js$/;

/** A message module made to test the static language first; throws if Paraglide wrote it otherwise. */
export function markMessage(id: string, code: string): string | null {
	const name = MESSAGE.exec(id)?.[1];
	if (!name || name === '_index' || MULTILINGUAL.has(name)) return null;
	if (!code.includes(PARAGLIDE_CHOICE))
		throw new Error(
			`locale build: ${id} does not choose its language with "${PARAGLIDE_CHOICE}" (has Paraglide changed?): ` +
				'update PARAGLIDE_CHOICE in scripts/locale-build/plugin.ts'
		);
	return code.split(PARAGLIDE_CHOICE).join(`${STATIC_LOCALE} ?? options.locale ?? getLocale()`);
}

/** The project's languages, base first, from Paraglide's settings. */
function projectLocales(root: string): { base: string; locales: string[] } {
	const settings = JSON.parse(readFileSync(join(root, 'project.inlang', 'settings.json'), 'utf8')) as {
		baseLocale: string;
		locales: string[];
	};
	return { base: settings.baseLocale, locales: settings.locales };
}

/** `output`: Kit's output folder (`.svelte-kit/output`, as svelte.config.js leaves Kit's `outDir`). */
export function localeBuild({ output = '.svelte-kit/output' } = {}): Plugin {
	let ssr = false;
	let root = process.cwd();
	return {
		name: 'atlas-locale-build',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
			root = config.root;
		},
		transform(code, id) {
			if (ssr) return null;
			const marked = markMessage(id, code);
			return marked === null ? null : { code: marked, map: null };
		},
		closeBundle: {
			sequential: true,
			// Before Kit's own closeBundle, which runs the adapter.
			order: 'pre',
			handler() {
				// Kit's client build is a second `vite build` inside the server's; the pages are prerendered at its end.
				if (!ssr) return;
				const { base, locales } = projectLocales(root);
				const started = performance.now();
				const { scripts, pages } = splitBuild(
					join(root, output, 'client'),
					join(root, output, 'prerendered', 'pages'),
					base,
					locales
				);
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				console.log(
					`locale build: ${scripts} scripts in ${locales.length} languages, ${pages} pages pointed at their copy (${seconds} s)`
				);
			}
		}
	};
}
