/**
 * The reader's documents in the app: loaded from the browser's storage, merged with the built atlas (fetched from
 * the site's own `/data/atlas.json` once the reader has a document), and published to the pages through `own`.
 * Loaded on demand: by the documents pages, and by the layout only when this browser holds the reader's database.
 */
import { resolve } from '$app/paths';
import type { Atlas } from '../atlas/types';
import { mergeAtlases } from '../pipeline/merge';
import { buildPanel, docRef } from '../view/panel';
import { summarize } from '../view/summary';
import { own } from './own.svelte';
import { addDocument, listDocuments, removeDocument, type StoredDocument } from './store';

export type { StoredDocument };

class UserAtlas {
	/** The reader's documents, oldest first. */
	docs = $state.raw<StoredDocument[]>([]);
	/** The built atlas and the reader's documents as one, once published; null without documents. */
	merged = $state.raw<Atlas | null>(null);
	/** Why the documents could not be loaded, if they could not. */
	problem = $state<string | null>(null);
	#base: Promise<Atlas> | undefined;
	#loaded: Promise<void> | undefined;

	/** Loads the stored documents once; later calls wait for the same load. */
	load(): Promise<void> {
		this.#loaded ??= listDocuments().then(
			(docs) => this.#publish(docs),
			(error: unknown) => {
				this.problem = error instanceof Error ? error.message : String(error);
			}
		);
		return this.#loaded;
	}

	async add(doc: StoredDocument): Promise<void> {
		await this.load();
		await addDocument(doc);
		await this.#publish([...this.docs, doc]);
	}

	async remove(id: string): Promise<void> {
		await removeDocument(id);
		await this.#publish(this.docs.filter((d) => d.id !== id));
	}

	/** The built atlas, fetched from the site itself (the first time only). */
	base(): Promise<Atlas> {
		this.#base ??= fetch(resolve('/data/atlas.json')).then((response) => {
			if (!response.ok) throw new Error(`the atlas could not be loaded (HTTP ${response.status})`);
			return response.json() as Promise<Atlas>;
		});
		this.#base.catch(() => (this.#base = undefined));
		return this.#base;
	}

	/**
	 * Shows `docs` (already stored) in the pages. If the built atlas cannot be fetched, the documents stay stored and
	 * listed, and `problem` says why the map does not show them yet.
	 */
	async #publish(docs: StoredDocument[]): Promise<void> {
		this.docs = docs;
		if (docs.length === 0) {
			own.summaries = own.documents = own.panel = null;
			this.merged = null;
			return;
		}
		let base: Atlas;
		try {
			base = await this.base();
		} catch (error) {
			this.problem = `Your documents are kept, but the map cannot show them now: ${error instanceof Error ? error.message : String(error)}.`;
			return;
		}
		this.problem = null;
		const merged = mergeAtlases(
			base,
			docs.map((d) => d.atlas)
		);
		this.merged = merged;
		own.summaries = summarize(merged);
		own.documents = merged.documents.map(docRef);
		own.panel = (code) => buildPanel(merged, code);
	}
}

export const userAtlas = new UserAtlas();
