/** English: {@link Language}. */
import locale from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import * as chrono from 'chrono-node';
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

/** Numbers from two, as a group of countries is counted. */
const EN_NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const lexicon: Lexicon = {
	kinds: [
		{
			// An honorary consul stands for an honorary consulate: the post is the person's office.
			kind: 'honorary-consulate',
			re: /(?<!\p{L})honorary\s+consul(?:ates?|s)?(?:[\s-]+generals?)?(?!\p{L})/iu
		},
		{
			kind: 'office',
			re: /(?<!\p{L})(?:(?:trade|representative|liaison|economic|commercial|embassy|branch|consular)\s+(?:and\s+\p{L}+\s+)?offices?|offices?\s+of\s+the\s+embassy|(?:a|its|the)\s+branch(?:es)?)(?!\p{L})/iu
		},
		{
			kind: 'consulate-general',
			re: /(?<!\p{L})(?:consulates?[\s-]+generals?|general\s+consulates?)(?!\p{L})/iu
		},
		{ kind: 'consulate', re: /(?<!\p{L})consulates?(?!\p{L})/iu },
		{ kind: 'embassy', re: /(?<!\p{L})embass(?:y|ies)(?!\p{L})/iu },
		// A resident mission whose kind is not stated is the sender's embassy: its mission to the host's government.
		{ kind: 'embassy', re: /(?<!\p{L})diplomatic\s+missions?(?!\p{L})/iu, unstated: true }
	],
	envoy: /(?<!\p{L})(?:ambassadors?|envoys?|heads?\s+of\s+mission)(?!\p{L})/iu,
	// ... and around a clause of establishing relations ("After establishing relations with China in 1991, Kazakhstan
	// opened ..."; "... opened an embassy after establishing relations ..."): its date is theirs.
	// "these five countries", "the five Central Asian states", "these countries", "the remaining countries".
	groups: {
		count:
			/(?<!\p{L})(?:these|those|the|all)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\p{Lu}\p{L}*\s+){0,2}(?:countries|states|nations|republics)(?!\p{L})/u,
		number: (word) => (/^\d+$/u.test(word) ? +word : EN_NUMBERS.indexOf(word) + 2 || null),
		plural: /(?<!\p{L})(?:these|those)\s+(?:countries|states|nations|republics)(?!\p{L})/iu,
		rest: /(?<!\p{L})the\s+remaining\s+(?:countries|states|nations|republics)(?!\p{L})/iu
	},
	clauseBreak:
		/;\s+|,\s+(?:while|whereas|but|and\s+(?=[^,;]*?(?<!\p{L})(?:has|have|maintains|opened|operates|established)(?!\p{L})))\s*|\s+(?:while|whereas)\s+|(?<=(?<!\p{L})(?:has|have|had|maintains|maintained|opened|operates|established)(?!\p{L})[^;]*)\s+and\s+(?=(?:the\s+)?\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?\s+(?:also\s+)?(?:has|have|maintains|opened|operates|established)(?!\p{L}))|,?\s+and\s+(?=(?:was\s+|were\s+|has\s+been\s+|later\s+|then\s+)*(?:moved|relocated|transferred|(?:began|started)\s+(?:operating|functioning|working)\s+in)(?!\p{L}))|(?<=^(?:After|Following|Since|Once|Upon)\s+(?:the\s+)?(?:establish|normali[sz])[^,;]*),\s+|\s+(?=(?:after|following)\s+(?:the\s+)?(?:establish|normali[sz])\p{L}*\s)/gu,
	modal:
		/(?<!\p{L})(?:will|plans?\s+to|planned|planning|intends?|intended|proposed|proposal|considering|considered|expected\s+to|to\s+be\s+opened|agreed\s+to\s+open|decided\s+to\s+open|would\s+(?:soon\s+)?(?:be\s+)?(?:open|opening|establish|establishing)|(?:is|are|was|were)\s+(?:going\s+)?to\s+(?:open|establish)|future)(?!\p{L})/iu,
	absent:
		/(?<!\p{L})(?:(?:has|have|had|there\s+(?:is|are|was|were))\s+no|(?:does|do|did)\s+not\s+(?:have|maintain)|without)\s+(?:an?\s+|any\s+)?(?:\p{L}+\s+){0,2}(?:embass|consulate|diplomatic\s+mission|honorary\s+consul)/iu,
	exists: null,
	prepositionBefore:
		/(?:^|[\s(])(?:in|into|of|to|from|with|by|for|at|between|among|and|or|through|via|on|than|as|over|against|towards?|about|within|across|including|like)\s+(?:the\s+)?$/iu,
	possessiveGap:
		/^\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation|Federal\s+Republic|Sultanate|Principality|Grand\s+Duchy)\s+of\s+(?:the\s+)?)?$/iu,
	// "an embassy in the UK"; "the Ambassador to Brazil", "the Embassy of Mongolia to Kazakhstan".
	hostGap: /^\s+(?:in|to)\s+(?:the\s+)?$/iu,
	hostMarkAfter: null,
	represented:
		/(?:(?:represented|accredited)\s+(?:in|to)|represents\s+(?:the\s+country|his\s+country|her\s+country|it)\s+in|(?:also\s+)?(?:covers|serves|covering|serving|responsible\s+for)|accreditation\s+(?:to|for))\s+(?:the\s+)?$/iu,
	sinceBeforeDate: /(?<!\p{L})(?:since|from)\s+(?:the\s+)?$/iu,
	openVerb:
		/(?<!\p{L})(?:opened|opening|opens|inaugurated|established|set\s+up|(?:began|started)\s+(?:to\s+|its\s+|their\s+)?(?:work|operat\p{L}*|function\p{L}*)|became\s+operational|founded|launched)(?!\p{L})/iu,
	untilBeforeDate: /(?<!\p{L})(?:until|till|up\s+to)\s+$/iu,
	// "opened in Almaty in 1992 and began operating in Astana in 2010": the same mission, moved.
	moved:
		/(?<!\p{L})(?:moved|relocated|transferred|(?:began|started)\s+(?:operating|functioning|working|to\s+(?:operate|function|work))\s+in)(?!\p{L})/iu,
	relationsWords:
		/diplomatic\s+(?:relations|ties|contacts)|(?:official|formal|bilateral)\s+(?:\p{L}+[-–]\p{L}+\s+)?(?:relations|ties)\s+(?:began|started|were\s+(?:officially\s+|formally\s+)?established)|(?:establish|normali[sz])\p{L}*\s+(?:diplomatic\s+|official\s+|their\s+|bilateral\s+)?(?:relations|ties)|(?:relations|ties)(?:\s+(?:with|between)\s+[^.;]{1,160}?)?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:not\s+)?(?:first\s+|officially\s+|formally\s+)*(?:established|normali[sz]ed)|(?:relations|ties)\s+(?:with|between)\s+[^.;]{1,160}?\s+(?:first\s+|officially\s+|formally\s+)*(?:began|started|commenced)(?=\s*[.;]?\s*$|\s+(?:in|on)\s+(?:\p{L}+\s+){0,2}\d)/iu,
	// Relations normalised (after a break, or never formal before) start then.
	established:
		/establish|normali[sz]|(?<!\p{L})(?:maintains?|maintained|has|have|had|enjoy|enjoys)\s+(?:full\s+|formal\s+|official\s+)?diplomatic\s+(?:relations|ties)/iu,
	begins: /establish|normali[sz]|(?<!\p{L})(?:began|begun|started|commenced|since|opened)(?!\p{L})/iu,
	relationsNoun: /(?<!\p{L})(?:relations|ties)(?!\p{L})/iu,
	diplomatic: /diplomatic|official/iu,
	// Not any "not": "relations were not established until 1995" states that they were.
	negation:
		/(?<!\p{L})(?:(?:has|have|had|maintains?)\s+(?:yet\s+)?no\s+(?:formal\s+|official\s+)?(?:diplomatic\s+)?(?:relations|ties)|no\s+(?:formal\s+|official\s+)?diplomatic\s+(?:relations|ties)|(?:do|does|did|have|has)\s+not\s+(?:yet\s+)?(?:have|maintain|established?)\s+(?:formal\s+|official\s+)?(?:diplomatic\s+)?(?:relations|ties)|(?:severed|broke\s+off|broken\s+off|cut\s+off)\s+(?:\p{L}+\s+){0,2}(?:relations|ties)|never\s+established)/iu,
	cityParticles: null,
	subjectAfter:
		/^(?:\s*\([^)]*\))?\s+(?:also\s+|currently\s+|now\s+|later\s+|then\s+|first\s+|finally\s+)?(?:has|have|had|maintains|maintained|operates|operated|opened|established|runs|ran|is\s+represented|was\s+represented|are\s+represented|hosts)(?!\p{L})/iu,
	senderGapBefore: /^(?:['’]s?)?(?:\s+(?:new|former|first|own|resident|permanent|current))?\s+$/iu,
	// "its Hungarian embassy": its embassy in Hungary ("the Hungarian embassy" is Hungary's).
	possessorBefore: /(?<!\p{L})(?:its|their|his|her|our)(?:\s+own)?\s+$/iu,
	aside: /,\s+(?:which|who|whose)\s[^,;]*(?:,|$)/giu,
	hostPrefix: null,
	placeFirst: false,
	headings: [/^(.+?)\s*\[edit\]$/iu],
	referenceTitles: [
		'References',
		'External links',
		'See also',
		'Further reading',
		'Notes',
		'Sources',
		'Bibliography'
	],
	representedAny:
		/(?<!\p{L})(?:represented|represents|accredited|covers|covering|serves|serving|accreditation)(?!\p{L})/iu,
	hostAfter: null,
	subjectByPosition: true,
	reciprocal:
		/each\s+other['’]?s?|(?:their|both|the\s+two)\s+(?:respective\s+)?capitals|respective\s+capitals|reciprocal|(?:both|the\s+two)\s+(?:countries|nations|states|sides)\s+(?:(?:now|also|each|currently)\s+)?(?:have|maintain|host|operate|opened|established)(?!\p{L})|each\s+country\s+(?:has|maintains|hosts)(?!\p{L})/iu,
	nearBefore: /(?<!\p{L})near\s+$/iu,
	districtWords:
		/(?<!\p{L})(?:covering|covers|responsible\s+for|consular\s+district|jurisdiction)(?!\p{L})/iu,
	closeVerb: /(?<!\p{L})(?:closed|closing|shut|suspended|ceased|withdrawn|evacuated)(?!\p{L})/iu,
	// "was upgraded to an embassy", "was granted the status of an embassy", "received embassy status".
	upgraded:
		/(?<!\p{L})(?:(?:upgraded|elevated|raised|converted|became)\s+(?:[\p{L}\p{N}]+\s+){0,4}?(?:to|into)?\s*(?:an?\s+|the\s+)?(?:full\s+)?(?:embassy|consulate)|(?:granted|given|accorded|received|obtained|acquired|gained)\s+(?:the\s+)?(?:status|rank)\s+of\s+(?:an?\s+)?(?:full(?:-fledged)?\s+)?(?:embassy|consulate)|(?:granted|given|accorded|received|obtained|acquired|gained)\s+(?:\p{L}+\s+)?(?:embassy|consulate)(?:[\s-]general)?\s+status)/iu,
	personTitle:
		/(?<!\p{L})(?:Ambassador|President|Prime\s+Minister|Minister|Secretary|Senator|Governor|General|Consul|Chargé\s+d['’]affaires|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?)\s+$/u
};

/**
 * Adjectives of nationality the library (`world-countries`) lacks or gives in another form: the short forms English
 * uses for the Central Asian states beside its "Kazakhstani", "Uzbekistani", "Kirghiz", and "Saudi".
 */
const EXTRA_DEMONYMS: Readonly<Record<string, string>> = {
	Kazakh: 'KZ',
	Kazakhstani: 'KZ',
	Uzbek: 'UZ',
	Kyrgyz: 'KG',
	Tajik: 'TJ',
	Turkmen: 'TM',
	Saudi: 'SA',
	Emirati: 'AE',
	Korean: 'KR',
	'South Korean': 'KR',
	'North Korean': 'KP',
	American: 'US',
	British: 'GB',
	Chinese: 'CN',
	Russian: 'RU'
};

const countries: CountryNames = {
	locale: locale,
	display: {
		US: 'United States',
		RU: 'Russia',
		CN: 'China',
		// The name the documents' readers and most English sources use; 'Türkiye' stays an accepted alias.
		TR: 'Turkey',
		VA: 'Vatican City',
		PS: 'Palestine',
		IR: 'Iran',
		SY: 'Syria',
		LA: 'Laos',
		BN: 'Brunei',
		TZ: 'Tanzania',
		MK: 'North Macedonia',
		GM: 'Gambia',
		CD: 'DR Congo',
		CI: "Côte d'Ivoire",
		VG: 'British Virgin Islands',
		VI: 'U.S. Virgin Islands',
		BQ: 'Caribbean Netherlands'
	},
	aliases: {
		Britain: 'GB',
		'U.K.': 'GB',
		Vatican: 'VA',
		'Vatican City': 'VA',
		'Vatican City State': 'VA',
		// The library gives "Congo" to both Congos; the bare name is read as the Republic, as in bg.
		Congo: 'CG',
		'Republic of Congo': 'CG',
		DRC: 'CD',
		'Democratic Republic of Congo': 'CD',
		Swaziland: 'SZ',
		'East Timor': 'TL',
		'Cabo Verde': 'CV',
		Burma: 'MM',
		Macedonia: 'MK',
		'Kyrgyz Republic': 'KG',
		// The Soviet-era English name, still in older texts on Central Asia.
		Kirghizia: 'KG',
		'Viet Nam': 'VN',
		'São Tomé and Príncipe': 'ST',
		Réunion: 'RE',
		// Abbreviations of English usage that neither library lists.
		PRC: 'CN',
		DPRK: 'KP',
		ROK: 'KR',
		Holland: 'NL'
	},
	notCountries: ['New Guinea', 'New Mexico', 'New Jersey', 'Northern Ireland'],
	dropped: new Set(),
	inflect: null,
	unspaced: false,
	suffix: /^['’]s$/u,
	afterHostMark: null,
	ours: null,
	worldCountries: true,
	demonyms: EXTRA_DEMONYMS,
	adjectives: null
};

/**
 * English words (as `latinKey`s) that open or fill sentences of diplomatic texts and that GeoNames also gives as the
 * name or an alternate name of some town (Union, New Jersey; Mission, Texas; Independence, Missouri; 'Central' for
 * Davao). Without a country hint an English surface in this set names no city.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set(
	(
		'agreement alliance assembly capital central charter commerce commonwealth concord congress consulate council ' +
		'democracy embassy empire enterprise federal foreign freedom friendship general government harmony ' +
		'independence industry kingdom liberty minister ministry mission national office parliament peace ' +
		'president progress prosperity providence republic state summit trade treaty union unity victory'
	).split(' ')
);

const LATIN = /^[\p{Script=Latin}\p{M}\s.,'’-]+$/u;

/** No city aliases: the gazetteer's own names are English. */
const ALIASES: Readonly<Record<string, AliasTarget>> = {};

const places: PlaceNames = {
	particles: [],
	script: LATIN,
	capitalised: true,
	compactKeys: false,
	toLatin: (surface) => (LATIN.test(surface) ? surface : undefined),
	transliterate: (text) => text,
	notCities: new Set(),
	shortestAlternate: 0,
	gazetteerLanguage: true,
	commonWords: COMMON_WORDS,
	shortNameMinPopulation: null,
	aliases: ALIASES
};

const dates: DateWords = {
	months: [
		'january',
		'february',
		'march',
		'april',
		'may',
		'june',
		'july',
		'august',
		'september',
		'october',
		'november',
		'december'
	],
	yearWords: [],
	patterns: [],
	// A decade: "the 1990s", "1990's".
	notAfterYear: ["['’]?s(?!\\p{L})"],
	// chrono-node knows English month names, ordinals and orders ("5 May 1993", "May 5, 1993", "12th June 2001").
	parser: {
		parser: chrono.en,
		hint: /(?<!\p{L})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu,
		lead: /^(?:on|in|since|from|by|of|the)\s+/i
	}
};

const sentences: SentenceRules = {
	abbreviations: [
		...[
			'D\\.C',
			'U\\.S',
			'U\\.K',
			'St',
			'Dr',
			'Mr',
			'Mrs',
			'Ms',
			'Prof',
			'Gen',
			'Col',
			'Lt',
			'Capt',
			'Amb',
			'Gov'
		],
		...['Sen', 'Rep', 'Jr', 'Sr', 'No', 'vs', 'e\\.g', 'i\\.e', 'approx'],
		...['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept?', 'Oct', 'Nov', 'Dec', '[A-Z]']
	],
	closing: null
};

const sections: SectionForms = { headingEnds: [], tableHeader: null, relationsContext: ['relation', 'ties'] };

const clauses: ClauseWords = { and: ['and', '&'], or: ['or'], placePrepositions: ['in'] };

export const en: Language = { code: 'en', lexicon, countries, places, dates, sentences, sections, clauses };
