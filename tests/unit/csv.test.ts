import { describe, expect, it } from 'vitest';
import { atlasToCsv, csvField, csvLine } from '../../src/lib/view/csv';
import { fixtureAtlas } from '../fixtures/atlas.fixture';

describe('csvField', () => {
	const rows: { input: string | number | null; expected: string }[] = [
		{ input: 'TR', expected: 'TR' },
		{ input: 1992, expected: '1992' },
		{ input: null, expected: '' },
		{ input: '', expected: '' },
		{ input: 'Турция', expected: 'Турция' }, // UTF-8 text needs no quoting
		{ input: '미국', expected: '미국' },
		{ input: 'Korea, South', expected: '"Korea, South"' },
		{ input: 'the "Great Game"', expected: '"the ""Great Game"""' },
		{ input: 'two\nlines', expected: '"two\nlines"' },
		{ input: 'cr\rlf', expected: '"cr\rlf"' },
		{ input: "Côte d'Ivoire", expected: "Côte d'Ivoire" }
	];
	it.each(rows)('$input → $expected', ({ input, expected }) => {
		expect(csvField(input)).toBe(expected);
	});

	it('joins a line with commas', () => {
		expect(csvLine(['CN', '1992-01-03', '1992-01-03 (a); 1994-04 (a)', null, 3])).toBe(
			'CN,1992-01-03,1992-01-03 (a); 1994-04 (a),,3'
		);
	});
});

/** A tiny RFC 4180 reader, to check that the file parses back into the cells it was made from. */
function parse(csv: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < csv.length; i++) {
		const ch = csv[i];
		if (quoted && ch === '"' && csv[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (quoted && ch === '"') {
			quoted = false;
		} else if (quoted) {
			cell += ch;
		} else if (ch === '"') {
			quoted = true;
		} else if (ch === ',') {
			row.push(cell);
			cell = '';
		} else if (ch === '\r' && csv[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else {
			cell += ch;
		}
	}
	return rows;
}

describe('atlasToCsv', () => {
	const csv = atlasToCsv(fixtureAtlas);
	const [header, ...rows] = parse(csv.slice(1));
	const byCode = new Map(rows.map((r) => [r[0], Object.fromEntries(header.map((h, i) => [h, r[i]]))]));

	it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
		expect(csv.startsWith('\uFEFFcode,name,')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
	});

	it('has a column per document name and the directed mission counts', () => {
		expect(header).toEqual([
			'code',
			'name',
			'name_bg-wikipedia',
			'name_ko-namuwiki',
			'status',
			'established',
			'established_claims',
			'missions',
			'missions_kz_to_country',
			'missions_country_to_kz',
			'events',
			'primary_excerpts',
			'mentions',
			'conflicts',
			'status_documents',
			'status_languages',
			'established_documents'
		]);
	});

	it('writes a row per country, in atlas order', () => {
		expect(rows.map((r) => r[0])).toEqual(fixtureAtlas.countries.map((c) => c.code));
		expect(rows.every((r) => r.length === header.length)).toBe(true);
	});

	const expected: { code: string; cells: Record<string, string> }[] = [
		{
			code: 'TR',
			cells: {
				name: 'Turkey',
				'name_bg-wikipedia': 'Турция',
				'name_ko-namuwiki': '',
				status: 'embassy',
				established: '1992-03-02',
				missions: '3',
				missions_kz_to_country: '2',
				missions_country_to_kz: '1',
				primary_excerpts: '1',
				mentions: '1'
			}
		},
		{
			// China: the row's date and the text's April 1994 agreement.
			code: 'CN',
			cells: {
				established: '1992-01-03',
				established_claims: '1992-01-03 (bg-wikipedia); 1994-04 (bg-wikipedia)'
			}
		},
		{
			// Albania: Kazakhstan's embassy in Ankara and Albania's in Moscow, both non-resident; it sends one.
			code: 'AL',
			cells: { missions: '1', missions_kz_to_country: '1', missions_country_to_kz: '1' }
		},
		{ code: 'US', cells: { 'name_ko-namuwiki': '미국', 'name_bg-wikipedia': 'САЩ', events: '1' } },
		{ code: 'AD', cells: { status: 'none', established: '', missions: '0' } }
	];
	it.each(expected)('$code', ({ code, cells }) => {
		expect(byCode.get(code)).toMatchObject(cells);
	});

	it('does not mutate the atlas', () => {
		const before = structuredClone(fixtureAtlas);
		atlasToCsv(fixtureAtlas);
		expect(fixtureAtlas).toEqual(before);
	});
});
