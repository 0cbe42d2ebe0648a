/** Bulgarian: {@link Language}. */
import locale from 'i18n-iso-countries/langs/bg.json' with { type: 'json' };
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

/** Numbers from two in their definite form, as a group of countries is counted (петте държави). */
const BG_NUMBERS = [
	'двете',
	'трите',
	'четирите',
	'петте',
	'шестте',
	'седемте',
	'осемте',
	'деветте',
	'десетте'
];

const lexicon: Lexicon = {
	kinds: [
		{ kind: 'honorary-consulate', re: /почетн\p{L}*\s+консулств\p{L}*/iu },
		{ kind: 'consulate-general', re: /генерал\p{L}*\s+консулств\p{L}*/iu },
		{ kind: 'consulate', re: /(?<!\p{L})консулств\p{L}*/iu },
		// посолство, and the text's own typos посолоство and послоство.
		{ kind: 'embassy', re: /(?<!\p{L})пос[ол]{1,3}ств\p{L}*/iu },
		// A resident mission whose kind is not stated ("дипломатическата мисия на Казахстан") is the sender's embassy.
		{
			kind: 'embassy',
			re: /(?<!\p{L})дипломатическ\p{L}*\s+(?:мисия|мисии|представителств\p{L}*)/iu,
			unstated: true
		},
		{ kind: 'office', re: /(?<!\p{L})офис\p{L}*/iu }
	],
	envoy: /(?<!\p{L})посланиц?\p{L}*/iu,
	// "петте държави", "тези страни", "останалите държави".
	groups: {
		count:
			/(?<!\p{L})(\d+|двете|трите|четирите|петте|шестте|седемте|осемте|деветте|десетте)\s+(?:\p{L}+\s+)?(?:държави|страни|републики)/iu,
		number: (word) => (/^\d+$/u.test(word) ? +word : BG_NUMBERS.indexOf(word.toLowerCase()) + 2 || null),
		plural: /(?<!\p{L})(?:тези|тия|въпросните)\s+(?:държави|страни)/iu,
		rest: /(?<!\p{L})останалите\s+(?:държави|страни|републики)/iu
	},
	clauseBreak: /,\s+(?:а|както и|докато|но)\s+|;\s+|,\s+(?=което\s)/giu,
	modal:
		/обмисля|перспектив|планира|възнамерява|предстои|(?<!\p{L})ще(?!\p{L})(?!\s+(?:бъде|е)\s+със?\s+седалище)|решение\s+за\s+(?:откриване|създаване)|съгласие\s+за\s+откриване/iu,
	// "ще бъде със седалище в София" (will have its seat in Sofia) places a mission; it is no plan by itself.
	absent:
		/(?<!\p{L})(?:няма|нямат|не\s+(?:разполага|поддържа|поддържат)\p{L}*\s+(?:със?\s+)?)\s*(?:\p{L}+\s+){0,2}(?:пос[ол]{1,3}ств|консулств|дипломатическ\p{L}*\s+(?:мисия|мисии|представителств))/iu,
	exists: null,
	prepositionBefore: /(?:^|[\s(])(?:в|във|на|с|със|от|до|за|през|чрез|към|между|и)\s+$/iu,
	// "посолството на Република Судан": a title word may stand between.
	possessiveGap:
		/^\s+на\s+(?:(?:Република|Кралство|Държавата|Федерална\s+република|Султанат|Емирство)\s+)?$/u,
	hostGap: /^\s+(?:ни\s+|си\s+|им\s+)?в(?:ъв)?\s+(?:(?:Република|Кралство|Държавата)\s+)?$/u,
	hostMarkAfter: null,
	represented: /(?:представен\p{L}*\s+в(?:ъв)?|връзките си със?)\s+$/iu,
	sinceBeforeDate: /(?<!\p{L})от\s+$/iu,
	openVerb:
		/(?<!\p{L})(?:открива\p{L}*|откри|открит\p{L}*|отворен\p{L}*|отваря|създава\p{L}*|създаде|създаден\p{L}*|учредява|учреди)(?!\p{L})/iu,
	untilBeforeDate: /(?<!\p{L})до\s+$/iu,
	moved: /(?<!\p{L})преместен\p{L}*/iu,
	// ... and "Отношенията между България и Чили са установени / започват през …" (not "започват да се влошават").
	relationsWords:
		/дипл\p{L}*\s+(?:връзк|отношени|контакт)|(?<!\p{L})отношени\p{L}*\s+(?:между|с|със)\s+[^.;]{1,160}?\s+(?:(?:са|бяха)\s+(?:официално\s+)?установени|започ(?:ват|наха|ва))(?!\p{L})(?!\s+да\s)/iu,
	// "нормализират отношенията си": normalised relations are their start.
	established: /установ|нормализ/iu,
	begins: /започ|установ|нормализ/iu,
	relationsNoun: /отношени|връзк/iu,
	diplomatic: /дипл|официалн/iu,
	negation: /(?<!\p{L})(?:няма|нямат|не са|не е|липсва)(?!\p{L})/iu,
	cityParticles: null,
	subjectAfter: /^\s+(?:също\s+)?(?:има|имат|открива|откри|поддържа|поддържат|разполага)(?!\p{L})/iu,
	// An adjective of nationality right before the mission word: "турското посолство", "българското консулство".
	senderGapBefore: /^\s+$/u,
	hostPrefix: null,
	placeFirst: false,
	headings: [/^(.+?)\s*\[?Редактиране\]?$/u, /^(.+?)\[редактиране(?: на кода)?\]$/u],
	referenceTitles: ['Източници', 'Литература', 'Външни препратки', 'Вижте също', 'Бележки'],
	representedAny: /представен|връзките си с|акредитиран/iu,
	hostAfter: null,
	subjectByPosition: true,
	reciprocal:
		/(?<!\p{L})взаимно|столиците на двете|двете столици|(?<!\p{L})(?:в\s+)?двете\s+страни\s+(?:имат|поддържат|откриха|има)/iu,
	nearBefore: /(?:близо до|край)\s+$/iu,
	districtWords: /обхващащ|консулски\s+окръг|отговаря\s+за|с\s+юрисдикция/iu,
	closeVerb: /(?<!\p{L})(?:закри\p{L}*|затвори\p{L}*|преустанов\p{L}*|прекрат\p{L}*)/iu,
	// "е преобразувано в посолство", "е повишено до посолство", "получава статут на посолство".
	upgraded:
		/(?<!\p{L})(?:(?:повиш\p{L}*|преобразува\p{L}*|издигна\p{L}*)\s+(?:\p{L}+\s+)?(?:в|до)|(?:получ\p{L}*|придоби\p{L}*|даден\p{L}*|предоставен\p{L}*)\s+(?:\p{L}+\s+)?(?:статут|ранг)\s+на)(?!\p{L})/iu,
	personTitle:
		/(?<!\p{L})(?:посланик\p{L}*|президент\p{L}*|министър\p{L}*|премиер\p{L}*|консул\p{L}*|съветник\p{L}*|г-н|г-жа|д-р|проф\.)\s+$/iu
};

const BG_VOWEL_A = /[ая]$/u;

/**
 * Bulgarian forms with the definite article, which the text uses freely ("Филипините", "Ватикана",
 * "Съединените щати", "Обединеното кралство"). In a one-word name the article goes on the name; in a
 * longer name on its first word, which is an adjective. Unused forms cost nothing: nothing else is
 * spelt like them.
 */
function bgDefiniteForms(name: string): string[] {
	const words = name.split(' ');
	const first = words[0];
	const rest = words.slice(1).join(' ');
	const join = (w: string): string => (rest ? `${w} ${rest}` : w);
	const out: string[] = [];
	const lowerFirst = first.toLowerCase();
	if (BG_VOWEL_A.test(lowerFirst))
		out.push(join(first + 'та')); // Русията, Южната Корея
	else if (lowerFirst.endsWith('и'))
		out.push(join(first + 'те')); // Филипините, Съединените щати
	else if (/[оеую]$/u.test(lowerFirst))
		out.push(join(first + 'то')); // Обединеното кралство, Монакото
	else if (words.length > 1) {
		// Masculine adjectives: Южен Судан -> Южния/Южният Судан, Източен Тимор -> Източния Тимор.
		if (lowerFirst.endsWith('ен'))
			out.push(join(first.slice(0, -2) + 'ния'), join(first.slice(0, -2) + 'ният'));
	} else if (lowerFirst.endsWith('й')) {
		out.push(first.slice(0, -1) + 'я', first.slice(0, -1) + 'ят'); // Уругвая, Парагваят
	} else if (/\p{L}$/u.test(lowerFirst)) {
		out.push(first + 'а', first + 'ът'); // Ватикана, Казахстанът
	}
	return out;
}

/**
 * Bulgarian adjectives of nationality made by rule: the name's stem (less a final -ия, -я or -а) and -ски, -йски
 * (Корея -> корейски), -ийски (Индия -> индийски) or -иански (Италия -> италиански), in every form, definite ones
 * included ("казахстанското", "турските"), or the -о of the first part of a compound ("казахстанско-турските"). Group 1
 * is the word less its ending.
 */
const BULGARIAN_ADJECTIVE =
	/(?<!\p{L})(\p{L}{2,}?(?:ск|цк|шк|жк|зк))(?:ият|ия|ата|ото|ите|и|а|о)(?!\p{L})/giu;

const BULGARIAN_SUFFIXES = ['ианск', 'ийск', 'йск', 'ск'];

/** The stems an adjective may be made on; a stem ending in -с takes -к alone (Русия -> руски, Беларус -> беларуски). */
function bgAdjectiveStems(adjective: string): string[] {
	const out = BULGARIAN_SUFFIXES.filter((s) => adjective.endsWith(s)).map((s) =>
		adjective.slice(0, -s.length)
	);
	if (adjective.endsWith('ск')) out.push(adjective.slice(0, -1));
	return out.filter((s) => s.length >= 3);
}

/** The stem of a one-word name (Казахстан -> казахстан, България -> българ); null for a longer name. */
function bgAdjectiveStem(name: string): string | null {
	if (/[\s-]/u.test(name.trim())) return null;
	const stem = name
		.trim()
		.toLowerCase()
		.replace(/(?:ия|я|а)$/u, '');
	return stem.length >= 3 ? stem : null;
}

/**
 * Adjectives the rule does not make from the name (less their ending): турски from Турция, френски from Франция,
 * американски from САЩ. Written out by hand from standard usage (each is the adjective a Bulgarian dictionary gives for
 * the country): no package on the registry carries Bulgarian adjectives of nationality.
 */
const BG_IRREGULAR_ADJECTIVES: Readonly<Record<string, string>> = {
	американск: 'US',
	британск: 'GB',
	грузинск: 'GE',
	гръцк: 'GR',
	датск: 'DK',
	казашк: 'KZ',
	киргизк: 'KG',
	кубинск: 'CU',
	литовск: 'LT',
	мексиканск: 'MX',
	немск: 'DE',
	норвежк: 'NO',
	полск: 'PL',
	саудитск: 'SA',
	словашк: 'SK',
	сръбск: 'RS',
	таджикск: 'TJ',
	туркменск: 'TM',
	турск: 'TR',
	узбекск: 'UZ',
	украинск: 'UA',
	финск: 'FI',
	френск: 'FR',
	холандск: 'NL',
	чешк: 'CZ',
	шведск: 'SE'
};

const countries: CountryNames = {
	locale: locale,
	display: {
		US: 'САЩ',
		GB: 'Великобритания',
		PS: 'Палестина',
		CG: 'Република Конго',
		CD: 'Демократична република Конго',
		BN: 'Бруней',
		SZ: 'Есватини'
	},
	aliases: {
		'Съединени американски щати': 'US',
		// The library has only the definite form; the indefinite one yields the inflections.
		'Обединено кралство': 'GB',
		// Spellings of the Bulgarian Wikipedia text: "Азербейджан има посолоство" (line 23) and
		// "граждани на Казастан" (line 42).
		Азербейджан: 'AZ',
		Казастан: 'KZ',
		// The library writes "Конго (Бразавил)" and "Конго (Киншаса)"; the text's closing list says just
		// "Конго", which Bulgarian usage reads as the Republic of the Congo (Brazzaville).
		Конго: 'CG',
		'ДР Конго': 'CD',
		'Сейшелски острови': 'SC',
		Македония: 'MK',
		Холандия: 'NL',
		Бирма: 'MM',
		Молдавия: 'MD',
		Киргизия: 'KG',
		Таиланд: 'TH',
		'Чешка република': 'CZ',
		'Тимор-Лесте': 'TL',
		// Abbreviations and official forms of Bulgarian usage that the library lacks.
		КНР: 'CN',
		'Китайска народна република': 'CN',
		КНДР: 'KP',
		'Корейска народнодемократична република': 'KP',
		'Република Корея': 'KR',
		ОАЕ: 'AE',
		ФРГ: 'DE',
		ЮАР: 'ZA',
		'Руска федерация': 'RU',
		Белорусия: 'BY'
	},
	notCountries: ['Нова Гвинея', 'Ню Мексико', 'Ню Джърси', 'Северна Ирландия'],
	dropped: new Set(),
	inflect: bgDefiniteForms,
	unspaced: false,
	suffix: null,
	afterHostMark: null,
	ours: null,
	worldCountries: false,
	demonyms: {},
	adjectives: {
		re: BULGARIAN_ADJECTIVE,
		stems: bgAdjectiveStems,
		stem: bgAdjectiveStem,
		irregular: BG_IRREGULAR_ADJECTIVES
	}
};

/**
 * Bulgarian official streamlined system (Transliteration Act 2009, also adopted by the UN in 2012). Written here
 * rather than taken from `translitbg` (the only Bulgarian-specific package found) because that package decides
 * "end of word" for the -ия rule with an ASCII-only `\w`, so it renders -ия as 'ia' before any Cyrillic letter too.
 */
const BG_LATIN: Readonly<Record<string, string>> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ж: 'zh',
	з: 'z',
	и: 'i',
	ѝ: 'i',
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
	х: 'h',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'sht',
	ъ: 'a',
	ь: 'y',
	ю: 'yu',
	я: 'ya'
};

/** Transliterates Bulgarian Cyrillic to Latin (streamlined system); other characters pass through unchanged. */
export function transliterateBg(text: string): string {
	// The one contextual rule: word-final -ия is 'ia', not 'iya' (София -> Sofia).
	const withFinalIa = text.replace(/(и)(я)(?![\p{L}\p{M}])/giu, (_m, i: string, ya: string) =>
		i === 'И' ? (ya === 'Я' ? 'IA' : 'Ia') : 'ia'
	);
	const chars = [...withFinalIa];
	const isUpper = (ch: string | undefined): boolean =>
		ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
	let out = '';
	chars.forEach((ch, i) => {
		const lower = ch.toLowerCase();
		const latin = BG_LATIN[lower];
		if (latin === undefined) out += ch;
		else if (ch === lower) out += latin;
		// In an all-capitals word Щ is 'SHT'; as an initial capital it is 'Sht' (Щастие -> Shtastie).
		else if (isUpper(chars[i + 1]) || isUpper(chars[i - 1])) out += latin.toUpperCase();
		else out += latin.charAt(0).toUpperCase() + latin.slice(1);
	});
	return out;
}

/**
 * Curated city aliases, keyed by the document's spelling (compared after `surfaceKey`, so spaces,
 * hyphens, dots and case do not matter: 'Санкт Петербург' = 'Санкт-Петербург', '워싱턴 D.C.' = '워싱턴 DC').
 * Only what transliteration cannot reach is listed for Bulgarian; Korean has no transliteration here (Revised
 * Romanization of 워싱턴 is 'Wosingteon', not a gazetteer name), so every Korean city is listed.
 */
const ALIASES: Readonly<Record<string, AliasTarget>> = {
	Астана: { name: 'Astana', country: 'KZ', geonameId: 1526273 },
	Алмати: { name: 'Almaty', country: 'KZ' },
	Ашхабад: { name: 'Ashgabat', country: 'TM' },
	// The Bulgarian article misspells the capital with a final т; accept the text as written.
	Ашхабат: { name: 'Ashgabat', country: 'TM' },
	Ереван: { name: 'Yerevan', country: 'AM' },
	Москва: { name: 'Moscow', country: 'RU' },
	'Куала Лампур': { name: 'Kuala Lumpur', country: 'MY' },
	Вилнюс: { name: 'Vilnius', country: 'LT' },
	Букурещ: { name: 'Bucharest', country: 'RO' },
	'Санкт Петербург': { name: 'Saint Petersburg', country: 'RU' },
	// The gazetteer also has a village Astrakhan in KZ; the article's consulate is the Russian city.
	Астрахан: { name: 'Astrakhan', country: 'RU' },
	// Uralsk is the Russian-era name; GeoNames uses the Kazakh 'Oral'.
	Уралск: { name: 'Oral', country: 'KZ' },
	Киев: { name: 'Kyiv', country: 'UA' },
	Одеса: { name: 'Odesa', country: 'UA', geonameId: 698740 },
	Отава: { name: 'Ottawa', country: 'CA' },
	Вашингтон: { name: 'Washington', country: 'US', geonameId: 4140963 },
	Балкаш: { name: 'Balkhash', country: 'KZ', geonameId: 1525798 },
	Байконур: { name: 'Baikonur', country: 'KZ' }
};

const places: PlaceNames = {
	particles: [],
	script: /^[\p{Script=Cyrillic}\s.'’-]+$/u,
	capitalised: true,
	compactKeys: false,
	// Only Cyrillic surfaces: Latin words in the Bulgarian article are citations and quotations ('Hamburg, Verlag Dr.
	// Kovac', 'Jerusalem Post'), never the narrative's places.
	toLatin: (surface) => (/^[\p{Script=Cyrillic}\s-]+$/u.test(surface) ? transliterateBg(surface) : undefined),
	transliterate: transliterateBg,
	notCities: new Set(),
	shortestAlternate: 0,
	gazetteerLanguage: false,
	commonWords: new Set(),
	shortNameMinPopulation: null,
	aliases: ALIASES
};

const dates: DateWords = {
	months: [
		'януари',
		'февруари',
		'март',
		'април',
		'май',
		'юни',
		'юли',
		'август',
		'септември',
		'октомври',
		'ноември',
		'декември'
	],
	// "1992 година", "1994 г.": the word "year" belongs to the date, so a highlight covers it.
	yearWords: ['година', 'години', 'г.'],
	patterns: [],
	notAfterYear: [],
	parser: null
};

const sentences: SentenceRules = {
	abbreviations: ['г', 'гр', 'ул', 'т\\.е', 'напр', 'вкл', 'млн', 'млрд', 'хил', '[А-Я]'],
	closing: null
};

const sections: SectionForms = {
	headingEnds: ['Редактиране'],
	tableHeader: /^Държава\s+Начало на официалните отношения/u,
	relationsContext: ['отношени', 'връзк']
};

const clauses: ClauseWords = { and: ['и'], or: ['или'], placePrepositions: ['в', 'във'] };

export const bg: Language = { code: 'bg', lexicon, countries, places, dates, sentences, sections, clauses };
