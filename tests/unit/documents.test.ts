/**
 * What the documents page and the "no relations" dating say of each document. The fixture's facts were read off its
 * text by hand (tests/fixtures/atlas.fixture.ts); the real documents' figures below from data/documents.
 */
import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../fixtures/atlas.fixture';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import {
	dateWords,
	datedAs,
	documentEntries,
	documentFacts,
	factsWords,
	latestYear,
	noRelationsDating
} from '../../src/lib/view/documents';
import { summarize } from '../../src/lib/view/summary';

describe('documentFacts', () => {
	it('counts the statuses, start dates and missions each document gives', () => {
		// bg: Turkey's embassy sentence and Andorra in the "no relations" list; Turkey's row date, China's row date
		// and its April 1994, the Philippines' row and its 19 March 1992; Kazakhstan's embassy in Ankara and
		// consulate-general in Istanbul, Turkey's embassy in Almaty, Albania's in Moscow.
		expect(documentFacts(fixtureAtlas, 'bg-wikipedia')).toEqual({
			statuses: 2,
			dates: 5,
			missions: 4,
			total: 11
		});
		// ko: the US embassy in Astana, which is also the sentence behind the US's status.
		expect(documentFacts(fixtureAtlas, 'ko-namuwiki')).toEqual({
			statuses: 1,
			dates: 0,
			missions: 1,
			total: 2
		});
	});

	it('says them in words, with the plural of "status"', () => {
		expect(factsWords({ statuses: 2, dates: 5, missions: 4, total: 11 })).toBe(
			'11 facts: 2 statuses, 5 dates relations began, 4 missions'
		);
		expect(factsWords({ statuses: 1, dates: 0, missions: 1, total: 2 })).toBe(
			'2 facts: 1 status, 0 dates relations began, 1 mission'
		);
		expect(factsWords({ statuses: 0, dates: 0, missions: 0, total: 0 })).toBe('no fact read from it');
	});
});

describe('dating a document', () => {
	it('takes the latest year among its dated sentences, start dates and missions', () => {
		// bg fixture: January 2010 (OSCE chairmanship) is later than 1992 and April 1994.
		expect(latestYear(fixtureAtlas, 'bg-wikipedia')).toBe(2010);
		expect(latestYear(fixtureAtlas, 'ko-namuwiki')).toBe(2018);
		expect(latestYear(fixtureAtlas, 'no-such-document')).toBeNull();
	});

	it('gives the manifest date, else "date not given" and what the document allows, said as such', () => {
		expect(dateWords('2024-02-11', 2023)).toBe('retrieved 11 February 2024');
		expect(dateWords(null, 2012)).toBe('date not given; it mentions events up to 2012');
		expect(dateWords(null, null)).toBe('date not given');
		expect(datedAs(null, 2012)).toBe(
			'as the document states it, date not given; it mentions events up to 2012'
		);
	});
});

describe('the real documents', () => {
	const { atlas } = buildAtlas('data/documents');
	const [bg, ko] = documentEntries(atlas);

	it('lists each with its language named, publisher, date, licence and address', () => {
		expect(bg).toMatchObject({
			title: 'Външна политика на Казахстан',
			titleEn: 'Foreign policy of Kazakhstan',
			language: 'Bulgarian',
			// The manifest's publisher id and edition, named in the interface's language.
			publisher: 'Bulgarian Wikipedia',
			// The manifest gives no date; the latest year of the article's text is 2012 (the Common Economic
			// Space, "през 2012 година"); its references' "retrieved 2021" are not read.
			date: 'date not given; it mentions events up to 2012',
			licence: 'CC BY-SA',
			licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
			source: 'https://bg.wikipedia.org/wiki/Външна_политика_на_Казахстан',
			linkable: true,
			own: false
		});
		expect(ko).toMatchObject({
			language: 'Korean',
			publisher: 'Namuwiki',
			date: 'retrieved 11 February 2024',
			licence: 'CC BY-NC-SA 2.0 KR'
		});
		expect(bg.text).toContain('Все още няма установен дипломатически контакт');
	});

	it('counts at least the 37 countries of the Bulgarian "no relations" list among its statuses', () => {
		expect(bg.facts.statuses).toBeGreaterThanOrEqual(37);
		expect(bg.facts.total).toBe(bg.facts.statuses + bg.facts.dates + bg.facts.missions);
	});

	it('dates every "no relations" country by the Bulgarian list, and the key says it once', () => {
		const summaries = summarize(atlas);
		const none = summaries.filter((s) => s.status === 'none');
		expect(none.length).toBe(37);
		for (const s of none)
			expect(s.asOf).toBe('as the document states it, date not given; it mentions events up to 2012');
		expect(summaries.find((s) => s.code === 'TR')?.asOf).toBeUndefined();
		expect(noRelationsDating(summaries)).toBe(
			'as the document states it, date not given; it mentions events up to 2012'
		);
	});
});
