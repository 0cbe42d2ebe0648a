/**
 * The atlas of this project's documents, built once per process (at prerender time for the site).
 * Throws an AtlasError, which names the file and the fix, when the documents or the manifest are bad: the build
 * stops rather than publish a partial map.
 */
import { join } from 'node:path';
import type { Atlas } from '../../atlas/types';
import { buildAtlas } from './build';

export const DOCUMENTS_DIR = join(process.cwd(), 'data', 'documents');

let cached: Atlas | undefined;

export function getAtlas(): Atlas {
	cached ??= buildAtlas(DOCUMENTS_DIR).atlas;
	return cached;
}
