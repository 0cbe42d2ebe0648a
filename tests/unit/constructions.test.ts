/**
 * Issue 20's general constructions, one table per rule: real sentences (the document each comes from is named in the
 * row; `walkthrough` is the sentence the second walk-through pasted into the reader) with the facts a reader takes
 * from them, written by reading the sentence. reading.test.ts holds the older constructions.
 */
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../src/lib/pipeline/read';
import { pasted, read } from '../support/read-facts';
import { aboutFromTitle } from '../../src/lib/pipeline/about';
import { countryName, findCountries, lookupCountry } from '../../src/lib/pipeline/lookup/countries';
import { documentAbbreviations } from '../../src/lib/pipeline/lookup/countries/abbreviations';
import '../../src/lib/server/atlas/gazetteer';

interface Sentence {
	source: string;
	lang: string;
	focus: string;
	about?: string[];
	text: string;
}

/** A table of sentences, each with the missions (or the dates relations began) a reader takes from it. */
const missionRows = (rows: (Sentence & { missions: string[] })[]) =>
	it.each(rows)('$lang ($source): $text', ({ lang, focus, about, text, missions }) => {
		expect(read(lang, focus, text, about).missions).toEqual(missions);
	});
const establishedRows = (rows: (Sentence & { established: string[] })[]) =>
	it.each(rows)('$lang ($source): $text', ({ lang, focus, about, text, established }) => {
		expect(read(lang, focus, text, about).established).toEqual(established);
	});

describe('a mission of unstated kind is the sender’s embassy, when the sentence names its sender', () => {
	missionRows([
		{
			source: 'en-qazinform-kazakhstan-bulgaria',
			lang: 'en',
			focus: 'KZ',
			text: 'Kazakhstan launched its diplomatic mission in Bulgaria in 2004.',
			missions: ['KZ>BG embassy (capital) since 2004']
		},
		{
			source: 'bg-diplomaticspectrum-kazakhstan-independence-day-reception',
			lang: 'bg',
			focus: 'KZ',
			about: ['BG'],
			// The city named across the comma is where the reception was, not where the mission stands.
			text: 'На 12 декември в София Хотел Балкан г-н Темиртай Избастин, управляващ дипломатическата мисия на Република Казахстан в Република България, даде прием по случай националния празник на страната.',
			missions: ['KZ>BG embassy (capital)']
		},
		{
			// No sender in the sentence: "the diplomatic representation" is not guessed to be the passage's country's.
			source: 'bg-rusofili-bulgarian-consulate-yekaterinburg',
			lang: 'bg',
			focus: 'BG',
			about: ['RU'],
			text: 'Засега функциите на шеф на дипломатическото представителство в столицата на Екатеринбург се изпълнява от съветника в посолството на България в Москва Тодор Витев.',
			missions: ['BG>RU embassy Moscow']
		}
	]);
});

describe('a chronology line: the date before the dash is the event’s', () => {
	missionRows([
		{
			source: 'en-mfakz-kazakhstan-bulgaria',
			lang: 'en',
			focus: 'KZ',
			text: 'December, 2004 – the Diplomatic Mission of the Republic of Kazakhstan in Bulgaria has started to work.',
			missions: ['KZ>BG embassy (capital) since 2004-12']
		},
		{
			source: 'en-mfakz-kazakhstan-bulgaria',
			lang: 'en',
			focus: 'KZ',
			text: 'January, 1994 – the opening of the Embassy of the Republic of Bulgaria in Almaty, Kazakhstan.',
			missions: ['BG>KZ embassy Almaty since 1994-01']
		},
		{
			source: 'inform.kz, timeline of 14 August',
			lang: 'en',
			focus: 'KZ',
			text: '2005 – In Bishkek, first President of Kazakhstan Nursultan Nazarbayev participates in the ceremony of opening the Kazakh Embassy in the Kyrgyz Republic.',
			missions: ['KZ>KG embassy (capital) since 2005']
		},
		{
			source: 'en-mfakz-kazakhstan-italy',
			lang: 'en',
			focus: 'KZ',
			text: 'In 1996 – the Embassy of the Republic of Kazakhstan in Italy was opened.',
			missions: ['KZ>IT embassy (capital) since 1996']
		}
	]);
});

describe('a chronology line about relations: its date is their start', () => {
	it('en (inform.kz, timeline of 14 August)', () => {
		const facts = read(
			'en',
			'KZ',
			'1992 – Kazakhstan and Ghana exchange notes on establishment of diplomatic relations. Ghana is Kazakhstan’s important partner in Western Africa.'
		);
		expect(facts.established).toEqual(['GH 1992']);
	});
});

describe('a mission said not to exist is not read; one the same sentence says existed is', () => {
	missionRows([
		{
			source: 'bg-actualno-sudan-honorary-consulate-sofia',
			lang: 'bg',
			focus: 'BG',
			text: 'Република Судан няма дипломатическо представителство в България от края на 2018 г., след като суданската страна обяви, че временното преустановява дейността на посолството си в София поради тежката икономическа ситуация.',
			missions: ['SD>BG embassy Sofia until 2018']
		},
		{
			source: 'walkthrough',
			lang: 'en',
			focus: 'KZ',
			text: 'Peru has no embassy in Kazakhstan.',
			missions: []
		}
	]);
});

describe('an ambassador resident in one country and accredited to others stands for the embassy', () => {
	missionRows([
		{
			source: 'walkthrough',
			lang: 'en',
			focus: 'KZ',
			text: 'Kazakhstan’s ambassador in Brasília is also accredited to Peru.',
			missions: ['KZ>BR embassy Brasília for PE']
		},
		{
			source: 'en-astanatimes-kazakh-ambassador-brazil',
			lang: 'en',
			focus: 'KZ',
			text: 'The Astana Times recently interviewed Kazakh Ambassador to Brazil Bakytzhan Ordabayev who also represents the country in Argentina and Chile.',
			missions: ['KZ>BR embassy (capital) for AR,CL']
		},
		{
			// The years are the accreditation's, not the embassy's.
			source: 'en-wikipedia-kyrgyzstan-uk',
			lang: 'en',
			focus: 'KG',
			about: ['GB'],
			text: 'From 1992 to 2012 the British Ambassador to Kazakhstan was also accredited to Kyrgyzstan.',
			missions: ['GB>KZ embassy (capital) for KG']
		},
		{
			// An ambassador to one country only, or with no sender attached, gives no mission.
			source: 'en-wikipedia-kazakhstan-uk',
			lang: 'en',
			focus: 'KZ',
			text: "Kanat Saudabayev, who currently serves as Kazakhstan's ambassador to the United States, served from November 1996 to October 1999.",
			missions: []
		},
		{
			source: 'en-astanatimes-brazilian-ambassador-astana',
			lang: 'en',
			focus: 'KZ',
			text: 'Ambassador Demétrio Bueno Carvalho, who also serves as his country’s top envoy to Kyrgyzstan and Turkmenistan, has had a long diplomatic career that has taken him to New York, Moscow, Bonn, Mexico and, most recently, London and Paris.',
			missions: []
		}
	]);
});

describe('Bulgarian "ще бъде със седалище" places a mission; "ще открие" is a plan', () => {
	missionRows([
		{
			source: 'bg-bgtourism-uzbekistan-honorary-consulate-sofia',
			lang: 'bg',
			focus: 'BG',
			text: 'Новооткритото почетно консулство на Узбекистан ще бъде със седалище в гр. София.',
			missions: ['UZ>BG honorary-consulate Sofia']
		},
		{
			source: 'bg-manager-bulgaria-honorary-consulate-cape-town',
			lang: 'bg',
			focus: 'BG',
			text: 'България ще открие почетно консулство в Република Южна Африка със седалище в Кейптаун и с консулски окръг, обхващащ територията на града.',
			missions: []
		}
	]);
});

describe('relations normalised, established in a subordinate clause, and several partners in one sentence', () => {
	establishedRows([
		{
			// Normalised relations are their start (국교를 정상화).
			source: 'cboard.net, 한중수교',
			lang: 'ko',
			focus: 'KR',
			text: '1992년 8월 24일 한국과 중국이 적대관계를 청산하고 국교를 정상화한 일.',
			established: ['CN 1992-08-24']
		},
		{
			// "…과는 1965년에 수교한 이후": the subordinate clause of establishing gives the date.
			source: 'ko.wikipedia, 대한민국의 대외 관계',
			lang: 'ko',
			focus: 'KR',
			text: '사실상 전신이 되는 대한제국을 멸망시키고 식민 지배하였던 일본과는 1965년에 수교한 이후 국교 관계를 이어오고 있다.',
			established: ['JP 1965']
		}
	]);

	// Written for these tests (as reading.test.ts's sentences are), of the constructions issue 20 names.
	it('the date of a clause of establishing belongs to the relations, not to the mission of the main clause', () => {
		expect(
			read('ko', 'KR', '대한민국은 1992년 카자흐스탄과 수교한 후 알마티에 대사관을 개설하였다.')
		).toMatchObject({ established: ['KZ 1992'], missions: ['KR>KZ embassy Almaty'] });
		expect(
			read(
				'en',
				'KZ',
				'After establishing relations with China in 1991, Kazakhstan opened an embassy in Beijing.'
			)
		).toMatchObject({ established: ['CN 1991'], missions: ['KZ>CN embassy Beijing'] });
	});

	it('several partners in one sentence: the date goes to those of its own clause', () => {
		expect(
			read(
				'en',
				'KZ',
				'Kazakhstan has diplomatic relations with China, India, Japan and Brazil, and established relations with Chile in 1993.'
			)
		).toMatchObject({ established: ['CL 1993'], relations: ['BR', 'CL', 'CN', 'IN', 'JP'] });
	});

	it('normalised relations are their start (English)', () => {
		expect(read('en', 'KZ', 'Israel and Kazakhstan normalised relations in 1992.').established).toEqual([
			'IL 1992'
		]);
	});
});

describe('Korean: hosts named together, the side that acts with 에서는 (with 공관, a mission of unstated kind), and 열었다 as an opening', () => {
	missionRows([
		{
			source: 'ko-archives-korea-central-asia-diplomacy',
			lang: 'ko',
			focus: 'KR',
			text: '우리 정부는 고려인들의 사회적 위상을 고려하여 우즈베키스탄(약 20만)과 카자흐스탄(약 10만)에 우선적으로 대사관을 개설했고, 2007년과 2008년 사이 에너지 및 자원외교 강화를 위해 나머지 국가들에도 대사관을 개설했다.',
			missions: ['KR>KZ embassy (capital)', 'KR>UZ embassy (capital)']
		},
		{
			source: 'ko-cboard-tajikistan',
			lang: 'ko',
			focus: 'TJ',
			text: '타지키스탄에서는 2015년 주한 공관을 개설했다.',
			missions: ['TJ>KR embassy (capital) since 2015']
		},
		{
			source: 'ko-wikipedia-south-korea-kazakhstan',
			lang: 'ko',
			focus: 'KR',
			about: ['KZ'],
			text: '곧 그 후 대한민국 정부는 1992년에 카자흐스탄 알마티에 주카자흐스탄 대한민국 대사관을 열었고, 카자흐스탄 정부는 1996년에 대한민국 서울에 주한 카자흐스탄 대사관을 열었다.',
			missions: ['KR>KZ embassy Almaty since 1992', 'KZ>KR embassy Seoul since 1996']
		}
	]);
});

describe('the sentences it could not read (issue 25, finding 4)', () => {
	/** Builds one pasted document about Kazakhstan, as the reader does. */
	function readPasted(text: string, lang = 'en') {
		const entry = {
			id: 'pasted',
			file: 'pasted.txt',
			title: 'Pasted',
			lang,
			source: '',
			licence: 'test',
			licenceUrl: '',
			retrieved: null,
			about: []
		};
		return readDocuments('KZ', [{ entry, file: 'pasted.txt', text }]);
	}
	/** What it read for nothing: the sentences listed, and the lines of the "read nothing" warnings. */
	function unread(text: string, lang = 'en') {
		const result = readPasted(text, lang);
		return {
			sentences: result.reading[0].sentences,
			warned: result.warnings.filter((w) => w.message.startsWith('read nothing')).map((w) => w.line)
		};
	}

	it('lists a sentence naming a country with an ambassador, mission or relations word that gives no fact', () => {
		const text = [
			'Cuba and Kazakhstan established diplomatic relations on 24 March 1992.',
			"Kazakhstan's ambassador in Brasília is also accredited to Peru.",
			'Kanat Saudabayev served as ambassador to the United States.',
			'Peru exports copper to Kazakhstan.'
		].join('\n');
		expect(unread(text)).toEqual({
			sentences: [{ line: 3, text: 'Kanat Saudabayev served as ambassador to the United States.' }],
			warned: [3]
		});
	});

	// The unseen kt.kz report of 23 February (its two sentences about ambassadors were not listed before Russian had
	// an ambassador word), then sentences written for this test in each language.
	it.each([
		{
			lang: 'ru',
			text: 'В частности, посол Казахстана в Северной Македонии Сатыбалды Буршаков встретился с министром иностранных дел и внешней торговли Северной Македонии Тимчо Муцунски.'
		},
		{
			lang: 'ru',
			text: 'Между тем посол Казахстана в Кении, постоянный представитель РК при отделении ООН в Найроби Барлыбай Садыков провел встречу с исполнительным директором программы.'
		},
		{
			// A plan word in another clause ("перспективы" of cooperation) is no plan of a mission.
			lang: 'ru',
			text: 'Послу Казахстана в Турции вручили награду, а стороны обсудили перспективы сотрудничества.'
		},
		{ lang: 'ru', text: 'Встреча с послом Казахстана в Японии прошла в Токио.' },
		{ lang: 'en', text: 'Kazakhstan’s ambassador to Kenya met the foreign minister of Kenya in Nairobi.' },
		{
			lang: 'bg',
			text: 'Посланикът на Казахстан в България се срещна с министъра на външните работи.'
		},
		{ lang: 'ko', text: '주일본 카자흐스탄 대사는 도쿄에서 일본 외무상을 만났다.' }
	])('lists an ambassador’s sentence that gives no mission ($lang): $text', ({ lang, text }) => {
		const { sentences, warned } = unread(`${text}\n`, lang);
		expect(sentences).toEqual([{ line: 1, text }]);
		expect(warned).toEqual([1]);
	});

	it('does not list a plan of a mission, nor "после" (after), which is no ambassador', () => {
		expect(unread('Казахстан планирует открыть посольство в Кении.\n', 'ru').sentences).toEqual([]);
		expect(unread('После визита в Кению делегация вернулась в Астану.\n', 'ru').sentences).toEqual([]);
	});

	it('lists a sentence that has a warning of its own, without a second warning', () => {
		const text = 'Kenya opened an embassy in Narnia in 1995.';
		const result = readPasted(text);
		expect(result.reading[0].sentences).toEqual([{ line: 1, text }]);
		expect(result.warnings.map((w) => w.message)).toEqual([
			'unknown city "Narnia": the mission is not placed'
		]);
	});
});

describe('an ambassador to countries named together stands for the embassy in the first, serving the others', () => {
	missionRows([
		{
			source: 'ru-knews-mongolia-embassy-bishkek',
			lang: 'ru',
			focus: 'KG',
			about: ['MN'],
			text: '1 ноября 2017 года Усенов Азамат, посол КР в Китае и Монголии вручил верительные грамоты президенту Монголии Халтмаагийну Баттулге.',
			missions: ['KG>CN embassy (capital) for MN']
		},
		{
			source: 'en-wikipedia-kazakhstan-uk',
			lang: 'en',
			focus: 'KZ',
			about: ['GB'],
			text: "Erlan Idrissov has served as Kazakhstan's ambassador to the United Kingdom, Ireland, Norway, Sweden, and Denmark since 18 July 2002.",
			missions: ['KZ>GB embassy (capital) for IE,NO,SE,DK']
		},
		{
			// Written for this test.
			source: 'written',
			lang: 'bg',
			focus: 'KZ',
			text: 'Посланикът на Казахстан в Унгария и Словения връчи акредитивните си писма.',
			missions: ['KZ>HU embassy (capital) for SI']
		},
		{
			// An ambassador to one country gives no mission: the title names the country of accreditation, and a
			// non-resident ambassador bears the same title, so no embassy is inferred from it.
			source: 'kt.kz, 23 February (unseen)',
			lang: 'ru',
			focus: 'KZ',
			text: 'Между тем посол Казахстана в Кении, постоянный представитель РК при отделении ООН в Найроби Барлыбай Садыков провел встречу с исполнительным директором программы.',
			missions: []
		}
	]);
});

describe('relations named without "diplomatic": Korean 관계 ... 수립, English official X-Y relations began', () => {
	establishedRows([
		{
			source: 'ko-wikipedia-south-korea-kazakhstan',
			lang: 'ko',
			focus: 'KZ',
			about: ['KR'],
			text: '대한민국카자흐스탄의 관계는 카자흐스탄 독립 직후인 1992년 1월 28일에 수립되었다.',
			established: ['KR 1992-01-28']
		},
		{
			source: 'en-rua-greece-kazakhstan-dendias',
			lang: 'en',
			focus: 'KZ',
			about: ['GR'],
			text: 'According to the Minister of Foreign Affairs, official Greek-Kazakh relations began on September 27, 1992.',
			established: ['GR 1992-09-27']
		}
	]);
});

describe('a mission’s city after 주, an embassy that only names its office, and "began operating in" as a move', () => {
	missionRows([
		{
			source: 'ko-wikipedia-south-korea-kazakhstan',
			lang: 'ko',
			focus: 'KR',
			about: ['KZ'],
			text: '대한민국은 카자흐스탄 아스타나주카자흐스탄 대한민국 대사관을 두고 있으며 알마티주알마티 대한민국 총영사관을 두고 있다.',
			missions: ['KR>KZ consulate-general Almaty', 'KR>KZ embassy (capital)']
		},
		{
			source: 'ko-wikipedia-south-korea-kazakhstan',
			lang: 'ko',
			focus: 'KR',
			about: ['KZ'],
			text: '2008년에는 대한민국 정부가 카자흐스탄 알마티에 주카자흐스탄 대한민국 대사관 알마티 분관을 설립했다.',
			missions: ['KR>KZ office Almaty since 2008']
		},
		{
			source: 'en-wikipedia-kazakhstan-mongolia',
			lang: 'en',
			focus: 'KZ',
			about: ['MN'],
			text: 'The Embassy of Mongolia to Kazakhstan, Almaty opened in September 1992 and began operating in Astana in 2010.',
			missions: ['MN>KZ embassy Almaty since 1992-09 until 2010', 'MN>KZ embassy Astana since 2010']
		}
	]);
});

describe('Korean news: "우리 대사관" is Korea’s, informal spellings of a city, and a name inside a longer word', () => {
	missionRows([
		{
			// 비쉬케크 is the informal spelling of 비슈케크 (쉬 for 슈).
			source: 'ko-ytn-korean-embassy-bishkek',
			lang: 'ko',
			focus: 'KR',
			text: '키르기스스탄 수도 비쉬케크에 우리 대사관이 개설됐습니다.',
			missions: ['KR>KG embassy Bishkek']
		},
		{
			// Written for this test: 타쉬켄트 for 타슈켄트, "우리 공관" with a mission of unstated kind.
			source: 'written',
			lang: 'ko',
			focus: 'KR',
			text: '1993년 타쉬켄트에 우리 공관이 설치되었다.',
			missions: ['KR>UZ embassy Tashkent since 1993']
		},
		{
			// 주말리예노프 is a deputy prime minister's surname, not 주(stationed in) 말리 (Mali).
			source: 'ko-ytn-korean-embassy-bishkek',
			lang: 'ko',
			focus: 'KR',
			text: '지난 23일에 열린 기념식에는 누루한 주말리예노프 부총리 등 정관계 인사를 비롯한 각국의 대사 2백여명이 참석해 한국공관의 개설을 축하했습니다.',
			missions: []
		}
	]);

	it('reads 주말리 with a particle or the mission after it as Mali', async () => {
		const { findCountries } = await import('../../src/lib/pipeline/lookup/countries');
		const codes = (text: string) => findCountries(text, 'ko').map((c) => c.code);
		expect(codes('주말리 대한민국 대사관')).toEqual(['ML', 'KR']);
		expect(codes('주말리대사관')).toEqual(['ML']);
		expect(codes('누루한 주말리예노프 부총리')).toEqual([]);
		// "우리" before an institution is Korea; "우리는" (we) is no country.
		expect(codes('우리 정부와 우리 대사관')).toEqual(['KR', 'KR']);
		expect(codes('우리는 협력했다')).toEqual([]);
	});
});

describe('countries named before as a group: a count, a plural, the rest of a list', () => {
	it('Korean: 이들 국가들 and N개국 stand for the list named before (ko-hankyung-central-asia-30-years)', () => {
		const text = [
			'정의용 외교부 장관이 28일 수교 30주년을 맞은 카자흐스탄, 우즈베키스탄, 키르기스스탄, 몰도바 등 4개국 외교장관과 축하 서한을 교환했다.',
			'',
			'이날 축하 서한을 주고받은 국가들은 1992년 1월에 수교한 중앙아시아의 주요국으로, 우리 정부의 신북방정책 협력국이기도 하다.'
		].join('\n');
		expect(read('ko', 'KR', text).established).toEqual([
			'KG 1992-01',
			'KZ 1992-01',
			'MD 1992-01',
			'UZ 1992-01'
		]);
	});

	it('Korean: 중앙아시아 5개국 is the list of five named before, and 나머지 국가들 those the sentence does not name (ko-archives-korea-central-asia-diplomacy)', () => {
		const text = [
			'소련에서 분리 독립한 카자흐스탄, 우즈베키스탄, 키르기스스탄, 타지키스탄, 투르크메니스탄 5개국 정상들이 1993년 ‘-스탄(-stan)이 들어가는 역내 5개국을 중앙아시아로 칭하기로 합의했다.',
			'한국과 중앙아시아 5개국과의 외교관계는 소련이 공식적으로 붕괴 된 후인 1992년 초 수립되었다. 우리 정부는 고려인들의 사회적 위상을 고려하여 우즈베키스탄(약 20만)과 카자흐스탄(약 10만)에 우선적으로 대사관을 개설했고, 2007년과 2008년 사이 에너지 및 자원외교 강화를 위해 나머지 국가들에도 대사관을 개설했다.'
		].join('\n');
		expect(read('ko', 'KR', text)).toMatchObject({
			established: ['KG 1992', 'KZ 1992', 'TJ 1992', 'TM 1992', 'UZ 1992'],
			// "Between 2007 and 2008" dates none of them to one year.
			missions: [
				'KR>KG embassy (capital)',
				'KR>KZ embassy (capital)',
				'KR>TJ embassy (capital)',
				'KR>TM embassy (capital)',
				'KR>UZ embassy (capital)'
			]
		});
	});

	// Written for this test, in the other languages.
	it.each([
		{
			lang: 'en',
			focus: 'JP',
			text: 'Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan declared independence in 1991. Japan established diplomatic relations with these five countries in January 1992.',
			established: ['KG 1992-01', 'KZ 1992-01', 'TJ 1992-01', 'TM 1992-01', 'UZ 1992-01']
		},
		{
			lang: 'ru',
			focus: 'KR',
			text: 'В 1991 году Казахстан, Киргизия и Таджикистан провозгласили независимость. Республика Корея установила дипломатические отношения с этими странами в январе 1992 года.',
			established: ['KG 1992-01', 'KZ 1992-01', 'TJ 1992-01']
		},
		{
			lang: 'bg',
			focus: 'BG',
			text: 'Казахстан, Киргизстан и Узбекистан обявиха независимост през 1991 г. България установи дипломатически отношения с тези държави през 1992 г.',
			established: ['KG 1992', 'KZ 1992', 'UZ 1992']
		},
		{
			// "The two countries" is the pair the text is about, not the last two named.
			lang: 'en',
			focus: 'KZ',
			text: 'Erlan Idrissov also met the ministers of Ireland and Norway. The two countries established diplomatic relations on 19 January 1992.',
			established: []
		}
	])('$lang: $text', ({ lang, focus, text, established }) => {
		expect(read(lang, focus, text).established).toEqual(established);
	});

	it('the rest of a list that the sentence names whole is no one (ru)', () => {
		expect(
			read(
				'ru',
				'KZ',
				'Казахстан открыл посольства в Германии, Франции и Италии. В остальных странах Европы действуют почётные консульства.'
			).missions
		).toEqual(['KZ>DE embassy (capital)', 'KZ>FR embassy (capital)', 'KZ>IT embassy (capital)']);
	});
});

describe('hosts listed after a mission word: each is a host', () => {
	missionRows([
		{
			source: 'written',
			lang: 'en',
			focus: 'KZ',
			text: 'Kazakhstan opened embassies in Germany, France and Italy in 1993.',
			missions: [
				'KZ>DE embassy (capital) since 1993',
				'KZ>FR embassy (capital) since 1993',
				'KZ>IT embassy (capital) since 1993'
			]
		}
	]);
});

describe('Russian adjectives of nationality, made by rule from the country names, name the sender', () => {
	// Written for this test.
	missionRows([
		{
			source: 'written',
			lang: 'ru',
			focus: 'KZ',
			text: 'Российское посольство в Астане открылось в 1992 году.',
			missions: ['RU>KZ embassy Astana since 1992']
		},
		{
			source: 'written',
			lang: 'ru',
			focus: 'KZ',
			text: 'Сотрудники монгольского посольства в Астане встретились с журналистами.',
			missions: ['MN>KZ embassy Astana']
		},
		{
			source: 'written',
			lang: 'ru',
			focus: 'KZ',
			text: 'Казахстанское генеральное консульство в Стамбуле работает с 1996 года.',
			missions: ['KZ>TR consulate-general Istanbul since 1996']
		},
		{
			// A bare name after a preposition is where the mission is, not whose.
			source: 'written',
			lang: 'ru',
			focus: 'KZ',
			text: 'В Казахстане посольство Японии открыто в 1993 году.',
			missions: ['JP>KZ embassy (capital) since 1993']
		}
	]);

	it('finds the adjectives of regular names in every case, and no adjective of a word that is no country', async () => {
		const { findAdjectives } = await import('../../src/lib/pipeline/lookup/countries');
		const codes = (text: string) => findAdjectives(text, 'ru').map((c) => c.code);
		expect(codes('российского, японским, китайской, индийскую, итальянских, израильском')).toEqual([
			'RU',
			'JP',
			'CN',
			'IN',
			'IT',
			'IL'
		]);
		expect(codes('азиатское, европейское, советское, московское, президентское')).toEqual([]);
	});

	it('finds the irregular ones of the list, a stem in -с with -к alone, and the first part of a compound', async () => {
		const { findAdjectives } = await import('../../src/lib/pipeline/lookup/countries');
		const codes = (text: string) => findAdjectives(text, 'ru').map((c) => c.code);
		expect(codes('турецкого, белорусским, американской, польское, французских')).toEqual([
			'TR',
			'BY',
			'US',
			'PL',
			'FR'
		]);
		expect(codes('казахстанско-белорусские, российско-китайская')).toEqual(['KZ', 'BY', 'RU', 'CN']);
		expect(codes('дипломатическое, политических, экономическую, английский язык')).toEqual([]);
	});
});

describe('Bulgarian adjectives of nationality, made by rule from the country names or listed, name the sender', () => {
	// Written for this test.
	missionRows([
		{
			source: 'written',
			lang: 'bg',
			focus: 'KZ',
			text: 'Турското посолство в Алмати е открито през 1992 г.',
			missions: ['TR>KZ embassy Almaty since 1992']
		},
		{
			source: 'written',
			lang: 'bg',
			focus: 'KZ',
			text: 'Руското генерално консулство в Алмати работи от 1994 г.',
			missions: ['RU>KZ consulate-general Almaty since 1994']
		},
		{
			source: 'written',
			lang: 'bg',
			focus: 'KZ',
			text: 'Българското посолство в Астана е открито през 2004 г.',
			missions: ['BG>KZ embassy Astana since 2004']
		}
	]);

	it('finds them in every form, definite ones included, and no adjective of a word that is no country', async () => {
		const { findAdjectives } = await import('../../src/lib/pipeline/lookup/countries');
		const codes = (text: string) => findAdjectives(text, 'bg').map((c) => c.code);
		expect(
			codes(
				'турското, беларуските, руския, българско, казахстанските, френски, китайското, италианското, индийския'
			)
		).toEqual(['TR', 'BY', 'RU', 'BG', 'KZ', 'FR', 'CN', 'IT', 'IN']);
		expect(
			codes('дипломатически, икономическо, политическите, европейски, московски, книжка, връзка, градски')
		).toEqual([]);
	});
});

describe('a compound of two adjectives of nationality names both sides of the relations', () => {
	// Written for this test, in the form of the Russian and Bulgarian Wikipedias' bilateral articles.
	establishedRows([
		{
			source: 'written',
			lang: 'ru',
			focus: 'KZ',
			text: 'Казахстанско-белорусские дипломатические отношения установлены 16 сентября 1993 года.',
			established: ['BY 1993-09-16']
		},
		{
			source: 'written',
			lang: 'ru',
			focus: 'KZ',
			text: 'Казахстанско-турецкие дипломатические отношения были установлены 2 марта 1992 года.',
			established: ['TR 1992-03-02']
		},
		{
			source: 'written',
			lang: 'bg',
			focus: 'KZ',
			text: 'Казахстанско-турските дипломатически отношения са установени на 2 март 1992 г.',
			established: ['TR 1992-03-02']
		},
		{
			source: 'written',
			lang: 'bg',
			focus: 'KZ',
			text: 'Казахстанско-беларуските дипломатически отношения са установени на 16 септември 1993 г.',
			established: ['BY 1993-09-16']
		},
		{
			source: 'written',
			lang: 'en',
			focus: 'KZ',
			text: 'Kazakh–Turkish diplomatic relations were established on 2 March 1992.',
			established: ['TR 1992-03-02']
		},
		{
			// Two other countries' relations are not the focus's.
			source: 'written',
			lang: 'ru',
			focus: 'KZ',
			text: 'Российско-китайские дипломатические отношения установлены в 1949 году.',
			established: []
		}
	]);

	it('a title of that form names the pair the document is about', () => {
		expect(aboutFromTitle('Казахстанско-белорусские отношения', 'ru', 'KZ')).toEqual(['BY']);
		expect(aboutFromTitle('Казахстанско-турските отношения', 'bg', 'KZ')).toEqual(['TR']);
	});
});

describe('a move stated in parentheses: the city where the mission stands since a date', () => {
	missionRows([
		{
			source: 'en-mfakz-kazakhstan-italy',
			lang: 'en',
			focus: 'KZ',
			text: 'In October, 1992 – the Embassy of the Italian Republic in the Republic of Kazakhstan was opened (since April, 2005 is in Astana).',
			missions: ['IT>KZ embassy (capital) since 1992-10 until 2005-04', 'IT>KZ embassy Astana since 2005-04']
		},
		{
			// Written for this test.
			source: 'written',
			lang: 'ru',
			focus: 'KZ',
			text: 'Посольство Турции в Казахстане открыто в 1992 году в Алма-Ате (с 2006 года — в Астане).',
			missions: ['TR>KZ embassy Almaty since 1992 until 2006', 'TR>KZ embassy Astana since 2006']
		}
	]);
});

describe('"relations between X and Y began in YEAR" dates the relations; "began to deteriorate" does not', () => {
	establishedRows([
		{
			source: 'en-teknopedia-afghanistan-kazakhstan',
			lang: 'en',
			focus: 'KZ',
			text: 'Relations between Afghanistan and Kazakhstan began in 1992.',
			established: ['AF 1992']
		},
		{
			source: 'constructed',
			lang: 'en',
			focus: 'KZ',
			text: 'Relations between Chile and Kazakhstan began on 24 June 1993.',
			established: ['CL 1993-06-24']
		},
		{
			source: 'constructed',
			lang: 'en',
			focus: 'KZ',
			text: 'In 1994, relations between Kazakhstan and Peru began.',
			established: ['PE 1994']
		},
		{
			source: 'constructed',
			lang: 'en',
			focus: 'KZ',
			text: 'Diplomatic relations between Kazakhstan and the Republic of Korea were first established on 28 January 1992.',
			established: ['KR 1992-01-28']
		},
		{
			source: 'constructed',
			lang: 'en',
			focus: 'KZ',
			text: 'Relations between Kazakhstan and Georgia began to deteriorate in 2008.',
			established: []
		},
		{
			// "commenced when …": no date of the relations' start.
			source: 'en-wikizero-kazakhstan-serbia',
			lang: 'en',
			focus: 'KZ',
			text: 'Relations between the two nations first commenced when Kazakhstan was a constituent republic of the Soviet Union, and Serbia was a constituent republic of Yugoslavia.',
			established: []
		}
	]);
});

describe('"would be opening", "was to open", "is going to open": a planned mission, not one that exists', () => {
	missionRows([
		{
			source: 'en-explained-kazakhstan-mexico',
			lang: 'en',
			focus: 'KZ',
			text: 'In January 2023, Mexico announced it would be opening an embassy in Astana in 2023.',
			missions: []
		},
		{
			source: 'constructed',
			lang: 'en',
			focus: 'KZ',
			text: 'The Foreign Ministry said in 2019 that Brazil would soon be opening a consulate in Almaty.',
			missions: []
		},
		{
			source: 'constructed',
			lang: 'en',
			focus: 'KZ',
			text: 'Kazakhstan was to open an embassy in Hanoi in 2011.',
			missions: []
		},
		{
			source: 'constructed',
			lang: 'en',
			focus: 'KZ',
			text: 'Kazakhstan is going to open an embassy in Lima.',
			missions: []
		},
		{
			// The same sentence stated as done is a mission.
			source: 'constructed',
			lang: 'en',
			focus: 'KZ',
			text: 'Kazakhstan opened an embassy in Hanoi in 2011.',
			missions: ['KZ>VN embassy Hanoi since 2011']
		}
	]);
});

describe('a city whose name holds its country’s ("Mexico City", "Kuwait City") is the city, not the country', () => {
	missionRows([
		{
			source: 'en-explained-kazakhstan-mexico',
			lang: 'en',
			focus: 'KZ',
			text: 'In 2016, Kazakhstan opened a resident embassy in Mexico City.',
			missions: ['KZ>MX embassy Mexico City since 2016']
		},
		{
			source: 'constructed',
			lang: 'en',
			focus: 'KZ',
			text: 'Kazakhstan opened its embassy in Kuwait City in 2010.',
			missions: ['KZ>KW embassy Kuwait City since 2010']
		},
		{
			source: 'constructed',
			lang: 'en',
			focus: 'KZ',
			text: 'Kazakhstan opened an honorary consulate in Guatemala City in 2014.',
			missions: ['KZ>GT honorary-consulate Guatemala City since 2014']
		}
	]);
});

describe('"its Hungarian embassy" is its embassy in Hungary; "the Hungarian embassy" is Hungary’s', () => {
	missionRows([
		{
			// The consulate takes the city; the embassy that owns it stands in the country the adjective names, undated.
			source: 'en-wikizero-kazakhstan-serbia',
			lang: 'en',
			focus: 'KZ',
			text: 'In early June 2015 Kazakhstan opened a consulate of its Hungarian embassy in Belgrade, and named Milanka Karić honorary consul of Kazakhstan to Serbia.',
			missions: ['KZ>HU embassy (capital)', 'KZ>RS honorary-consulate Belgrade since 2015-06']
		},
		{
			source: 'constructed',
			lang: 'en',
			focus: 'KZ',
			text: 'In 2012 Kazakhstan opened a consulate of its Austrian embassy in Bratislava.',
			missions: ['KZ>AT embassy (capital)', 'KZ>SK consulate Bratislava since 2012']
		},
		{
			source: 'constructed',
			lang: 'en',
			focus: 'KZ',
			text: 'Kazakhstan opened its Austrian embassy in Vienna in 1993.',
			missions: ['KZ>AT embassy Vienna since 1993']
		},
		{
			source: 'constructed',
			lang: 'en',
			focus: 'KZ',
			text: 'The Hungarian embassy in Astana opened in 1994.',
			missions: ['HU>KZ embassy Astana since 1994']
		}
	]);
});

describe('a consulate and an honorary consul named for it in one sentence are one honorary consulate', () => {
	missionRows([
		{
			source: 'constructed',
			lang: 'en',
			focus: 'KZ',
			text: 'In 2018 Kazakhstan opened a consulate in Porto, and appointed João Silva honorary consul of Kazakhstan to Portugal.',
			missions: ['KZ>PT honorary-consulate Porto since 2018']
		},
		{
			// Two consulates: which one the honorary consul heads is not said, so nothing is merged.
			source: 'constructed',
			lang: 'en',
			focus: 'KZ',
			text: 'Kazakhstan opened consulates in Porto and Braga, and appointed João Silva honorary consul of Kazakhstan to Portugal.',
			missions: ['KZ>PT consulate Braga', 'KZ>PT consulate Porto', 'KZ>PT honorary-consulate (capital)']
		}
	]);
});

describe('countries named in an aside ("…, which would later become …,") are not partners of the relations', () => {
	it.each([
		{
			source: 'en-wikizero-kazakhstan-serbia',
			about: ['RS'],
			text: 'Relations between the newly independent Republic of Kazakhstan and the Federal Republic of Yugoslavia, which would later become the State Union of Serbia and Montenegro, were first established on 10 December 1996.',
			established: ['RS 1996-12-10']
		},
		{
			source: 'constructed',
			about: [],
			text: 'Kazakhstan established diplomatic relations with Laos, which borders China and Vietnam, on 14 March 1992.',
			established: ['LA 1992-03-14']
		}
	])('en ($source): $text', ({ about, text, established }) => {
		expect(read('en', 'KZ', text, about).established).toEqual(established);
	});
});

describe('"relations between X and Y began / were established" in Russian and Bulgarian', () => {
	establishedRows([
		{
			source: 'constructed',
			lang: 'ru',
			focus: 'KZ',
			text: 'Отношения между Казахстаном и Чили были установлены 24 июня 1993 года.',
			established: ['CL 1993-06-24']
		},
		{
			source: 'constructed',
			lang: 'ru',
			focus: 'KZ',
			text: 'Отношения между Казахстаном и Перу начались в 1994 году.',
			established: ['PE 1994']
		},
		{
			source: 'constructed',
			lang: 'ru',
			focus: 'KZ',
			text: 'Отношения с Грузией начали ухудшаться в 2008 году.',
			established: []
		},
		{
			source: 'constructed',
			lang: 'bg',
			focus: 'KZ',
			text: 'Отношенията между България и Казахстан започват през 1992 г.',
			established: ['BG 1992']
		},
		{
			source: 'constructed',
			lang: 'bg',
			focus: 'BG',
			text: 'Отношенията между България и Чили са установени на 24 юни 1993 г.',
			established: ['CL 1993-06-24']
		},
		{
			source: 'constructed',
			lang: 'bg',
			focus: 'KZ',
			text: 'Отношенията между България и Казахстан започват да се влошават през 2008 г.',
			established: []
		}
	]);
});

describe('"both countries have embassies" in a text about a pair: an embassy each way, in the capitals', () => {
	// The common closing line of a bilateral article's lead (my own sentences, in the articles' words). With no pair
	// known and no place named, nothing is placed (the last row): the sentence is listed as unread instead.
	missionRows([
		{
			source: 'mine',
			lang: 'en',
			focus: 'KZ',
			about: ['LV'],
			text: 'Both countries have resident embassies.',
			missions: ['KZ>LV embassy (capital)', 'LV>KZ embassy (capital)']
		},
		{
			source: 'mine',
			lang: 'en',
			focus: 'KZ',
			about: ['LV'],
			text: 'The two countries opened embassies in 1996.',
			missions: ['KZ>LV embassy (capital) since 1996', 'LV>KZ embassy (capital) since 1996']
		},
		{
			source: 'mine',
			lang: 'en',
			focus: 'KZ',
			about: ['LV'],
			text: 'Each country has an embassy in the other.',
			missions: ['KZ>LV embassy (capital)', 'LV>KZ embassy (capital)']
		},
		{
			source: 'mine',
			lang: 'ru',
			focus: 'KZ',
			about: ['BY'],
			text: 'В обеих странах открыты посольства.',
			missions: ['BY>KZ embassy (capital)', 'KZ>BY embassy (capital)']
		},
		{
			source: 'mine',
			lang: 'ru',
			focus: 'KZ',
			about: ['BY'],
			text: 'Обе страны имеют посольства.',
			missions: ['BY>KZ embassy (capital)', 'KZ>BY embassy (capital)']
		},
		{
			source: 'mine',
			lang: 'bg',
			focus: 'KZ',
			about: ['LV'],
			text: 'Двете страни имат посолства.',
			missions: ['KZ>LV embassy (capital)', 'LV>KZ embassy (capital)']
		},
		{
			source: 'mine',
			lang: 'en',
			focus: 'KZ',
			text: 'Both countries have resident embassies.',
			missions: []
		}
	]);
});

describe('a reader’s document: the pair it is about comes from its title', () => {
	it.each([
		['en', 'Kazakhstan–Latvia relations', ['LV']],
		['en', 'Greek-Kazakh relations', ['GR']],
		['ru', 'Отношения Казахстана и Белоруссии', ['BY']],
		['bg', 'Отношения между Казахстан и България', ['BG']],
		['ko', '미국-카자흐스탄 관계', ['US']],
		// Not a pair: no other country, or more than one, or the focus not named.
		['en', 'Foreign relations of Kazakhstan', []],
		['en', 'Kazakhstan, Russia and China sign a treaty', []],
		['en', 'Latvia opens an honorary consulate', []]
	])('%s: %s', (lang, title, about) => {
		expect(aboutFromTitle(title, lang, 'KZ')).toEqual(about);
	});

	it('so that "both countries have resident embassies" is placed in a pasted article', () => {
		const doc = pasted(
			'Kazakhstan–Latvia relations are the bilateral relations between Kazakhstan and Latvia. Both countries have resident embassies.',
			'Kazakhstan–Latvia relations'
		);
		const missions = doc.atlas.missions.map((m) => `${m.sender}>${m.host} ${m.kind}`).sort();
		expect(missions).toEqual(['KZ>LV embassy', 'LV>KZ embassy']);
	});
});

describe('a sentence that opens on "established" and names no one continues the sentence before', () => {
	establishedRows([
		{
			// Russian Wikipedia's opening of a bilateral article.
			source: 'ru-wikipedia-kazakhstan-tajikistan',
			lang: 'ru',
			focus: 'KZ',
			about: ['TJ'],
			text: 'Казахстанско-таджикистанские отношения — двусторонние дипломатические отношения между Республикой Казахстан и Республикой Таджикистан. Установлены 7 января 1993 года.',
			established: ['TJ 1993-01-07']
		},
		{
			// The same with no pair known: the sentence before names it.
			source: 'mine',
			lang: 'ru',
			focus: 'KZ',
			text: 'Казахстанско-латвийские отношения — двусторонние дипломатические отношения между Казахстаном и Латвией. Установлены 3 июня 1992 года.',
			established: ['LV 1992-06-03']
		},
		{
			source: 'mine',
			lang: 'en',
			focus: 'KZ',
			text: 'Kazakhstan and Latvia have diplomatic relations. Established in 1992, they have grown since.',
			established: ['LV 1992']
		},
		{
			// A sentence between that is not about relations breaks the thread.
			source: 'mine',
			lang: 'ru',
			focus: 'KZ',
			text: 'Казахстан и Латвия поддерживают дипломатические отношения. Обе страны — члены ОБСЕ. Установлены контакты в 1995 году.',
			established: []
		}
	]);
});

describe('a country written in full once and then by its initials ("Республика Таджикистан" … "РТ")', () => {
	// The Kazakh foreign ministry's chronologies of a partner write the two republics as РК and РТ after the title
	// names them in full (gov.kz, "Сотрудничество Республики Казахстан с Республикой Таджикистан").
	const title = 'Сотрудничество Республики Казахстан с Республикой Таджикистан\n\n';
	missionRows([
		{
			source: 'gov.kz',
			lang: 'ru',
			focus: 'KZ',
			text: `${title}- 17 июня 1993 г. открыто посольство РТ в РК.`,
			missions: ['TJ>KZ embassy (capital) since 1993-06-17']
		},
		{
			source: 'gov.kz',
			lang: 'ru',
			focus: 'KZ',
			text: `${title}- 4 октября 2000 г. открыто Посольство РК в РТ.`,
			missions: ['KZ>TJ embassy (capital) since 2000-10-04']
		},
		{
			// Initials the text never writes in full mean nothing ("РТ" with no Республика Таджикистан).
			source: 'mine',
			lang: 'ru',
			focus: 'KZ',
			text: '17 июня 1993 г. открыто посольство РТ в Астане.',
			missions: []
		},
		{
			source: 'mine',
			lang: 'en',
			focus: 'KZ',
			text: 'The Republic of Kazakhstan and the Republic of Latvia signed a treaty. The embassy of the RL in Astana opened in 2005.',
			missions: ['LV>KZ embassy Astana since 2005']
		}
	]);

	it.each([
		// Two countries with the same initials: the initials stand for neither.
		['en', 'The Republic of Korea and the Republic of Kazakhstan. The RK embassy opened in 2005.', []],
		// A company's "SA" is not Saudi Arabia's, though the text names Saudi Arabia: a common name alone is not
		// abbreviated.
		['en', 'Saudi Arabia signed with Gazprom SA.', []],
		['bg', 'Посолството на Република България. РБ и Казахстан.', [['РБ', 'BG']]]
	])('%s: %s', (lang, text, expected) => {
		const found = documentAbbreviations(
			text,
			findCountries(text, lang),
			(a) => lookupCountry(a, lang) !== null,
			(code) => countryName(code, lang)
		);
		expect([...found]).toEqual(expected);
	});
});

describe('a mission dated by "started its functioning"; a month after "in" is a date, not an unknown city', () => {
	missionRows([
		{
			// The Tajik foreign ministry's page on relations with Kazakhstan (mfa.tj, in English).
			source: 'mfa.tj',
			lang: 'en',
			focus: 'KZ',
			text: 'Diplomatic Mission of the Republic of Tajikistan in the Republic of Kazakhstan started its functioning in June, 1993.',
			missions: ['TJ>KZ embassy (capital) since 1993-06']
		},
		{
			// Kazinform, 5 May 2023.
			source: 'inform.kz',
			lang: 'en',
			focus: 'KZ',
			text: 'Kazakhstan’s diplomatic mission in Dushanbe has been functioning since April 1998, but it was granted the status of an embassy in January 2001.',
			missions: ['KZ>TJ embassy Dushanbe since 1998-04']
		}
	]);

	it('says nothing of an unknown city "January"', () => {
		const { warnings } = pasted(
			'Kazakhstan’s diplomatic mission in Dushanbe has been functioning since April 1998, but it was granted the status of an embassy in January 2001.',
			'Kazakhstan–Tajikistan relations'
		);
		expect(warnings.map((w) => w.message)).toEqual([]);
	});
});

describe('a mission upgraded: the old kind ends and the new one begins where it stood', () => {
	// Written for this test in the style of the ministries' chronologies, except where a row names its source.
	missionRows([
		{
			source: 'written',
			lang: 'en',
			focus: 'KZ',
			text: 'The Consulate General of Kazakhstan in Dushanbe was upgraded to an embassy in 2000.',
			missions: ['KZ>TJ consulate-general Dushanbe until 2000', 'KZ>TJ embassy Dushanbe since 2000']
		},
		{
			source: 'written',
			lang: 'en',
			focus: 'KZ',
			text: 'The Consulate General of Kazakhstan in Dushanbe received embassy status in 2000.',
			missions: ['KZ>TJ consulate-general Dushanbe until 2000', 'KZ>TJ embassy Dushanbe since 2000']
		},
		{
			// The upgrade in a sentence of its own: "it" is the passage's last mission.
			source: 'written',
			lang: 'en',
			focus: 'KZ',
			about: ['TJ'],
			text: 'In 1995 Kazakhstan opened a consulate general in Dushanbe. In 2000 it was granted the status of an embassy.',
			missions: [
				'KZ>TJ consulate-general Dushanbe since 1995 until 2000',
				'KZ>TJ embassy Dushanbe since 2000'
			]
		},
		{
			source: 'written',
			lang: 'ru',
			focus: 'KZ',
			text: 'В 2000 году Генеральное консульство Казахстана в Душанбе было преобразовано в посольство.',
			missions: ['KZ>TJ consulate-general Dushanbe until 2000', 'KZ>TJ embassy Dushanbe since 2000']
		},
		{
			source: 'written',
			lang: 'ru',
			focus: 'KZ',
			about: ['TJ'],
			text: 'В 1995 году в Душанбе открыто Генеральное консульство Республики Казахстан. В 2000 году оно получило статус посольства.',
			missions: [
				'KZ>TJ consulate-general Dushanbe since 1995 until 2000',
				'KZ>TJ embassy Dushanbe since 2000'
			]
		},
		{
			source: 'written',
			lang: 'bg',
			focus: 'KZ',
			text: 'През 2000 г. генералното консулство на Казахстан в Душанбе е преобразувано в посолство.',
			missions: ['KZ>TJ consulate-general Dushanbe until 2000', 'KZ>TJ embassy Dushanbe since 2000']
		},
		{
			source: 'written',
			lang: 'bg',
			focus: 'KZ',
			about: ['TJ'],
			text: 'През 1995 г. Казахстан открива генерално консулство в Душанбе. През 2000 г. то получава статут на посолство.',
			missions: [
				'KZ>TJ consulate-general Dushanbe since 1995 until 2000',
				'KZ>TJ embassy Dushanbe since 2000'
			]
		},
		{
			// Korean Wikipedia, 대한민국-카자흐스탄 관계: the new mission named in full in the branch office's city.
			source: 'ko-wikipedia-south-korea-kazakhstan',
			lang: 'ko',
			focus: 'KR',
			about: ['KZ'],
			text: '2008년에는 대한민국 정부가 카자흐스탄 알마티에 주카자흐스탄 대한민국 대사관 알마티 분관을 설립했는데, 이는 이후 2015년에 주알마티 대한민국 총영사관으로 승격되었다.',
			missions: ['KR>KZ consulate-general Almaty since 2015', 'KR>KZ office Almaty since 2008 until 2015']
		},
		{
			source: 'written',
			lang: 'ko',
			focus: 'KZ',
			about: ['TJ'],
			text: '카자흐스탄은 1997년 두샨베에 대표부를 개설하였고, 2000년 대사관으로 승격되었다.',
			missions: ['KZ>TJ embassy Dushanbe since 2000', 'KZ>TJ office Dushanbe since 1997 until 2000']
		},
		{
			// Another sender's mission is not the passage's last one.
			source: 'written',
			lang: 'en',
			focus: 'KZ',
			about: ['TJ'],
			text: 'Kazakhstan opened a consulate general in Dushanbe in 1995. In 2001 the consulate of Uzbekistan was granted the status of an embassy.',
			missions: ['KZ>TJ consulate-general Dushanbe since 1995']
		}
	]);
});

describe('a mission of unstated kind, then its embassy: one embassy, since the mission opened', () => {
	/** The atlas's missions from a pasted document (the sentences of one mission merged). */
	const atlasMissions = (text: string, title: string, lang: string) =>
		pasted(text, title, lang).atlas.missions.map(
			(m) => `${m.sender}>${m.host} ${m.kind} ${m.cityStated ? m.city : '(capital)'} since ${m.since}`
		);

	it.each([
		[
			'ru',
			'Казахстанско-таджикистанские отношения',
			// The Kazakh ministry's form: the republics named in full, then by their initials.
			'Посольство Республики Казахстан в Республике Таджикистан расположено в Душанбе. Дипломатическая миссия РК в РТ открыта в 1997 году. В 2000 году миссия получила статус посольства.',
			['KZ>TJ embassy Dushanbe since 1997']
		],
		[
			'ru',
			'Казахстанско-таджикистанские отношения',
			'Дипломатическая миссия Республики Казахстан в Республике Таджикистан открыта в 1997 году. Посольство Республики Казахстан в Республике Таджикистан открыто в 2000 году.',
			['KZ>TJ embassy (capital) since 1997']
		],
		[
			'en',
			'Kazakhstan–Tajikistan relations',
			'Kazakhstan opened a diplomatic mission in Dushanbe in 1997. In 2000 the mission was granted the status of an embassy.',
			['KZ>TJ embassy Dushanbe since 1997']
		],
		[
			'bg',
			'Отношения между Казахстан и Таджикистан',
			'През 1997 г. Казахстан открива дипломатическа мисия в Душанбе. През 2000 г. мисията получава статут на посолство.',
			['KZ>TJ embassy Dushanbe since 1997']
		]
	])('%s: %s', (lang, title, text, missions) => {
		expect(atlasMissions(text, title, lang)).toEqual(missions);
	});
});

describe('a heading that names a mission, its sender and its city states that mission', () => {
	// Written for this test in the form of the Russian and English Wikipedias' dumps (a heading with its edit link).
	const body =
		'Консульский округ охватывает юг страны и включает несколько областей. Приём граждан ведётся по будним дням.';
	missionRows([
		{
			source: 'written',
			lang: 'ru',
			focus: 'KZ',
			text: `История\n\nОтношения развиваются.\n\nГенеральное консульство Республики Беларусь в Алматы[править | править код]\n\n${body}`,
			missions: ['BY>KZ consulate-general Almaty']
		},
		{
			source: 'written',
			lang: 'en',
			focus: 'KZ',
			text: 'Embassy of Japan in Astana[edit]\n\nIt stands on Syganak Street, near the river.',
			missions: ['JP>KZ embassy Astana']
		},
		{
			// No city: the heading names a subject, not a mission in a place.
			source: 'written',
			lang: 'ru',
			focus: 'KZ',
			text: `Посольство Республики Беларусь[править | править код]\n\n${body}`,
			missions: []
		},
		{
			// No sender.
			source: 'written',
			lang: 'ru',
			focus: 'KZ',
			text: `Генеральное консульство в Алматы[править | править код]\n\n${body}`,
			missions: []
		},
		{
			// A plan.
			source: 'written',
			lang: 'ru',
			focus: 'KZ',
			text: `Россия откроет генконсульство в Актау[править | править код]\n\n${body}`,
			missions: []
		}
	]);

	it('quotes the heading as the mission’s sentence where no sentence states it, and only the sentence where one does', () => {
		const quote = (text: string) => {
			const doc = pasted(text, 'Казахстанско-белорусские отношения', 'ru');
			const [m, ...more] = doc.atlas.missions;
			expect(more).toEqual([]);
			return [m.span, ...m.alsoStated].map((s) => doc.atlas.documents[0].text.slice(s.start, s.end));
		};
		expect(quote(`Генеральное консульство Республики Беларусь в Алматы\n\n${body}`)).toEqual([
			'Генеральное консульство Республики Беларусь в Алматы'
		]);
		expect(
			quote(
				`Генеральное консульство Республики Беларусь в Алматы\n\nГенеральное консульство Беларуси в Алматы открыто в 2025 году. ${body}`
			)
		).toEqual(['Генеральное консульство Беларуси в Алматы открыто в 2025 году.']);
		// A pasted text whose suggested title is its first sentence: the mission is quoted once, not twice.
		const sentence = 'Cuba opened its embassy in Astana in 2008.';
		const doc = pasted(`${sentence} Trade has grown since.`, sentence.slice(0, -1), 'en');
		const [cuba] = doc.atlas.missions.filter((m) => m.sender === 'CU');
		expect(
			[cuba.span, ...cuba.alsoStated].map((s) => doc.atlas.documents[0].text.slice(s.start, s.end))
		).toEqual([sentence]);
	});
});
