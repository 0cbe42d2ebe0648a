/** Russian: {@link Language}. Its case forms of names are in `ru-morphology.ts`. */
import locale from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
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
import {
	RUSSIAN_ADJECTIVE,
	russianAdjectiveStem,
	russianAdjectiveStems,
	russianBaseForms,
	russianCaseForms
} from './ru-morphology';

/**
 * Adjectives of nationality that the rule of `RUSSIAN_ADJECTIVE` does not make from the country's name (less their
 * ending): турецкий from Турция, белорусский from Беларусь, американский from США. Written out by hand from standard
 * usage (each is the adjective a Russian dictionary gives for the country): no package on the registry carries Russian
 * adjectives of nationality (world-countries has English and French ones, i18n-iso-countries names only).
 */
const RU_IRREGULAR_ADJECTIVES: Readonly<Record<string, string>> = {
	американск: 'US',
	афганск: 'AF',
	белорусск: 'BY',
	британск: 'GB',
	венгерск: 'HU',
	голландск: 'NL',
	греческ: 'GR',
	грузинск: 'GE',
	датск: 'DK',
	казахск: 'KZ',
	киргизск: 'KG',
	кубинск: 'CU',
	кыргызск: 'KG',
	литовск: 'LT',
	мексиканск: 'MX',
	немецк: 'DE',
	норвежск: 'NO',
	польск: 'PL',
	саудовск: 'SA',
	словацк: 'SK',
	таджикск: 'TJ',
	туркменск: 'TM',
	турецк: 'TR',
	узбекск: 'UZ',
	финск: 'FI',
	французск: 'FR',
	чешск: 'CZ',
	шведск: 'SE',
	армянск: 'AM'
};

/** Title words that may stand between a mission word and its country: "посольство Республики Казахстан". */
const TITLE_GENITIVE = '(?:Республики|Королевства|Государства|Султаната|Княжества|Эмирата|Содружества)';
const TITLE_LOCATIVE = '(?:Республике|Королевстве|Государстве|Султанате|Княжестве|Эмирате)';

/** Stems of the numbers from two, in any case (пять, пяти; трёх): две/двух, три/трёх... */
const RU_NUMBERS = ['дв', 'тр', 'четыр', 'пят', 'шест', 'сем', 'вос', 'девят', 'десят'];

const lexicon: Lexicon = {
	kinds: [
		// An honorary consul stands for an honorary consulate, as in English: the post is the person's office.
		{ kind: 'honorary-consulate', re: /поч[её]тн\p{L}*\s+консул(?!ьск)\p{L}*/iu },
		// A trade mission and an embassy's branch (отделение посольства) before the embassy word they contain.
		{
			kind: 'office',
			re: /(?<!\p{L})(?:торгов\p{L}*\s+представительств\p{L}*|отделени\p{L}*\s+посольств\p{L}*|офис\p{L}*)/iu
		},
		{
			kind: 'consulate-general',
			re: /(?<!\p{L})(?:генеральн\p{L}*\s+консульств\p{L}*|генконсульств\p{L}*)/iu
		},
		// "консульское учреждение", a consular post of no stated rank: a consulate.
		{ kind: 'consulate', re: /(?<!\p{L})(?:консульств\p{L}*|консульск\p{L}*\s+учреждени\p{L}*)/iu },
		// A diplomatic mission of unstated kind (дипломатическое представительство, диппредставительство) is the
		// sender's resident mission to the host's government: an embassy (data/eval/README.md).
		{
			kind: 'embassy',
			re: /(?<!\p{L})(?:посольств\p{L}*|дипломатическ\p{L}*\s+представительств\p{L}*|диппредставительств\p{L}*)/iu
		},
		// "Дипломатическая миссия РК в РТ", as the Bulgarian and English words: read only with its sender stated.
		{ kind: 'embassy', re: /(?<!\p{L})дипломатическ\p{L}*\s+мисси\p{L}*/iu, unstated: true }
	],
	// An ambassador in any case (посол, посла, послу, послом, послы, послов...), not the preposition "после".
	envoy: /(?<!\p{L})(?:посол|посл(?:а|у|ом|ы|ов|ам|ами|ах))(?!\p{L})/iu,
	// ", а" opens a clause with its own subject ("..., а Турция — в Анкаре"); ", а также" continues a list.
	// "пяти государств", "этих стран", "остальных стран": the numbers in the cases they take before стран(ы).
	groups: {
		count:
			/(?<!\p{L})(\d+|дв[аеу]х?|тр[её]х|три|четыр[её]х|четыре|пят[ьи]|шест[ьи]|сем[ьи]|восьми|восемь|девят[ьи]|десят[ьи])\s+(?:\p{L}+(?:ых|их)\s+)?(?:стран\p{L}*|государств\p{L}*|республик\p{L}*)/iu,
		number: (word) =>
			/^\d+$/u.test(word)
				? +word
				: RU_NUMBERS.findIndex((stem) => word.toLowerCase().startsWith(stem)) + 2 || null,
		plural: /(?<!\p{L})(?:эти|этих|этим|этими|указанн\p{L}+|данн\p{L}+)\s+(?:стран\p{L}*|государств\p{L}*)/iu,
		rest: /(?<!\p{L})остальн\p{L}+\s+(?:стран\p{L}*|государств\p{L}*|республик\p{L}*)/iu
	},
	clauseBreak:
		/,\s+(?:а(?!\s+также)|но|однако|тогда\s+как|в\s+то\s+время\s+как)\s+|;\s+|,\s+(?=котор\p{L}*\s)/giu,
	// Plans, decisions and future tenses ("планирует открыть", "решение об открытии", "откроет", "будет создано"), an
	// infinitive of opening ("распорядился открыть"), work toward one ("работа по учреждению"), and missions stated not to exist ("не имеют
	// диппредставительств"): none of them is a mission on the map.
	modal:
		/(?<!\p{L})(?:планир\p{L}*|намерен\p{L}*|намерева\p{L}*|собира\p{L}*|предполага\p{L}*|перспектив\p{L}*|будет|будут|станет|откроет\p{L}*|откроют\p{L}*|откроется|откроются|открыть|учредить|создать|рассматрива\p{L}*|решени\p{L}*|решил\p{L}*|распорядил\p{L}*|распоряжени\p{L}*|проект\p{L}*|согласован\p{L}*|договорил\p{L}*|предстоит|работ\p{L}*\s+по\s+(?:открытию|учреждению|созданию)|нет|не\s+(?:имеет|имеют|имеется|имелось|было|был|была|были|существует))(?!\p{L})/iu,
	exists: null,
	// Not "у": "У Азербайджана есть посольство" names the owner, the clause's subject. A country in the genitive
	// after a person's office ("посол Казахстана", "премьер-министра РК", "посла республики Беларусь") is that
	// person's, not the subject either.
	prepositionBefore:
		/(?:(?:^|[\s(])(?:в|во|на|с|со|из|от|до|для|при|по|о|об|к|ко|между|через|за|под|над|перед|без|про|и)|(?<!\p{L})(?:посол|посл[аеу]|послом|президент[аеу]?|президентом|(?:премьер-)?министр[аеу]?|(?:премьер-)?министром|глав[аеыу]|губернатор[аеу]?)(?:\s+(?:республики|королевства|государства))?)\s+$/iu,
	// The genitive after the mission word names its sender: "посольство России", "посольства Республики Казахстан".
	possessiveGap: new RegExp(`^\\s+(?:${TITLE_GENITIVE}\\s+)?$`, 'u'),
	hostGap: new RegExp(`^\\s+(?:во?|на)\\s+(?:${TITLE_LOCATIVE}\\s+)?$`, 'u'),
	hostMarkAfter: null,
	// "представлена в Латвии", "аккредитован в", "по совместительству в", "Интересы РФ в Мальдивской Республике
	// (представляет посольство...)".
	represented:
		/(?:представлен\p{L}*\s+(?:в|во|на)|аккредитован\p{L}*\s+(?:в|во|на|при)|по\s+совместительству\s+(?:в|во|на)|интересы\s+(?:\p{L}+\s+){1,3}(?:в|во|на))\s+$/iu,
	sinceBeforeDate: /(?<!\p{L})(?:с|со|начиная\s+с)\s+$/iu,
	openVerb:
		/(?<!\p{L})(?:открыт\p{L}*|открыл\p{L}*|открыва\p{L}*|учрежд\p{L}*|учреди\p{L}*|создан\p{L}*|созда(?:л|ла|ло|ли)|начал\p{L}*\s+(?:работ|функционир|действ)\p{L}*)(?!\p{L})/iu,
	untilBeforeDate: /(?<!\p{L})до\s+$/iu,
	moved:
		/(?<!\p{L})(?:перенес[её]н\p{L}*|перенесл\p{L}*|переехал\p{L}*|переведен\p{L}*|переведён\p{L}*|перемещен\p{L}*)/iu,
	// ... and "Отношения между Казахстаном и Чили были установлены / начались в …".
	relationsWords:
		/дипломатическ\p{L}*\s+(?:отношени|связ|контакт)|дипотношени|(?<!\p{L})отношени\p{L}*\s+(?:между|с|со)\s+[^.;]{1,160}?\s+(?:(?:были|был[аио]?)\s+)?(?:впервые\s+|официально\s+)*(?:установлены|начались)(?!\p{L})/iu,
	established: /установ/iu,
	begins: /установ|начал/iu,
	relationsNoun: /отношени|связ/iu,
	diplomatic: /дипл|официальн/iu,
	negation:
		/(?<!\p{L})(?:нет|не\s+(?:имеет|имеют|поддержива\p{L}*|установ\p{L}*|был\p{L}*)|отсутству\p{L}*|разорва\p{L}*|разрыв\p{L}*|прерва\p{L}*)(?!\p{L})/iu,
	cityParticles: null,
	subjectAfter:
		/^\s+(?:также\s+|тоже\s+|уже\s+)?(?:имеет|имеют|имела|имел|имело|открыл\p{L}*|открывает|открывают|располагает|располагают|содержит|содержат|поддерживает|поддерживают|есть|учредил\p{L}*)(?!\p{L})/iu,
	// An adjective of nationality right before the mission word: "российское посольство", "казахстанского посольства".
	senderGapBefore: /^\s+$/u,
	hostPrefix: null,
	placeFirst: false,
	// Russian Wikipedia's edit links: "История[править | править код]".
	headings: [/^(.+?)\s*\[править(?:\s*\|\s*править код)?\]$/u],
	referenceTitles: ['Примечания', 'Литература', 'Ссылки', 'См. также', 'Источники'],
	representedAny:
		/по\s+совместительству|аккредитован|представля\p{L}*\s+интересы|интересы\s+(?:\p{L}+\s+){1,3}(?:в|во|на)\s/iu,
	hostAfter: null,
	subjectByPosition: true,
	reciprocal:
		/друг\s+у\s+друга|в\s+столицах\s+(?:обеих|двух|друг)|(?<!\p{L})взаимно|(?<!\p{L})(?:в\s+)?обеих\s+странах|(?<!\p{L})обе\s+страны\s+(?:имеют|открыли|держат|содержат)/iu,
	nearBefore: /(?:близ|недалеко\s+от|около|под)\s+$/iu,
	districtWords: /консульск\p{L}*\s+округ|охватыва\p{L}*|отвеча\p{L}*\s+за|юрисдикци/iu,
	closeVerb: /(?<!\p{L})(?:закры\p{L}*|приостанов\p{L}*|прекрати\p{L}*|прекращ\p{L}*|эвакуир\p{L}*)/iu,
	upgraded:
		/(?<!\p{L})(?:(?:преобразова\p{L}*|повышен\p{L}*|повыс\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:в|до)|(?:получ\p{L}*|придан\p{L}*|присвоен\p{L}*)\s+статус)(?!\p{L})/iu,
	personTitle:
		/(?<!\p{L})(?:посол\p{L}*|посл[аеу]\p{L}*|президент\p{L}*|министр\p{L}*|премьер\p{L}*|консул(?!ьств)\p{L}*|советник\p{L}*|губернатор\p{L}*|глав[аеыу]|г-н|г-жа|господин\p{L}*|госпож\p{L}*|д-р|проф\.)\s+$/iu
};

const countries: CountryNames = {
	locale: locale,
	// The library writes some names as acronyms with their expansion, or in official form.
	display: {
		CN: 'Китай',
		KP: 'КНДР',
		KR: 'Южная Корея',
		PS: 'Палестина',
		EH: 'Западная Сахара'
	},
	aliases: {
		// Forms of current Russian usage that the library lacks (it has Киргизия, Туркмения, Молдавия).
		Кыргызстан: 'KG',
		Киргизстан: 'KG',
		'Кыргызская Республика': 'KG',
		Туркменистан: 'TM',
		Молдова: 'MD',
		Белоруссия: 'BY',
		Китай: 'CN',
		'Китайская Народная Республика': 'CN',
		'Северная Корея': 'KP',
		'Корейская Народно-Демократическая Республика': 'KP',
		'Южная Корея': 'KR',
		'Соединённые Штаты Америки': 'US',
		'Соединённые Штаты': 'US',
		'Соединённое Королевство': 'GB',
		'Объединённые Арабские Эмираты': 'AE',
		'Центральноафриканская Республика': 'CF',
		'Южно-Африканская Республика': 'ZA',
		'Южная Африка': 'ZA',
		'Западная Сахара': 'EH',
		Палестина: 'PS',
		'Багамские Острова': 'BS',
		'Мальдивская Республика': 'MV',
		'Чешская Республика': 'CZ',
		Македония: 'MK',
		Бирма: 'MM',
		Свазиленд: 'SZ',
		'Тимор-Лесте': 'TL',
		Голландия: 'NL',
		'Папуа-Новая Гвинея': 'PG',
		// The library writes "Республика Конго"; the bare name is read as the Republic, as in bg and en.
		Конго: 'CG',
		'ДР Конго': 'CD',
		ДРК: 'CD',
		// Abbreviations of Russian usage: РФ (the Russian Federation); in the Central Asian press РК and КР are the
		// Republic of Kazakhstan and the Kyrgyz Republic ("МИД КР", "премьер-министра РК").
		РФ: 'RU',
		РК: 'KZ',
		КР: 'KG'
	},
	notCountries: ['Новая Гвинея', 'Нью-Мексико', 'Нью-Джерси', 'Северная Ирландия', 'Южная Америка'],
	dropped: new Set(),
	inflect: russianCaseForms,
	unspaced: false,
	suffix: null,
	afterHostMark: null,
	ours: null,
	worldCountries: false,
	demonyms: {},
	adjectives: {
		re: RUSSIAN_ADJECTIVE,
		stems: russianAdjectiveStems,
		stem: russianAdjectiveStem,
		irregular: RU_IRREGULAR_ADJECTIVES
	}
};

/**
 * Russian Cyrillic to Latin as GeoNames' English names write Russian places (BGN/PCGN without its diacritics and
 * apostrophes: Тюмень -> Tyumen, Щёлково -> Shchelkovo), to compare with the gazetteer's own names.
 */
const RU_LATIN: Readonly<Record<string, string>> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ё: 'e',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'y',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya'
};

/** Transliterates Russian Cyrillic to Latin (see RU_LATIN); other characters pass through unchanged. */
export function transliterateRu(text: string): string {
	let out = '';
	for (const ch of text.replace(/ий(?![\p{L}])/gu, 'iy')) {
		const lower = ch.toLowerCase();
		const latin = RU_LATIN[lower];
		if (latin === undefined) out += ch;
		else if (ch === lower || latin === '') out += latin;
		else out += latin.charAt(0).toUpperCase() + latin.slice(1);
	}
	return out;
}

/**
 * Curated city aliases (compared after `compactKey`: spaces, hyphens, dots and case do not matter), for what the
 * name table and transliteration do not settle: the capital's names, pinned to one GeoNames id with its current
 * English name, and homonyms a Russian text means one way.
 */
const ALIASES: Readonly<Record<string, AliasTarget>> = {
	Астана: { name: 'Astana', country: 'KZ', geonameId: 1526273 },
	// The capital's name from 2019 to 2022 (Нур-Султан; a text may write it as one word).
	'Нур-Султан': { name: 'Astana', country: 'KZ', geonameId: 1526273 },
	Алматы: { name: 'Almaty', country: 'KZ' },
	// The Russian name of Almaty, still current in Russian texts.
	'Алма-Ата': { name: 'Almaty', country: 'KZ' },
	Москва: { name: 'Moscow', country: 'RU' },
	'Санкт-Петербург': { name: 'Saint Petersburg', country: 'RU' },
	Вашингтон: { name: 'Washington', country: 'US', geonameId: 4140963 },
	// Uralsk is the Russian name; GeoNames uses the Kazakh 'Oral'.
	Уральск: { name: 'Oral', country: 'KZ' },
	// The gazetteer also has a village Astrakhan in KZ; Russian texts mean the Russian city.
	Астрахань: { name: 'Astrakhan', country: 'RU' },
	Киев: { name: 'Kyiv', country: 'UA' },
	Одесса: { name: 'Odesa', country: 'UA', geonameId: 698740 },
	Байконур: { name: 'Baikonur', country: 'KZ' }
};

const CYRILLIC_NAME = /^[\p{Script=Cyrillic}\s-]+$/u;

const places: PlaceNames = {
	particles: [],
	script: /^[\p{Script=Cyrillic}\s.'’-]+$/u,
	capitalised: true,
	compactKeys: false,
	toLatin: (surface) => (CYRILLIC_NAME.test(surface) ? transliterateRu(surface) : undefined),
	transliterate: transliterateRu,
	baseForms: russianBaseForms,
	// Most Cyrillic city names are spelt alike in Bulgarian and Russian (Бишкек, Ташкент, Берлин): the name table
	// keeps for Russian only the names Bulgarian lacks, and Russian reads both.
	namesFrom: 'bg',
	notCities: new Set(),
	shortestAlternate: 3,
	gazetteerLanguage: false,
	commonWords: new Set(),
	shortNameMinPopulation: null,
	aliases: ALIASES
};

const dates: DateWords = {
	// Genitive months, as a day-month-year date writes them: "5 июня 1992 г.", "29 апреля 2022 года".
	months: [
		'января',
		'февраля',
		'марта',
		'апреля',
		'мая',
		'июня',
		'июля',
		'августа',
		'сентября',
		'октября',
		'ноября',
		'декабря'
	],
	// "1992 года", "в 1992 году", "1994 г.", "1992–1994 гг.": the word "year" belongs to the date.
	yearWords: ['года', 'году', 'гг.', 'г.'],
	patterns: [
		{
			// A month and year, in the prepositional or nominative ("в марте 1992 года", "апрель 1993"). The
			// nominatives март, май, август are Bulgarian too and read by the shared month-year pattern.
			re: /(?<!\p{L})(январ[ье]|феврал[ье]|марте|апрел[ье]|мае|июн[ье]|июл[ье]|августе|сентябр[ье]|октябр[ье]|ноябр[ье]|декабр[ье])\s+(19\d\d|20\d\d)(?!\d)(?:\s(?:года|году|г\.))?/giu,
			parse: (m) => [+m[2], RU_MONTH_STEMS.findIndex((s) => m[1].toLowerCase().startsWith(s)) + 1, null]
		}
	],
	// A decade: "1990-е", "в 1990-х годах".
	notAfterYear: ['-(?:е|х|ые|ых|ми)(?!\\p{L})'],
	parser: null
};

const RU_MONTH_STEMS = [
	'январ',
	'феврал',
	'март',
	'апрел',
	'ма',
	'июн',
	'июл',
	'август',
	'сентябр',
	'октябр',
	'ноябр',
	'декабр'
];

const sentences: SentenceRules = {
	// "г." (год, город), "гг.", "т. е.", "им." (имени: "ул. им. Абая"), "ул.", "тыс.", "обл.", an initial ("Д.
	// Цогтбаатар"). Not "т. д." nor "и др.": they end the sentences they close ("... и т. д. Россия ...").
	abbreviations: [
		'г',
		'гг',
		'т\\.\\s?е',
		'им',
		'ул',
		'просп',
		'пер',
		// дом, a house number ("ул. Абая, д. 5"), but not the д of "т. д."
		'(?<!т\\.\\s?)д',
		'тыс',
		'млн',
		'млрд',
		'руб',
		'долл',
		'обл',
		'проф',
		'акад',
		'ген',
		'см',
		'ст',
		'[А-ЯЁ]'
	],
	closing: null
};

const sections: SectionForms = { headingEnds: [], tableHeader: null, relationsContext: ['отношени', 'связ'] };

const clauses: ClauseWords = { and: ['и'], or: ['или'], placePrepositions: ['во'] };

export const ru: Language = { code: 'ru', lexicon, countries, places, dates, sentences, sections, clauses };
