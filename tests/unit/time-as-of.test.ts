/**
 * The table and the SVG map as of the timeline's year (src/lib/view/time/as-of.ts), on the atlas built from the two
 * real documents. Expected values are read from the text (line numbers of
 * data/documents/bg-wikipedia-foreign-policy-of-kazakhstan.txt), not copied from the program's output.
 */
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import { asOf, yearCsvName, yearRows, yearRowsCsv } from '../../src/lib/view/time/as-of';
import { timeFacts } from '../../src/lib/view/time/facts';

const { atlas } = buildAtlas('data/documents');
const facts = timeFacts(atlas);
const rowsAt = (year: number) => {
	const at = asOf(facts, { start: year, end: year });
	if (!at) throw new Error('the documents have dated facts');
	return { at, rows: yearRows(facts, at) };
};

describe('asOf', () => {
	it('takes the end of a range and clamps to the documents’ span (1991, the earliest fact, to 2024)', () => {
		expect(asOf(facts, { start: 1995, end: 2000 })?.year).toBe(2000);
		expect(asOf(facts, { start: 1900, end: 1900 })?.year).toBe(1991);
		expect(asOf(facts, { start: 'latest', end: 'latest' })?.year).toBe(2024);
		expect(asOf(facts, { start: 2000, end: 2000 })?.colouring.title).toBe(
			'Relations with Kazakhstan as of 2000'
		);
	});

	it('has nothing to show without a dated fact', () => {
		const undated = { ...facts, countries: [], missions: [] };
		expect(asOf(undated, { start: 2000, end: 2000 })).toBeNull();
	});
});

describe('yearRows', () => {
	// bg 85/87: table row "България 1992-07-05"; "От 1994 г. България има посолство в Алмати. От ноември 2004 г.
	// Казахстан има посолство и почетно консулство в София."
	it('Bulgaria: relations in 1993, an embassy from 1994, three missions from 2004', () => {
		expect(rowsAt(1991).rows.get('BG')).toMatchObject({
			category: 'nothing',
			established: null,
			missions: 0
		});
		expect(rowsAt(1993).rows.get('BG')).toMatchObject({
			category: 'relations',
			label: 'Relations established',
			established: '1992-07-05',
			missions: 0
		});
		expect(rowsAt(1994).rows.get('BG')).toMatchObject({
			category: 'embassy',
			label: 'Embassy open',
			missions: 1
		});
		expect(rowsAt(2004).rows.get('BG')).toMatchObject({ missions: 3, undatedMissions: 0 });
	});

	// bg 42: "Казахстан има посолство в Ереван, както и Армения в Алмати." (no date); relations "започват през 2006"
	it('Armenia: its two embassies have no date; relations from 2006, hatched as another fact undated', () => {
		expect(rowsAt(2005).rows.get('AM')).toMatchObject({
			category: 'undated',
			label: 'Date not stated',
			established: null,
			missions: 0,
			undatedMissions: 2
		});
		expect(rowsAt(2006).rows.get('AM')).toMatchObject({
			category: 'relations',
			established: '2006',
			alsoUndated: true,
			undatedMissions: 2
		});
	});

	// README: "Canada: relations of 1992, embassies with no date": its words are its colour's, the hatching said apart
	it('Canada: relations of 1992, its embassies undated, in the key’s words for its colour', () => {
		expect(rowsAt(2000).rows.get('CA')).toMatchObject({
			category: 'relations',
			label: 'Relations established',
			alsoUndated: true
		});
	});

	it('colours each row as the key does', () => {
		const { at, rows } = rowsAt(2000);
		for (const [code, row] of rows) expect(row.colour).toBe(at.colouring.colours.get(code));
	});
});

describe('yearRowsCsv', () => {
	it('writes a row per country with the year, BOM and CRLF as the site’s other CSV files', () => {
		const { rows } = rowsAt(1994);
		const csv = yearRowsCsv(1994, atlas.countries, rows);
		expect(csv.startsWith('\uFEFFcode,name,as_of_end_of,state,')).toBe(true);
		const lines = csv.trimEnd().split('\r\n');
		expect(lines).toHaveLength(atlas.countries.length + 1);
		expect(lines).toContain('BG,Bulgaria,1994,Embassy open,no,1992-07-05,1,0');
		expect(yearCsvName('Kazakhstan', 1994)).toBe('relations-atlas-kazakhstan-countries-1994.csv');
	});
});
