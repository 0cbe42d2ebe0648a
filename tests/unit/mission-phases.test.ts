/**
 * The phases of the mission grammar (src/lib/pipeline/facts/missions/), each alone on one clause: the role of each
 * country, the groups and places of the missions, and the dates of each mission. reading.test.ts holds the whole grammar, sentence by sentence; these
 * tables say which phase reads what. Expected values are read off the sentences.
 */
import { describe, expect, it } from 'vitest';
import { languageFor } from '../../src/lib/pipeline/languages';
import { findAdjectives, findCountries } from '../../src/lib/pipeline/lookup/countries';
import { findDates } from '../../src/lib/pipeline/lookup/dates';
import type { Clause } from '../../src/lib/pipeline/facts/missions/clause';
import { missionDates, type Stage } from '../../src/lib/pipeline/facts/missions/dates';
import { placeMissions } from '../../src/lib/pipeline/facts/missions/place';
import { countryRoles } from '../../src/lib/pipeline/facts/missions/roles';
import { tokenize } from '../../src/lib/pipeline/facts/tokens';

/** One clause, the whole text, tokenized as the grammar tokenizes it. */
function read(text: string, lang: string) {
	const lex = languageFor(lang)!.lexicon;
	const { dates } = findDates(text, 0, text.length, lang);
	const tokens = tokenize(
		text,
		0,
		text.length,
		findCountries(text, lang),
		findAdjectives(text, lang),
		dates,
		lex,
		lang
	);
	const clause: Clause = { text, start: 0, end: text.length, lex };
	return { clause, tokens };
}

describe('countryRoles', () => {
	const rows = [
		{
			lang: 'en',
			text: "Japan's embassy in Astana opened in 1992",
			senders: [['embassy', 'JP']],
			subjects: [],
			hostMark: null,
			target: null
		},
		{
			lang: 'en',
			text: 'Germany and France have embassies in Astana',
			senders: [],
			subjects: [['DE', 'FR']],
			hostMark: null,
			target: null
		},
		{
			lang: 'en',
			text: 'The embassy of Turkey in Astana is also accredited to Kyrgyzstan',
			senders: [['embassy', 'TR']],
			subjects: [],
			hostMark: null,
			target: 'KG'
		},
		{
			lang: 'bg',
			text: 'САЩ, КНР и ОАЕ имат посолства в Астана',
			senders: [],
			subjects: [['US', 'CN', 'AE']],
			hostMark: null,
			target: null
		},
		{
			lang: 'bg',
			text: 'Посолството на Япония в Астана е открито през 1992 г.',
			senders: [['Посолството', 'JP']],
			subjects: [],
			hostMark: null,
			target: null
		},
		{
			lang: 'ko',
			text: '주카자흐스탄 미국 대사관',
			senders: [['대사관', 'US']],
			subjects: [],
			hostMark: 'KZ',
			target: null
		},
		{
			lang: 'ko',
			text: '미국과 일본은 알마티에 총영사관을 두고 있다',
			senders: [],
			subjects: [['US', 'JP']],
			hostMark: null,
			target: null
		}
	];
	it.each(rows)('$lang: $text', ({ lang, text, senders, subjects, hostMark, target }) => {
		const { clause, tokens } = read(text, lang);
		const roles = countryRoles(clause, tokens, 'KZ');
		expect([...roles.senderOf].map(([kind, code]) => [text.slice(kind.start, kind.end), code])).toEqual(
			senders
		);
		expect(roles.subjectGroups.map((g) => g.map((t) => t.code))).toEqual(subjects);
		expect(roles.hostMark).toBe(hostMark);
		expect(roles.target).toBe(target);
	});
});

describe('missionDates', () => {
	/** Groups begin at the given mission words, one mission each, in order. */
	const rows = [
		{
			lang: 'en',
			text: 'Japan opened an embassy in Tashkent in 1992',
			groups: ['embassy'],
			dates: [['1992', null]]
		},
		{
			lang: 'en',
			text: 'Japan opened an embassy in Tashkent in 1992 and a consulate in Samarkand in 1996',
			groups: ['embassy', 'consulate'],
			dates: [
				['1992', null],
				['1996', null]
			]
		},
		{
			lang: 'en',
			text: 'The consulate in Almaty was closed in 1998',
			groups: ['consulate'],
			dates: [[null, '1998']]
		},
		{
			lang: 'en',
			text: 'The embassy in Nur-Sultan (Astana until 2019) opened in 1994',
			groups: ['embassy'],
			dates: [['1994', null]]
		},
		{
			lang: 'bg',
			text: 'Посолството в Анкара работи от 16 декември 1994 г.',
			groups: ['Посолството'],
			dates: [['1994-12-16', null]]
		},
		{
			lang: 'ko',
			// The date stands before its mission word: 2008 is the branch office's, 2021 the embassy's.
			text: '2008년 개설한 두샨베 분관이 2021년 대사관으로 승격되었다',
			groups: ['분관', '대사관'],
			stages: ['old', 'new'] as Stage[],
			dates: [
				['2008', null],
				['2021', null]
			]
		},
		{
			// An upgrade: the date after the verb is the new kind's (index.ts ends the old kind there).
			lang: 'en',
			text: 'The consulate of Kazakhstan in Dushanbe was upgraded in 2000 to an embassy',
			groups: ['consulate', 'embassy'],
			stages: ['old', 'new'] as Stage[],
			dates: [
				[null, null],
				['2000', null]
			]
		},
		{
			// No date after the verb and no opening before it: the clause's date is the upgrade's.
			lang: 'ru',
			text: 'В 2000 году консульство Казахстана в Душанбе было преобразовано в посольство',
			groups: ['консульство', 'посольство'],
			stages: ['old', 'new'] as Stage[],
			dates: [
				[null, null],
				['2000', null]
			]
		},
		{
			// An opening before the verb dates the old kind.
			lang: 'en',
			text: 'Kazakhstan opened a consulate in Dushanbe in 1995, which was upgraded to an embassy in 2000',
			groups: ['consulate', 'embassy'],
			stages: ['old', 'new'] as Stage[],
			dates: [
				['1995', null],
				['2000', null]
			]
		}
	];
	it.each(rows)('$lang: $text', ({ lang, text, groups, stages, dates }) => {
		const { clause, tokens } = read(text, lang);
		const groupStarts = groups.map((word, from) => ({ at: text.indexOf(word), from }));
		const found = missionDates(clause, tokens, groupStarts, stages ?? groups.map(() => null));
		expect(found.map((d) => [d.since?.date ?? null, d.until?.date ?? null])).toEqual(dates);
	});
});

describe('placeMissions', () => {
	/** Each strategy of the placing phase, one clause each: where the missions stand, and what is warned of. */
	const rows = [
		{
			// Cities after the mission words.
			lang: 'en',
			focus: 'KZ',
			section: null,
			text: 'Germany has an embassy in Astana and consulates-general in Almaty and Shymkent',
			placed: ['DE>KZ consulate-general Almaty', 'DE>KZ consulate-general Shymkent', 'DE>KZ embassy Astana'],
			warned: []
		},
		{
			// Korean names the place first: each city waits for the next mission word.
			lang: 'ko',
			focus: 'KZ',
			section: null,
			text: '미국은 아스타나에 대사관을, 알마티에 총영사관을 두고 있다',
			placed: ['US>KZ consulate-general Almaty', 'US>KZ embassy Astana'],
			warned: []
		},
		{
			// The host named after the word, no city: its capital, not stated.
			lang: 'bg',
			focus: 'BG',
			section: null,
			text: 'България открива посолство в Казахстан',
			placed: ['BG>KZ embassy (capital)'],
			warned: []
		},
		{
			// The host named after the sender attached to the word.
			lang: 'bg',
			focus: 'KZ',
			section: 'BG',
			text: 'управляващ дипломатическата мисия на Република Казахстан в Република България',
			placed: ['KZ>BG embassy (capital)'],
			warned: []
		},
		{
			// A host marked apart (주-), and hosts joined to a marked one (과).
			lang: 'ko',
			focus: 'KZ',
			section: null,
			text: '주카자흐스탄 미국 대사관',
			placed: ['US>KZ embassy (capital)'],
			warned: []
		},
		{
			lang: 'ko',
			focus: 'KR',
			section: null,
			text: '우리 정부는 우즈베키스탄(약 20만)과 카자흐스탄(약 10만)에 우선적으로 대사관을 개설했고',
			placed: ['KR>KZ embassy (capital)', 'KR>UZ embassy (capital)'],
			warned: []
		},
		{
			// Both directions, in each other's capitals, in a passage about the pair.
			lang: 'en',
			focus: 'KZ',
			section: 'MN',
			text: 'The two countries have embassies in each other’s capitals',
			placed: ['KZ>MN embassy (capital)', 'MN>KZ embassy (capital)'],
			warned: []
		},
		{
			// The other side of the pair: in a passage about Uzbekistan, Korea's resident embassy is in Uzbekistan.
			lang: 'ko',
			focus: 'KR',
			section: 'UZ',
			text: '대한민국은 1993년 12월 상주대사관을 설치하였다',
			placed: ['KR>UZ embassy (capital)'],
			warned: []
		},
		{
			// A city before the mission word, in its phrase; the sender is left to the passage (not this phase).
			lang: 'bg',
			focus: 'KZ',
			section: 'US',
			text: 'От 2009 година в Алмати има и Генерално Консулство',
			placed: ['>KZ consulate-general Almaty'],
			warned: []
		},
		{
			// A place the gazetteer does not know: nothing is guessed, and it is said.
			lang: 'bg',
			focus: 'BG',
			section: null,
			text: 'Германия има посолство в Атлантида',
			placed: [],
			warned: ['unknown city "Атлантида": the mission is not placed']
		}
	];
	it.each(rows)('$lang: $text', ({ lang, focus, section, text, placed, warned }) => {
		const { clause, tokens } = read(text, lang);
		const roles = countryRoles(clause, tokens, focus);
		const [clauseSender = null, ...clauseCo] = [
			...new Set((roles.subjectGroups[0] ?? []).map((t) => t.code!))
		];
		const warnings: string[] = [];
		const result = placeMissions({
			clause,
			tokens,
			roles,
			clauseSender,
			clauseCo,
			carry: { inherited: [], inheritedSender: null, inheritedCo: [], previousSender: null },
			lang,
			focus,
			sectionCountry: section,
			warn: (_at, message) => warnings.push(message)
		});
		expect(
			result.missions
				.map((m) => `${m.sender}>${m.host} ${m.kind} ${m.cityStated ? m.place?.name : '(capital)'}`)
				.sort()
		).toEqual(placed);
		expect(warnings).toEqual(warned);
	});

	it('an upgrade is the same post, now of the new kind, where the last one was', () => {
		const text = '2008년 개설한 두샨베 분관이 2021년 대사관으로 승격되었다';
		const { clause, tokens } = read(text, 'ko');
		const result = placeMissions({
			clause,
			tokens,
			roles: countryRoles(clause, tokens, 'KR'),
			clauseSender: 'KR',
			clauseCo: [],
			carry: { inherited: [], inheritedSender: null, inheritedCo: [], previousSender: null },
			lang: 'ko',
			focus: 'KR',
			sectionCountry: 'TJ',
			warn: () => {}
		});
		expect(result.missions.map((m) => `${m.kind} ${m.place?.name}`)).toEqual([
			'office Dushanbe',
			'embassy Dushanbe'
		]);
		expect([...result.upgradedFrom].map(([now, old]) => [now.kind, old.kind])).toEqual([
			['embassy', 'office']
		]);
	});
});
