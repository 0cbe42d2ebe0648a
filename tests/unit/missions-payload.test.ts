/**
 * The map's missions of the combined atlas: the pure payload builder given the built atlas merged with a reader's
 * document, and the capitals the built payload and the reader's worker found. The reader's text states Cuba's
 * embassy in Astana, opened in 2008; Cuba is a country the built-in documents never name.
 */
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import { builtMissionsPayload } from '../../src/lib/server/view/missions-payload';
import { mergeAtlases } from '../../src/lib/pipeline/merge';
import { atlasFile } from '../../src/lib/reader/export';
import { readingCapitals, readUserDocument } from '../../src/lib/reader/read-document';
import { cityGroups, connectionArcs, missingCapitals, type Capital } from '../../src/lib/view/missions';
import { missionsPayload } from '../../src/lib/view/missions-payload';
import { missionsAsOf } from '../../src/lib/view/missions-seats';
import { readFileSync } from 'node:fs';

const SENTENCE = 'Cuba opened its embassy in Astana in 2008.';
const base = buildAtlas('data/documents').atlas;
const built = builtMissionsPayload(base);
const cuba = readUserDocument({ text: SENTENCE, title: 'Cuba in Astana', lang: 'en' }, 'KZ').atlas;
const cubaCapitals = readingCapitals(cuba);
const merged = mergeAtlases(base, [cuba]);
const lookup = (code: string): Capital | undefined => built.capitals[code] ?? cubaCapitals[code];
const payload = missionsPayload(merged, lookup);
const cubaIndex = payload.missions.findIndex((m) => m.sender === 'CU');

describe('the combined payload', () => {
	it('keeps every built-in mission, in the same order, and adds Cuba’s embassy in Astana since 2008', () => {
		expect(payload.missions).toHaveLength(built.missions.length + 1);
		expect(payload.missions.slice(0, built.missions.length)).toEqual(built.missions);
		const m = payload.missions[cubaIndex];
		expect(cubaIndex).toBe(built.missions.length);
		expect([m.sender, m.host, m.kind, m.city, m.cityStated, m.since, m.until]).toEqual([
			'CU',
			'KZ',
			'embassy',
			'Astana',
			true,
			'2008',
			null
		]);
		expect(payload.names.CU).toBe('Cuba');
	});

	it('quotes the reader’s sentence, cited by the reader’s title, with the words naming the mission marked', () => {
		const [statement] = payload.missions[cubaIndex].statements;
		expect(statement.text).toBe(SENTENCE);
		expect(statement.title).toBe('Cuba in Astana');
		expect(statement.lang).toBe('en');
		const marked = statement.marks.map((mark) => statement.text.slice(mark.start, mark.end)).join(' ');
		expect(marked).toMatch(/embassy/);
	});

	it('puts Cuba’s embassy in Astana’s group, with the built-in missions there', () => {
		const astana = (missions: typeof payload.missions) =>
			cityGroups(missions, 'KZ').find((g) => g.city === 'Astana');
		const before = astana(built.missions);
		const after = astana(payload.missions);
		expect(before?.missions).not.toContain(cubaIndex);
		expect(after?.missions).toEqual([...(before?.missions ?? []), cubaIndex]);
		expect(after?.counts['in-focus']).toBe((before?.counts['in-focus'] ?? 0) + 1);
	});

	it('draws its arc from Havana, the capital the worker’s gazetteer gives Cuba, to Astana', () => {
		expect(cubaCapitals.CU?.city).toBe('Havana');
		// Havana is at about 82.4 W, 23.1 N.
		expect(payload.capitals.CU?.lon).toBeCloseTo(-82.4, 0);
		expect(payload.capitals.CU?.lat).toBeCloseTo(23.1, 0);
		expect(missingCapitals(payload.missions, payload.capitals)).toEqual([]);
		const arcs = connectionArcs(payload.missions, 'KZ', payload.capitals).features.filter(
			(f) => f.properties.mission === cubaIndex
		);
		expect(arcs.map((f) => [f.properties.from, f.properties.to, f.properties.direction])).toEqual([
			['CU', 'KZ', 'in-focus']
		]);
	});

	it('keeps a mission whose sender’s capital is unknown, names the country and draws no arc for it', () => {
		const without = missionsPayload(merged, (code) => (code === 'CU' ? undefined : lookup(code)));
		expect(without.missions).toHaveLength(payload.missions.length);
		expect(without.capitals.CU).toBeUndefined();
		expect(missingCapitals(without.missions, without.capitals)).toEqual(['CU']);
		const arcs = connectionArcs(without.missions, 'KZ', without.capitals).features;
		expect(arcs.some((f) => f.properties.mission === cubaIndex)).toBe(false);
	});

	it('is what the build serves for the built atlas alone', () => {
		expect(missionsPayload(base, (code) => built.capitals[code], built.seats)).toEqual(built);
	});
});

describe('the combined atlas’s files', () => {
	it('missions.csv has a row for Cuba’s embassy with the reader’s sentence, after the built-in rows', () => {
		const csv = atlasFile('missions.csv', merged, payload).content;
		const lines = csv.trim().split('\r\n');
		expect(lines).toHaveLength(1 + built.missions.length + 1);
		expect(lines.at(-1)).toBe(
			`CU,Cuba,KZ,Kazakhstan,Embassy,Astana,yes,${payload.missions[cubaIndex].lat},${payload.missions[cubaIndex].lon},,2008,,Cuba in Astana,,not given,${SENTENCE},`
		);
	});

	it('missions.json is the payload the map draws', () => {
		const file = atlasFile('missions.json', merged, payload);
		expect(file.type).toBe('application/json');
		expect(JSON.parse(file.content)).toEqual(payload);
	});
});

describe('where the embassies stand, in the built payload (data/embassy-seats.json through the gazetteer)', () => {
	const seats = built.seats ?? {};

	it('resolves every entry of the table to its city, in its country', () => {
		const table = JSON.parse(readFileSync('data/embassy-seats.json', 'utf8')) as {
			seats: { country: string; city: string; geonameId: number }[];
		};
		for (const entry of table.seats) {
			const seat = seats[entry.country]?.find((s) => s.geonameId === entry.geonameId && !s.capital);
			expect(seat?.city, `${entry.country} ${entry.city}`).toBe(entry.city);
		}
	});

	it('places the UK’s embassy of October 1992, whose sentence names no city, at Almaty in 1995, Astana today', () => {
		const uk = built.missions.findIndex((m) => m.sender === 'GB' && m.host === 'KZ' && m.kind === 'embassy');
		expect(built.missions[uk].cityStated).toBe(false);
		expect(built.missions[uk].city).toBe('Astana');
		expect(missionsAsOf(built, 1995).missions[uk].city).toBe('Almaty');
		expect(missionsAsOf(built, 1998).missions[uk].city).toBe('Astana');
	});

	it('starts Kazakhstan’s arcs at Almaty before the move of 10 December 1997', () => {
		expect(built.capitals.KZ.city).toBe('Astana');
		expect(missionsAsOf(built, 1996).capitals.KZ.city).toBe('Almaty');
	});

	it('gives Israel, whose capital the gazetteer does not name, Tel Aviv for its embassies but no arc', () => {
		expect(seats.IL?.map((s) => s.city)).toEqual(['Tel Aviv']);
		expect(seats.IL?.[0].seatOfGovernment).toBe(false);
	});
});
