/**
 * The map side's words in each interface language (issue 23): the timeline's event lines and summaries, the sources
 * lines, the conflict notes, the table's count, the mission card's title and the downloaded map's title, made from
 * the messages with the page's language. Each expected line is written as a reader of that language would write it
 * (the glossary's terms, no declined name), not copied from the program's output: the test proves that the parts
 * a line is put together from (an empty place, a possessive, a plural) make a sentence in each language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { provideCityNames } from '../../src/lib/view/city-names.svelte';
import { getLocale, overwriteGetLocale, type Locale } from '../../src/lib/paraglide/runtime';
import { differenceSummary, eventText, yearSummary } from '../../src/lib/view/time/words';
import type { CountryAtYear, TimeEvent } from '../../src/lib/view/time/model';
import { statedBy, statedShort, leftOut } from '../../src/lib/view/sources-words';
import { conflictNote } from '../../src/lib/view/words';
import { TABLE_WORDS } from '../../src/lib/components/table/words';
import { markerTooltip } from '../../src/lib/view/missions-by-city';
import { citation } from '../../src/lib/view/cite';

const original = getLocale;
function speak(locale: Locale) {
	overwriteGetLocale(() => locale);
}
afterEach(() => overwriteGetLocale(original));

const names = new Map([
	['BG', { en: 'Bulgaria', bg: 'България', ko: '불가리아', ru: 'Болгария' }],
	['KZ', { en: 'Kazakhstan', bg: 'Казахстан', ko: '카자흐스탄', ru: 'Казахстан' }],
	['CN', { en: 'China', bg: 'Китай', ko: '중국', ru: 'Китай' }]
]);
const namesIn = (locale: Locale) => new Map([...names].map(([code, n]) => [code, n[locale]]));

const opened: TimeEvent = {
	key: 'o',
	date: '1994-12-16',
	year: 1994,
	kind: 'opened',
	countries: ['BG', 'KZ'],
	sentences: [0],
	missionKind: 'embassy',
	sender: 'BG',
	host: 'KZ',
	city: 'Almaty'
};
const openedNoCity: TimeEvent = { ...opened, city: null, host: undefined };
const established: TimeEvent = {
	key: 'e',
	date: '1992-01-03',
	year: 1992,
	kind: 'established',
	countries: ['CN', 'KZ'],
	sentences: [0],
	disputed: true
};

const state = (code: string, category: CountryAtYear['category']) =>
	({ code, category, holds: [], undated: [] }) as unknown as CountryAtYear;
const year1994 = [
	state('BG', 'embassy'),
	state('CN', 'relations'),
	state('XX', 'relations'),
	state('YY', 'undated')
];

describe('the timeline’s lines', () => {
	it('English, as before the messages', () => {
		speak('en');
		expect(eventText(opened, namesIn('en'))).toBe('Bulgaria’s embassy in Almaty opens');
		expect(eventText(openedNoCity, namesIn('en'))).toBe('Bulgaria’s embassy opens');
		expect(eventText(established, namesIn('en'))).toBe(
			'Relations with China established (another sentence gives another date)'
		);
		expect(yearSummary(year1994, 1994)).toBe(
			'1994: relations with 3 countries, 1 with an embassy; 1 country whose facts have no date'
		);
	});

	it('Bulgarian: the verb first, "на" for whose, no case', () => {
		speak('bg');
		expect(eventText(opened, namesIn('bg'))).toBe('Открива се посолство на България в Almaty');
		expect(eventText(openedNoCity, namesIn('bg'))).toBe('Открива се посолство на България');
		expect(eventText(established, namesIn('bg'))).toBe(
			'Установени дипломатически отношения с Китай (друго изречение дава друга дата)'
		);
		expect(yearSummary(year1994, 1994)).toBe(
			'1994: отношения с 3 държави, от тях 1 с посолство; държави с факти без дата: 1'
		);
	});

	it('Korean: particles in both forms, no spaces left by an empty place', () => {
		speak('ko');
		expect(eventText(opened, namesIn('ko'))).toBe('불가리아의 Almaty 대사관 개설');
		expect(eventText(openedNoCity, namesIn('ko'))).toBe('불가리아의 대사관 개설');
		expect(eventText(established, namesIn('ko'))).toBe(
			'중국와(과) 외교관계 수립 (다른 문장에는 다른 날짜가 있음)'
		);
	});

	it('Russian: no declined name ("страны", "в г.", "со страной"), plural by Intl.PluralRules', () => {
		speak('ru');
		expect(eventText(opened, namesIn('ru'))).toBe('Открыто посольство страны Болгария в г. Almaty');
		// With the city's GeoNames id and the language's names (view/city-names.svelte.ts), the city is named in Russian.
		provideCityNames('ru', { 1526384: 'Алматы' });
		expect(eventText({ ...opened, geonameId: 1526384 }, namesIn('ru'))).toBe(
			'Открыто посольство страны Болгария в г. Алматы'
		);
		expect(eventText(established, namesIn('ru'))).toBe(
			'Установлены дипломатические отношения со страной Китай (в другом предложении указана другая дата)'
		);
		expect(yearSummary(year1994, 1994)).toBe(
			'1994: отношения с 3 странами, с посольством — 1; стран, факты о которых без даты: 1'
		);
		expect(yearSummary([state('BG', 'relations')], 1994)).toBe(
			'1994: отношения с 1 страной, с посольством — 0'
		);
		expect(
			differenceSummary({
				from: 1995,
				to: 2024,
				relationsAdded: ['A'],
				embassiesAdded: ['A', 'B', 'C'],
				relationsGone: [],
				embassiesGone: [],
				missionsAdded: [],
				missionsGone: []
			} as unknown as Parameters<typeof differenceSummary>[0])
		).toBe('сравнение 1995 и 2024: новых стран с отношениями: 1, новых посольств: 3');
	});
});

describe('sources, conflicts, the table and the mission card', () => {
	it('says who states a fact in each language', () => {
		speak('en');
		expect(statedBy(3, 2)).toBe('Stated by 3 documents in 2 languages');
		expect(statedBy(2, 1)).toBe('Stated by 2 documents in 1 language');
		speak('bg');
		expect(statedBy(3, 2)).toBe('Посочено в 3 документа на 2 езика');
		expect(statedBy(1, 1)).toBe('Посочено само в един документ');
		speak('ko');
		expect(statedShort(3, 2)).toBe('문서 3건, 언어 2개');
		speak('ru');
		expect(statedBy(3, 2)).toBe('Указано в документах: 3, на языках: 2');
		expect(leftOut(true, 5, false)).toBe('когда установлены отношения и 5 представительств');
	});

	it('writes the conflict notes and the table’s count with the language’s plural', () => {
		speak('ru');
		expect(
			conflictNote({ kind: 'embassy-city-differs', dates: [], values: ['Алматы', ''] }, 'Казахстан')
		).toBe('Два документа помещают одно посольство в разные города: Алматы и город не указан.');
		expect(TABLE_WORDS.shown(21, 21)).toBe('Всего 21 страна');
		expect(TABLE_WORDS.shown(3, 22)).toBe('3 из 22 стран');
		speak('bg');
		expect(TABLE_WORDS.shown(3, 22)).toBe('3 от 22 държави');
		expect(TABLE_WORDS.filter).toBe('Търсене по име');
	});

	it('titles a mission marker in the language, the name undeclined', () => {
		const payload = {
			focus: 'KZ',
			names: { TR: 'Турция', KZ: 'Казахстан' },
			missions: [
				{
					sender: 'TR',
					host: 'KZ',
					kind: 'embassy',
					city: 'Астана',
					cityStated: true,
					since: null,
					until: null
				}
			]
		} as unknown as Parameters<typeof markerTooltip>[1];
		speak('ru');
		expect(markerTooltip({ kind: 'mission', id: 0 }, payload, new Set())?.title).toBe(
			'Посольство страны Турция'
		);
		speak('ko');
		expect(markerTooltip({ kind: 'mission', id: 0 }, payload, new Set())?.title).toBe('Турция 대사관');
	});

	it('ends a citation on a Bulgarian or Russian date with one point, not the date’s and the sentence’s', () => {
		const address = { url: 'https://atlas.example/bg/', today: '2026-12-06' };
		speak('bg');
		expect(citation('Казахстан', [], address)).toMatch(
			/https:\/\/atlas\.example\/bg\/, достъп на 6 декември 2026 г\.$/
		);
		speak('ru');
		expect(citation('Казахстан', [], address)).toMatch(/, дата обращения: 6 декабря 2026 г\.$/);
		speak('en');
		expect(citation('Kazakhstan', [], address)).toMatch(/, accessed 6 December 2026\.$/);
	});
});
