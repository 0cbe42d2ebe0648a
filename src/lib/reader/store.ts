/**
 * The reader's own documents, kept in this browser's IndexedDB (through idb-keyval) and nowhere else: one record
 * per document (its text, title, language, address, licence and the atlas read from it), written in one
 * transaction, so a document is stored whole or not at all.
 */
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import type { Atlas } from '../atlas/types';
import type { Capital } from '../view/missions';

export interface StoredDocument {
	id: string;
	title: string;
	lang: string;
	source: string;
	licence: string;
	/** The text as the reader gave it. */
	text: string;
	/** When it was added, ISO 8601. */
	added: string;
	/** The one-document atlas the pipeline read from it. */
	atlas: Atlas;
	/**
	 * The capital of each country its missions' arcs need, found by the worker's gazetteer when it was read.
	 * Missing in documents stored before the map drew the reader's missions: their arcs then use the built
	 * atlas's capitals only.
	 */
	capitals?: Record<string, Capital>;
}

/** A failure the reader is told about in words. */
class StorageProblem extends Error {}

let store: UseStore | undefined;

function documents(): UseStore {
	if (typeof indexedDB === 'undefined')
		throw new StorageProblem(
			'This browser gives the page no storage (IndexedDB is not available, as in some private windows): the document cannot be kept.'
		);
	store ??= createStore('relations-atlas', 'own-documents');
	return store;
}

function explain(error: unknown): StorageProblem {
	if (error instanceof StorageProblem) return error;
	const name = error instanceof DOMException ? error.name : '';
	if (name === 'QuotaExceededError')
		return new StorageProblem(
			'The browser’s storage for this site is full: remove a document, or free space, and add it again. Nothing was stored.'
		);
	return new StorageProblem(
		`The browser refused to store the document (${name || (error instanceof Error ? error.message : String(error))}), as private windows may do. Nothing was stored.`
	);
}

/** Every stored document, oldest first. */
export async function listDocuments(): Promise<StoredDocument[]> {
	try {
		const all = await values<StoredDocument>(documents());
		return all.sort((a, b) => a.added.localeCompare(b.added) || a.id.localeCompare(b.id));
	} catch (error) {
		throw explain(error);
	}
}

/** Stores a document; refuses one whose text is already stored (same id), naming it. */
export async function addDocument(doc: StoredDocument): Promise<void> {
	try {
		const known = await get<StoredDocument>(doc.id, documents());
		if (known)
			throw new StorageProblem(
				`This text is already in the atlas, as “${known.title}”: the same document is not added twice.`
			);
		await set(doc.id, doc, documents());
	} catch (error) {
		throw explain(error);
	}
}

export async function removeDocument(id: string): Promise<void> {
	try {
		await del(id, documents());
	} catch (error) {
		throw explain(error);
	}
}
