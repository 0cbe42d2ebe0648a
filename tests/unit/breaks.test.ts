/**
 * Relations broken off, suspended or restored, read as dated facts of their own (pipeline/facts/breaks.ts), in each
 * language the pipeline reads; and what the timeline makes of them (view/time/model.ts). The sentences are written
 * in each language's ordinary constructions (none of the built documents states a break: see the README); each
 * expected value is read from its sentence.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/lib/pipeline/clean';
import { extractFacts } from '../../src/lib/pipeline/facts';
import { Warnings } from '../../src/lib/pipeline/problems';
import { segment } from '../../src/lib/pipeline/segment';
import '../../src/lib/server/atlas/gazetteer';
import { readUserDocument } from '../../src/lib/reader/read-document';
import { timeFacts } from '../../src/lib/view/time/facts';
import { chronology, statesAt } from '../../src/lib/view/time/model';

/** Reads `body` as a document in `lang` about KZ (and `about`): its breaks, dates of relations, and "no relations". */
function read(lang: string, body: string, about: string[] = []) {
	const text = clean(`Title\n\n${body}\n`);
	const seg = segment(text.text, lang);
	const facts = extractFacts(
		{ id: 'd', file: 'd.txt', lang, about, clean: text, sections: seg.sections },
		'KZ',
		new Warnings()
	);
	return {
		breaks: facts.breaks.map((b) => `${b.code} ${b.kind} ${b.date ?? 'undated'}`),
		established: [...facts.claims].flatMap(([code, claims]) => claims.map((c) => `${code} ${c.date}`)).sort(),
		none: [...facts.none.keys()].sort(),
		relations: [...facts.relations.keys()].sort()
	};
}

interface Row {
	lang: string;
	text: string;
	about?: string[];
	breaks: string[];
	established?: string[];
	none?: string[];
}
const rows = (list: Row[]) =>
	it.each(list)('$lang: $text', ({ lang, text, about, breaks, established, none }) => {
		const got = read(lang, text, about);
		expect(got.breaks).toEqual(breaks);
		if (established) expect(got.established).toEqual(established);
		if (none) expect(got.none).toEqual(none);
	});

describe('English', () => {
	rows([
		{
			lang: 'en',
			text: 'Kazakhstan severed diplomatic relations with Georgia in 2014.',
			breaks: ['GE broken 2014'],
			established: [],
			none: ['GE']
		},
		{
			lang: 'en',
			text: 'Diplomatic relations with Georgia were established on 10 June 1992, severed in 2014 and restored in 2016.',
			breaks: ['GE broken 2014', 'GE restored 2016'],
			// The start of relations keeps its own date; the restoration is no second start.
			established: ['GE 1992-06-10']
		},
		{
			lang: 'en',
			text: 'In March 2022 Kazakhstan suspended relations with Georgia.',
			breaks: ['GE suspended 2022-03']
		},
		{
			lang: 'en',
			text: 'Kazakhstan broke off relations with Georgia.',
			breaks: ['GE broken undated'],
			none: ['GE']
		},
		{
			// A mission's suspension is not one of relations.
			lang: 'en',
			text: 'The embassy of Georgia in Astana suspended its work in 2020.',
			breaks: []
		},
		{
			// Two other countries' relations are theirs, not the focus's.
			lang: 'en',
			text: 'Russia severed diplomatic relations with Georgia in 2008.',
			breaks: []
		}
	]);
});

describe('Bulgarian', () => {
	rows([
		{
			lang: 'bg',
			text: 'През 2014 г. Казахстан прекъсна дипломатическите отношения с Грузия.',
			breaks: ['GE broken 2014'],
			none: ['GE']
		},
		{
			lang: 'bg',
			text: 'Дипломатическите отношения бяха възстановени през 2016 г.',
			about: ['GE'],
			breaks: ['GE restored 2016'],
			established: []
		},
		{
			// "непрекъснато" (continuously) holds the verb's letters and is no break (the seed's Korea passage).
			lang: 'bg',
			text: 'Двустраните отношения между Казахстан и Южна Корея са в непрекъснато развитие.',
			breaks: [],
			none: []
		}
	]);
});

describe('Korean', () => {
	rows([
		{
			lang: 'ko',
			text: '카자흐스탄은 2014년 조지아와 국교를 단절했다.',
			breaks: ['GE broken 2014'],
			none: ['GE']
		},
		{
			lang: 'ko',
			text: '양국은 1992년 수교 이후 2014년에 단교하였다.',
			about: ['GE'],
			breaks: ['GE broken 2014'],
			established: ['GE 1992']
		},
		{
			lang: 'ko',
			text: '양국은 2016년 외교 관계를 복원하였다.',
			about: ['GE'],
			breaks: ['GE restored 2016']
		}
	]);
});

describe('Russian', () => {
	rows([
		{
			lang: 'ru',
			text: 'В 2014 году Казахстан разорвал дипломатические отношения с Грузией.',
			breaks: ['GE broken 2014'],
			none: ['GE']
		},
		{
			lang: 'ru',
			text: 'Дипломатические отношения с Грузией были приостановлены в 2020 году.',
			breaks: ['GE suspended 2020']
		},
		{
			lang: 'ru',
			text: 'В 2016 году дипломатические отношения были восстановлены.',
			about: ['GE'],
			breaks: ['GE restored 2016'],
			established: []
		}
	]);
});

describe('a break on the timeline and in the chronology', () => {
	// A reader's document (no date of its own), read by the same pipeline as the built ones.
	const text =
		'Kazakhstan and Georgia established diplomatic relations on 24 July 1992. ' +
		'Kazakhstan severed diplomatic relations with Georgia in 2014. ' +
		'Diplomatic relations with Georgia were restored in 2016. ' +
		'Kazakhstan suspended relations with Moldova in 2020.';
	const atlas = readUserDocument({ text, title: 'Mine', lang: 'en' }, 'KZ').atlas;
	const facts = timeFacts(atlas);
	const at = (code: string, year: number) => statesAt(facts, year).find((s) => s.code === code)!;

	it('puts each break in the atlas with the sentence that states it', () => {
		const ge = atlas.countries.find((c) => c.code === 'GE')!;
		const doc = atlas.documents[0];
		expect(
			(ge.breaks ?? []).map((b) => [b.kind, b.date, doc.text.slice(b.span.start, b.span.end).trim()])
		).toEqual([
			['broken', '2014', 'Kazakhstan severed diplomatic relations with Georgia in 2014.'],
			['restored', '2016', 'Diplomatic relations with Georgia were restored in 2016.']
		]);
		// Relations at some date and a dated break are no contradiction.
		expect(ge.conflicts.filter((c) => c.kind === 'none-and-relations')).toEqual([]);
	});

	it('colours the country "no relations" from the break’s year until the restoration, never before or after', () => {
		expect(at('GE', 1992).category).toBe('relations');
		expect(at('GE', 2013).category).toBe('relations');
		expect(at('GE', 2014).category).toBe('none');
		expect(at('GE', 2015).category).toBe('none');
		expect(at('GE', 2015).holds.map((h) => [h.kind, h.date])).toEqual([['broken', '2014']]);
		expect(at('GE', 2016).category).toBe('relations');
		expect(at('GE', 2024).holds.map((h) => h.kind)).toEqual(['established', 'restored']);
		// Moldova: nothing before the suspension; suspended from 2020 on, with no restoration stated.
		expect(at('MD', 2019).category).toBe('nothing');
		expect(at('MD', 2020).category).toBe('none');
		expect(at('MD', 2024).category).toBe('none');
	});

	it('lists each break and restoration once in the chronology, with its sentence', () => {
		const events = chronology(facts).filter((e) => ['broken', 'suspended', 'restored'].includes(e.kind));
		expect(events.map((e) => [e.kind, e.date, e.countries[0], facts.sentences[e.sentences[0]].text])).toEqual(
			[
				['broken', '2014', 'GE', 'Kazakhstan severed diplomatic relations with Georgia in 2014.'],
				['restored', '2016', 'GE', 'Diplomatic relations with Georgia were restored in 2016.'],
				['suspended', '2020', 'MD', 'Kazakhstan suspended relations with Moldova in 2020.']
			]
		);
		// The break is dated by its own sentence: no "no relations as of the document's date" beside it.
		expect(chronology(facts).filter((e) => e.kind === 'no-relations')).toEqual([]);
	});
});

describe('a break is never filled forward past a later fact', () => {
	it('an embassy opened after the break ends it, with no restoration stated', () => {
		const facts = timeFacts(
			readUserDocument(
				{
					text:
						'Kazakhstan broke off diplomatic relations with Georgia in 2008. ' +
						'Kazakhstan opened its embassy in Tbilisi in 2012.',
					title: 'Mine',
					lang: 'en'
				},
				'KZ'
			).atlas
		);
		const at = (year: number) => statesAt(facts, year).find((s) => s.code === 'GE')!.category;
		expect([at(2007), at(2008), at(2011), at(2012)]).toEqual(['nothing', 'none', 'none', 'embassy']);
	});
});
