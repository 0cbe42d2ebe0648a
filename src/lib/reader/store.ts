/**
 * The reader's own documents, kept in this browser's IndexedDB (through idb-keyval) and nowhere else: one record
 * per document (its text, title, language, address, licence and the atlas read from it), written in one
 * transaction, so a document is stored whole or not at all.
 *
 * Every record is checked when read (valibot, against the atlas's own schema): a record of this version is shown;
 * one an older version wrote (no capitals, or an atlas of an older shape) but whose text is whole is `stale`, to be
 * read again (user-atlas.svelte.ts does); anything else is `damaged`, left in storage untouched and named. One bad
 * record never hides the others.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import type { Atlas } from '../atlas/types';
import { AtlasSchema } from '../atlas/schema';
import { m } from '../paraglide/messages';
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
	 * Missing in documents stored before the map drew the reader's missions: those are read again (`stale`).
	 */
	capitals?: Record<string, Capital>;
}

/** What a document is without its reading: enough to read it again. */
export const DocumentInputSchema = v.object({
	id: v.pipe(v.string(), v.regex(/^own-[0-9a-f]{16}$/, 'an id such as "own-0123456789abcdef"')),
	title: v.pipe(v.string(), v.minLength(1)),
	lang: v.string(),
	source: v.optional(v.string(), ''),
	licence: v.optional(v.string(), ''),
	text: v.pipe(v.string(), v.minLength(1)),
	added: v.pipe(v.string(), v.isoTimestamp())
});
export type DocumentInput = v.InferOutput<typeof DocumentInputSchema>;

const CapitalSchema = v.object({ city: v.string(), lon: v.number(), lat: v.number() });

/** A record as this version writes it. */
const StoredDocumentSchema = v.object({
	...DocumentInputSchema.entries,
	atlas: AtlasSchema,
	capitals: v.record(v.string(), CapitalSchema)
});

/** A failure the reader is told about in words. */
export class StorageProblem extends Error {
	/** `known`: the same text is stored already; `other`: the storage is missing, full or refused. */
	readonly code: 'known' | 'other';
	constructor(message: string, code: 'known' | 'other' = 'other') {
		super(message);
		this.code = code;
	}
}

/** What the storage was asked to do, in the words of the sentence that says it refused. */
const DOING = {
	store: () => m.docs_doing_store(),
	open: () => m.docs_doing_open(),
	update: () => m.docs_doing_update(),
	remove: () => m.docs_doing_remove(),
	remember: () => m.docs_doing_remember()
} as const;

/** The stored records, sorted out. */
export interface StoredRecords {
	/** Whole records of this version, oldest first. */
	docs: StoredDocument[];
	/** Records an older version wrote, whose text is whole: to be read again. */
	stale: DocumentInput[];
	/** Keys of records that are neither: left in storage as they are. */
	damaged: string[];
	/** Whether the reader asked to keep the atlas for offline reading. */
	offline: boolean;
}

/** The key of the reader's "keep for offline reading" choice, beside the documents (not a document). */
const OFFLINE_KEY = 'setting:offline';

let store: UseStore | undefined;

function documents(): UseStore {
	if (typeof indexedDB === 'undefined') throw new StorageProblem(m.docs_storage_none());
	store ??= createStore('relations-atlas', 'own-documents');
	return store;
}

/** Forgets the open database (tests, and after the browser closed it). */
export function resetStore(): void {
	store = undefined;
}

function explain(error: unknown, doing: keyof typeof DOING = 'store'): StorageProblem {
	if (error instanceof StorageProblem) return error;
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	if (name === 'QuotaExceededError') return new StorageProblem(m.docs_storage_full());
	return new StorageProblem(
		m.docs_storage_refused({
			doing: DOING[doing](),
			name: name || (error instanceof Error ? error.message : String(error))
		})
	);
}

/** Sorts one raw record out. */
export function classify(
	key: IDBValidKey,
	value: unknown
): { kind: 'doc'; doc: StoredDocument } | { kind: 'stale'; doc: DocumentInput } | { kind: 'damaged' } {
	const whole = v.safeParse(StoredDocumentSchema, value);
	if (whole.success && whole.output.id === key) return { kind: 'doc', doc: whole.output as StoredDocument };
	const input = v.safeParse(DocumentInputSchema, value);
	if (input.success && input.output.id === key) return { kind: 'stale', doc: input.output };
	return { kind: 'damaged' };
}

/** Every stored record, sorted out; throws a StorageProblem if the storage cannot be read at all. */
export async function readStore(): Promise<StoredRecords> {
	try {
		const entries = await documents()('readonly', (s) =>
			Promise.all([
				new Promise<IDBValidKey[]>((resolve, reject) => {
					const r = s.getAllKeys();
					r.onsuccess = () => resolve(r.result);
					r.onerror = () => reject(r.error);
				}),
				new Promise<unknown[]>((resolve, reject) => {
					const r = s.getAll();
					r.onsuccess = () => resolve(r.result);
					r.onerror = () => reject(r.error);
				})
			])
		);
		const [keys, values] = entries;
		const out: StoredRecords = { docs: [], stale: [], damaged: [], offline: false };
		keys.forEach((key, i) => {
			if (key === OFFLINE_KEY) {
				out.offline = values[i] === true;
				return;
			}
			const sorted = classify(key, values[i]);
			if (sorted.kind === 'doc') out.docs.push(sorted.doc);
			else if (sorted.kind === 'stale') out.stale.push(sorted.doc);
			else out.damaged.push(String(key));
		});
		out.docs.sort((a, b) => a.added.localeCompare(b.added) || a.id.localeCompare(b.id));
		return out;
	} catch (error) {
		throw explain(error, 'open');
	}
}

/** Every whole stored document, oldest first. */
export async function listDocuments(): Promise<StoredDocument[]> {
	return (await readStore()).docs;
}

/**
 * Stores a document; refuses one whose text is already stored (same id), naming it. The check and the write are
 * one transaction (IndexedDB's `add` fails on a key that exists), so two tabs adding the same text store it once.
 */
export async function addDocument(doc: StoredDocument | DocumentInput): Promise<void> {
	try {
		await documents()(
			'readwrite',
			(s) =>
				new Promise<void>((resolve, reject) => {
					const request = s.add(doc, doc.id);
					request.onsuccess = () => resolve();
					request.onerror = (event) => {
						if (request.error?.name === 'ConstraintError') {
							event.preventDefault();
							reject(new StorageProblem(m.docs_storage_known_untitled(), 'known'));
						} else reject(request.error);
					};
				})
		);
	} catch (error) {
		if (error instanceof StorageProblem) {
			const known = await get<StoredDocument>(doc.id, documents()).catch(() => undefined);
			if (known?.title) throw new StorageProblem(m.add_problem_known({ title: known.title }), 'known');
		}
		throw explain(error);
	}
}

/** Replaces a stored record with the same document read again (a stale record's migration). */
export async function replaceDocument(doc: StoredDocument): Promise<void> {
	try {
		await set(doc.id, doc, documents());
	} catch (error) {
		throw explain(error, 'update');
	}
}

export async function removeDocument(id: string): Promise<void> {
	try {
		await del(id, documents());
	} catch (error) {
		throw explain(error, 'remove');
	}
}

/** Records the reader's choice to keep the atlas for offline reading (the layout loads their data when set). */
export async function setOffline(kept: boolean): Promise<void> {
	try {
		await set(OFFLINE_KEY, kept, documents());
	} catch (error) {
		throw explain(error, 'remember');
	}
}
