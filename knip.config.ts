/**
 * Dead files, exports and dependencies, checked by `npm run lint`. Knip's SvelteKit, Svelte, Vite, Vitest and
 * Playwright plugins find the routes, hooks, the service worker, the unit and browser tests and the configs; the
 * entries below are what no plugin knows: the command-line scripts, the script the browser suite's web server runs
 * (tests/support/second-site-early.ts, named in playwright.config.ts's command), and the benchmark's floor page
 * through its own Vite config (bench/floor/index.html loads main.ts).
 */
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
	entry: ['scripts/*.ts', 'tests/support/second-site-early.ts'],
	project: ['src/**/*.{ts,svelte}', 'scripts/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', '*.{ts,js}'],
	vite: { config: ['vite.config.ts', 'bench/floor/vite.config.ts'] },
	// A type or interface exported with the function that returns it stays nameable, even if only that file names it.
	ignoreExportsUsedInFile: { interface: true, type: true },
	ignoreDependencies: [
		// Run as a program by scripts/bench.ts (node_modules/lighthouse/cli/index.js), not imported.
		'lighthouse',
		// Read by scripts/place-names.ts through require() of a path built per language, which knip cannot follow.
		'cldr-dates-full',
		// Paraglide's message-format plugin, loaded by path from project.inlang/settings.json so that the build
		// needs no CDN.
		'@inlang/plugin-message-format'
	]
};

export default config;
