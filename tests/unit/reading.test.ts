/**
 * The constructions such articles are usually written in, one sentence each, in the three languages: the facts a
 * reader takes from each sentence, against what the pipeline reads. The sentences are written for these tests
 * (none is copied from a test document), so that each checks one general rule of the language, not one text.
 */
import { describe, expect, it } from 'vitest';
import { read } from '../support/read-facts';

describe('English', () => {
	it('one subject with a list of missions and cities', () => {
		expect(
			read('en', 'KZ', 'Germany has an embassy in Astana and consulates-general in Almaty and Shymkent.')
				.missions
		).toEqual(['DE>KZ consulate-general Almaty', 'DE>KZ consulate-general Shymkent', 'DE>KZ embassy Astana']);
	});

	it('two subjects in one sentence, each with its own mission and date', () => {
		expect(
			read(
				'en',
				'KZ',
				'The UK opened an embassy in Kazakhstan in October 1992 and Kazakhstan opened an embassy in the UK in February 1996.'
			).missions
		).toEqual(['GB>KZ embassy (capital) since 1992-10', 'KZ>GB embassy (capital) since 1996-02']);
	});

	it('a passive under a country heading, with the date of opening', () => {
		expect(read('en', 'KZ', 'Poland[edit]\n\nAn embassy was opened in Almaty in 1994.').missions).toEqual([
			'PL>KZ embassy Almaty since 1994'
		]);
	});

	it('non-resident accreditation, in both directions', () => {
		expect(
			read('en', 'KZ', 'Latvia is represented in Kazakhstan through its embassy in Moscow.').missions
		).toEqual(['LV>RU embassy Moscow for KZ']);
		expect(
			read('en', 'KZ', 'Kazakhstan is accredited to Latvia from its embassy in Vilnius.').missions
		).toEqual(['KZ>LT embassy Vilnius for LV']);
	});

	it('adjectives, possessives and "the embassy of"', () => {
		expect(read('en', 'KZ', 'The Japanese embassy in Astana was opened in 1993.').missions).toEqual([
			'JP>KZ embassy Astana since 1993'
		]);
		expect(
			read('en', 'KZ', "A Turkish consulate works in Aktau, and Kazakhstan's embassy is in Ankara.").missions
		).toEqual(['KZ>TR embassy Ankara', 'TR>KZ consulate Aktau']);
		expect(
			read('en', 'KZ', 'The Embassy of the Netherlands in Astana is on Kabanbay Batyr Avenue.').missions
		).toEqual(['NL>KZ embassy Astana']);
	});

	it('abbreviations of country names', () => {
		expect(
			read(
				'en',
				'KZ',
				'The U.S. has an embassy in Astana; the UAE and the DPRK have embassies in Astana too.'
			).missions
		).toEqual(['AE>KZ embassy Astana', 'KP>KZ embassy Astana', 'US>KZ embassy Astana']);
	});

	it('a mission that opened in one city and moved to another', () => {
		expect(
			read(
				'en',
				'KZ',
				'United States[edit]\n\nThe embassy opened in Almaty in 1992 and was moved to Astana in 2006.'
			).missions
		).toEqual(['US>KZ embassy Almaty since 1992 until 2006', 'US>KZ embassy Astana since 2006']);
	});

	it.each([
		['Diplomatic relations were established on 5 May 1993.', '1993-05-05'],
		['Diplomatic relations were established on May 5, 1993.', '1993-05-05'],
		['The two countries established diplomatic relations in 1993.', '1993'],
		['The two countries have maintained diplomatic relations since March 1993.', '1993-03']
	])('the date relations began: %s', (sentence, date) => {
		expect(read('en', 'KZ', `Mongolia[edit]\n\n${sentence}`).established).toEqual([`MN ${date}`]);
	});

	it('relations named with the partner in a general passage', () => {
		expect(
			read('en', 'MN', 'Diplomatic relations between Egypt and Mongolia were established in 1964.')
				.established
		).toEqual(['EG 1964']);
	});

	it('no diplomatic relations, and "not ... until" which is not a negation', () => {
		expect(read('en', 'KZ', 'Kazakhstan has no diplomatic relations with Bhutan and Tuvalu.').none).toEqual([
			'BT',
			'TV'
		]);
		const late = read('en', 'KZ', 'Relations with Israel were not established until 25 December 1992.');
		expect(late.none).toEqual([]);
		expect(late.established).toEqual(['IL 1992-12-25']);
	});

	it('a table with a country column and a date column', () => {
		const r = read(
			'en',
			'KG',
			'Diplomatic relations\n\n#\tCountry\tDate\n1\tTurkey\t23 December 1991\n2\tAustralia\t26 December 1991'
		);
		expect(r.established).toEqual(['AU 1991-12-26', 'TR 1991-12-23']);
	});

	it('a mission with no subject of its own takes the sender of the one before it', () => {
		expect(
			read(
				'en',
				'KZ',
				'The Kazakh embassy in Seoul opened in 1993; a consulate-general operates in Busan. The South Korean embassy is in Astana, with a consulate general in Almaty.'
			).missions
		).toEqual([
			'KR>KZ consulate-general Almaty',
			'KR>KZ embassy Astana',
			'KZ>KR consulate-general Busan',
			'KZ>KR embassy Seoul since 1993'
		]);
	});

	it('a list of cities with a city-state in it', () => {
		expect(
			read(
				'en',
				'KZ',
				'Kazakhstan has an embassy in Beijing and consulates-general in Shanghai, Hong Kong and Ürümqi.'
			).missions
		).toEqual([
			'KZ>CN consulate-general Shanghai',
			'KZ>CN consulate-general Ürümqi',
			'KZ>CN embassy Beijing',
			'KZ>HK consulate-general Hong Kong'
		]);
	});

	it('a closing date, and a sentence whose full stop the dump lost before its footnote', () => {
		expect(
			read('en', 'KZ', 'United States[edit]\n\nThe consulate in Almaty was closed in 2012.').missions
		).toEqual(['US>KZ consulate Almaty until 2012']);
		expect(
			read(
				'en',
				'TJ',
				'Relations were established on February 19, 1992 [1] In March 1992, the U.S. Embassy in Dushanbe was opened.'
			).missions
		).toEqual(['US>TJ embassy Dushanbe since 1992-03']);
	});

	it('does not place planned missions or ambassadors by name', () => {
		expect(read('en', 'KZ', 'Switzerland plans to open an embassy in Astana.').missions).toEqual([]);
		expect(read('en', 'TJ', 'Ambassador Stanley Escudero arrived in Dushanbe.').missions).toEqual([]);
	});
});

describe('Korean', () => {
	it('a subject with places and mission words, 두고 있다', () => {
		expect(read('ko', 'KZ', '미국은 아스타나에 대사관을, 알마티에 총영사관을 두고 있다.').missions).toEqual([
			'US>KZ consulate-general Almaty',
			'US>KZ embassy Astana'
		]);
	});

	it('the 주(host) (sender) 대사관 names, in both directions, glued as dumps glue links', () => {
		expect(read('ko', 'UZ', '주우즈베키스탄 대한민국 대사관주한 우즈베키스탄 대사관').missions).toEqual([
			'KR>UZ embassy (capital)',
			'UZ>KR embassy (capital)'
		]);
	});

	it('an embassy in one city and consulates-general in two others', () => {
		expect(
			read('ko', 'KZ', '러시아는 아스타나에 대사관을, 알마티와 우랄스크에 총영사관을 두고 있다.').missions
		).toEqual(['RU>KZ consulate-general Almaty', 'RU>KZ consulate-general Oral', 'RU>KZ embassy Astana']);
	});

	it('a city whose name ends like a particle (상하이), and a city-state in the list', () => {
		expect(
			read('ko', 'KZ', '카자흐스탄은 베이징에 대사관, 상하이, 홍콩, 우루무치에 총영사관을 두고 있다.')
				.missions
		).toEqual([
			'KZ>CN consulate-general Shanghai',
			'KZ>CN consulate-general Ürümqi',
			'KZ>CN embassy Beijing',
			'KZ>HK consulate-general Hong Kong'
		]);
	});

	it('a branch office and an honorary consulate', () => {
		expect(read('ko', 'TJ', '한국은 2008년 두샨베에 분관을 개설했다.').missions).toEqual([
			'KR>TJ office Dushanbe since 2008'
		]);
		expect(read('ko', 'KZ', '카자흐스탄은 부산에 명예영사관을 두고 있다.').missions).toEqual([
			'KZ>KR honorary-consulate Busan'
		]);
	});

	it.each([
		['우즈베키스탄은 1992년 1월 29일 한국과 수교했다.', 'KR 1992-01-29'],
		['우즈베키스탄은 1992년 1월 29일 한국과 수교하였다.', 'KR 1992-01-29'],
		['양국은 1992년 1월 29일 외교 관계를 수립했다.', 'KR 1992-01-29'],
		['우즈베키스탄은 1992년 1월 한국과 외교 관계를 맺었다.', 'KR 1992-01']
	])('relations: %s', (sentence, fact) => {
		expect(read('ko', 'UZ', sentence, ['KR']).established).toEqual([fact]);
	});

	it('a mission that moved, and one that was upgraded', () => {
		expect(
			read('ko', 'KZ', '대한민국은 1993년 알마티에 대사관을 개설하였고, 2006년 아스타나로 이전하였다.')
				.missions
		).toEqual(['KR>KZ embassy Almaty since 1993 until 2006', 'KR>KZ embassy Astana since 2006']);
		expect(
			read('ko', 'TJ', '한국은 2008년 개설한 두샨베 분관이 2021년 대사관으로 승격되었다.').missions
		).toEqual(['KR>TJ embassy Dushanbe since 2021', 'KR>TJ office Dushanbe since 2008 until 2021']);
	});

	it('short country names', () => {
		expect(read('ko', 'MN', '몽골은 북한과 1948년 수교하였다.').established).toEqual(['KP 1948']);
	});
});

describe('Bulgarian', () => {
	it('opening verbs: открива, създава', () => {
		expect(read('bg', 'KZ', 'През 2004 г. Казахстан открива посолство в София.').missions).toEqual([
			'KZ>BG embassy Sofia since 2004'
		]);
		expect(read('bg', 'KZ', 'През 1994 г. Полша създава посолство в Алмати.').missions).toEqual([
			'PL>KZ embassy Almaty since 1994'
		]);
	});

	it('the nominal form of establishing relations', () => {
		expect(
			read('bg', 'KZ', 'ПолшаРедактиране\n\nУстановяването на дипломатически отношения е на 12 май 1992 г.')
				.established
		).toEqual(['PL 1992-05-12']);
	});

	it('abbreviations: САЩ, КНР, ОАЕ', () => {
		expect(read('bg', 'KZ', 'САЩ, КНР и ОАЕ имат посолства в Астана.').missions).toEqual([
			'AE>KZ embassy Astana',
			'CN>KZ embassy Astana',
			'US>KZ embassy Astana'
		]);
	});

	it('a list of consulates-general, and a second subject with the mission word left out', () => {
		expect(
			read(
				'bg',
				'KZ',
				'Казахстан има посолство в Москва и генерални консулства в Санкт Петербург, Омск и Казан.'
			).missions
		).toEqual([
			'KZ>RU consulate-general Kazan',
			'KZ>RU consulate-general Omsk',
			'KZ>RU consulate-general Saint Petersburg',
			'KZ>RU embassy Moscow'
		]);
		expect(read('bg', 'KZ', 'Япония има посолство в Нур-Султан, а Казахстан - в Токио.').missions).toEqual([
			'JP>KZ embassy Astana',
			'KZ>JP embassy Tokyo'
		]);
	});

	it('the embassy of a republic by its full name', () => {
		expect(
			read('bg', 'KZ', 'Посолството на Република Казахстан в София е открито през 2004 г.').missions
		).toEqual(['KZ>BG embassy Sofia since 2004']);
	});
});
