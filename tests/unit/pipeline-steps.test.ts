/** Table-driven tests of the pipeline's text steps, with rows taken from the two documents. */
import { describe, expect, it } from 'vitest';
import { clean, decode, isChrome, lineOf } from '../../src/lib/pipeline/clean';
import { findDates } from '../../src/lib/pipeline/lookup/dates';
import { segment } from '../../src/lib/pipeline/segment';
import { splitSentences } from '../../src/lib/pipeline/sentences';

describe('findDates', () => {
	const rows: { input: string; expected: [string, string][] }[] = [
		{ input: '  Турция 1992-03-02', expected: [['1992-03-02', '1992-03-02']] },
		{
			input: 'Дипломатическите отношения са установени на 27 август 1992 година.',
			expected: [['1992-08-27', '27 август 1992 година']]
		},
		{ input: 'През 2006 година Президентът', expected: [['2006', '2006 година']] },
		{ input: 'От 1994 г. България има посолство в Алмати.', expected: [['1994', '1994 г.']] },
		{ input: 'От ноември 2004 г. Казахстан има', expected: [['2004-11', 'ноември 2004 г.']] },
		{ input: 'установени на 26 декември 1992, които', expected: [['1992-12-26', '26 декември 1992']] },
		{
			input: 'в Берн, Швейцария на 13 – 14 ноември 2006 година.',
			expected: [['2006-11-13', '13 – 14 ноември 2006 година']]
		},
		{ input: 'посещение в Канада май 2003.', expected: [['2003-05', 'май 2003']] },
		{ input: '2000년 7월 5일, 카자흐스탄', expected: [['2000-07-05', '2000년 7월 5일']] },
		{ input: '2002년 1월, 카자흐스탄 전국에', expected: [['2002-01', '2002년 1월']] },
		{ input: '2.1.1. 2000년대[편집]', expected: [] },
		{ input: 'пресмята, че „минимум 1517 тона канабис“, 25 000 граждани, 1700 километровата', expected: [] },
		{ input: 'През 90-те години', expected: [] },
		{ input: 'и 2012년 조사에', expected: [['2012', '2012년']] }
	];
	it.each(rows)('$input', ({ input, expected }) => {
		const { dates } = findDates(input);
		expect(dates.map((d) => [d.date, input.slice(d.start, d.end)])).toEqual(expected);
	});

	it.each([
		['Relations were established on 5 May 1993.', [['1993-05-05', '5 May 1993']]],
		[
			'on May 5, 1993 and in March 1994',
			[
				['1993-05-05', 'May 5, 1993'],
				['1994-03', 'March 1994']
			]
		],
		['on 12th June 2001', [['2001-06-12', '12th June 2001']]],
		['since 1993, and in the 1990s', [['1993', '1993']]],
		["On October 25, 1992, six days after the ambassador's arrival", [['1992-10-25', 'October 25, 1992']]],
		['5 May, with no year', []]
	])('English: %s', (input, expected) => {
		const { dates } = findDates(input, 0, input.length, 'en');
		expect(dates.map((d) => [d.date, input.slice(d.start, d.end)])).toEqual(expected);
	});

	it.each([
		['31 февруари 2001', 'month 2 of 2001 has no day 31'],
		['1992-13-01', 'there is no month 13'],
		['2023년 2월 30일', 'month 2 of 2023 has no day 30']
	])('rejects the impossible date %s', (input, reason) => {
		const { dates, rejected } = findDates(input);
		expect(dates).toEqual([]);
		expect(rejected.map((r) => r.reason)).toEqual([reason]);
	});

	it('does not mutate its input and honours the range', () => {
		const input = 'През 1992 година и през 2006 година';
		const copy = input.slice();
		expect(findDates(input, 10).dates.map((d) => d.date)).toEqual(['2006']);
		expect(input).toBe(copy);
	});
});

describe('clean', () => {
	it.each([
		['문서의 r72 판{{{#!wiki style="display: inline; display: 4.1;"', true],
		[', 4.1번 문단}}} (이전 역사)', true],
		[', 번 문단}}} (이전 역사)', true],
		['파일:CC-white.svg 이 문서의 내용 중 전체 또는 일부는', true],
		['파일:크리에이티브 커먼즈 라이선스__CC.png 이 문서의 내용 중 전체 또는 일부는 2024-02-11', true],
		['[ 펼치기 · 접기 ]', true],
		['덤프버전 :', true],
		['4. 대사관[편집]', false],
		['Казахстан има посолство в Осло.', false]
	])('isChrome(%s) = %s', (line, expected) => expect(isChrome(line)).toBe(expected));

	it('normalises CRLF and CR, drops a BOM, and maps offsets back to original lines', () => {
		const c = clean('\uFEFFa\r\nb\rc\n파일:x.png banner\n\n\n\nd');
		expect(c.text).toBe('a\nb\nc\n\nd');
		expect(lineOf(c, c.text.indexOf('d'))).toBe(8);
		expect(lineOf(c, c.text.indexOf('b'))).toBe(2);
	});

	it('decodes UTF-8 and refuses what is not', () => {
		expect(decode(new TextEncoder().encode('Казахстан'), 'f.txt')).toBe('Казахстан');
		expect(() => decode(new Uint8Array(), 'f.txt')).toThrow(/f\.txt: the file is empty/);
		expect(() => decode(Uint8Array.from([0xff, 0xfe]), 'f.txt')).toThrow(
			/f\.txt:1: the file is not valid UTF-8 \(byte 0\)/
		);
	});
});

describe('segment', () => {
	const bg = [
		'Външна политика на Казахстан',
		'',
		'Председателство на Казахстан на ОССЕ',
		'',
		'През януари 2010 година Казахстан поема председателството на Организацията за сигурност и сътрудничество в Европа.',
		'',
		'ТуркменистанРедактиране',
		'',
		'Казахстан има посолство в Ашхабат.',
		'',
		'ЕвропаРедактиране',
		'',
		'Държава Начало на официалните отношения Notes',
		'\u00A0\u00A0Турция 1992-03-02',
		'',
		'Турция признава Казахстан.',
		'  Украйна 1991',
		'',
		'ИзточнициРедактиране',
		'',
		' 1. Kazakhstan – Transnational Issues CIA World Factbook'
	].join('\n');

	it('finds Bulgarian headings, the lost headings, table rows and the bibliography', () => {
		const { sections, unknownRows } = segment(bg);
		expect(sections.map((s) => [s.title, s.kind, s.country, s.rowDate?.date ?? null])).toEqual([
			['Външна политика на Казахстан', 'title', null, null],
			['Председателство на Казахстан на ОССЕ', 'heading', null, null],
			['Туркменистан', 'heading', 'TM', null],
			['Европа', 'heading', null, null],
			['Турция', 'row', 'TR', '1992-03-02'],
			['Украйна', 'row', 'UA', '1991'],
			['Източници', 'references', null, null]
		]);
		expect(unknownRows).toEqual([]);
		const tr = sections[4];
		expect(bg.slice(tr.start, tr.end)).toBe('\u00A0\u00A0Турция 1992-03-02\n\nТурция признава Казахстан.');
	});

	it('finds numbered Namuwiki headings with their levels', () => {
		const ko =
			'미국-카자흐스탄 관계\n\n1. 개요[편집]\n\n문서이다.\n\n2.1.1. 2000년대[편집]\n\n2000년 7월 5일, 카자흐스탄.';
		expect(segment(ko).sections.map((s) => [s.title, s.level])).toEqual([
			['미국-카자흐스탄 관계', 1],
			['1. 개요', 2],
			['2.1.1. 2000년대', 4]
		]);
	});
});

describe('splitSentences', () => {
	it.each([
		[
			'От 1994 г. България има посолство в Алмати. От ноември 2004 г. Казахстан има посолство.',
			['От 1994 г. България има посолство в Алмати.', 'От ноември 2004 г. Казахстан има посолство.']
		],
		[
			'Пакистан счита Казахстан за бързо растящ пазар.[5] Нов ред.',
			['Пакистан счита Казахстан за бързо растящ пазар.[5]', 'Нов ред.']
		],
		[
			'2023년 2월 28일. 안보, 에너지 등 분야에서의 양국 간 협력을 강화하는 데 합의했다.#',
			['2023년 2월 28일. 안보, 에너지 등 분야에서의 양국 간 협력을 강화하는 데 합의했다.#']
		],
		['밝혔다.# 또한, 카자흐스탄은 체결했다.#', ['밝혔다.#', '또한, 카자흐스탄은 체결했다.#']],
		[
			'미국 주재 카자흐스탄 대사관은 워싱턴 D.C.에 있다.',
			['미국 주재 카자흐스탄 대사관은 워싱턴 D.C.에 있다.']
		]
	])('%s', (input, expected) => {
		expect(splitSentences(input, 0, input.length).map((s) => input.slice(s.start, s.end))).toEqual(expected);
	});
});
