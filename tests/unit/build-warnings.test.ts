/**
 * The site's build says what the pipeline could not read: the atlas module prints each warning once, with its file
 * and line, as `npm run data` does, instead of building the pages in silence.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'atlas-warn-'));
afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
	// The pipeline project shares one module graph between files (isolate: false): the atlas module built over this
	// folder must not be the one the next file imports.
	delete process.env.ATLAS_DOCUMENTS_DIR;
	vi.resetModules();
});

it('prints every warning of the documents once, when the atlas is first built', async () => {
	// An English text given as Bulgarian: the manifest's language does not match, which is a warning, not an error.
	writeFileSync(
		join(dir, 'manifest.json'),
		JSON.stringify({
			focus: 'KZ',
			documents: [
				{
					id: 'doc',
					file: 'doc.txt',
					title: 'Test',
					lang: 'bg',
					source: 'https://example.org/doc',
					licence: 'CC BY-SA',
					licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
					retrieved: null,
					about: []
				}
			]
		})
	);
	writeFileSync(
		join(dir, 'doc.txt'),
		'Foreign relations\n\nTurkey[edit]\n\nKazakhstan has an embassy in Ankara and Turkey has an embassy in Astana.\n'
	);
	process.env.ATLAS_DOCUMENTS_DIR = dir;
	vi.resetModules();
	const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
	const { getAtlas } = await import('../../src/lib/server/atlas');
	getAtlas();
	getAtlas();
	const lines = warn.mock.calls.map((call) => String(call[0]));
	warn.mockRestore();
	delete process.env.ATLAS_DOCUMENTS_DIR;
	expect(lines).toEqual([
		expect.stringMatching(
			/^atlas warning: .*manifest\.json: "doc" is given as lang "bg", but its text .* reads as "en"/
		),
		'atlas: 1 warning(s); `npm run data` lists them with a summary'
	]);
});
