/**
 * The dev server does not watch what the build and the tests write (walk-through finding 5: `npm test` beside
 * `npm run dev` reloaded every open page once per prerendered file). The output folders are the ones .gitignore
 * lists as the project's own output; each must be left out of the watch, by Vite itself or by our list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config, { UNWATCHED } from '../../vite.config';

/** Folders Vite and SvelteKit leave out of the watch themselves. */
const ALREADY_UNWATCHED = ['test-results', '.svelte-kit'];

/** The folders at the project's root that .gitignore keeps out of git (`/build`, `/test-results`…). */
const outputFolders = readFileSync(new URL('../../.gitignore', import.meta.url), 'utf8')
	.split('\n')
	.map((line) => line.trim())
	.filter((line) => /^\/[\w.-]+$/.test(line))
	.map((line) => line.slice(1));

describe('the dev server’s watch', () => {
	it('finds the output folders in .gitignore', () => {
		expect(outputFolders).toEqual(expect.arrayContaining(['build', 'playwright-report']));
	});

	it.each(outputFolders.filter((f) => !ALREADY_UNWATCHED.includes(f)))('leaves out %s/', (folder) => {
		expect(UNWATCHED).toContain(`**/${folder}/**`);
	});

	it('is given to the server', () => {
		expect(config.server?.watch?.ignored).toEqual(UNWATCHED);
	});

	it('still watches the sources', () => {
		for (const glob of UNWATCHED) expect(glob).not.toMatch(/src|static|data/);
	});
});
