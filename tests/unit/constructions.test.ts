/**
 * Issue 20's general constructions, one table per rule: real sentences (the document each comes from is named in the
 * row; `walkthrough` is the sentence the second walk-through pasted into the reader) with the facts a reader takes
 * from them, written by reading the sentence. reading.test.ts holds the older constructions.
 */
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../src/lib/pipeline/read';
import { read } from '../support/read-facts';

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
	/** Builds one pasted document about Kazakhstan, as the reader does, and lists what it read for nothing. */
	function unread(text: string) {
		const entry = {
			id: 'pasted',
			file: 'pasted.txt',
			title: 'Pasted',
			lang: 'en',
			source: '',
			licence: 'test',
			licenceUrl: '',
			retrieved: null,
			about: []
		};
		const result = readDocuments('KZ', [{ entry, file: 'pasted.txt', text }]);
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
