/**
 * The Add-a-document form with bad input and with a good one, in jsdom with an in-memory IndexedDB
 * (fake-indexeddb) behind the real store. The reader worker is replaced by the same function called in place
 * (`readUserDocument`, what the worker runs), since jsdom has no Worker.
 */
import 'fake-indexeddb/auto';
import '../../src/lib/server/atlas/gazetteer';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import AddDocument from '../../src/lib/components/reader/AddDocument.svelte';
import { inputProblem, type UserDocumentInput } from '../../src/lib/reader/read-user';
import { readingCapitals, readUserDocument, reviewPanels } from '../../src/lib/reader/read-document';
import { own } from '../../src/lib/reader/own.svelte';
import { listDocuments } from '../../src/lib/reader/store';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import { builtMissionsPayload } from '../../src/lib/server/view/missions-payload';

const detected = vi.hoisted(() => ({ lang: null as string | null, gate: null as Promise<void> | null }));
vi.mock('../../src/lib/reader/client', () => ({
	detect: async () => {
		// A test holds the detector (as its data loading does) until it opens the gate.
		if (detected.gate) await detected.gate;
		return detected.lang;
	},
	read: async (input: UserDocumentInput, focus: string) => {
		const { atlas, warnings } = readUserDocument(input, focus);
		return {
			atlas,
			review: reviewPanels(atlas),
			capitals: readingCapitals(atlas),
			warnings: warnings.map((w) => ({ message: w.message, text: w.text ?? null })),
			ms: 0
		};
	}
}));

const CUBA = 'Cuba opened its embassy in Astana in 2008.';
const base = buildAtlas('data/documents').atlas;

beforeAll(() => {
	vi.stubGlobal(
		'fetch',
		async (url: string) =>
			new Response(JSON.stringify(url.endsWith('/data/missions.json') ? builtMissionsPayload(base) : base))
	);
});
afterAll(() => {
	vi.unstubAllGlobals();
});
beforeEach(() => {
	detected.lang = null;
	detected.gate = null;
});

function form() {
	render(AddDocument, { props: { focus: 'KZ' } });
	return {
		text: screen.getByLabelText('Document text') as HTMLTextAreaElement,
		file: screen.getByLabelText('Or choose a .txt file') as HTMLInputElement,
		read: () => fireEvent.click(screen.getByRole('button', { name: 'Read document' })),
		alert: () => screen.getByRole('alert')
	};
}

async function paste(text: HTMLTextAreaElement, value: string) {
	await fireEvent.input(text, { target: { value } });
}

describe('AddDocument refuses bad input with a message', () => {
	it('an empty text', async () => {
		const f = form();
		await f.read();
		expect(f.alert().textContent).toMatch(/no text/);
	});

	it('a text over the limit, saying the limit and why', async () => {
		const f = form();
		await paste(f.text, 'Cuba. '.repeat(400_000));
		await f.read();
		expect(f.alert().textContent).toMatch(/the limit is 2 million/);
		expect(f.alert().textContent).toMatch(/so that reading it in the browser/);
	});

	it('a binary file', async () => {
		const f = form();
		const file = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08])], 'report.docx');
		await fireEvent.change(f.file, { target: { files: [file] } });
		await waitFor(() => expect(f.alert().textContent).toMatch(/“report.docx” is a binary file/));
		expect(f.text.value).toBe('');
	});

	it('a file that is not UTF-8', async () => {
		const f = form();
		// "Казахстан" in Windows-1251.
		const file = new File([new Uint8Array([0xca, 0xe0, 0xe7, 0xe0, 0xf5, 0xf1, 0xf2, 0xe0, 0xed])], 'kz.txt');
		await fireEvent.change(f.file, { target: { files: [file] } });
		await waitFor(() => expect(f.alert().textContent).toMatch(/not UTF-8/));
	});

	it('a language the atlas does not read: named, and refused as soon as it is detected', async () => {
		detected.lang = 'fr';
		const f = form();
		await paste(f.text, 'Le Kazakhstan a ouvert une ambassade à Paris en 1992, dit le ministère.');
		const refusal = inputProblem({ text: 'x', lang: 'fr', title: 't' });
		expect(refusal).toMatch(/^The atlas reads .*English \(en\).*, not French \(fr\)\.$/);
		// Before "Read document": the hint names the language and says it is not read.
		await waitFor(() =>
			expect(document.getElementById('doc-lang-detected')?.textContent).toBe(
				`Detected: French (fr). ${refusal}`
			)
		);
		expect(screen.getByRole('option', { name: 'French (fr)' })).toBeTruthy();
		await f.read();
		expect(f.alert().textContent).toBe(refusal);
	});

	it('says "Detecting…" while the detector loads, not "not detected"', async () => {
		let open = () => {};
		detected.gate = new Promise<void>((resolve) => (open = resolve));
		detected.lang = 'en';
		const f = form();
		await paste(f.text, 'Cuba opened its embassy in Astana in 2008, the ministry said.');
		const hint = () => document.getElementById('doc-lang-detected')?.textContent;
		await waitFor(() => expect(hint()).toBe('Detecting…'));
		open();
		await waitFor(() => expect(hint()).toBe('Detected: English (en)'));
	});
});

describe('AddDocument reads, reviews and keeps a document', () => {
	it('shows HTML as text in the review, tags and all', async () => {
		const f = form();
		const html = '<p>Cuba opened its embassy in <b>Astana</b> in 2008.</p>';
		await paste(f.text, html);
		await f.read();
		await screen.findByRole('heading', { name: /^Cuba: / }, { timeout: 10_000 });
		const quote = document.querySelector('.review blockquote') as HTMLElement;
		expect(quote.textContent).toContain(html);
		expect(quote.querySelector('b')).toBeNull();
	});

	it('keeps nothing on Cancel', async () => {
		const f = form();
		await paste(f.text, CUBA);
		await f.read();
		await screen.findByRole(
			'heading',
			{ name: /^Cuba: diplomatic relations, with a resident embassy/ },
			{ timeout: 10_000 }
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(screen.queryByRole('heading', { name: 'What the document says' })).toBeNull();
		expect(await listDocuments()).toEqual([]);
	});

	it('stores it on "Add to the atlas", whole, and refuses the same text twice', async () => {
		const f = form();
		await paste(f.text, CUBA);
		await f.read();
		await fireEvent.click(
			await screen.findByRole('button', { name: 'Add to the atlas' }, { timeout: 10_000 })
		);
		await screen.findByText(/is in the atlas/, undefined, { timeout: 10_000 });
		const stored = await listDocuments();
		expect(
			stored.map((d) => [d.text, d.lang, d.atlas.countries.find((c) => c.code === 'CU')?.status])
		).toEqual([[CUBA, 'en', 'embassy']]);
		// With the capital of Cuba its worker found, for the arc from Havana.
		expect(stored[0].capitals?.CU?.city).toBe('Havana');
		// The map's missions are now the combined atlas's: Cuba's embassy in Astana, quoted, after the built-in ones.
		const cuba = own.missions?.missions.find((m) => m.sender === 'CU');
		expect([cuba?.host, cuba?.kind, cuba?.city, cuba?.statements[0].text]).toEqual([
			'KZ',
			'embassy',
			'Astana',
			CUBA
		]);
		expect(own.missions?.missions).toHaveLength(builtMissionsPayload(base).missions.length + 1);
		await paste(f.text, CUBA);
		await f.read();
		expect(f.alert().textContent).toMatch(
			/already in the atlas, as “Cuba opened its embassy in Astana in 2008”/
		);
		expect(await listDocuments()).toHaveLength(1);
	});
});
