/** Korean: {@link Language}. */
import locale from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import type {
	AliasTarget,
	CountryNames,
	ClauseWords,
	DateWords,
	Language,
	Lexicon,
	PlaceNames,
	SectionForms,
	SentenceRules
} from './types';

/**
 * Korean postpositions that cling to a place name cut from running text (아스타나에, 서울에서, 알마티의), longest
 * first: a city's lookup and the Korean lexicon's `cityParticles` strip one of them.
 */
const PARTICLES: readonly string[] = [
	'에서는',
	'에서',
	'에는',
	'에도',
	'으로',
	'에',
	'의',
	'은',
	'는',
	'이',
	'가',
	'을',
	'를',
	'로',
	'와',
	'과',
	'도'
];

/** The particles that may follow a country name, up to three in a row (미국과, 러시아하고, 이란처럼, 중국까지도). */
const NAME_PARTICLES: readonly string[] = [
	...PARTICLES,
	'에게',
	'한테',
	'께',
	'만',
	'랑',
	'이랑',
	'하고',
	'처럼',
	'보다',
	'까지',
	'부터',
	'나',
	'이나',
	'이며',
	'며',
	'조차',
	'마저'
];

/** Korean native numbers from two: 두 나라, 다섯 개국. */
const KO_NUMBERS = ['두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉', '열'];

const lexicon: Lexicon = {
	kinds: [
		{ kind: 'honorary-consulate', re: /명예\s*영사관/u },
		{ kind: 'consulate-general', re: /총\s*영사관/u },
		{ kind: 'consulate', re: /영사관/u },
		{ kind: 'embassy', re: /대사관/u },
		// A resident mission whose kind is not stated (공관, 상주 공관) is the sender's embassy.
		{ kind: 'embassy', re: /(?:상주\s*)?공관(?!장)/u, unstated: true },
		{ kind: 'office', re: /대표부|연락사무소|분관|출장소|무역관/u }
	],
	envoy: /대사(?!관)/u,
	// Clauses end in a connective verb ending ("있고", "설치하였으며"); a comma alone may only separate a list.
	// ... and after a clause of establishing relations ("카자흐스탄과 수교한 후", "국교 정상화 이후"): its date is theirs.
	// "이들 4개국", "중앙아시아 5개국", "국가들은", "나머지 국가들에도" (not 양국, "both countries", which is a pair).
	groups: {
		count: /(\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:개국|개\s*나라|개\s*국가)/u,
		number: (word) => (/^\d+$/u.test(word) ? +word : KO_NUMBERS.indexOf(word) + 2 || null),
		plural: /(?:국가|나라)들/u,
		rest: /나머지\s*(?:\d+\s*개국|국가들?|나라들?)/u
	},
	clauseBreak:
		/(?<=(?:고|며|으며|지만|는데|었는데)),?\s+|(?<=(?:수교|수립|정상화)(?:한|된|하고\s*난)?\s*(?:후|뒤|이후|다음)(?:에|에는)?),?\s+/gu,
	modal: /것이라|예정|계획|추진|검토/u,
	absent:
		/(?:대사관|영사관|공관|대표부)(?:이|은|는|도)?\s*없|(?:대사관|영사관|공관|대표부)(?:을|를)?\s*두고\s*있지\s*않/u,
	exists: /있[다고으는었]|개설|개관|설치|열었|설립|두고|운영|승격|이전|옮겼/u,
	prepositionBefore: /(?!)/u,
	possessiveGap: /(?!)/u,
	hostGap: /(?!)/u,
	hostMarkAfter: /^\s*주재/u,
	represented: /(?!)/u,
	sinceBeforeDate: /(?!)/u,
	// 개설, 개관, 설치, 설립 (set up, establish), 열었다/열어/문을 열다 (opened); not 열린 (a ceremony "held").
	openVerb: /개설|개관|설치|설립|열었|열어|문을\s*열/u,
	untilBeforeDate: /(?!)/u,
	moved: /이전(?:했|하였|하여|되었|됐|한)|옮겼|옮기/u,
	// ... and "X의 관계는 ... 수립되었다" (the relations were established), without 외교.
	relationsWords: /수교|국교|외교\s*관계|관계[는가를이]?\s+(?:\S+\s+){0,6}?\S*(?:수립|정상화)/u,
	// 국교정상화, 국교를 정상화하였다: normalised relations are their start.
	established: /수립|맺|정상화|수교(?:했|하였|하고|하여|한|를|가|\s*이후)/u,
	begins: /수립|시작|맺었|맺고|맺은|정상화|수교(?:했|하였|하고|하여|한|\s*이후)/u,
	relationsNoun: /관계|수교/u,
	diplomatic: /외교|수교/u,
	negation: /없|단교|단절/u,
	cityParticles: new RegExp(`(?:${PARTICLES.join('|')})$`, 'u'),
	// "타지키스탄에서는 ... 공관을 개설했다": 에서는 names the side that acts (a host takes 에/에서, `hostAfter`).
	subjectAfter: /^(?:은|는|이|가|도|측은|측이|정부는|정부가|에서는)(?![\uAC00-\uD7A3])/u,
	senderGapBefore: /^\s*$/u,
	// "주카자흐스탄 미국 대사관" (the US embassy in Kazakhstan); 주한, 주미... use the country's one-syllable name.
	hostPrefix: {
		// Link texts glued together leave 주 right after the previous mission's name: "대사관주한".
		re: /(?:^|[^\uAC00-\uD7A3]|관)주\s?$/u,
		abbreviations: {
			주한: 'KR',
			주미: 'US',
			주일: 'JP',
			주중: 'CN',
			주러: 'RU',
			주영: 'GB',
			주독: 'DE',
			주불: 'FR',
			주프: 'FR'
		},
		// Not inside another word, except right after a mission's name glued on ("대사관주한").
		wordAt: (word) => new RegExp(`(?:(?<![\\uAC00-\\uD7A3])|(?<=관))${word}(?![\\uAC00-\\uD7A3])`, 'gu')
	},
	placeFirst: true,
	headings: [/^(.+?)\s*\[편집\]$/u],
	referenceTitles: ['관련 문서', '외부 링크', '각주', '참고 문헌', '같이 보기'],
	representedAny: /겸임|관할/u,
	hostAfter: /^에(?!서?는|서도)/u,
	subjectByPosition: false,
	reciprocal: /서로|상호|양국\s*수도/u,
	nearBefore: null,
	districtWords: /관할/u,
	personTitle: null,
	closeVerb: /폐쇄|철수|폐관|중단/u,
	upgraded: /승격/u
};

const countries: CountryNames = {
	locale: locale,
	// The library's Korean list has old or misspelt forms (러시아연방, 키르키즈스탄, 폴랜드, 기네비쏘...);
	// these are the forms of the National Institute of Korean Language and of the Namuwiki text.
	display: {
		RU: '러시아',
		KG: '키르기스스탄',
		TM: '투르크메니스탄',
		CZ: '체코',
		TR: '튀르키예',
		TW: '대만',
		GW: '기니비사우',
		AE: '아랍에미리트',
		PT: '포르투갈',
		PL: '폴란드',
		ET: '에티오피아',
		GE: '조지아',
		SZ: '에스와티니',
		ZW: '짐바브웨',
		TN: '튀니지',
		KI: '키리바시',
		TV: '투발루',
		MK: '북마케도니아',
		CF: '중앙아프리카 공화국',
		ZA: '남아프리카 공화국',
		CY: '키프로스',
		GL: '그린란드',
		SB: '솔로몬 제도',
		MH: '마셜 제도'
	},
	aliases: {
		미합중국: 'US',
		// "미군" (US forces) stands for the United States in the Namuwiki text: "미군기지", "미군이 철수했고".
		미군: 'US',
		한국: 'KR',
		// "our country", "our government": Korea, as Korean writes of itself.
		우리나라: 'KR',
		'우리 정부': 'KR',
		남한: 'KR',
		조선민주주의인민공화국: 'KP',
		러시아: 'RU',
		키르기즈스탄: 'KG',
		남아공: 'ZA',
		민주콩고: 'CD',
		'콩고 공화국': 'CG',
		사우디: 'SA',
		'바티칸 시국': 'VA',
		// Older or official forms still common in Korean texts.
		그루지야: 'GE',
		오스트레일리아: 'AU',
		중화인민공화국: 'CN',
		'러시아 연방': 'RU',
		'아랍 에미리트': 'AE'
	},
	notCountries: [
		'북아일랜드',
		'그리스도', // Christ
		'인도적', // humanitarian
		'인도주의', // humanitarianism
		'인도양', // the Indian Ocean
		'오만한', // arrogant
		'오만함', // arrogance
		'가나다', // "abc"
		'말리는', // verb 말리다, to dry / to stop someone
		'말리다'
	],
	// Jersey and Guernsey: 저지 means "blocking", "-건지" is a verb ending.
	dropped: new Set(['저지', '건지']),
	inflect: null,
	unspaced: true,
	suffix: new RegExp(`^(?:${NAME_PARTICLES.join('|')}){0,3}$`, 'u'),
	// Particles, or the mission or envoy the mark belongs to, glued on: "주한대사관", "주러시아대사".
	afterHostMark: new RegExp(
		`^(?:(?:${NAME_PARTICLES.join('|')}){0,3}$|(?:특명전권|명예|총|상주)?(?:대사|영사|공관|대표부|분관|무역관))`,
		'u'
	),
	// Korean news writes Korea's own missions and government as "ours": "비쉬케크에 우리 대사관이 개설됐습니다".
	ours: {
		re: /(?<![\uAC00-\uD7A3])우리(?:\s*나라)?(?=\s*(?:정부|대사관|총영사관|영사관|공관|대표부|분관|외교부|대사(?!관)|측|기업|국민))/gu,
		code: 'KR'
	},
	worldCountries: false,
	demonyms: {},
	adjectives: null
};

/**
 * Korean words that GeoNames gives as some city's Hangul name but that a Korean text uses as everyday words or
 * people's names far more often: Sino-Korean readings of Chinese and Japanese cities that are also common words
 * (위해 'for', 상해 'injury', 동경 'longing', 연대 'solidarity', 구미 'Europe and America'), Korean cities named like
 * common words (대전 'great war', 화성 'Mars', 이천 'two thousand'), and given names or surnames (블라디미르,
 * 링컨, 잭슨). The resolver also asks more of two-syllable Korean names; see `shortNameMinPopulation`.
 * One-syllable GeoNames names (본, 반, 님...) are never kept; CLDR's (빈 for Vienna) are.
 */
const NOT_CITIES = new Set([
	'위해',
	'상해',
	'동경',
	'연대',
	'구미',
	'대전',
	'화성',
	'이천',
	'오산',
	'구리',
	'나가',
	'홀로',
	'후에',
	'미리',
	'마리',
	'가자',
	'모시',
	'사리',
	'이브',
	'코로',
	'캔디',
	'모빌',
	'레온',
	'블라디미르',
	'리처드슨',
	'링컨',
	'잭슨',
	'다윈',
	'해밀턴',
	'빅토리아',
	'엘리자베스',
	'루이스',
	'콜럼버스',
	'트로이'
]);

/**
 * Curated city aliases, keyed by the document's spelling (compared after `surfaceKey`, so spaces,
 * hyphens, dots and case do not matter: 'Санкт Петербург' = 'Санкт-Петербург', '워싱턴 D.C.' = '워싱턴 DC').
 * Only what transliteration cannot reach is listed for Bulgarian; Korean has no transliteration here (Revised
 * Romanization of 워싱턴 is 'Wosingteon', not a gazetteer name), so every Korean city is listed.
 */
const ALIASES: Readonly<Record<string, AliasTarget>> = {
	아스타나: { name: 'Astana', country: 'KZ', geonameId: 1526273 },
	// The city's name from 2019 to 2022, as the 2019 sentence writes it.
	누르술탄: { name: 'Astana', country: 'KZ', geonameId: 1526273 },
	알마티: { name: 'Almaty', country: 'KZ' },
	'워싱턴 D.C.': { name: 'Washington', country: 'US', geonameId: 4140963 },
	// Bare 워싱턴 in a diplomatic sentence means the capital, not the state or the many small Washingtons.
	워싱턴: { name: 'Washington', country: 'US', geonameId: 4140963 },
	// The gazetteer has three Aktaus in KZ; the most populous is the Caspian port with the airport.
	악타우: { name: 'Aktau', country: 'KZ' },
	자나오젠: { name: 'Zhanaozen', country: 'KZ' },
	암스테르담: { name: 'Amsterdam', country: 'NL' },
	이스탄불: { name: 'Istanbul', country: 'TR' }
};

/**
 * The standard spelling of a foreign name written informally: the loanword orthography (외래어 표기법) writes "sh"
 * before a consonant as 슈, not 쉬 (비쉬케크 -> 비슈케크, 타쉬켄트 -> 타슈켄트), and no 쟈, 져, 죠, 쥬, 챠, 쳐, 쵸, 츄
 * (쟈카르타 -> 자카르타). The name as written is looked up first.
 */
const INFORMAL: Readonly<Record<string, string>> = {
	쉬: '슈',
	쟈: '자',
	져: '저',
	죠: '조',
	쥬: '주',
	챠: '차',
	쳐: '처',
	쵸: '초',
	츄: '추'
};
const INFORMAL_RE = new RegExp(`[${Object.keys(INFORMAL).join('')}]`, 'gu');
function standardSpelling(surface: string): string[] {
	const standard = surface.replace(INFORMAL_RE, (c) => INFORMAL[c]);
	return standard === surface ? [] : [standard];
}

const places: PlaceNames = {
	particles: PARTICLES,
	script: /\p{Script=Hangul}/u,
	capitalised: false,
	compactKeys: true,
	// No transliteration here: Korean has no route to the gazetteer's own names.
	toLatin: () => undefined,
	transliterate: null,
	baseForms: standardSpelling,
	notCities: NOT_CITIES,
	// One-syllable GeoNames names (본, 반, 님...) are never kept; CLDR's (빈 for Vienna) are.
	shortestAlternate: 2,
	gazetteerLanguage: false,
	commonWords: new Set(),
	// Korean has many two-syllable everyday words and names that some town's Hangul name equals (치타 'cheetah' for
	// Chita, 청주 'rice wine' for Cheongju): without a hint only cities of a million or national capitals (부산, 뮌헨,
	// 베른).
	shortNameMinPopulation: 1_000_000,
	aliases: ALIASES
};

const YEAR = '(19\\d\\d|20\\d\\d)';
/**
 * After a year, what makes it no date: a decade ("2000년대"), or an end of a span ("2007년과 2008년 사이", between
 * 2007 and 2008), which dates nothing to one year.
 */
const NOT_AFTER_YEAR = ['년대', '년[과와]\\s*(?:19|20)\\d\\d년\\s*사이', '년\\s*사이'];
const NOT_DIGIT_BEFORE = '(?<![\\d\\p{L}])';

const dates: DateWords = {
	months: [],
	yearWords: [],
	patterns: [
		{
			// Korean day: "2000년 7월 5일".
			re: new RegExp(`${NOT_DIGIT_BEFORE}${YEAR}년\\s*(\\d{1,2})월\\s*(\\d{1,2})일`, 'gu'),
			parse: (m) => [+m[1], +m[2], +m[3]]
		},
		{
			// Korean month: "2002년 1월".
			re: new RegExp(`${NOT_DIGIT_BEFORE}${YEAR}년\\s*(\\d{1,2})월`, 'gu'),
			parse: (m) => [+m[1], +m[2], null]
		},
		{
			// Korean year, but not a decade "2000년대" nor the end of a span (NOT_AFTER_YEAR).
			re: new RegExp(`${NOT_DIGIT_BEFORE}${YEAR}(?!${NOT_AFTER_YEAR.join('|')})년`, 'gu'),
			parse: (m) => [+m[1], null, null]
		}
	],
	notAfterYear: NOT_AFTER_YEAR,
	parser: null
};

const sentences: SentenceRules = {
	abbreviations: [],
	// A Korean sentence ends in a verb: only "다." / "요." close one, so "2023년 2월 28일. 안보..." stays whole; a dump
	// may lose the space after it ("있다.카자흐스탄에는").
	closing: { letters: '[\\uAC00-\\uD7A3]', end: /[다요][.!?]$/u }
};

const sections: SectionForms = { headingEnds: [], tableHeader: null, relationsContext: ['수교', '관계'] };

const clauses: ClauseWords = { and: ['과', '와', '및'], or: [], placePrepositions: [] };

export const ko: Language = { code: 'ko', lexicon, countries, places, dates, sentences, sections, clauses };
