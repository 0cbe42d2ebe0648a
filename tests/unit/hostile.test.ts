/**
 * Hostile document text (tests/fixtures/hostile): markup, event handlers, `javascript:` addresses and a 5000-character
 * unbroken string in the country sections. The pipeline must keep all of it as plain text, byte for byte, in the
 * atlas, the panel model and the CSV: escaping is the renderer's job, and text that was silently dropped or
 * rewritten here would hide what the source says. The browser half (nothing runs, the layout holds) is
 * tests/e2e/hostile.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { atlasToCsv } from '../../src/lib/view/csv';
import { buildPanel, type CountryPanelModel } from '../../src/lib/view/panel';
import { buildAtlas } from '../../src/lib/server/atlas/build';

const { atlas } = buildAtlas('tests/fixtures/hostile');
const LONG = 'А'.repeat(2500) + 'Z'.repeat(2500);

/** Every passage of a country's panel, as the text the reader will see. */
function panelText(code: string): string {
	const panel = buildPanel(atlas, code);
	expect(panel?.kind).toBe('country');
	const { excerpts, mentions } = panel as CountryPanelModel;
	return [...excerpts, ...mentions].map((e) => e.segments.map((s) => s.text).join('')).join('\n');
}

describe('hostile text stays text', () => {
	const rows = [
		{ code: 'TR', payload: '<script>alert(1)</script>' },
		{ code: 'GE', payload: '<img src=x onerror=alert(2)>' },
		{ code: 'AM', payload: '<a href="javascript:alert(3)">връзка</a> и javascript:alert(3)' },
		{ code: 'PL', payload: LONG }
	];

	it.each(rows)('$code: the payload is in the document text, unchanged', ({ payload }) => {
		expect(atlas.documents[0].text).toContain(payload);
	});

	it.each(rows)(
		'$code: the country is found and its passage carries the payload literally',
		({ code, payload }) => {
			const country = atlas.countries.find((c) => c.code === code);
			expect(country, `${code} is in the atlas`).toBeDefined();
			expect(panelText(code)).toContain(payload);
		}
	);

	it('the manifest title keeps its markup as text', () => {
		expect(atlas.documents[0].title).toBe('Външна политика на Казахстан <script>alert(4)</script>');
	});

	it('markup in the text is never taken for structure: no section, country or city comes from a tag', () => {
		const titles = atlas.documents[0].sections.map((s) => s.title);
		expect(titles.filter((t) => /[<>]/.test(t))).toEqual([]);
		expect(atlas.countries.map((c) => c.code).sort()).toEqual(['AM', 'GE', 'KZ', 'PL', 'TR']);
		for (const m of atlas.missions) expect(m.city).not.toMatch(/[<>]|javascript:/);
	});

	it('the CSV quotes the payloads instead of breaking its rows', () => {
		const csv = atlasToCsv(atlas);
		const lines = csv.trimEnd().split(/\r?\n/);
		const width = lines[0].split(',').length;
		// Every row has the header's number of fields once quoted fields are taken as one (an empty last field
		// counts too: each field is read up to the comma that ends it).
		for (const line of lines) {
			const fields = [...`${line},`.matchAll(/("(?:[^"]|"")*"|[^,"]*),/g)];
			expect(fields.length).toBe(width);
		}
	});

	it('a rebuild gives the same atlas: the payloads do not make the pipeline unstable', () => {
		expect(JSON.stringify(buildAtlas('tests/fixtures/hostile').atlas)).toBe(JSON.stringify(atlas));
	});
});
