/**
 * The missions' spreadsheet: a row per mission with the words a reader uses, and each row citable on its own (the
 * document, its address, its licence and the sentence). Expected cells are read from the fixture's sentences.
 */
import { describe, expect, it } from 'vitest';
import { missionsToCsv } from '../../src/lib/view/missions-csv';
import { fixtureAtlas } from '../fixtures/atlas.fixture';

const csv = missionsToCsv(fixtureAtlas);
const lines = csv
	.replace(/^\uFEFF/, '')
	.trimEnd()
	.split('\r\n');
const header = lines[0].split(',');
/** Cells of a line, splitting on commas outside quotes (enough for these rows). */
const cells = (line: string) =>
	[...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) =>
		m[1].replace(/^"|"$/g, '').replaceAll('""', '"')
	);
const rowOf = (i: number) => Object.fromEntries(cells(lines[i]).map((cell, j) => [header[j], cell]));

describe('missionsToCsv', () => {
	it('is UTF-8 with a byte-order mark and CRLF line ends, a row per mission after the header', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(lines).toHaveLength(1 + fixtureAtlas.missions.length);
	});

	it('names both countries, the kind in words, the city and the served countries', () => {
		// "Казахстан има посолство в Анкара…": Kazakhstan's embassy in Ankara, which also serves Albania.
		expect(rowOf(1)).toMatchObject({
			sender: 'KZ',
			sender_name: 'Kazakhstan',
			host: 'TR',
			host_name: 'Turkey',
			kind: 'Embassy',
			city: 'Ankara',
			city_stated: 'yes',
			accredited_to: 'AL'
		});
		expect(rowOf(2)).toMatchObject({ kind: 'Consulate-general', city: 'Istanbul', accredited_to: '' });
	});

	it('cites each row: the document, its address and licence, and the sentence that states the mission', () => {
		expect(rowOf(3)).toMatchObject({
			sender_name: 'Turkey',
			host_name: 'Kazakhstan',
			city: 'Almaty',
			document: fixtureAtlas.documents[0].title,
			source: fixtureAtlas.documents[0].source,
			licence: fixtureAtlas.documents[0].licence,
			sentence: 'Турция има свое посолство в Алмати и офис в Астана.'
		});
		expect(rowOf(5)).toMatchObject({
			sender_name: 'United States',
			city: 'Astana',
			sentence: '카자흐스탄 주재 미국대사관은 아스타나에 있고, 미국 명예영사관도 알마티에 있다.'
		});
	});
});
