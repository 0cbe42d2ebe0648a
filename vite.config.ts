import { sveltekit } from '@sveltejs/kit/vite';
import { interpolateYlGnBu } from 'd3-scale-chromatic';
import { defineConfig } from 'vitest/config';
import { yearRampTable } from './src/lib/view/year-ramp';

export default defineConfig({
	plugins: [sveltekit()],
	// The year classes' colours, from d3-scale-chromatic here rather than in every visitor's browser.
	define: { __YEAR_RAMP__: JSON.stringify(yearRampTable(interpolateYlGnBu)) },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
