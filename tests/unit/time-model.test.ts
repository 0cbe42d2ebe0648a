/**
 * The atlas as of a year (src/lib/view/time/), on the atlas built from the two real documents. Every expected
 * value was written from the text (line numbers: data/documents/bg-wikipedia-foreign-policy-of-kazakhstan.txt,
 * "bg", and ko-namuwiki-us-kazakhstan-relations.txt, "ko"), not copied from the program's output.
 * The rule under test: "as of Y" is the end of year Y.
 */
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import { timeFacts, type TimeFacts } from '../../src/lib/view/time/facts';
import { yearNote, yearNotes } from '../../src/lib/view/time/words';
import {
	chronology,
	countryAt,
	coverage,
	difference,
	eventYears,
	missionsOpenAt,
	missionsUndatedAt,
	statesAt,
	yearSpan,
	type YearCategory
} from '../../src/lib/view/time/model';

const { atlas } = buildAtlas('data/documents');
const facts = timeFacts(atlas);
const at = (code: string, year: number) => {
	const c = facts.countries.find((x) => x.code === code);
	if (!c) throw new Error(`${code} is not in the atlas`);
	return countryAt(facts, c, year);
};
const sentence = (i: number) => facts.sentences[i].text;
const missionText = (i: number) => {
	const m = atlas.missions[i];
	return `${m.sender}>${m.host} ${m.kind} ${m.city}`;
};

describe('yearSpan', () => {
	it('runs from the earliest dated fact to the latest document year', () => {
		// bg 113: the table row "Украйна 1991" (and bg 54, Pakistan, 20 December 1991); ko retrieved 2024-02-11.
		expect(yearSpan(facts)).toEqual({ first: 1991, last: 2024 });
	});
});

describe('a country as of a year', () => {
	// [code, year, category, why (the sentence)]
	const CASES: [string, number, YearCategory, string][] = [
		// bg 85/87: table row "България 1992-07-05"; "От 1994 г. България има посолство в Алмати."
		['BG', 1991, 'nothing', 'every fact about Bulgaria is dated 1992 or later'],
		['BG', 1992, 'relations', 'relations of 5 July 1992'],
		['BG', 1993, 'relations', 'no embassy before 1994'],
		['BG', 1994, 'embassy', 'Bulgaria’s embassy in Almaty from 1994'],
		// bg 23: relations 27 August 1992; Kazakhstan's embassy in Baku from 16 December 1994 (Azerbaijan's: no date)
		['AZ', 1991, 'undated', 'only Azerbaijan’s embassy in Astana, with no date, could hold'],
		['AZ', 1992, 'relations', 'relations of 27 August 1992'],
		['AZ', 1994, 'embassy', 'embassy in Baku since 16 December 1994 (end of 1994 counts)'],
		// bg 117/119: table row 1992-02-19; the UK opens its embassy in October 1992
		['GB', 1992, 'embassy', 'the UK’s embassy of October 1992'],
		// bg 130: the US embassy in Almaty, January 1992, moved to Astana 2006; relations 26 December 1992
		['US', 1992, 'embassy', 'the US embassy in Almaty of January 1992'],
		['US', 2006, 'embassy', 'moved to Astana in 2006: still an embassy'],
		// bg 40-42: embassies both ways with no date; "Формалните дипломатически отношения ... започват през 2006"
		['AM', 2005, 'undated', 'relations begin in 2006; the embassies have no date'],
		['AM', 2006, 'relations', 'relations from 2006; embassies still undated'],
		// bg 134: "Все още няма установен дипломатически контакт със страни като Андора, ..." (the document: no date)
		['AD', 1995, 'undated', 'a "no relations" statement holds at its document’s date, which is not given'],
		['AD', 2024, 'undated', 'the same in every year'],
		// bg 27: Kyrgyzstan's relations described, no date
		['KG', 2000, 'undated', 'relations with no date'],
		// the focus
		['KZ', 1991, 'focus', 'the focus']
	];
	it.each(CASES)('%s as of %i is %s (%s)', (code, year, category) => {
		expect(at(code, year).category).toBe(category);
	});

	it('says which sentence dates what holds', () => {
		const bg = at('BG', 1994);
		expect(bg.holds.map((h) => [h.kind, h.date])).toEqual([
			['embassy', '1994'],
			['established', '1992-07-05']
		]);
		expect(sentence(bg.holds[0].sentence)).toBe('От 1994 г. България има посолство в Алмати.');
	});

	it('keeps an undated fact beside a dated one, never filled forward', () => {
		// Armenia as of 2006: relations of 2006, and "Казахстан има посолство в Ереван, както и Армения в Алмати."
		const am = at('AM', 2006);
		expect(am.holds.map((h) => h.kind)).toEqual(['established']);
		expect(am.undated.map((u) => u.kind)).toEqual(['embassy', 'embassy']);
		expect(sentence(am.undated[0].sentence)).toBe(
			'Казахстан има посолство в Ереван, както и Армения в Алмати.'
		);
		// Bulgaria as of 1994: both of its dated facts hold, nothing undated
		expect(at('BG', 1994).undated).toEqual([]);
	});

	it('colours every country of the documents once', () => {
		expect(statesAt(facts, 2000)).toHaveLength(atlas.countries.length);
	});
});

describe('missions open in a year', () => {
	const open = (year: number) => missionsOpenAt(facts, year).map(missionText).sort();
	it('opens and moves missions by their stated dates', () => {
		// bg 130: US embassy in Almaty from January 1992; KZ embassy in Washington from October 1992;
		// bg 119: the UK's embassy in Kazakhstan (no city: Astana, its capital) from October 1992.
		expect(open(1992)).toEqual(['GB>KZ embassy Astana', 'KZ>US embassy Washington', 'US>KZ embassy Almaty']);
		// bg 130: moved to Astana 2006 (end of 2006: in Astana); from 2009 a consulate-general in Almaty.
		expect(open(2006)).toContain('US>KZ embassy Astana');
		expect(open(2006)).not.toContain('US>KZ embassy Almaty');
		expect(open(2008)).not.toContain('US>KZ consulate-general Almaty');
		expect(open(2009)).toContain('US>KZ consulate-general Almaty');
		// bg 87: KZ in Sofia from November 2004, an embassy and an honorary consulate
		expect(open(2003)).not.toContain('KZ>BG embassy Sofia');
		expect(open(2004)).toEqual(
			expect.arrayContaining(['KZ>BG embassy Sofia', 'KZ>BG honorary-consulate Sofia'])
		);
	});
	it('never opens a mission whose opening is not stated, but keeps it as undated', () => {
		// bg 95: "Казахстан има посолство в Осло." (no date)
		expect(open(2024)).not.toContain('KZ>NO embassy Oslo');
		expect(missionsUndatedAt(facts, 1991).map(missionText)).toContain('KZ>NO embassy Oslo');
		// bg 130: the US embassy in Almaty has its dates (January 1992 to 2006): never undated
		expect(missionsUndatedAt(facts, 1991).map(missionText)).not.toContain('US>KZ embassy Almaty');
	});
});

describe('chronology', () => {
	const events = chronology(facts);
	it('lists the move of the US embassy once, as a move', () => {
		const us = events.filter(
			(e) => e.countries[0] === 'US' && e.missionKind === 'embassy' && e.sender === 'US'
		);
		expect(us.map((e) => [e.kind, e.date, e.fromCity ?? null, e.city])).toEqual([
			['opened', '1992-01', null, 'Almaty'],
			['moved', '2006', 'Almaty', 'Astana']
		]);
	});
	it('lists every date of the start of relations, one event per date, with all its sentences', () => {
		// bg 56/58: the Philippines, 1992-03-19 in the table and in the text: one event, two sentences
		const ph = events.filter((e) => e.kind === 'established' && e.countries[0] === 'PH');
		expect(ph).toHaveLength(1);
		expect(ph[0].sentences).toHaveLength(2);
		// bg 60/62: China, 1992-01-03 (table, used) and April 1994 (text, disputed)
		const cn = events.filter((e) => e.kind === 'established' && e.countries[0] === 'CN');
		expect(cn.map((e) => [e.date, e.disputed ?? false])).toEqual([
			['1992-01-03', false],
			['1994-04', true]
		]);
		expect(sentence(cn[1].sentences[0])).toContain('през април 1994 година');
	});
	it('is in date order, and lists each event once', () => {
		const dates = events.map((e) => e.date);
		expect(dates).toEqual([...dates].sort());
		expect(new Set(events.map((e) => e.key)).size).toBe(events.length);
		expect(events[0].date.startsWith('1991')).toBe(true);
	});
	it('counts the documents’ dated events', () => {
		const established = events.filter((e) => e.kind === 'established');
		// AM AZ BG CA CN(2) GB IL KR LV MY PH PK(2) RO TR UA US = 18
		expect(established).toHaveLength(18);
		// opened: BG Almaty 1994; KZ Baku 1994-12; KZ Sofia embassy and honorary consulate 2004-11; GB Astana 1992-10;
		// KZ London 1996-02; US Almaty 1992-01; US consulate-general Almaty 2009; KZ Washington 1992-10 = 9
		expect(events.filter((e) => e.kind === 'opened')).toHaveLength(9);
		expect(events.filter((e) => e.kind === 'moved')).toHaveLength(1);
		expect(events.filter((e) => e.kind === 'closed')).toHaveLength(0);
		expect(eventYears(events)).toEqual([1991, 1992, 1994, 1996, 2004, 2006, 2009]);
	});
});

describe('difference between two years', () => {
	it('counts relations and embassies added and gone, 1995..2024', () => {
		const d = difference(facts, 1995, 2024);
		// only Armenia's relations (2006) begin after 1995 (every other dated start is 1991-1994)
		expect(d.relationsAdded).toEqual(['AM']);
		expect(d.relationsGone).toEqual([]);
		// KZ in Sofia (2004-11), KZ in London (1996-02), the US embassy's new city Astana (2006); gone: Almaty
		expect(d.embassiesAdded.map(missionText).sort()).toEqual([
			'KZ>BG embassy Sofia',
			'KZ>GB embassy London',
			'US>KZ embassy Astana'
		]);
		expect(d.embassiesGone.map(missionText)).toEqual(['US>KZ embassy Almaty']);
		expect(d.missionsAdded.map(missionText).sort()).toEqual([
			'KZ>BG honorary-consulate Sofia',
			'US>KZ consulate-general Almaty'
		]);
	});
});

describe('the tooltip’s line', () => {
	it('says what holds as of the year, the sentence that dates it, and what has no date', () => {
		// bg 87: "От 1994 г. България има посолство в Алмати."
		expect(yearNote(at('BG', 2000), 2000, facts.sentences)).toBe(
			'As of 2000: an embassy open (embassy since 1994: “От 1994 г. България има посолство в Алмати.”)'
		);
		// bg 42: Armenia's embassies have no date; relations 2006
		expect(yearNote(at('AM', 2006), 2006, facts.sentences)).toMatch(
			/^As of 2006: relations established \(relations since 2006: “Формалните .*…”\); date not stated: an embassy$/
		);
	});

	it('writes a year’s notes one country at a time, as the tooltip asks', () => {
		const notes = yearNotes(statesAt(facts, 2000), 2000, facts.sentences);
		// bg 87 again: the same line as yearNote's, for a code of the documents; nothing for a code they never name.
		expect(notes.get('BG')).toBe(
			'As of 2000: an embassy open (embassy since 1994: “От 1994 г. България има посолство в Алмати.”)'
		);
		expect(notes.get('AQ')).toBeUndefined();
	});
});

describe('coverage', () => {
	it('says how many countries have a date', () => {
		// dated: AM AZ BG CA CN GB IL KR LV MY PH PK RO TR UA US (a start of relations; no other country has a dated
		// mission) = 16; countries with facts: 72 in the atlas, less Kazakhstan, less 7 mere mentions = 64
		const c = coverage(facts);
		expect([c.datedCountries, c.countries]).toEqual([16, 64]);
		expect(c.datedFacts).toBeLessThan(c.facts);
	});
});

describe('events the built-in documents do not have (a small made-up atlas)', () => {
	// A consulate in Almaty upgraded to an embassy in 2001, an embassy closed in 2010, and a dated "no relations".
	const made: TimeFacts = {
		focus: 'KZ',
		documents: [
			{ id: 'a', title: 'A', date: '2015-03-01' },
			{ id: 'b', title: 'B', date: null }
		],
		sentences: ['s0', 's1', 's2', 's3'].map((text, i) => ({
			doc: 'a',
			lang: 'en',
			start: i,
			end: i + 1,
			text
		})),
		countries: [
			{
				code: 'KZ',
				name: 'Kazakhstan',
				status: 'focus',
				established: null,
				claims: [],
				none: [],
				relationsUndated: [],
				breaks: []
			},
			{
				code: 'FR',
				name: 'France',
				status: 'embassy',
				established: null,
				claims: [],
				none: [],
				relationsUndated: [],
				breaks: []
			},
			{
				code: 'NP',
				name: 'Nepal',
				status: 'none',
				established: null,
				claims: [],
				none: [{ date: '2015-03-01', sentence: 3 }],
				relationsUndated: [],
				breaks: []
			}
		],
		missions: [
			{
				index: 0,
				sender: 'FR',
				host: 'KZ',
				kind: 'consulate',
				city: 'Almaty',
				accreditedTo: [],
				since: '1995',
				until: '2001',
				sentence: 0
			},
			{
				index: 1,
				sender: 'FR',
				host: 'KZ',
				kind: 'embassy',
				city: 'Almaty',
				accreditedTo: [],
				since: '2001',
				until: '2010-06',
				sentence: 1
			}
		]
	};
	it('reads an upgrade, a closing and a dated "no relations"', () => {
		expect(chronology(made).map((e) => [e.kind, e.date, e.countries[0]])).toEqual([
			['opened', '1995', 'FR'],
			['upgraded', '2001', 'FR'],
			['closed', '2010-06', 'FR'],
			['no-relations', '2015-03-01', 'NP']
		]);
	});
	it('takes a closed embassy off the map, and holds "no relations" at its document’s year only', () => {
		const [fr, np] = [made.countries[1], made.countries[2]];
		expect([2000, 2001, 2009, 2010].map((y) => countryAt(made, fr, y).category)).toEqual([
			'relations',
			'embassy',
			'embassy',
			'nothing'
		]);
		expect([2014, 2015, 2016].map((y) => countryAt(made, np, y).category)).toEqual([
			'nothing',
			'none',
			'nothing'
		]);
		expect(difference(made, 2001, 2010).embassiesGone).toEqual([1]);
		expect(yearSpan(made)).toEqual({ first: 1995, last: 2015 });
	});
});
