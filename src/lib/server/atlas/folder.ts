/**
 * A documents folder without a manifest (`npm run data -- --dir FOLDER`): the files a reader would drop on the add
 * page, read as the add page reads them. Every .txt, .md, .html and .zip file in the folder and its subfolders is
 * turned into text by the same function as the reader worker's (`unpackFile`, src/lib/reader/files.ts), its title
 * and language are found the same way, and it is put into the pipeline's form as the browser puts a reader's
 * document (`documentText`). A file that cannot be read (another type, empty, too large, a bad zip, a language
 * the pipeline does not read, the same text as another file) is a warning naming it, as the add page lists it.
 * Each document is read alone and the atlases merged, as the browser does with a reader's documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SUPPORTED_LANGS } from '../../pipeline/languages/codes';
import type { ManifestEntry } from '../../pipeline/manifest';
import { aboutFromTitle } from '../../pipeline/about';
import { AtlasError, type Problem } from '../../pipeline/problems';
import { mergeAtlases } from '../../pipeline/merge';
import { readDocuments, type BuildResult, type SourceDocument } from '../../pipeline/read';
import { unpackFile } from '../../reader/files';
import { englishWhy } from '../../reader/files-words';
import { documentText, userDocumentId } from '../../reader/read-user';
import './gazetteer';

/** Every file under `dir` (hidden ones and folders aside), sorted by path. */
function filesUnder(dir: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith('.')) continue;
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...filesUnder(path));
		else if (entry.isFile()) out.push(path);
	}
	return out.sort();
}

/** An id of lower-case letters, digits and dashes from a file's name, made unique among `taken`. */
function idOf(name: string, taken: Set<string>): string {
	const base =
		name
			.replace(/\.[^./]+$/, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'document';
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

/** The documents of a folder without a manifest, and a warning for each file that could not be read. */
function folderDocuments(dir: string): { documents: SourceDocument[]; warnings: Problem[] } {
	const warnings: Problem[] = [];
	const documents: SourceDocument[] = [];
	const taken = new Set<string>();
	const seen = new Map<string, string>();
	const warn = (file: string, why: string) =>
		warnings.push({
			file,
			line: null,
			message: `not read: ${why}`,
			fix: 'Fix or remove the file; the others are read'
		});
	const shown = (name: string) => relative(process.cwd(), join(dir, name)) || name;
	for (const path of filesUnder(dir)) {
		// Named as the add page names them (a zip's files as "archive.zip/inner.txt"), from the folder.
		const { texts, problems } = unpackFile(relative(dir, path), new Uint8Array(readFileSync(path)));
		for (const p of problems) warn(shown(p.name), englishWhy(p.why));
		for (const text of texts) {
			const hash = userDocumentId(text.text);
			if (!text.lang) warn(shown(text.name), englishWhy({ code: 'noLanguage' }));
			else if (!SUPPORTED_LANGS.includes(text.lang))
				warn(shown(text.name), englishWhy({ code: 'unread', lang: text.lang }));
			else if (seen.has(hash))
				warn(shown(text.name), englishWhy({ code: 'sameText', other: seen.get(hash) ?? '' }));
			else {
				seen.set(hash, text.name);
				const entry: ManifestEntry = {
					id: idOf(text.name, taken),
					file: text.name,
					title: text.title.trim(),
					lang: text.lang,
					source: '',
					licence: 'not given',
					licenceUrl: '',
					retrieved: null,
					about: []
				};
				documents.push({ entry, file: shown(text.name), text: documentText(text.text, text.title) });
			}
		}
	}
	return { documents, warnings };
}

/** What a folder without a manifest gives: the merged atlas, and each document's own reading. */
export interface FolderResult extends BuildResult {
	/** Each document read alone, as the add page's review shows it: its one-document atlas. */
	alone: BuildResult['atlas'][];
}

/**
 * Reads a folder without a manifest about `focus`, as the add page reads the same files: each document alone (the
 * review's facts), then merged as the browser merges a reader's documents (`mergeAtlases`).
 */
export function buildFolder(dir: string, focus: string): FolderResult {
	const { documents, warnings } = folderDocuments(dir);
	if (documents.length === 0)
		throw new AtlasError([
			...warnings,
			{
				file: relative(process.cwd(), dir) || dir,
				line: null,
				message: 'no document could be read in this folder, and it has no manifest.json',
				fix: 'Put .txt, .md, .html or .zip files in it, or a manifest.json naming its documents (see the README, "The documents")'
			}
		]);
	// A file has no manifest to say which pair it is about: its title may (pipeline/about.ts), as on the add page.
	const results = documents.map((doc) =>
		readDocuments(focus, [
			{ ...doc, entry: { ...doc.entry, about: aboutFromTitle(doc.entry.title, doc.entry.lang, focus) } }
		])
	);
	const alone = results.map((r) => r.atlas);
	return {
		atlas: mergeAtlases(alone[0], alone.slice(1)),
		warnings: [...warnings, ...results.flatMap((r) => r.warnings)],
		reading: results.flatMap((r) => r.reading),
		alone
	};
}
