/**
 * What the reader takes away: the combined atlas's files (the built documents and the reader's, as the map shows
 * them), and the reader's documents as a folder the build reads: `relations-atlas-documents/` with `manifest.json` and one
 * `.txt` file per document, packed as a tar archive (`tar -xf` unpacks it; then `npm run data -- --dir
 * relations-atlas-documents`). Each file holds the text exactly as the browser read it (title line included), so
 * the build reads the same facts. Pure.
 */
import * as v from 'valibot';
import type { Atlas } from '../atlas/types';
import type { Manifest } from '../pipeline/manifest';
import { atlasToCsv } from '../view/csv';
import type { MissionsPayload } from '../view/missions';
import { missionsToCsv } from '../view/missions-csv';
import { m } from '../paraglide/messages';
import { documentText } from './read-user';
import { classify, type DocumentInput, type StoredDocument } from './store';

export const EXPORT_FOLDER = 'relations-atlas-documents';

/** The site's data files (/data/…), which the app also makes from the combined atlas. */
export type AtlasFileName = 'atlas.json' | 'atlas.csv' | 'missions.csv' | 'missions.json';

/** A file made in the browser: its text and media type. */
export interface AtlasFile {
	content: string;
	type: string;
}

/**
 * The file `name` of the combined atlas, in the format of the site's file of that name: the whole atlas as JSON, a
 * row per country or per mission as CSV (UTF-8 with a byte-order mark), the missions as the map draws them.
 */
export function atlasFile(name: AtlasFileName, atlas: Atlas, missions: MissionsPayload): AtlasFile {
	switch (name) {
		case 'atlas.json':
			return { content: JSON.stringify(atlas), type: 'application/json' };
		case 'atlas.csv':
			return { content: atlasToCsv(atlas), type: 'text/csv;charset=utf-8' };
		case 'missions.csv':
			return { content: missionsToCsv(atlas, missions.seats), type: 'text/csv;charset=utf-8' };
		case 'missions.json':
			return { content: JSON.stringify(missions), type: 'application/json' };
	}
}

/** What an export needs of a stored document: its citation fields and its text. */
type ExportedDocument = Pick<StoredDocument, 'id' | 'title' | 'lang' | 'source' | 'licence' | 'text'>;

/** The manifest of the exported folder: the focus, and one entry per document. */
function exportManifest(focus: string, docs: readonly ExportedDocument[]): Manifest {
	return {
		focus,
		documents: docs.map((d) => ({
			id: d.id,
			file: `${d.id}.txt`,
			title: d.title,
			lang: d.lang,
			source: d.source,
			licence: d.licence || 'not given',
			licenceUrl: '',
			retrieved: null,
			about: []
		}))
	};
}

const encoder = new TextEncoder();

/** A ustar header block for a regular file `name` (ASCII, under 100 bytes) of `size` bytes. */
function header(name: string, size: number, mtime: number): Uint8Array {
	const block = new Uint8Array(512);
	const put = (offset: number, length: number, value: string) =>
		block.set(encoder.encode(value).subarray(0, length), offset);
	const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, '0') + '\0';
	put(0, 100, name);
	put(100, 8, '0000644\0');
	put(108, 8, '0000000\0');
	put(116, 8, '0000000\0');
	put(124, 12, octal(size, 12));
	put(136, 12, octal(mtime, 12));
	put(148, 8, '        ');
	put(156, 1, '0');
	put(257, 6, 'ustar\0');
	put(263, 2, '00');
	let sum = 0;
	for (const byte of block) sum += byte;
	put(148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
	return block;
}

/** A tar archive of `files` (name -> content). */
function tar(files: readonly { name: string; content: string }[], mtime = 0): Uint8Array {
	const parts: Uint8Array[] = [];
	for (const file of files) {
		const data = encoder.encode(file.content);
		parts.push(
			header(file.name, data.length, mtime),
			data,
			new Uint8Array((512 - (data.length % 512)) % 512)
		);
	}
	parts.push(new Uint8Array(1024));
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

/** The folder as a tar archive: the manifest and each document's text. */
export function exportFolder(focus: string, docs: readonly ExportedDocument[], mtime = 0): Uint8Array {
	const manifest = exportManifest(focus, docs);
	return tar(
		[
			{ name: `${EXPORT_FOLDER}/manifest.json`, content: `${JSON.stringify(manifest, null, '\t')}\n` },
			...docs.map((d) => ({ name: `${EXPORT_FOLDER}/${d.id}.txt`, content: documentText(d.text, d.title) }))
		],
		mtime
	);
}

/** The reader's documents as one JSON file, whole (text, reading, capitals), for another browser to import. */
export const DOCUMENTS_FILE = 'relations-atlas-documents.json';
const FORMAT = 'relations-atlas-documents';

const DocumentsFileSchema = v.object({
	format: v.literal(FORMAT),
	version: v.literal(1),
	exported: v.string(),
	documents: v.array(v.unknown())
});

/** The file `DOCUMENTS_FILE`: every stored document as it is kept. */
export function documentsFile(docs: readonly StoredDocument[], exported = new Date()): string {
	return `${JSON.stringify({ format: FORMAT, version: 1, exported: exported.toISOString(), documents: docs }, null, '\t')}\n`;
}

/** What a documents file holds: whole documents, ones to read again (an older version's), and what is not read. */
export interface ImportedDocuments {
	docs: StoredDocument[];
	stale: DocumentInput[];
	/** The place in the file (1 for the first) of each entry that is not a document. */
	skipped: number[];
}

/** Reads a documents file back; throws an Error saying what the file is not, if it is not one. */
export function readDocumentsFile(text: string, name = DOCUMENTS_FILE): ImportedDocuments {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new Error(m.docs_import_not_json({ name, file: DOCUMENTS_FILE }));
	}
	const file = v.safeParse(DocumentsFileSchema, json);
	if (!file.success)
		throw new Error(
			m.docs_import_not_documents({
				name,
				file: DOCUMENTS_FILE,
				detail: v.summarize(file.issues).split('\n')[0]
			})
		);
	const out: ImportedDocuments = { docs: [], stale: [], skipped: [] };
	file.output.documents.forEach((entry, i) => {
		const id = (entry as { id?: unknown } | null)?.id;
		const sorted = classify(typeof id === 'string' ? id : '', entry);
		if (sorted.kind === 'doc') out.docs.push(sorted.doc);
		else if (sorted.kind === 'stale') out.stale.push(sorted.doc);
		else out.skipped.push(i + 1);
	});
	return out;
}
