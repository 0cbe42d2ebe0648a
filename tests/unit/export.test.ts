/**
 * The reader's documents exported as a folder (a tar archive): `tar` unpacks it, and the build reads from it the
 * facts the browser read.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FOLDER, exportFolder } from '../../src/lib/reader/export';
import { userDocumentId } from '../../src/lib/reader/read-user';
import { readUserDocument } from '../../src/lib/reader/read-document';
import { buildAtlas } from '../../src/lib/server/atlas/build';

const docs = [
	{ text: 'Cuba opened its embassy in Astana in 2008.', title: 'Cuba', lang: 'en', source: '', licence: '' },
	{
		text: 'Kazakhstan and Andorra established diplomatic relations in 2010.\n\nAndorra has no embassy.',
		title: 'Andorra and Kazakhstan',
		lang: 'en',
		source: 'https://example.org/andorra',
		licence: 'CC BY 4.0'
	}
].map((d) => ({ ...d, id: userDocumentId(d.text) }));

describe('exportFolder', () => {
	it('packs a folder that tar unpacks and the build reads with the browser’s facts', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-export-'));
		try {
			writeFileSync(join(dir, 'own.tar'), exportFolder('KZ', docs));
			execFileSync('tar', ['-xf', 'own.tar'], { cwd: dir });
			const folder = join(dir, EXPORT_FOLDER);
			const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
			expect(manifest.focus).toBe('KZ');
			expect(manifest.documents.map((d: { file: string }) => d.file)).toEqual(docs.map((d) => `${d.id}.txt`));
			expect(readFileSync(join(folder, `${docs[0].id}.txt`), 'utf8')).toBe(`Cuba\n\n${docs[0].text}`);

			const built = buildAtlas(folder).atlas;
			const inBrowser = docs.map((d) => readUserDocument(d, 'KZ').atlas);
			const statuses = (countries: { code: string; status: string }[]) =>
				countries.filter((c) => c.status !== 'focus').map((c) => `${c.code} ${c.status}`);
			expect(statuses(built.countries)).toEqual(['AD relations', 'CU embassy']);
			expect(statuses(built.countries)).toEqual(statuses(inBrowser.flatMap((a) => a.countries)).sort());
			expect(built.countries.find((c) => c.code === 'AD')?.established?.date).toBe('2010');
			expect(built.documents[1].source).toBe('https://example.org/andorra');
			expect(built.documents[0].source).toBe('');
		} finally {
			rmSync(dir, { recursive: true });
		}
	});
});
