/**
 * Builds the floor page (bench/floor/index.html) with the same Vite as the app, minus SvelteKit: MapLibre and its
 * worker are bundled the same way. The app's geometry file is copied into `public/` by scripts/bench.ts before the
 * build, so both pages load the very same bytes.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
	root,
	base: './',
	// The app's modules the floor borrows (the geometry's decoder) import others through SvelteKit's `$lib`.
	resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } },
	publicDir: fileURLToPath(new URL('../../bench-results/floor-public', import.meta.url)),
	build: {
		outDir: fileURLToPath(new URL('../../bench-results/floor-dist', import.meta.url)),
		emptyOutDir: true
	},
	logLevel: 'warn'
});
