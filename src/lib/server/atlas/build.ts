/**
 * The pipeline over a documents folder: reads `manifest.json` and the files it names, then hands their texts to
 * the pure pipeline (`readDocuments`, `src/lib/pipeline/read.ts`), which the browser's reader runs too. Only the
 * file reading is here: decoding (strict UTF-8, binary refused) and the checks that name a file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { decode } from '../../pipeline/clean';
import { parseManifest, type Manifest } from '../../pipeline/manifest';
import { AtlasError, type Problem } from '../../pipeline/problems';
import { readDocuments, type BuildResult, type SourceDocument } from '../../pipeline/read';
import './gazetteer';

export type { BuildResult };

/** The folders the built-in atlas reads: the seed documents, then the library (`data/library/`, README "The library"). */
export const BUILT_IN_DIRS: readonly string[] = [join('data', 'documents'), join('data', 'library')];

/**
 * Builds the atlas from one documents folder or several (the seeds and the library): each folder has its own
 * `manifest.json`; their documents are read together, in folder order. The folders must name the same focus, and a
 * document id may be used once across them.
 */
export function buildAtlas(dirs: string | readonly string[]): BuildResult {
	const list = typeof dirs === 'string' ? [dirs] : dirs;
	// Read beside the seeds, a folder is library: the built-in one, or any other the build is given with the seeds (the
	// browser suite's second site adds the hostile-text fixture), so that `sources=seeds` is always data/documents alone.
	const seeds = resolve(BUILT_IN_DIRS[0]);
	const beside = list.some((dir) => resolve(dir) === seeds) && list.length > 1;
	const read = list.map((dir) => readFolder(dir, beside && resolve(dir) !== seeds));
	const [first] = read;
	const problems: Problem[] = [];
	const seen = new Map<string, string>();
	for (const folder of read) {
		if (folder.manifest.focus !== first.manifest.focus)
			problems.push({
				file: folder.manifestFile,
				line: null,
				message: `the focus is "${folder.manifest.focus}", but ${first.manifestFile} gives "${first.manifest.focus}"`,
				fix: 'Build folders about one focus together, or build this one alone with --dir'
			});
		for (const d of folder.manifest.documents) {
			const other = seen.get(d.id);
			if (other)
				problems.push({
					file: folder.manifestFile,
					line: null,
					message: `the document id "${d.id}" is used in ${other} too`,
					fix: 'Give each document its own id across the folders'
				});
			seen.set(d.id, folder.manifestFile);
		}
	}
	if (problems.length) throw new AtlasError(problems);
	return readDocuments(
		first.manifest.focus,
		read.flatMap((f) => f.documents),
		first.manifestFile
	);
}

/** The folder's manifest and documents; those of the built-in library are marked so (`library`, for `sources=library`). */
function readFolder(
	dir: string,
	library: boolean
): { manifestFile: string; manifest: Manifest; documents: SourceDocument[] } {
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
		return {
			entry,
			file,
			manifest: manifestFile,
			text: decode(readFileSync(join(dir, entry.file)), file),
			...(library ? { library } : {})
		};
	});
	return { manifestFile, manifest, documents };
}
