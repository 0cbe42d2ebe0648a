import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { interpolateYlGnBu } from 'd3-scale-chromatic';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { yearRampTable } from './src/lib/view/year-ramp.ts';
import { bundleModules } from './scripts/bench/bundle-modules.ts';
import { localeBuild } from './scripts/locale-build/plugin.ts';

/**
 * The unit tests that read documents: they build the atlas (buildAtlas, getAtlas), look up places in the gazetteer
 * or countries in the name tables, or run the pipeline's steps. They are the `pipeline` project; the rest of
 * tests/unit is the `unit` project, which loads none of it.
 */
const PIPELINE = [
	'any-country',
	'atlas.integration',
	'bad-input',
	'browser-gazetteer',
	'build-warnings',
	'constructions',
	'countries',
	'disagreement',
	'evaluate',
	'export',
	'hostile',
	'merge',
	'missions',
	'mission-phases',
	'missions-payload',
	'other-focus',
	'panel',
	'pipeline-steps',
	'places',
	'reader',
	'reader-files',
	'reading',
	'restrict',
	'russian',
	'search',
	'sources',
	'time-own'
].map((name) => `tests/unit/${name}.test.ts`);
/** Component tests that run each in a jsdom of its own (see the component projects below). */
const COMPONENT_ISOLATED = [
	'add-document',
	'add-document-no-storage',
	'country-picker',
	'map-dock',
	'map-stage-boundary',
	'map-stage-loading',
	'own-counts',
	'stored-documents',
	'year-choice'
].map((name) => `tests/component/${name}.test.ts`);

/**
 * What the build and the tests write, which the dev server must not watch: `npm test` builds into build/ while
 * `npm run dev` may be open, and a watched build reloaded every open page once per prerendered file (walk-through
 * finding 5). Vite already leaves out test-results/; SvelteKit leaves out .svelte-kit's output.
 */
export const UNWATCHED = ['build', 'playwright-report', 'bench-results'].map((dir) => `**/${dir}/**`);

export default defineConfig({
	plugins: [
		// The interface's messages (messages/{locale}.json) compiled to one function per message, in
		// src/lib/paraglide/ (generated, not committed). The message-format plugin is loaded from node_modules
		// (project.inlang/settings.json), so the build needs no network beyond the npm install. The locale is the
		// address's: English at /, the others under /bg/, /ko/, /ru/ (src/hooks.ts reroutes them to the same routes).
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['url', 'baseLocale'],
			// isServer stays Paraglide's default (`typeof window === 'undefined'`): the same generated files are
			// imported by Node scripts and Playwright's tests, where import.meta.env does not exist.
			emitTsDeclarations: true
		}),
		sveltekit(),
		// One copy of the browser's scripts per interface language, each with that language's strings alone: the
		// message functions test a static language in the browser's build, and after the adapter has written build/
		// each copy fixes it (scripts/locale-build/).
		localeBuild(),
		// Which source module takes how many bytes of each browser chunk, for `npm run bench` (a file outside build/).
		bundleModules()
	],
	server: { watch: { ignored: UNWATCHED } },
	// The reader's worker is a module worker (src/lib/reader/client.ts), bundled as ES modules like the app.
	worker: { format: 'es' },
	// The year classes' colours, from d3-scale-chromatic here rather than in every visitor's browser.
	define: { __YEAR_RAMP__: JSON.stringify(yearRampTable(interpolateYlGnBu)) },
	test: {
		// Every core: Vitest's default in a run leaves one free (one worker on this 2-core machine), which took the
		// suite 72 s against 51 s with two.
		maxWorkers: availableParallelism(),
		projects: [
			// Pure modules on hand-made fixtures, in Node: no gazetteer, no documents read. Seconds.
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: PIPELINE,
					environment: 'node',
					// One module graph for the files a worker runs, not one per file (no file leaves a global, a mock
					// or the environment changed: checked in shuffled orders): about half the CPU.
					isolate: false
				}
			},
			// What reads documents: the pipeline's steps, the name tables and the 6.4 MB gazetteer, and the atlas
			// built from data/documents or a fixture.
			{
				extends: true,
				test: {
					name: 'pipeline',
					include: PIPELINE,
					environment: 'node',
					setupFiles: ['tests/unit/setup.ts'],
					// As above, and the atlas built from the documents (getAtlas) is built once per worker, not once per
					// file; the two files that build it over another folder import it afresh and leave it so.
					isolate: false
				}
			},
			// Components that need no WebGL, mounted in jsdom with Svelte's browser build: one jsdom and one module
			// graph for the files a worker runs (setting up jsdom for each file took a third of the suite's time)...
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					include: ['tests/component/**/*.test.ts'],
					exclude: COMPONENT_ISOLATED,
					environment: 'jsdom',
					isolate: false
				}
			},
			// ...but each of these files alone: they mock modules (vi.mock) the others import, or read state a module
			// keeps for the page's life (the missions payload loaded once, the reader's stored documents).
			{
				extends: true,
				plugins: [svelteTesting()],
				test: { name: 'component-isolated', include: COMPONENT_ISOLATED, environment: 'jsdom' }
			}
		]
	}
});
