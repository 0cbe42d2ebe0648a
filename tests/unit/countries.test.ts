import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	countryName,
	findCountries,
	isCountryCode,
	lookupCountry,
	type CountryMatch
} from '../../src/lib/pipeline/lookup/countries';

// Every expected value below was written down from reading the documents, not from the program's output.

const bgText = readFileSync(
	new URL('../../data/documents/bg-wikipedia-foreign-policy-of-kazakhstan.txt', import.meta.url),
	'utf8'
);
const koText = readFileSync(
	new URL('../../data/documents/ko-namuwiki-us-kazakhstan-relations.txt', import.meta.url),
	'utf8'
);

/** [code, surface] pairs, in text order. */
type Expected = Array<[string, string]>;
interface Row {
	input: string;
	lang: 'bg' | 'ko' | 'en';
	expected: Expected;
}

const pairs = (matches: CountryMatch[]): Expected => matches.map((m) => [m.code, m.surface]);

/** Sentences and phrases copied verbatim from the Bulgarian Wikipedia text (line numbers of the file). */
const bgRows: Row[] = [
	{
		// line 5
		input: 'Администрацията на Назарбаев се опитва да балансира отношенията си с Русия и САЩ',
		lang: 'bg',
		expected: [
			['RU', 'Русия'],
			['US', 'САЩ']
		]
	},
	{
		input: 'Казахстан създава митнически съюз с Русия и Беларус.',
		lang: 'bg',
		expected: [
			['KZ', 'Казахстан'],
			['RU', 'Русия'],
			['BY', 'Беларус']
		]
	},
	{
		input: 'Казахстан установява връзки с Евроазиатската икономическа общност с Киргизстан и Таджикистан.',
		lang: 'bg',
		expected: [
			['KZ', 'Казахстан'],
			['KG', 'Киргизстан'],
			['TJ', 'Таджикистан']
		]
	},
	{
		// line 13
		input:
			'Преди 2005 г. Казахстан, Русия, Туркменистан и Узбекистан са съгласни да започнат разграничаване на техните общи граници.',
		lang: 'bg',
		expected: [
			['KZ', 'Казахстан'],
			['RU', 'Русия'],
			['TM', 'Туркменистан'],
			['UZ', 'Узбекистан']
		]
	},
	{
		// line 17: the Soviet Union and South-West Asia are not countries of today
		input:
			'С падането на Съветския съюз, Казахстан става главна транзитна страна за наркотици, произведени в Югозападна Азия, предимно от Афганистан.',
		lang: 'bg',
		expected: [
			['KZ', 'Казахстан'],
			['AF', 'Афганистан']
		]
	},
	{
		input: 'Русия и Европа са основните пазари на тези наркотици',
		lang: 'bg',
		expected: [['RU', 'Русия']]
	},
	{
		// line 21: the heading runs into the "Редактиране" (edit) link
		input: 'АзербайджанРедактиране',
		lang: 'bg',
		expected: [['AZ', 'Азербайджан']]
	},
	{
		// line 23, misspelt in the text
		input: 'Азербейджан има посолоство в Астана.',
		lang: 'bg',
		expected: [['AZ', 'Азербейджан']]
	},
	{
		// line 42, misspelt in the text; "арменци" (Armenians) is not the country
		input: 'Над 25 000 граждани на Казастан се самоопределят като арменци.',
		lang: 'bg',
		expected: [['KZ', 'Казастан']]
	},
	{
		// line 27: "казахстанския" is an adjective
		input:
			'Историческото събитие се случва по време на официална визита на казахстанския Президент в Бишкек, столицата на Киргизстан.',
		lang: 'bg',
		expected: [['KG', 'Киргизстан']]
	},
	{
		// line 50: adjectives only
		input:
			'През 2006 по време на визитата на казахстанския министър-председател Карим Масимов, израелският му колега Ехуд Олмер отбелязва',
		lang: 'bg',
		expected: []
	},
	{
		input: 'Пакистан счита Казахстан за бързо растящ пазар за пакистански стоки.',
		lang: 'bg',
		expected: [
			['PK', 'Пакистан'],
			['KZ', 'Казахстан']
		]
	},
	{
		// line 56, a table row with its date
		input: '  Филипини 1992-03-19',
		lang: 'bg',
		expected: [['PH', 'Филипини']]
	},
	{
		// line 58: definite form
		input: 'Дипломатическите връзки на Казахстан с Филипините започват формално на 19 март 1992 година.',
		lang: 'bg',
		expected: [
			['KZ', 'Казахстан'],
			['PH', 'Филипините']
		]
	},
	{
		input: 'Двустраните отношения между Казахстан и Южна Корея са в непрекъснато развитие.',
		lang: 'bg',
		expected: [
			['KZ', 'Казахстан'],
			['KR', 'Южна Корея']
		]
	},
	{
		input:
			'Наличието на близо 100 000 корейски граждани в Казахстан допълнително засилва връзката между страните.',
		lang: 'bg',
		expected: [['KZ', 'Казахстан']]
	},
	{
		input:
			'Казахстан има посолство в столицата на Малайзия – Куала Лампур, а от своя страна Малайзия има в Алмати.',
		lang: 'bg',
		expected: [
			['KZ', 'Казахстан'],
			['MY', 'Малайзия'],
			['MY', 'Малайзия']
		]
	},
	{
		// line 83: countries in brackets after the cities
		input:
			'Албания е представена в чрез посолството си в Москва, (Русия). Казахстан е представена в Албания чрез посолството си в Анкара (Турция).',
		lang: 'bg',
		expected: [
			['AL', 'Албания'],
			['RU', 'Русия'],
			['KZ', 'Казахстан'],
			['AL', 'Албания'],
			['TR', 'Турция']
		]
	},
	{
		input:
			'Казахстан е представена в Латвия чрез посолството си във Вилнюс (Литва) и чрез почетно консулство в Рига.',
		lang: 'bg',
		expected: [
			['KZ', 'Казахстан'],
			['LV', 'Латвия'],
			['LT', 'Литва']
		]
	},
	{
		// line 99: "румънци" (Romanians) is not the country
		input: 'Румъния има посолство в Алмати. Има около 20 000 румънци, живеещи в Казахстан.',
		lang: 'bg',
		expected: [
			['RO', 'Румъния'],
			['KZ', 'Казахстан']
		]
	},
	{
		// line 103: "Казахстан-руските" (Kazakh-Russian) names Kazakhstan; the US in a definite form
		input:
			'Казахстан-руските отношения са обтегнати на моменти от военното и икономическото сътрудничество на Астана със Съединените щати.',
		lang: 'bg',
		expected: [
			['KZ', 'Казахстан'],
			['US', 'Съединените щати']
		]
	},
	{
		input: 'В Балкаш и Байконур са разположени радарна станция и космодрум (под руски контрол).',
		lang: 'bg',
		expected: []
	},
	{
		// a capitalised adjective at the start of a sentence is still not the country
		input: 'Руски фирми са инвестирали големи суми в икономиката на Казахстан.',
		lang: 'bg',
		expected: [['KZ', 'Казахстан']]
	},
	{
		input: 'Това потвърждава подкрепата на швейцарското правителство за кандидатурата на Казахстан',
		lang: 'bg',
		expected: [['KZ', 'Казахстан']]
	},
	{
		input: 'Турция и Казахстан са тюркски народи',
		lang: 'bg',
		expected: [
			['TR', 'Турция'],
			['KZ', 'Казахстан']
		]
	},
	{
		input: '  Украйна 1991',
		lang: 'bg',
		expected: [['UA', 'Украйна']]
	},
	{
		// line 119
		input:
			'Обединеното кралство открива посолство в Казахстан през октомври 1992 година. Казахстан открива посолство във Великобритания през февруари 1996 година.',
		lang: 'bg',
		expected: [
			['GB', 'Обединеното кралство'],
			['KZ', 'Казахстан'],
			['KZ', 'Казахстан'],
			['GB', 'Великобритания']
		]
	},
	{
		input: 'Президентът на Казахстан Нурсултан Назарбаев, прави официално посещение в Канада май 2003.',
		lang: 'bg',
		expected: [
			['KZ', 'Казахстан'],
			['CA', 'Канада']
		]
	},
	{
		input:
			'След разпадането на Съветския съюз САЩ стават първата държава, която признава независимостта на Казахстан.',
		lang: 'bg',
		expected: [
			['US', 'САЩ'],
			['KZ', 'Казахстан']
		]
	},
	{
		// line 134: the Holy See in its definite form, and Palestine
		input:
			'Казахстан има установени дипломатически връзки със 130 суверенни държави (включително Ватикана и Палестина).',
		lang: 'bg',
		expected: [
			['KZ', 'Казахстан'],
			['VA', 'Ватикана'],
			['PS', 'Палестина']
		]
	},
	{
		// longest match: Papua New Guinea, not Guinea
		input: 'Фиджи, Папуа Нова Гвинея и други.',
		lang: 'bg',
		expected: [
			['FJ', 'Фиджи'],
			['PG', 'Папуа Нова Гвинея']
		]
	},
	{
		// South Sudan, not Sudan; the bare "Конго" is the Republic of the Congo
		input: 'Сиера Леоне, Габон, Конго, Южен Судан, Бурунди',
		lang: 'bg',
		expected: [
			['SL', 'Сиера Леоне'],
			['GA', 'Габон'],
			['CG', 'Конго'],
			['SS', 'Южен Судан'],
			['BI', 'Бурунди']
		]
	},
	{
		input: 'Етиопия, Сейшелските острови, Намибия',
		lang: 'bg',
		expected: [
			['ET', 'Етиопия'],
			['SC', 'Сейшелските острови'],
			['NA', 'Намибия']
		]
	},
	{
		input: 'Тринидад и Тобаго, Барбадос, Гвинея',
		lang: 'bg',
		expected: [
			['TT', 'Тринидад и Тобаго'],
			['BB', 'Барбадос'],
			['GN', 'Гвинея']
		]
	},
	// Not countries.
	{
		input: 'И двете нации търсят развитие и стратегическо партньорство в региона на Централна Азия.',
		lang: 'bg',
		expected: []
	},
	{ input: 'Централна АзияРедактиране', lang: 'bg', expected: [] },
	{ input: 'ЕвропаРедактиране', lang: 'bg', expected: [] },
	{ input: 'Европейски съюзРедактиране', lang: 'bg', expected: [] },
	{
		input: 'особено в други страни-членки на Общността на независимите държави (ОНД).',
		lang: 'bg',
		expected: []
	},
	{
		input:
			'Казахстан е член на Организацията на обединените нации, Организацията за сигурност и сътрудничество в Европа',
		lang: 'bg',
		expected: [['KZ', 'Казахстан']]
	},
	// Not part of the documents: short names inside longer words, and names that contain others.
	{ input: 'Романия', lang: 'bg', expected: [] },
	{ input: 'Чадър', lang: 'bg', expected: [] },
	{
		input: 'Мали и Малайзия',
		lang: 'bg',
		expected: [
			['ML', 'Мали'],
			['MY', 'Малайзия']
		]
	},
	{
		input: 'Нигерия и Нигер',
		lang: 'bg',
		expected: [
			['NG', 'Нигерия'],
			['NE', 'Нигер']
		]
	},
	{ input: 'Нова Гвинея', lang: 'bg', expected: [] },
	{ input: 'Гвинея-Бисау', lang: 'bg', expected: [['GW', 'Гвинея-Бисау']] },
	{ input: 'Демократична република Конго', lang: 'bg', expected: [['CD', 'Демократична република Конго']] },
	{
		input: 'Доминиканска република и Доминика',
		lang: 'bg',
		expected: [
			['DO', 'Доминиканска република'],
			['DM', 'Доминика']
		]
	},
	{ input: 'Съединените американски щати', lang: 'bg', expected: [['US', 'Съединените американски щати']] },
	{
		input: 'Русията и Казахстанът',
		lang: 'bg',
		expected: [
			['RU', 'Русията'],
			['KZ', 'Казахстанът']
		]
	},
	{ input: 'Уругвая', lang: 'bg', expected: [['UY', 'Уругвая']] },
	{ input: 'Южния Судан', lang: 'bg', expected: [['SS', 'Южния Судан']] },
	{ input: 'сащ', lang: 'bg', expected: [] }
];

/** Sentences and phrases copied verbatim from the Korean Namuwiki text. */
const koRows: Row[] = [
	{
		// line 1
		input: '미국-카자흐스탄 관계',
		lang: 'ko',
		expected: [
			['US', '미국'],
			['KZ', '카자흐스탄']
		]
	},
	{
		// line 13: two link texts glued together
		input: '미국카자흐스탄 사이의 대외관계에 대한 문서이다.',
		lang: 'ko',
		expected: [
			['US', '미국'],
			['KZ', '카자흐스탄']
		]
	},
	{
		// "친러" (pro-Russian) is an attitude, not a mention of the country by name
		input: '과거에는 친러 성항이 매우 강한 국가들처럼 미국과의 관계는 딱히 가까운 관계는 아니었다.',
		lang: 'ko',
		expected: [['US', '미국']]
	},
	{
		input:
			'이웃 우즈베키스탄은 2005년 안디잔 사태 전까지 친미 정책을 유지했으나 카자흐스탄은 독립 초기부터 미국을 탐탁찮아했고',
		lang: 'ko',
		expected: [
			['UZ', '우즈베키스탄'],
			['KZ', '카자흐스탄'],
			['US', '미국']
		]
	},
	{
		// 미군 (US forces) glued to 기지; 카자흐스탄인들 (Kazakhstanis)
		input: '자기 나라에 미군기지까지 두는 행태에 카자흐스탄인들이 기겁을 했으며',
		lang: 'ko',
		expected: [
			['US', '미군'],
			['KZ', '카자흐스탄']
		]
	},
	{
		input: '미군이 철수했고 그 자리에 러시아군을 불러와 현재에 이른다.',
		lang: 'ko',
		expected: [
			['US', '미군'],
			['RU', '러시아']
		]
	},
	{
		input: '물론 그렇다고 북한, 이란처럼 미국을 대놓고 적대하는 것은 아니며',
		lang: 'ko',
		expected: [
			['KP', '북한'],
			['IR', '이란'],
			['US', '미국']
		]
	},
	{
		input:
			'그래도 최근들어서 러시아하고 갈등이 생겼는지 아제르바이잔이나 벨라루스처럼 미국과의 관계를 개선하려는 모습을 보이고 있다.',
		lang: 'ko',
		expected: [
			['RU', '러시아'],
			['AZ', '아제르바이잔'],
			['BY', '벨라루스'],
			['US', '미국']
		]
	},
	{
		// line 28
		input:
			"2000년 7월 5일, 카자흐스탄, 키르기스스탄, 타지키스탄, 우즈베키스탄, 러시아 등 상하이 협력 기구 국가들은 '두샨베선언'을 발표하면서 미국을 경계했다.",
		lang: 'ko',
		expected: [
			['KZ', '카자흐스탄'],
			['KG', '키르기스스탄'],
			['TJ', '타지키스탄'],
			['UZ', '우즈베키스탄'],
			['RU', '러시아'],
			['US', '미국']
		]
	},
	{
		input: '빌 리처드슨 미국 에너지부 장관이 나이지리아, 카자흐스탄, 러시아 극동 지역을 방문했다.',
		lang: 'ko',
		expected: [
			['US', '미국'],
			['NG', '나이지리아'],
			['KZ', '카자흐스탄'],
			['RU', '러시아']
		]
	},
	{
		// Central Asia is a region
		input: '911 테러 후 카자흐스탄 등 중앙아시아 5개국들이 미국을 지원하겠다고 밝혔다.',
		lang: 'ko',
		expected: [
			['KZ', '카자흐스탄'],
			['US', '미국']
		]
	},
	{
		// the European Union is not a country
		input:
			'카자흐스탄 법원이 야권 지도자 블라디미르 코즐로프의 가석방을 최종 불허하자 미국과 유럽연합 여러 나라들과의 갈등이 나타났다.',
		lang: 'ko',
		expected: [
			['KZ', '카자흐스탄'],
			['US', '미국']
		]
	},
	{
		// line 54: "2022년 카자흐스탄 시위" and "우크라이나 전쟁" are two links glued together
		input: '그러나 2022년 카자흐스탄 시위우크라이나 전쟁을 기점으로',
		lang: 'ko',
		expected: [
			['KZ', '카자흐스탄'],
			['UA', '우크라이나']
		]
	},
	{
		input: '러시아 의존도가 높기에 몽골을 비롯한 몇몇 국가들처럼 친미와 친러를 병행할 가능성이 높다.',
		lang: 'ko',
		expected: [
			['RU', '러시아'],
			['MN', '몽골']
		]
	},
	{
		input: '2022년 1월 7일, 러시아군이 카자흐스탄으로 입성하자 미국과 유럽연합이 이 상황을 주시했었다.',
		lang: 'ko',
		expected: [
			['RU', '러시아'],
			['KZ', '카자흐스탄'],
			['US', '미국']
		]
	},
	{
		input:
			'두 나라들을 직접 잇는 공항이 없어서 악타우 공항을 통해서 암스테르담 스키폴 국제공항이나 이스탄불 공항을 경유해 지나간다.',
		lang: 'ko',
		expected: []
	},
	{
		input: '카자흐스탄 주재 미국대사관은 아스타나에 있고, 미국 명예영사관도 알마티에 있다.',
		lang: 'ko',
		expected: [
			['KZ', '카자흐스탄'],
			['US', '미국'],
			['US', '미국']
		]
	},
	{
		// footnote 1
		input: '대표적으로 인도, 베트남, 불가리아, 그리스, 이탈리아, 일부 개발도상국들 등이 있다.',
		lang: 'ko',
		expected: [
			['IN', '인도'],
			['VN', '베트남'],
			['BG', '불가리아'],
			['GR', '그리스'],
			['IT', '이탈리아']
		]
	},
	{
		// "한미동맹" (the Korea-US alliance) abbreviates both names and is not matched
		input: '당장 한국 또한 강력한 한미동맹 그 자체지만, 친서방권에선 드물게 러시아랑도 사이가 괜찮다.',
		lang: 'ko',
		expected: [
			['KR', '한국'],
			['RU', '러시아']
		]
	},
	{
		input: '물론 당시에 이라크 전쟁으로 인해 전세계적으로 반미감정이 널리 퍼지던 시기이기도 했다.',
		lang: 'ko',
		expected: [['IQ', '이라크']]
	},
	// Not part of the documents.
	{
		input: '인도네시아와 인도',
		lang: 'ko',
		expected: [
			['ID', '인도네시아'],
			['IN', '인도']
		]
	},
	{
		input: '남한과 북한, 대한민국',
		lang: 'ko',
		expected: [
			['KR', '남한'],
			['KP', '북한'],
			['KR', '대한민국']
		]
	},
	{
		input: '영국과 베트남',
		lang: 'ko',
		expected: [
			['GB', '영국'],
			['VN', '베트남']
		]
	},
	{
		input: '남수단과 수단',
		lang: 'ko',
		expected: [
			['SS', '남수단'],
			['SD', '수단']
		]
	},
	{
		input: '파푸아뉴기니, 파푸아 뉴기니',
		lang: 'ko',
		expected: [
			['PG', '파푸아뉴기니'],
			['PG', '파푸아 뉴기니']
		]
	},
	// a short name glued after a word is not matched: "미국인도" is "Americans too", "문서이란" "as for the document"
	{ input: '미국인도 문서이란', lang: 'ko', expected: [['US', '미국']] },
	{ input: '유럽연합', lang: 'ko', expected: [] },
	{ input: '인도적 지원', lang: 'ko', expected: [] },
	{ input: '예수 그리스도', lang: 'ko', expected: [] }
];

/** English: the reference titles of the Bulgarian text, and common forms. */
const enRows: Row[] = [
	{
		input: 'Bilateral trade between the two countries amounted to $724 million in 2005.',
		lang: 'en',
		expected: []
	},
	{ input: 'Central Asia: A Kyrgyz-Kazakh Step Towards Regional Union', lang: 'en', expected: [] },
	{ input: 'Kazakhs seek stronger ties with Israel.', lang: 'en', expected: [['IL', 'Israel']] },
	{
		// the trailing "KZ" is a site name, not a country name
		input: 'Switzerland considers opening embassy in Kazakhstan Gazeta. KZ',
		lang: 'en',
		expected: [
			['CH', 'Switzerland'],
			['KZ', 'Kazakhstan']
		]
	},
	{
		input: "Switzerland confirms support of Kazakhstan's candidacy for OSCE chairmanship",
		lang: 'en',
		expected: [
			['CH', 'Switzerland'],
			['KZ', 'Kazakhstan']
		]
	},
	{ input: 'Trade Development Authority of Pakistan', lang: 'en', expected: [['PK', 'Pakistan']] },
	{ input: 'European Union and Kazakhstan.', lang: 'en', expected: [['KZ', 'Kazakhstan']] },
	{ input: 'www.kazakhstan.com.ph', lang: 'en', expected: [] },
	{
		input: 'Brief introduction to relations between China and Kazakhstan',
		lang: 'en',
		expected: [
			['CN', 'China'],
			['KZ', 'Kazakhstan']
		]
	},
	{
		// the manifest's English title of the Korean document
		input: 'United States–Kazakhstan relations',
		lang: 'en',
		expected: [
			['US', 'United States'],
			['KZ', 'Kazakhstan']
		]
	},
	// Not part of the documents.
	{
		input: 'the USA, the UK and Russia',
		lang: 'en',
		expected: [
			['US', 'USA'],
			['GB', 'UK'],
			['RU', 'Russia']
		]
	},
	{
		input: 'South Korea and the US',
		lang: 'en',
		expected: [
			['KR', 'South Korea'],
			['US', 'US']
		]
	},
	{ input: 'let us go', lang: 'en', expected: [] },
	{ input: 'Papua New Guinea, New Guinea', lang: 'en', expected: [['PG', 'Papua New Guinea']] },
	{
		input: 'Nigeria, Niger, South Sudan',
		lang: 'en',
		expected: [
			['NG', 'Nigeria'],
			['NE', 'Niger'],
			['SS', 'South Sudan']
		]
	},
	{
		input: 'Vatican City and Palestine',
		lang: 'en',
		expected: [
			['VA', 'Vatican City'],
			['PS', 'Palestine']
		]
	}
];

describe('findCountries', () => {
	test.each([...bgRows, ...koRows, ...enRows])('$lang: $input', ({ input, lang, expected }) => {
		expect(pairs(findCountries(input, lang))).toEqual(expected);
	});

	test('offsets are UTF-16 offsets into the text and the surface is the slice', () => {
		const text = 'Казахстан създава митнически съюз с Русия и Беларус.';
		const found = findCountries(text, 'bg');
		expect(found.map((m) => [m.start, m.end])).toEqual([
			[0, 9],
			[36, 41],
			[44, 51]
		]);
		for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
	});

	test('from and to bound the search, and a name cut by them is not found', () => {
		const text = 'Русия и САЩ';
		expect(pairs(findCountries(text, 'bg', 5))).toEqual([['US', 'САЩ']]);
		expect(findCountries(text, 'bg', 0, 4)).toEqual([]);
		expect(findCountries(text, 'bg', 1)).toEqual([{ code: 'US', start: 8, end: 11, surface: 'САЩ' }]);
		expect(findCountries('Южна Корея', 'bg', 0, 7)).toEqual([]);
	});

	test('language tags are read by their primary subtag; unknown languages are refused', () => {
		expect(pairs(findCountries('Русия', 'bg-BG'))).toEqual([['RU', 'Русия']]);
		expect(pairs(findCountries('Россия', 'ru-RU'))).toEqual([['RU', 'Россия']]);
		expect(() => findCountries('Росія', 'uk')).toThrow(RangeError);
	});

	test('each language reads only its own names', () => {
		expect(findCountries('Русия', 'ko')).toEqual([]);
		expect(findCountries('러시아', 'bg')).toEqual([]);
		expect(findCountries('Kazakhstan', 'bg')).toEqual([]);
	});
});

/** The closing list of line 134, "no diplomatic contact yet with countries such as ...", in its order. */
const closingList: Array<[string, string]> = [
	['Андора', 'AD'],
	['Монако', 'MC'],
	['Белиз', 'BZ'],
	['Хаити', 'HT'],
	['Гренада', 'GD'],
	['Тринидад и Тобаго', 'TT'],
	['Барбадос', 'BB'],
	['Гвинея', 'GN'],
	['Суринам', 'SR'],
	['Гренада', 'GD'],
	['Гватемала', 'GT'],
	['Колумбия', 'CO'],
	['Еквадор', 'EC'],
	['Боливия', 'BO'],
	['Уругвай', 'UY'],
	['Гамбия', 'GM'],
	['Мали', 'ML'],
	['Буркина Фасо', 'BF'],
	['Бенин', 'BJ'],
	['Того', 'TG'],
	['Сиера Леоне', 'SL'],
	['Габон', 'GA'],
	['Конго', 'CG'],
	['Южен Судан', 'SS'],
	['Бурунди', 'BI'],
	['Танзания', 'TZ'],
	['Сомалия', 'SO'],
	['Джибути', 'DJ'],
	['Еритрея', 'ER'],
	['Етиопия', 'ET'],
	['Сейшелските острови', 'SC'],
	['Намибия', 'NA'],
	['Бутан', 'BT'],
	['Непал', 'NP'],
	['Самоа', 'WS'],
	['Тонга', 'TO'],
	['Фиджи', 'FJ'],
	['Папуа Нова Гвинея', 'PG']
];

describe('the Bulgarian closing list (line 134)', () => {
	const lead = 'Все още няма установен дипломатически контакт със страни като ';
	const listStart = bgText.indexOf(lead) + lead.length;
	const listEnd = bgText.indexOf(' и други.', listStart);

	test('the table above is the document list, in order', () => {
		expect(bgText.indexOf(lead)).toBeGreaterThan(0);
		expect(bgText.slice(listStart, listEnd).split(', ')).toEqual(closingList.map(([name]) => name));
		expect(new Set(closingList.map(([, code]) => code)).size).toBe(37);
	});

	test.each(closingList)('lookupCountry(%s) is %s', (name, code) => {
		expect(lookupCountry(name, 'bg')).toBe(code);
		expect(lookupCountry(name)).toBe(code);
	});

	test('findCountries reads the whole list, Гренада twice', () => {
		const found = findCountries(bgText, 'bg', listStart, listEnd);
		expect(found.map((m) => m.code)).toEqual(closingList.map(([, code]) => code));
		expect(found.map((m) => m.surface)).toEqual(closingList.map(([name]) => name));
		expect(found.filter((m) => m.surface === 'Гренада')).toHaveLength(2);
	});
});

describe('whole documents', () => {
	const lines = bgText.split('\n');

	test('the first paragraph of the Bulgarian text (line 5) names KZ, RU, US, BY, KG, TJ', () => {
		const from = lines.slice(0, 4).join('\n').length + 1;
		const to = from + lines[4].length;
		expect(bgText.slice(from).startsWith('Външните отношения на Казахстан')).toBe(true);
		const codes = new Set(findCountries(bgText, 'bg', from, to).map((m) => m.code));
		expect(codes).toEqual(new Set(['KZ', 'RU', 'US', 'BY', 'KG', 'TJ']));
	});

	test('the Bulgarian text names these countries and no others', () => {
		const codes = new Set(findCountries(bgText, 'bg').map((m) => m.code));
		const expected = new Set([
			// lines 5-35: neighbours, Central Asia, Afghanistan (line 17)
			...['KZ', 'RU', 'US', 'BY', 'KG', 'TJ', 'TM', 'UZ', 'AF', 'AZ'],
			// Asia table
			...['AM', 'IN', 'IL', 'PK', 'PH', 'CN', 'KR', 'MY'],
			// Europe table, with Lithuania (line 91) and Turkey (line 83)
			...['AL', 'BG', 'LV', 'LT', 'NO', 'RO', 'CH', 'TR', 'UA', 'GB'],
			// other states, and line 134
			...['CA', 'VA', 'PS'],
			...closingList.map(([, code]) => code)
		]);
		expect(codes).toEqual(expected);
	});

	test('the Korean text names these countries and no others', () => {
		const codes = new Set(findCountries(koText, 'ko').map((m) => m.code));
		expect(codes).toEqual(
			new Set([
				...['US', 'KZ', 'UZ', 'AF', 'RU', 'KP', 'IR', 'AZ', 'BY'], // line 18
				...['KG', 'TJ', 'NG', 'UA', 'MN'], // lines 28, 30, 54
				...['IN', 'VN', 'BG', 'GR', 'IT', 'KR', 'IQ'] // footnotes
			])
		);
	});

	test.each([
		['bg', bgText],
		['ko', koText]
	])('%s matches are sorted, do not overlap, and are slices of the text', (lang, text) => {
		const found = findCountries(text, lang);
		let last = 0;
		for (const m of found) {
			expect(m.start).toBeGreaterThanOrEqual(last);
			expect(m.end).toBeGreaterThan(m.start);
			expect(text.slice(m.start, m.end)).toBe(m.surface);
			last = m.end;
		}
	});
});

describe('a long text', () => {
	test('about 1 MB of Bulgarian: 11 names per copy of line 5', () => {
		const line = bgText.split('\n')[4];
		const copies = Math.ceil(1_000_000 / (line.length + 1));
		const text = Array.from({ length: copies }, () => line).join('\n');
		// Counted by reading line 5: Казахстан 4, Русия 2, САЩ 2, Беларус, Киргизстан, Таджикистан.
		expect(findCountries(text, 'bg')).toHaveLength(copies * 11);
	});

	// Line 28: 카자흐스탄, 키르기스스탄, 타지키스탄, 우즈베키스탄, 러시아, 미국.
	test('about 1 MB of Korean: 6 names per copy of line 28', () => {
		const line = koText.split('\n')[27];
		const copies = Math.ceil(1_000_000 / (line.length + 1));
		const text = Array.from({ length: copies }, () => line).join('\n');
		expect(findCountries(text, 'ko')).toHaveLength(copies * 6);
	});
});

describe('lookupCountry', () => {
	test.each([
		['Южна Корея', 'bg', 'KR'],
		['  Южна   Корея ', 'bg', 'KR'],
		['южна корея', 'bg', 'KR'],
		['ЮЖНА КОРЕЯ', undefined, 'KR'],
		['Филипините', 'bg', 'PH'],
		['Ватикана', 'bg', 'VA'],
		['Ватикан', undefined, 'VA'],
		['Палестина', undefined, 'PS'],
		['САЩ', 'bg', 'US'],
		['Съединените щати', 'bg', 'US'],
		['Великобритания', 'bg', 'GB'],
		['Обединеното кралство', 'bg', 'GB'],
		['Азербейджан', 'bg', 'AZ'],
		['Казастан', 'bg', 'KZ'],
		['Казахстан', undefined, 'KZ'],
		['(Русия)', 'bg', 'RU'],
		['Демократична република Конго', 'bg', 'CD'],
		['카자흐스탄', 'ko', 'KZ'],
		['러시아', 'ko', 'RU'],
		['미국과', 'ko', 'US'],
		['미국을', undefined, 'US'],
		['러시아하고', 'ko', 'RU'],
		['이란처럼', 'ko', 'IR'],
		['대한민국', 'ko', 'KR'],
		['남아프리카 공화국', 'ko', 'ZA'],
		['남아프리카공화국', 'ko', 'ZA'],
		['United States', 'en', 'US'],
		['the United States', 'en', 'US'],
		['U.S.', 'en', 'US'],
		['Russia', undefined, 'RU'],
		['South Korea', 'en', 'KR'],
		["Kazakhstan's", 'en', 'KZ'],
		['Vatican City', 'en', 'VA']
	])('%s (%s) -> %s', (name, lang, code) => {
		expect(lookupCountry(name, lang)).toBe(code);
	});

	test.each([
		['Европа', 'bg'],
		['Съветския съюз', 'bg'],
		['ОНД', 'bg'],
		['Централна Азия', 'bg'],
		['Нова Гвинея', 'bg'],
		['казахстанския', 'bg'],
		['Филипини 1992-03-19', 'bg'],
		['유럽연합', 'ko'],
		['중앙아시아', 'ko'],
		// a name with a suffix that is not a particle is not a name: "Russian forces"
		['러시아군', 'ko'],
		['Русия', 'ko'],
		['', undefined],
		['KZ', undefined]
	])('%s (%s) -> null', (name, lang) => {
		expect(lookupCountry(name, lang)).toBeNull();
	});
});

describe('countryName and isCountryCode', () => {
	test.each([
		['US', 'United States', 'САЩ', '미국'],
		['GB', 'United Kingdom', 'Великобритания', '영국'],
		['KR', 'South Korea', 'Южна Корея', '대한민국'],
		['KP', 'North Korea', 'Северна Корея', '북한'],
		['RU', 'Russia', 'Русия', '러시아'],
		['VA', 'Vatican City', 'Ватикан', '바티칸'],
		['PS', 'Palestine', 'Палестина', '팔레스타인'],
		['KZ', 'Kazakhstan', 'Казахстан', '카자흐스탄'],
		['KG', 'Kyrgyzstan', 'Киргизстан', '키르기스스탄'],
		['CG', 'Republic of the Congo', 'Република Конго', '콩고'],
		['CD', 'DR Congo', 'Демократична република Конго', '콩고 민주 공화국'],
		['MD', 'Moldova', 'Молдова', '몰도바'],
		['IR', 'Iran', 'Иран', '이란']
	])('%s: %s / %s / %s', (code, en, bg, ko) => {
		expect(countryName(code, 'en')).toBe(en);
		expect(countryName(code, 'bg')).toBe(bg);
		expect(countryName(code, 'ko')).toBe(ko);
	});

	test('every code has a name in every language, and the display names read back', () => {
		for (const [, code] of closingList) {
			for (const lang of ['en', 'bg', 'ko'] as const) {
				const name = countryName(code, lang);
				expect(name.length).toBeGreaterThan(0);
				expect(lookupCountry(name, lang)).toBe(code);
			}
		}
	});

	test('unknown codes are refused', () => {
		expect(() => countryName('ZZ', 'en')).toThrow(RangeError);
	});

	test.each([
		['KZ', true],
		['US', true],
		['PS', true],
		['VA', true],
		['kz', false],
		['ZZ', false],
		['KAZ', false],
		['', false]
	])('isCountryCode(%s) is %s', (code, valid) => {
		expect(isCountryCode(code)).toBe(valid);
	});
});
