/**
 * The pipeline over a documents folder: reads `manifest.json` and the files it names, then hands their texts to
 * the pure pipeline (`readDocuments`, `src/lib/pipeline/read.ts`), which the browser's reader runs too. Only the
 * file reading is here: decoding (strict UTF-8, binary refused) and the checks that name a file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decode } from '../../pipeline/clean';
import { parseManifest } from '../../pipeline/manifest';
import { AtlasError } from '../../pipeline/problems';
import { readDocuments, type BuildResult } from '../../pipeline/read';
import './gazetteer';

export type { BuildResult };

export function buildAtlas(dir: string): BuildResult {
	const rel = (name: string) => relative(process.cwd(), join(dir, name)) || name;
	const manifestFile = rel('manifest.json');
	if (!existsSync(join(dir, 'manifest.json')))
		throw new AtlasError([
			{
				file: manifestFile,
				line: null,
				message: 'the manifest is missing',
				fix: 'Create it: see the README, "The documents"'
			}
		]);
	const manifest = parseManifest(readFileSync(join(dir, 'manifest.json'), 'utf8'), manifestFile, (name) =>
		existsSync(join(dir, name))
	);
	const documents = manifest.documents.map((entry) => {
		const file = rel(entry.file);
		return { entry, file, text: decode(readFileSync(join(dir, entry.file)), file) };
	});
	return readDocuments(manifest.focus, documents, manifestFile);
}
