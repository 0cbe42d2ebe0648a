/**
 * The reader's documents in the app: loaded from the browser's storage, merged with the built atlas (fetched from
 * the site's own `/data/atlas.json` once the reader has a document), and published to the pages through `own`:
 * the summaries, the panels, the map's missions (the built payload's capitals, `/data/missions.json`, and those the
 * worker found for each document) and the data files.
 * Loaded on demand: by the documents pages, and by the layout only when this browser holds the reader's database.
 *
 * What storage does is never trusted to go well (store.ts sorts records out): a refused or full storage, a record
 * an older version wrote (read again here, in the worker, and stored anew), a damaged record (left as it is, and
 * named), another tab adding or removing documents (the storage is the truth: every change re-reads it, and tells
 * the other tabs to, through a BroadcastChannel). Each gives the reader a sentence; the rest keeps working.
 */
import { resolve } from '$app/paths';
import type { Atlas } from '../atlas/types';
import type { SourceChoice } from '../view/choose';
import type { MissionsPayload } from '../view/missions';
import { getLocale } from '../paraglide/runtime';
import { atlasFile, readDocumentsFile } from './export';
import { absentPanel, buildPanel, docRef, type PanelModel } from '../view/panel';
import { compose, type Composed, type ComposeInput } from './compose';
import { composeInWorker, NO_WORKER, resend } from './compose-client';
import { own } from './own.svelte';
import {
	addDocument,
	readStore,
	removeDocument,
	replaceDocument,
	setOffline,
	StorageProblem,
	type DocumentInput,
	type StoredDocument
} from './store';
import type { Reading } from './client';
import type { UserDocumentInput } from './read-user';
import { listWords } from '../view/words';
import { m } from '../paraglide/messages';

/** Reads a document in the worker (client.ts's `read`); replaceable in tests. */
type Reader = (input: UserDocumentInput, focus: string) => Promise<Reading>;

const CHANNEL = 'relations-atlas-documents';

/** “A”, “B” and “C”: documents named by their titles, in the interface's language. */
function titles(docs: readonly { title: string }[]): string {
	return listWords(
		docs.map((d) => m.add_quoted({ title: d.title })),
		'and'
	);
}

export class UserAtlas {
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
	/** Why the documents could not be loaded or shown, if they could not. */
	problem = $state<string | null>(null);
	/** What the reader should know of their stored records: damaged ones, ones being read again. */
	notice = $state<string | null>(null);
	/** Stored records that could not be read (their keys), kept in storage as they are. */
	damaged = $state.raw<string[]>([]);
	/** The reader kept the atlas for offline reading: country panels are made from the built atlas too. */
	offline = $state(false);
	/** Milliseconds the last merge took (atlas, missions, summaries), for the benchmark and the curious. */
	mergeMs = $state<number | null>(null);
	#base: Promise<[Atlas, MissionsPayload]> | undefined;
	/** The reader's choice of sources (`sources=`); null for every document. */
	#choice: SourceChoice | null = null;
	/** Each publication's turn: one that an later one overtook while it waited shows nothing. */
	#turn = 0;
	#loaded: Promise<void> | undefined;
	#channel: BroadcastChannel | undefined;
	#migrating = false;
	/** Stale records this tab could not read again (ids). */
	#gaveUp: string[] = [];
	#reader: Reader = async (input, focus) => (await import('./client')).read(input, focus);

	/** Loads the stored documents once; later calls wait for the same load. */
	load(): Promise<void> {
		if (!this.#channel && typeof BroadcastChannel !== 'undefined') {
			this.#channel = new BroadcastChannel(CHANNEL);
			this.#channel.onmessage = () => void this.refresh();
		}
		this.#loaded ??= this.refresh();
		return this.#loaded;
	}

	/** Re-reads the storage and shows what it holds. Never throws: a failure is `problem`. */
	async refresh(): Promise<void> {
		let records;
		try {
			records = await readStore();
		} catch (error) {
			this.problem = m.docs_storage_unread({ why: error instanceof Error ? error.message : String(error) });
			return;
		}
		this.damaged = records.damaged;
		this.offline = records.offline;
		this.notice = records.damaged.length > 0 ? m.docs_damaged({ count: records.damaged.length }) : null;
		await this.#publish(records.docs);
		// Each record is tried once in this tab: one that cannot be read again is named, not retried in a loop
		// (another tab, hearing of a change, would try it again).
		const retry = records.stale.filter((d) => !this.#gaveUp.includes(d.id));
		if (retry.length > 0) void this.#migrate(retry);
		else if (records.stale.length > 0)
			this.notice = m.docs_stale_kept({ count: records.stale.length, titles: titles(records.stale) });
	}

	/** Stops hearing other tabs (tests; a page that goes away closes it anyway). */
	close(): void {
		this.#channel?.close();
		this.#channel = undefined;
	}

	/** Replaces the reader (tests). */
	useReader(reader: Reader): void {
		this.#reader = reader;
	}

	/**
	 * Reads again the records an older version wrote (before capitals were stored, or with an atlas of an older
	 * shape), from their text, and stores them anew: the same text, title and date, read as this version reads.
	 * A record that cannot be read again is left as it was and named.
	 */
	async #migrate(stale: DocumentInput[]): Promise<void> {
		if (this.#migrating) return;
		this.#migrating = true;
		try {
			await this.#readAgain(stale);
		} finally {
			this.#migrating = false;
		}
	}

	async #readAgain(stale: DocumentInput[]): Promise<void> {
		this.notice = m.docs_stale_updating({ count: stale.length });
		const failed: string[] = [];
		let focus: string;
		try {
			focus = (await this.base())[0].focus;
		} catch {
			this.notice = m.docs_stale_later({ count: stale.length, titles: titles(stale) });
			return;
		}
		for (const doc of stale) {
			try {
				const reading = await this.#reader(
					{ text: doc.text, title: doc.title, lang: doc.lang, source: doc.source, licence: doc.licence },
					focus
				);
				await replaceDocument({ ...doc, atlas: reading.atlas, capitals: reading.capitals });
			} catch (error) {
				this.#gaveUp.push(doc.id);
				failed.push(
					m.docs_stale_failed_one({
						title: doc.title,
						why: error instanceof Error ? error.message : String(error)
					})
				);
			}
		}
		// The worker that composes the atlas keeps each document's atlas by id: it is sent the new ones.
		resend();
		const records = await readStore().catch(() => null);
		if (records) await this.#publish(records.docs);
		this.notice =
			failed.length === 0
				? m.docs_stale_updated({ count: stale.length })
				: m.docs_stale_failed({ each: failed.join('; ') });
		if (failed.length < stale.length) this.#tell();
	}

	async add(doc: StoredDocument): Promise<void> {
		await this.load();
		await addDocument(doc);
		await this.#changed();
	}

	/**
	 * Adds several documents (the add page's many files), then shows them once: one merge for all, not one a
	 * document. A text already stored is not added again and is returned with its title; a refused or full storage
	 * throws, and the documents stored before it stay (and are shown).
	 */
	async addMany(docs: StoredDocument[]): Promise<{ added: number; known: string[] }> {
		await this.load();
		let added = 0;
		const known: string[] = [];
		try {
			for (const doc of docs) {
				try {
					await addDocument(doc);
					added += 1;
				} catch (error) {
					if (error instanceof StorageProblem && error.code === 'known') known.push(doc.title);
					else throw error;
				}
			}
		} finally {
			if (added > 0) await this.#changed();
		}
		return { added, known };
	}

	async remove(id: string): Promise<void> {
		await removeDocument(id);
		await this.#changed();
	}

	/**
	 * Adds the documents of an exported file (export.ts's `documentsFile`), from this browser or another: each
	 * one not already stored; an older version's are read again. Returns what happened, in a sentence; throws if
	 * the file is not a documents file, or the storage refuses (what was added before the refusal stays).
	 */
	async importFile(text: string, name: string): Promise<string> {
		const file = readDocumentsFile(text, name);
		await this.load();
		let added = 0;
		let known = 0;
		try {
			for (const doc of [...file.docs, ...file.stale]) {
				try {
					await addDocument(doc);
					added += 1;
				} catch (error) {
					if (error instanceof StorageProblem && error.code === 'known') known += 1;
					else throw error;
				}
			}
		} finally {
			await this.#changed();
		}
		const parts = [m.docs_imported({ count: added, name })];
		if (known > 0) parts.push(m.docs_imported_known({ count: known }));
		if (file.skipped.length > 0)
			parts.push(m.docs_imported_skipped({ entries: listWords(file.skipped.map(String), 'and'), name }));
		return parts.join(' ');
	}

	/**
	 * Shows the documents of the reader's choice (`sources=`, view/choose.ts) alone, or every document for null: the
	 * pages get the atlas those documents make (pipeline/restrict.ts). Never throws: a failure is `problem`.
	 */
	async choose(choice: SourceChoice | null): Promise<void> {
		this.#choice = choice;
		if (!this.#loaded) await this.load();
		else await this.#publish(this.docs);
	}

	/** Records the reader's choice to keep the atlas for offline reading, and makes panels from it. */
	async keepOffline(): Promise<void> {
		await setOffline(true);
		await this.#changed();
	}

	/** After this tab changed the storage: show what it holds now, and tell the other tabs. */
	async #changed(): Promise<void> {
		await this.refresh();
		this.#tell();
	}

	#tell(): void {
		this.#channel?.postMessage('changed');
	}

	/** The built atlas and its missions payload, fetched from the site itself (the first time only). */
	base(): Promise<[Atlas, MissionsPayload]> {
		const get = async <T>(url: string): Promise<T> => {
			const response = await fetch(url);
			if (!response.ok) throw new Error(`${url} (HTTP ${response.status})`);
			return (await response.json()) as T;
		};
		this.#base ??= Promise.all([
			get<Atlas>(resolve('/data/atlas.json')),
			get<MissionsPayload>(resolve('/data/missions.json'))
		]);
		this.#base.catch(() => (this.#base = undefined));
		return this.#base;
	}

	/**
	 * Shows `docs` (already stored) in the pages. If the built atlas cannot be fetched, the documents stay stored and
	 * listed, and `problem` says why the map does not show them yet.
	 */
	async #publish(docs: StoredDocument[]): Promise<void> {
		const turn = ++this.#turn;
		this.docs = docs;
		const choice = this.#choice;
		if (docs.length === 0 && !choice) {
			own.summaries =
				own.documents =
				own.allDocuments =
				own.panel =
				own.missions =
				own.file =
				own.timeFacts =
					null;
			own.noMatch = false;
			this.merged = this.missions = null;
			this.noCapital = [];
			this.problem = null;
			if (this.offline) await this.#publishBase();
			return;
		}
		let composed: Composed;
		try {
			composed = await this.#compose({
				docs: docs.map((d) => ({ atlas: d.atlas, capitals: d.capitals })),
				ids: docs.map((d) => d.id),
				choice
			});
		} catch (error) {
			const why = error instanceof Error ? error.message : String(error);
			this.problem = docs.length ? m.docs_base_failed({ why }) : m.choose_failed({ why });
			return;
		}
		if (turn !== this.#turn) return;
		this.problem = null;
		const { shown, missions } = composed;
		this.mergeMs = composed.ms;
		this.merged = shown;
		this.missions = missions;
		this.noCapital = composed.noCapital.map((code) => missions.names[code] ?? code);
		own.summaries = composed.summaries;
		own.documents = shown.documents.map(docRef);
		own.allDocuments = composed.all.map((d) => docRef({ ...d, text: '', sections: [] }));
		own.noMatch = composed.noMatch;
		const names = this.offline ? await this.#names().catch(() => null) : null;
		own.panel = (code) => {
			const left = composed.leftOut[code];
			return (
				buildPanel(shown, code, undefined, missions.seats) ??
				(names ? absent(shown, code, names) : null) ??
				(left ? absentPanel(shown, code, left, {}) : null)
			);
		};
		own.missions = missions;
		own.timeFacts = composed.timeFacts;
		own.file = (name) => atlasFile(name, shown, missions);
	}

	/**
	 * The atlas the pages show, made off the main thread (compose.worker.ts) where a worker can run, else here (the
	 * unit tests, a browser that refuses the worker).
	 */
	async #compose(input: Pick<ComposeInput, 'docs' | 'choice'> & { ids: string[] }): Promise<Composed> {
		const [base, baseMissions] = await this.base();
		// Its own task: the storage's records have just been read in this one.
		await new Promise((done) => setTimeout(done));
		try {
			return await composeInWorker(
				{ choice: input.choice, docs: input.docs.map((d, i) => ({ ...d, id: input.ids[i] })) },
				{
					atlasUrl: resolve('/data/atlas.json'),
					missionsUrl: resolve('/data/missions.json'),
					locale: getLocale()
				},
				[...base.documents, ...input.docs.flatMap((d) => d.atlas.documents)]
			);
		} catch (error) {
			if (!(error instanceof Error && error.message === NO_WORKER)) throw error;
			return compose({ ...input, base, baseCapitals: baseMissions.capitals, baseSeats: baseMissions.seats });
		}
	}

	/**
	 * Kept for offline reading, without documents of the reader's: a country's panel from the built atlas (cached),
	 * so that a country whose page was never opened opens offline (the service worker starts the app there with
	 * another country's page). Online it is the same panel the page carries.
	 */
	async #publishBase(): Promise<void> {
		try {
			const [base, baseMissions] = await this.base();
			const names = await this.#names();
			own.documents = base.documents.map(docRef);
			own.panel = (code) =>
				buildPanel(base, code, undefined, baseMissions.seats) ?? absent(base, code, names);
		} catch {
			// Offline without the atlas kept: the pages show what the cache holds.
		}
	}

	/** Every country's names (`/data/names.json`), for the page of a country the documents never name. */
	async #names(): Promise<CountryNames> {
		const response = await fetch(resolve('/data/names.json'));
		if (!response.ok) throw new Error(`${response.url} (HTTP ${response.status})`);
		return (await response.json()) as CountryNames;
	}
}

/** `/data/names.json`: each code's names, the English display name first, then the Bulgarian, then the Korean. */
type CountryNames = Record<string, string[]>;

/**
 * The page of a country the documents never name, as the server makes it (`absentPanel` with `countryName` in
 * English, Bulgarian and Korean): names.json lists each language's display name first among that language's names.
 */
function absent(atlas: Atlas, code: string, names: CountryNames): PanelModel | null {
	const list = names[code];
	if (!list?.[0]) return null;
	const local: Record<string, string> = {};
	const bg = list.find((n) => /\p{Script=Cyrillic}/u.test(n));
	const ko = list.find((n) => /\p{Script=Hangul}/u.test(n));
	if (bg) local.bg = bg;
	if (ko) local.ko = ko;
	return absentPanel(atlas, code, list[0], local);
}

export const userAtlas = new UserAtlas();
