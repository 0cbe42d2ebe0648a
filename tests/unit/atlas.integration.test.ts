/**
 * The atlas built from the two real documents, checked against a reading of them. Every expected value below was
 * written from the text (line numbers refer to data/documents/bg-wikipedia-foreign-policy-of-kazakhstan.txt, "bg",
 * and ko-namuwiki-us-kazakhstan-relations.txt, "ko"), not from the program's output.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import { buildPanel } from '../../src/lib/view/panel';
import { atlasToCsv } from '../../src/lib/view/csv';
import type { Atlas, Mission, Span } from '../../src/lib/atlas/types';

const { atlas, warnings } = buildAtlas('data/documents');
const country = (code: string) => {
	const c = atlas.countries.find((x) => x.code === code);
	if (!c) throw new Error(`${code} is not in the atlas`);
	return c;
};
const textOf = (span: Span) =>
	atlas.documents.find((d) => d.id === span.doc)!.text.slice(span.start, span.end);

// [code, status, date relations were established (as precise as the text), line it is stated on]
const RELATIONS: [string, string, string | null][] = [
	['AZ', 'embassy', '1992-08-27'], // bg 23: "установени на 27 август 1992 година"; embassies both ways
	['KG', 'relations', null], // bg 27: relations described, no date, no mission
	['TM', 'embassy', null], // bg 31: embassies both ways
	['UZ', 'relations', null], // bg 35
	['AM', 'embassy', '2006'], // bg 42: "Формалните дипломатически отношения ... започват през 2006 година"
	['IN', 'relations', null], // bg 46
	['IL', 'relations', '1992'], // bg 50: "Те са установени през 1992 година"
	['PK', 'relations', '1992'], // bg 54: diplomatic ties "установени по-късно – през 1992 година" (relations began 1991-12-20)
	['PH', 'relations', '1992-03-19'], // bg 56/58: honorary consulate only; the Philippines use their Moscow embassy
	['CN', 'relations', '1992-01-03'], // bg 60: table date (the text says April 1994: kept as a second claim)
	['KR', 'relations', '1992-01-28'], // bg 64
	['MY', 'embassy', '1992'], // bg 68/70
	['AL', 'relations', null], // bg 83: non-resident both ways
	['BG', 'embassy', '1992-07-05'], // bg 85/87
	['LV', 'embassy', '1992-12-30'], // bg 89/91: Latvia has an embassy in Astana
	['NO', 'embassy', null], // bg 95
	['RO', 'embassy', '1992-07-15'], // bg 97
	['RU', 'embassy', null], // bg 103
	['CH', 'relations', null], // bg 107: only *considering* an embassy
	['TR', 'embassy', '1992-03-02'], // bg 109
	['UA', 'embassy', '1991'], // bg 113
	['GB', 'embassy', '1992-02-19'], // bg 117/119
	['CA', 'embassy', '1992'], // bg 126: "установяват дипломатически отношения ... през 1992 година"
	['US', 'embassy', '1992-12-26'], // bg 130: "установени на 26 декември 1992"
	['VA', 'relations', null], // bg 134: "включително Ватикана и Палестина"
	['PS', 'relations', null],
	['KZ', 'focus', null]
];

// bg 134: "Все още няма установен дипломатически контакт със страни като ..." (Гренада twice).
const NO_RELATIONS =
	'AD MC BZ HT GD TT BB GN SR GT CO EC BO UY GM ML BF BJ TG SL GA CG SS BI TZ SO DJ ER ET SC NA BT NP WS TO FJ PG'.split(
		' '
	);

// Mentioned without any statement about relations with Kazakhstan.
const ONLY_MENTIONED = ['BY', 'TJ', 'AF', 'IR', 'KP', 'NG', 'MN'];

describe('atlas from the two documents', () => {
	it('has both documents with their languages', () => {
		expect(atlas.documents.map((d) => [d.id, d.lang])).toEqual([
			['bg-wikipedia', 'bg'],
			['ko-namuwiki', 'ko']
		]);
	});

	it.each(RELATIONS)('%s has status %s, established %s', (code, status, date) => {
		const c = country(code);
		expect(c.status).toBe(status);
		expect(c.established?.date ?? null).toBe(date);
		if (c.established) expect(textOf(c.established.span)).toMatch(/\d{4}/);
	});

	it('lists the 37 states without diplomatic relations, and only them', () => {
		expect(NO_RELATIONS).toHaveLength(37);
		for (const code of NO_RELATIONS) expect(country(code).status, code).toBe('none');
		expect(
			atlas.countries
				.filter((c) => c.status === 'none')
				.map((c) => c.code)
				.sort()
		).toEqual([...NO_RELATIONS].sort());
		expect(textOf(country('NP').statusSpans[0])).toContain('Непал');
	});

	it('keeps countries that are only mentioned as "unstated"', () => {
		for (const code of ONLY_MENTIONED) expect(country(code).status, code).toBe('unstated');
	});

	it('keeps both start dates the documents give for China and Pakistan', () => {
		expect(country('CN').establishedClaims.map((c) => c.date)).toEqual(['1992-01-03', '1994-04']);
		expect(
			country('PK')
				.establishedClaims.map((c) => c.date)
				.sort()
		).toEqual(['1991-12-20', '1992']);
	});

	it('points the established date at the sentence that states it', () => {
		expect(textOf(country('AZ').established!.span)).toBe(
			'Дипломатическите отношения са установени на 27 август 1992 година.'
		);
		expect(textOf(country('TR').established!.span)).toBe('Турция 1992-03-02');
	});
});

const find = (a: Atlas, sender: string, host: string, kind: string, city?: string): Mission[] =>
	a.missions.filter(
		(m) =>
			m.sender === sender && m.host === host && m.kind === kind && (city === undefined || m.city === city)
	);

describe('missions', () => {
	// [sender, host, kind, city (English), since, until, accreditedTo]
	const MISSIONS: [string, string, string, string, string | null, string | null, string[]][] = [
		['AZ', 'KZ', 'embassy', 'Astana', null, null, []], // bg 23
		['KZ', 'AZ', 'embassy', 'Baku', '1994-12-16', null, []],
		['KZ', 'TM', 'embassy', 'Ashgabat', null, null, []], // bg 31
		['TM', 'KZ', 'embassy', 'Astana', null, null, []],
		['KZ', 'AM', 'embassy', 'Yerevan', null, null, []], // bg 42
		['AM', 'KZ', 'embassy', 'Almaty', null, null, []],
		['PH', 'RU', 'embassy', 'Moscow', null, null, ['KZ']], // bg 58: the Philippines through their Moscow embassy
		['KZ', 'PH', 'honorary-consulate', 'Manila', null, null, []],
		['KZ', 'MY', 'embassy', 'Kuala Lumpur', null, null, []], // bg 70
		['MY', 'KZ', 'embassy', 'Almaty', null, null, []],
		['AL', 'RU', 'embassy', 'Moscow', null, null, ['KZ']], // bg 83
		['KZ', 'TR', 'embassy', 'Ankara', null, null, ['AL']],
		['BG', 'KZ', 'embassy', 'Almaty', '1994', null, []], // bg 87
		['KZ', 'BG', 'embassy', 'Sofia', '2004-11', null, []],
		['KZ', 'BG', 'honorary-consulate', 'Sofia', '2004-11', null, []],
		['KZ', 'LT', 'embassy', 'Vilnius', null, null, ['LV']], // bg 91
		['KZ', 'LV', 'honorary-consulate', 'Riga', null, null, []],
		['LV', 'KZ', 'embassy', 'Astana', null, null, []],
		['LV', 'KZ', 'honorary-consulate', 'Almaty', null, null, []],
		['KZ', 'NO', 'embassy', 'Oslo', null, null, []], // bg 95
		['KZ', 'RO', 'embassy', 'Bucharest', null, null, []], // bg 99
		['KZ', 'RO', 'honorary-consulate', 'Bucharest', null, null, []],
		['RO', 'KZ', 'embassy', 'Almaty', null, null, []],
		['KZ', 'RU', 'embassy', 'Moscow', null, null, []], // bg 103
		['KZ', 'RU', 'consulate-general', 'Saint Petersburg', null, null, []],
		['KZ', 'RU', 'consulate-general', 'Astrakhan', null, null, []],
		['KZ', 'RU', 'consulate-general', 'Omsk', null, null, []],
		['RU', 'KZ', 'embassy', 'Astana', null, null, []],
		['RU', 'KZ', 'consulate', 'Almaty', null, null, []],
		['RU', 'KZ', 'consulate', 'Oral', null, null, []], // Уралск = Oral (GeoNames name)
		['KZ', 'TR', 'consulate-general', 'Istanbul', null, null, []], // bg 111
		['TR', 'KZ', 'embassy', 'Almaty', null, null, []],
		['TR', 'KZ', 'office', 'Astana', null, null, []],
		['KZ', 'UA', 'embassy', 'Kyiv', null, null, []], // bg 115
		['KZ', 'UA', 'honorary-consulate', 'Odesa', null, null, []],
		['UA', 'KZ', 'embassy', 'Astana', null, null, []],
		['UA', 'KZ', 'consulate-general', 'Almaty', null, null, []],
		['GB', 'KZ', 'embassy', 'Astana', '1992-10', null, []], // bg 119: no city: the capital, marked approximate
		['KZ', 'GB', 'embassy', 'London', '1996-02', null, []],
		['CA', 'KZ', 'embassy', 'Almaty', null, null, []], // bg 126
		['KZ', 'CA', 'embassy', 'Ottawa', null, null, []],
		['KZ', 'CA', 'consulate', 'Toronto', null, null, []],
		['US', 'KZ', 'embassy', 'Almaty', '1992-01', '2006', []], // bg 130: opened in Almaty, moved to Astana
		['US', 'KZ', 'embassy', 'Astana', '2006', null, []], // bg 130 and ko 70
		['US', 'KZ', 'consulate-general', 'Almaty', '2009', null, []], // bg 130
		['US', 'KZ', 'honorary-consulate', 'Almaty', null, null, []], // ko 70: the documents disagree on the post in Almaty
		['KZ', 'US', 'embassy', 'Washington', '1992-10', null, []] // bg 130 and ko 70
	];

	it.each(MISSIONS)('%s -> %s %s in %s', (sender, host, kind, city, since, until, accredited) => {
		const found = find(atlas, sender, host, kind, city);
		expect(found).toHaveLength(1);
		const [m] = found;
		expect(m.since).toBe(since);
		expect(m.until).toBe(until);
		expect(m.accreditedTo).toEqual(accredited);
		expect(textOf(m.span).length).toBeGreaterThan(10);
	});

	it('has exactly these missions and no others', () => {
		expect(atlas.missions).toHaveLength(MISSIONS.length);
	});

	it('marks the UK missions, whose sentences name no city, as placed at the capital', () => {
		expect(find(atlas, 'GB', 'KZ', 'embassy')[0].cityStated).toBe(false);
		expect(find(atlas, 'KZ', 'GB', 'embassy')[0].cityStated).toBe(false);
		expect(find(atlas, 'KZ', 'NO', 'embassy')[0].cityStated).toBe(true);
	});

	it('does not place the Swiss embassy that is only being considered, nor the planned US consulate (ko 48)', () => {
		expect(atlas.missions.filter((m) => m.sender === 'CH')).toEqual([]);
		expect(atlas.missions.filter((m) => m.kind === 'consulate' && m.sender === 'US')).toEqual([]);
	});

	it("keeps both documents' sentences for the US embassy in Astana", () => {
		const [m] = find(atlas, 'US', 'KZ', 'embassy', 'Astana');
		expect([m.span.doc, ...m.alsoStated.map((s) => s.doc)].sort()).toEqual(['bg-wikipedia', 'ko-namuwiki']);
	});

	it('highlights the words of each mission inside its sentence', () => {
		const [m] = find(atlas, 'KZ', 'RU', 'consulate-general', 'Omsk');
		expect(m.highlight.map(textOf)).toEqual(['генерално консулство', 'Омск']);
	});
});

describe('events and excerpts', () => {
	it('has the Korean timeline as dated events of the United States', () => {
		const us = atlas.events.filter((e) => e.span.doc === 'ko-namuwiki' && e.countries.includes('US'));
		for (const date of [
			'2000-07-05',
			'2000-08-31',
			'2001-09-18',
			'2002-01',
			'2006-09-29',
			'2011-12-19',
			'2015-12-09',
			'2018-01-17',
			'2019-05-04',
			'2022-01-07',
			'2023-02-28'
		])
			expect(
				us.map((e) => e.date),
				date
			).toContain(date);
	});

	it('gives Kazakhstan the general sections as its overview', () => {
		const titles = country('KZ')
			.excerpts.filter((e) => e.primary)
			.map((e) => atlas.documents[0].sections.find((s) => s.id === e.section)?.title);
		expect(titles).toEqual(
			expect.arrayContaining([
				'Председателство на Казахстан на ОССЕ',
				'Гранични въпроси',
				'Забранени наркотични вещества',
				'Европейски съюз'
			])
		);
	});

	it('opens Nepal on the sentence that lists it', () => {
		const np = country('NP');
		expect(np.excerpts).toHaveLength(1);
		expect(textOf(np.excerpts[0].span)).toMatch(/^Все още няма установен дипломатически контакт/);
	});

	it("has Turkey's own passage first, then where else it is mentioned", () => {
		const tr = country('TR');
		expect(tr.excerpts[0].primary).toBe(true);
		expect(textOf(tr.excerpts[0].span)).toMatch(/^Турция 1992-03-02\n/);
		expect(tr.excerpts.some((e) => !e.primary && textOf(e.span).includes('Анкара (Турция)'))).toBe(true);
	});

	it('leaves out the page chrome of the Korean dump', () => {
		const ko = atlas.documents[1].text;
		expect(ko).not.toContain('{{{#!wiki');
		expect(ko).not.toContain('파일:');
		expect(ko).toContain('미국 주재 카자흐스탄 대사관은 워싱턴 D.C.에 있다.');
	});

	it('builds without warnings from the real documents', () => {
		expect(warnings).toEqual([]);
	});

	it('is deterministic: the same documents give the same JSON', () => {
		const again = buildAtlas('data/documents').atlas;
		expect(JSON.stringify(again)).toBe(JSON.stringify(atlas));
	});

	it('keeps the copy of the documents in data/, not in ../shared', () => {
		expect(readFileSync('data/documents/manifest.json', 'utf8')).not.toContain('shared');
	});
});

describe("conflicts among the documents' own facts", () => {
	const kinds = (code: string) => country(code).conflicts.map((c) => [c.kind, ...c.dates]);

	it('the United States: embassies dated before the stated start of relations (bg 130)', () => {
		// "САЩ открива посолство в Алмати януари 1992" and "Посолството на Казахстан във Вашингтон е отворено през
		// октомври 1992", against "Официални отношения ... са установени на 26 декември 1992".
		expect(kinds('US')).toEqual(
			expect.arrayContaining([
				['mission-before-relations', '1992-01', '1992-12-26'],
				['mission-before-relations', '1992-10', '1992-12-26']
			])
		);
		const [first] = country('US').conflicts;
		expect(first.spans.map(textOf).join(' ')).toContain('26 декември 1992');
	});

	it("China: the table's 3 January 1992 and the text's April 1994 (bg 60)", () => {
		expect(kinds('CN')).toEqual([['relations-dates-differ', '1992-01-03', '1994-04']]);
	});

	it('the panel says it in words, with both sentences, and the CSV carries it', () => {
		const panel = buildPanel(atlas, 'US');
		if (panel?.kind !== 'country') throw new Error('no US panel');
		expect(panel.conflicts[0].note).toBe(
			'A mission is dated January 1992, before the date given for the start of relations, 26 December 1992.'
		);
		expect(panel.conflicts[0].quotes.map((q) => q.text).join(' ')).toMatch(/Алмати.*26 декември 1992/s);
		const usRow = atlasToCsv(atlas)
			.split('\r\n')
			.find((line) => line.startsWith('US,'));
		expect(usRow).toContain('A mission is dated October 1992');
	});

	it('a country whose facts agree has none', () => {
		expect(country('TR').conflicts).toEqual([]);
		expect(country('BG').conflicts).toEqual([]);
	});
});

describe('English lines beside the quoted passages (generated from the facts, not translated)', () => {
	it('Azerbaijan (bg 23): its date of relations and the embassies both ways', () => {
		const panel = buildPanel(atlas, 'AZ');
		if (panel?.kind !== 'country') throw new Error('no AZ panel');
		expect(panel.excerpts[0].gloss).toEqual([
			'relations between Azerbaijan and Kazakhstan began on 27 August 1992',
			'Azerbaijan’s embassy in Astana',
			'Kazakhstan’s embassy in Baku, since 16 December 1994'
		]);
	});

	it('Nepal: the no-contact list says there are no relations', () => {
		const panel = buildPanel(atlas, 'NP');
		if (panel?.kind !== 'country') throw new Error('no NP panel');
		// The status says what it rests on: the Bulgarian article, whose manifest gives no date, and a list that
		// ends "и други" (and others).
		expect(panel.statusNote).toBe(
			'As the document states it (Foreign policy of Kazakhstan, date unknown); a list of this kind may be partial, so it is not proof of no relations today.'
		);
		expect(buildPanel(atlas, 'TR')).toMatchObject({ statusNote: null });
		expect(panel.excerpts[0].gloss).toEqual(['no diplomatic relations between Nepal and Kazakhstan']);
	});
});
