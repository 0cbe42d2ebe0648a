/**
 * The atlas of this project's documents, built once per process (at prerender time for the site).
 * Throws an AtlasError, which names the file and the fix, when the documents or the manifest are bad: the build
 * stops rather than publish a partial map. Warnings (what the pipeline could not read) are printed once, as
 * `npm run data` prints them, so that `npm run build` and `npm run dev` never hide them.
 */
import { delimiter, resolve } from 'node:path';
import type { Atlas } from '../../atlas/types';
import { BUILT_IN_DIRS, buildAtlas } from './build';
import { formatProblem } from '../../pipeline/problems';

// The seeds and the library; ATLAS_DOCUMENTS_DIR (absolute, or relative to the working directory) builds the site over
// other documents folders: one, or several joined as PATH joins them (`:`), read together as the seeds and the library
// are. The browser suite builds over the seeds alone, and its second site over the seeds, the library and the
// hostile-text fixture (tests/support/second-site.ts).
const DOCUMENTS_DIRS = (
	process.env.ATLAS_DOCUMENTS_DIR
		? process.env.ATLAS_DOCUMENTS_DIR.split(delimiter).filter(Boolean)
		: BUILT_IN_DIRS
).map((dir) => resolve(dir));

let cached: Atlas | undefined;

export function getAtlas(): Atlas {
	if (!cached) {
		const { atlas, warnings } = buildAtlas(DOCUMENTS_DIRS);
		for (const w of warnings) console.warn(`atlas warning: ${formatProblem(w)}`);
		if (warnings.length)
			console.warn(`atlas: ${warnings.length} warning(s); \`npm run data\` lists them with a summary`);
		cached = atlas;
	}
	return cached;
}
