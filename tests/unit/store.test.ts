/**
 * The reader's stored documents under what browsers do to storage (src/lib/reader/store.ts, user-atlas.svelte.ts),
 * on fake-indexeddb: storage refused, storage full, a record an older version wrote, a damaged record, two tabs at
 * once, and the export file read back. Each fault: a sentence for the reader, nothing stored lost, the rest working.
 */
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeAtlases } from '../../src/lib/pipeline/merge';
import { readingCapitals, readUserDocument } from '../../src/lib/reader/read-document';
import type { UserDocumentInput } from '../../src/lib/reader/read-user';
import { userDocumentId } from '../../src/lib/reader/read-user';
import { documentsFile, readDocumentsFile } from '../../src/lib/reader/export';
import {
	addDocument,
	readStore,
	removeDocument,
	resetStore,
	StorageProblem,
	type StoredDocument
} from '../../src/lib/reader/store';
import { UserAtlas as App } from '../../src/lib/reader/user-atlas.svelte';
import { own } from '../../src/lib/reader/own.svelte';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import { servedAtlas } from '../fixtures/served-atlas';
import { absentPanel } from '../../src/lib/view/panel';
import { allCountryCodes, countryName, searchNames } from '../../src/lib/pipeline/lookup/countries';

const base = buildAtlas('data/documents').atlas;
/** `/data/names.json`, made as its route makes it. */
const names = Object.fromEntries(
	allCountryCodes().map((code) => {
		const { en, bg, ko } = searchNames(code);
		return [code, [...new Set([...en, ...bg, ...ko])]];
	})
);

const CUBA = 'Cuba opened its embassy in Astana in 2008.';
const ANDORRA = 'Kazakhstan and Andorra established diplomatic relations in 2010.';

function stored(text: string, title = 'Mine', added = '2026-01-01T00:00:00.000Z'): StoredDocument {
	const atlas = readUserDocument({ text, title, lang: 'en' }, 'KZ').atlas;
	return {
		id: userDocumentId(text),
		title,
		lang: 'en',
		source: '',
		licence: '',
		text,
		added,
		atlas,
		capitals: readingCapitals(atlas)
	};
}

/** Writes a raw record, as another version of the app (or a damaged disk) left it. */
async function putRaw(key: string, value: unknown): Promise<void> {
	await addDocument(stored(ANDORRA, 'seed'));
	await removeDocument(userDocumentId(ANDORRA));
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const r = indexedDB.open('relations-atlas');
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error);
	});
	await new Promise<void>((resolve, reject) => {
		const tx = db.transaction('own-documents', 'readwrite');
		tx.objectStore('own-documents').put(value, key);
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
	});
	db.close();
}

/** The built atlas's files, as the site serves them, for the app's `fetch`. */
function serveAtlas() {
	vi.stubGlobal('fetch', vi.fn(servedAtlas(base, { 'names.json': names })));
}

/** Each test's apps (tabs), closed after it so that they stop hearing the next test's. */
const apps: App[] = [];
class UserAtlas extends App {
	constructor() {
		super();
		apps.push(this);
	}
}

beforeEach(() => {
	vi.stubGlobal('indexedDB', new IDBFactory());
	resetStore();
	serveAtlas();
});
afterEach(() => {
	for (const app of apps.splice(0)) app.close();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
	resetStore();
});

describe('storage refused (a private window)', () => {
	it('says the browser gives no storage; the app shows the built atlas', async () => {
		vi.stubGlobal('indexedDB', undefined);
		resetStore();
		await expect(readStore()).rejects.toThrow(/gives the page no storage/);
		await expect(addDocument(stored(CUBA))).rejects.toBeInstanceOf(StorageProblem);
		const app = new UserAtlas();
		await app.load();
		expect(app.problem).toMatch(/gives the page no storage.*The atlas shows its own documents/);
		expect(app.docs).toEqual([]);
	});

	it('names a refusal to open the database (SecurityError)', async () => {
		vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		await expect(readStore()).rejects.toThrow(/refused to open the storage.*SecurityError/);
	});
});

describe('storage full (quota exceeded)', () => {
	it('refuses the new document with a sentence and keeps those stored before', async () => {
		await addDocument(stored(CUBA));
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		await expect(addDocument(stored(ANDORRA))).rejects.toThrow(
			/storage for this site is full.*Nothing was stored/
		);
		vi.restoreAllMocks();
		const { docs } = await readStore();
		expect(docs.map((d) => d.text)).toEqual([CUBA]);
	});
});

describe('a record an older version wrote', () => {
	it('is read again from its text and stored anew, with its capitals', async () => {
		const old = stored(CUBA, 'Cuba, stored long ago');
		delete old.capitals;
		await putRaw(old.id, old);
		expect((await readStore()).stale.map((d) => d.id)).toEqual([old.id]);

		const app = new UserAtlas();
		const reread = vi.fn(async (input: UserDocumentInput, focus: string) => {
			const atlas = readUserDocument(input, focus).atlas;
			return { atlas, review: [], capitals: readingCapitals(atlas), warnings: [], ms: 0 };
		});
		app.useReader(reread);
		await app.load();
		await vi.waitFor(() =>
			expect(app.notice).toMatch(/^1 document stored by an older version .* was read again/)
		);
		expect(reread).toHaveBeenCalledWith(
			expect.objectContaining({ text: CUBA, title: 'Cuba, stored long ago', lang: 'en' }),
			'KZ'
		);
		const { docs, stale } = await readStore();
		expect(stale).toEqual([]);
		expect(docs).toHaveLength(1);
		expect(docs[0].added).toBe(old.added);
		// Cuba's capital, which the arcs to Astana need, is now stored with the document.
		expect(docs[0].capitals?.CU?.city).toBe('Havana');
		expect(app.noCapital).not.toContain('Cuba');
	});

	it('is kept as it was, and named, when it cannot be read again', async () => {
		const old = stored(CUBA, 'Unreadable now');
		delete old.capitals;
		await putRaw(old.id, old);
		const app = new UserAtlas();
		app.useReader(async () => {
			throw new Error('the reader could not start in this browser');
		});
		await app.load();
		await vi.waitFor(() => expect(app.notice).toMatch(/“Unreadable now” \(the reader could not start/));
		expect((await readStore()).stale.map((d) => d.title)).toEqual(['Unreadable now']);
	});
});

describe('a damaged record', () => {
	it('is left in storage and named; the other documents show', async () => {
		await addDocument(stored(CUBA));
		await putRaw('own-0000000000000000', { title: 42 });
		await putRaw('own-1111111111111111', 'not a record');
		const app = new UserAtlas();
		await app.load();
		expect(app.docs.map((d) => d.text)).toEqual([CUBA]);
		expect(app.damaged.sort()).toEqual(['own-0000000000000000', 'own-1111111111111111']);
		expect(app.notice).toMatch(/^2 stored records could not be read .* left in storage/);
		expect(app.merged?.countries.find((c) => c.code === 'CU')?.status).toBe('embassy');
		// Still there: nothing was deleted.
		expect((await readStore()).damaged).toHaveLength(2);
	});
});

describe('two tabs at once', () => {
	it('stores the same text once when both add it', async () => {
		const results = await Promise.allSettled([addDocument(stored(CUBA)), addDocument(stored(CUBA))]);
		expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
		const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(String(refused.reason)).toMatch(/already in the atlas, as “Mine”/);
		expect((await readStore()).docs).toHaveLength(1);
	});

	it('shows in each tab what the other added or removed', async () => {
		const a = new UserAtlas();
		const b = new UserAtlas();
		await Promise.all([a.load(), b.load()]);
		await Promise.all([
			a.add(stored(CUBA, 'From A')),
			b.add(stored(ANDORRA, 'From B', '2026-02-01T00:00:00.000Z'))
		]);
		await vi.waitFor(() => {
			expect(a.docs.map((d) => d.title)).toEqual(['From A', 'From B']);
			expect(b.docs.map((d) => d.title)).toEqual(['From A', 'From B']);
		});
		await a.remove(userDocumentId(ANDORRA));
		await vi.waitFor(() => expect(b.docs.map((d) => d.title)).toEqual(['From A']));
	});
});

describe('export and import', () => {
	it('reads back what it exported, in another browser', async () => {
		const docs = [stored(CUBA, 'Cuba'), stored(ANDORRA, 'Andorra', '2026-02-01T00:00:00.000Z')];
		const file = documentsFile(docs);
		// Another browser: a new, empty storage.
		vi.stubGlobal('indexedDB', new IDBFactory());
		resetStore();
		const app = new UserAtlas();
		const said = await app.importFile(file, 'relations-atlas-documents.json');
		expect(said).toBe('2 documents added from relations-atlas-documents.json.');
		expect(app.docs).toEqual(docs);
		// Again: nothing added twice.
		expect(await app.importFile(file, 'again.json')).toBe(
			'0 documents added from again.json. 2 were already here.'
		);
	});

	it('refuses a file that is not an export, naming it', () => {
		expect(() => readDocumentsFile('{"hello": 1}', 'notes.json')).toThrow(
			/notes.json is not a documents file/
		);
		expect(() => readDocumentsFile('not json', 'x.txt')).toThrow(/x.txt is not a documents file .*not JSON/);
	});

	it('imports the documents of a file and names the entries it cannot read', () => {
		const good = stored(CUBA);
		const text = JSON.stringify({
			format: 'relations-atlas-documents',
			version: 1,
			exported: '2026-01-01T00:00:00.000Z',
			documents: [good, { id: 'own-x' }]
		});
		const read = readDocumentsFile(text, 'mixed.json');
		expect(read.docs).toEqual([good]);
		// The second entry, by its place in the file (the page names it).
		expect(read.skipped).toEqual([2]);
	});
});

describe('keep for offline reading, with no documents', () => {
	it('makes a country’s panel from the built atlas', async () => {
		const app = new UserAtlas();
		await app.keepOffline();
		expect(app.offline).toBe(true);
		expect(own.panel?.('TR')?.name).toBe('Turkey');
		expect(own.summaries).toBeNull();
		// A country the documents never name: the page the server prerenders for it.
		expect(own.panel?.('FR')).toEqual(
			absentPanel(base, 'FR', countryName('FR', 'en'), {
				bg: countryName('FR', 'bg'),
				ko: countryName('FR', 'ko')
			})
		);
	});
});

it('merges the built atlas with the stored documents as the map shows them', () => {
	expect(mergeAtlases(base, [stored(CUBA).atlas]).countries.some((c) => c.code === 'CU')).toBe(true);
});
