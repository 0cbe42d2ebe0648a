import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { interpolateYlGnBu } from 'd3-scale-chromatic';
import { defineConfig } from 'vitest/config';
import { yearRampTable } from './src/lib/view/year-ramp.ts';

export default defineConfig({
	plugins: [sveltekit()],
	// The reader's worker is a module worker (src/lib/reader/client.ts), bundled as ES modules like the app.
	worker: { format: 'es' },
	// The year classes' colours, from d3-scale-chromatic here rather than in every visitor's browser.
	define: { __YEAR_RAMP__: JSON.stringify(yearRampTable(interpolateYlGnBu)) },
	test: {
		projects: [
			// Pure modules and the pipeline, in Node.
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					setupFiles: ['tests/unit/setup.ts']
				}
			},
			// Components that need no WebGL, mounted in jsdom with Svelte's browser build.
			{
				extends: true,
				plugins: [svelteTesting()],
				test: { name: 'component', include: ['tests/component/**/*.test.ts'], environment: 'jsdom' }
			}
		]
	}
});
