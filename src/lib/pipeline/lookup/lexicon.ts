/**
 * The words the fact extractor reads, per document language. Adding a language means adding an entry here (and its
 * heading form in segment.ts); the extractor itself is the same for all.
 */
import type { MissionKind } from '../../atlas/types';

export interface Lexicon {
	/** Mission words, most specific first: "почетно консулство" before "консулство". */
	kinds: { kind: MissionKind; re: RegExp }[];
	/** Splits a sentence into clauses that each have their own subject: ", а", ", както и", "; ". */
	clauseBreak: RegExp;
	/** A mission that is only planned or considered: not on the map. */
	modal: RegExp;
	/** The clause must say the mission exists or opened (Korean "있다"); null where any clause with a mission word does. */
	exists: RegExp | null;
	/** Words that may stand between a preposition and a country that is not the subject ("в", "на", "с"...). */
	prepositionBefore: RegExp;
	/** Between a mission word and a country: that country is the mission's sender ("Посолството на Казахстан"). */
	possessiveGap: RegExp;
	/** Between a mission word and a country: that country is the host, no city named ("посолство в Казахстан"). */
	hostGap: RegExp;
	/** After a country: that country is the host ("카자흐스탄 주재 미국대사관"). */
	hostMarkAfter: RegExp | null;
	/** Before a country: the country a non-resident mission serves ("е представена в Латвия", "връзките си с"). */
	represented: RegExp;
	/** Directly before a date: the mission exists since then ("от 16 декември 1994", "От 1994 г."). */
	sinceBeforeDate: RegExp;
	/** In the clause: the date is the opening ("открива", "е отворено"). */
	openVerb: RegExp;
	/** Directly before a date: the mission existed until then. */
	untilBeforeDate: RegExp;
	/** The mission moved to the city of this clause ("което е преместено в Астана 2006 година"). */
	moved: RegExp;
	/** A sentence about diplomatic relations as such. */
	relationsWords: RegExp;
	/** ...stating they exist. */
	established: RegExp;
	/** ...stating they began ("започват"), which counts only with a word for relations in the sentence. */
	begins: RegExp;
	/** A word for relations or ties. */
	relationsNoun: RegExp;
	/** The relations are diplomatic or official ones (preferred over other start dates). */
	diplomatic: RegExp;
	/** ...stating they do not. */
	negation: RegExp;
	/** Particles glued to the end of a city name ("알마티에"). */
	cityParticles: RegExp | null;
	/** Right after a country: it is the subject that sends the clause's missions ("Germany has", "미국은"). */
	subjectAfter: RegExp;
	/** Between a country (or its adjective) and a mission word: the country is the sender ("Japan's embassy"). */
	senderGapBefore: RegExp;
	/** Just before a country or city: it is the host ("주카자흐스탄 미국 대사관"), with the host abbreviations. */
	hostPrefix: { re: RegExp; abbreviations: Readonly<Record<string, string>> } | null;
	/** The place comes before the mission word ("알마티에 총영사관을"): cities wait for the next mission word. */
	placeFirst: boolean;
	/** Section headings of the wiki dumps in this language: the title is group 1 ("Economy[edit]"). */
	headings: RegExp[];
	/** Titles of bibliography sections, whose text is never read for facts. */
	referenceTitles: string[];
	/** Anywhere in the clause: the mission serves a country it does not stand in (the focus, unless one is named). */
	representedAny: RegExp;
	/** Right after a country: the country is where the mission stands ("카자흐스탄에 대사관을"). */
	hostAfter: RegExp | null;
	/** A country in no other role is the subject when no preposition stands before it (not in Korean: particles say it). */
	subjectByPosition: boolean;
	/** The missions are each other's, in both capitals ("embassies in each other's capitals", "서로의 수도에"). */
	reciprocal: RegExp;
	/** Just before a city: it is only a landmark, not the mission's place ("Wolfratshausen near Munich"). */
	nearBefore: RegExp | null;
	/** After these words the places named are a mission's district, not where it stands ("covering Varna, Dobrich"). */
	districtWords: RegExp;
	/** Before a capitalised name and surname: a person, not a place ("Ambassador Stanley Escudero"). */
	personTitle: RegExp | null;
	/** In the clause: the mission closed or stopped; a date after these words is its end ("closed in 1998"). */
	closeVerb: RegExp;
	/** In the clause: a mission became another kind ("분관이 대사관으로 승격되었다", "upgraded to an embassy"). */
	upgraded: RegExp;
}

const bg: Lexicon = {
	kinds: [
		{ kind: 'honorary-consulate', re: /почетн\p{L}*\s+консулств\p{L}*/iu },
		{ kind: 'consulate-general', re: /генерал\p{L}*\s+консулств\p{L}*/iu },
		{ kind: 'consulate', re: /(?<!\p{L})консулств\p{L}*/iu },
		// посолство, and the text's own typos посолоство and послоство.
		{ kind: 'embassy', re: /(?<!\p{L})пос[ол]{1,3}ств\p{L}*/iu },
		{ kind: 'office', re: /(?<!\p{L})офис\p{L}*/iu }
	],
	clauseBreak: /,\s+(?:а|както и|докато|но)\s+|;\s+|,\s+(?=което\s)/giu,
	modal:
		/обмисля|перспектив|планира|възнамерява|предстои|(?<!\p{L})ще(?!\p{L})|решение\s+за\s+(?:откриване|създаване)|съгласие\s+за\s+откриване/iu,
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
	relationsWords: /дипл\p{L}*\s+(?:връзк|отношени|контакт)/iu,
	established: /установ/iu,
	begins: /започ|установ/iu,
	relationsNoun: /отношени|връзк/iu,
	diplomatic: /дипл|официалн/iu,
	negation: /(?<!\p{L})(?:няма|нямат|не са|не е|липсва)(?!\p{L})/iu,
	cityParticles: null,
	subjectAfter: /^\s+(?:също\s+)?(?:има|имат|открива|откри|поддържа|поддържат|разполага)(?!\p{L})/iu,
	senderGapBefore: /(?!)/u,
	hostPrefix: null,
	placeFirst: false,
	headings: [/^(.+?)\s*\[?Редактиране\]?$/u, /^(.+?)\[редактиране(?: на кода)?\]$/u],
	referenceTitles: ['Източници', 'Литература', 'Външни препратки', 'Вижте също', 'Бележки'],
	representedAny: /представен|връзките си с|акредитиран/iu,
	hostAfter: null,
	subjectByPosition: true,
	reciprocal: /(?<!\p{L})взаимно|столиците на двете|двете столици/iu,
	nearBefore: /(?:близо до|край)\s+$/iu,
	districtWords: /обхващащ|консулски\s+окръг|отговаря\s+за|с\s+юрисдикция/iu,
	closeVerb: /(?<!\p{L})(?:закри\p{L}*|затвори\p{L}*|преустанов\p{L}*|прекрат\p{L}*)/iu,
	upgraded: /(?<!\p{L})(?:повиш\p{L}*|преобразува\p{L}*|издигна\p{L}*)\s+(?:\p{L}+\s+)?(?:в|до)(?!\p{L})/iu,
	personTitle:
		/(?<!\p{L})(?:посланик\p{L}*|президент\p{L}*|министър\p{L}*|премиер\p{L}*|консул\p{L}*|съветник\p{L}*|г-н|г-жа|д-р|проф\.)\s+$/iu
};

/**
 * Korean postpositions that cling to a place name cut from running text (아스타나에, 서울에서, 알마티의), longest
 * first: a city's lookup and the Korean lexicon's `cityParticles` strip one of them.
 */
export const KO_PARTICLES: readonly string[] = [
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
export const KO_NAME_PARTICLES: readonly string[] = [
	...KO_PARTICLES,
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

const ko: Lexicon = {
	kinds: [
		{ kind: 'honorary-consulate', re: /명예\s*영사관/u },
		{ kind: 'consulate-general', re: /총\s*영사관/u },
		{ kind: 'consulate', re: /영사관/u },
		{ kind: 'embassy', re: /대사관/u },
		{ kind: 'office', re: /대표부|연락사무소|분관|출장소|무역관/u }
	],
	// Clauses end in a connective verb ending ("있고", "설치하였으며"); a comma alone may only separate a list.
	clauseBreak: /(?<=(?:고|며|으며|지만|는데|었는데)),?\s+/gu,
	modal: /것이라|예정|계획|추진|검토/u,
	exists: /있[다고으는었]|개설|개관|설치|열었|설립|두고|운영|승격|이전|옮겼/u,
	prepositionBefore: /(?!)/u,
	possessiveGap: /(?!)/u,
	hostGap: /(?!)/u,
	hostMarkAfter: /^\s*주재/u,
	represented: /(?!)/u,
	sinceBeforeDate: /(?!)/u,
	openVerb: /개설|개관|설치/u,
	untilBeforeDate: /(?!)/u,
	moved: /이전(?:했|하였|하여|되었|됐|한)|옮겼|옮기/u,
	relationsWords: /수교|국교|외교\s*관계/u,
	established: /수립|맺|수교(?:했|하였|하고|하여|한|를|가|\s*이후)/u,
	begins: /수립|시작|맺었|맺고|맺은|수교(?:했|하였|하고|하여|한|\s*이후)/u,
	relationsNoun: /관계|수교/u,
	diplomatic: /외교|수교/u,
	negation: /없|단교|단절/u,
	cityParticles: new RegExp(`(?:${KO_PARTICLES.join('|')})$`, 'u'),
	subjectAfter: /^(?:은|는|이|가|도|측은|측이|정부는)(?![\uAC00-\uD7A3])/u,
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
		}
	},
	placeFirst: true,
	headings: [/^(.+?)\s*\[편집\]$/u],
	referenceTitles: ['관련 문서', '외부 링크', '각주', '참고 문헌', '같이 보기'],
	representedAny: /겸임|관할/u,
	hostAfter: /^(?:에|에서)(?![는도])/u,
	subjectByPosition: false,
	reciprocal: /서로|상호|양국\s*수도/u,
	nearBefore: null,
	districtWords: /관할/u,
	personTitle: null,
	closeVerb: /폐쇄|철수|폐관|중단/u,
	upgraded: /승격/u
};

const en: Lexicon = {
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
		{ kind: 'embassy', re: /(?<!\p{L})embass(?:y|ies)(?!\p{L})/iu }
	],
	clauseBreak:
		/;\s+|,\s+(?:while|whereas|but|and\s+(?=[^,;]*?(?<!\p{L})(?:has|have|maintains|opened|operates)(?!\p{L})))\s*|\s+(?:while|whereas)\s+|(?<=(?<!\p{L})(?:has|have|had|maintains|maintained|opened|operates|established)(?!\p{L})[^;]*)\s+and\s+(?=(?:the\s+)?\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?\s+(?:also\s+)?(?:has|have|maintains|opened|operates|established)(?!\p{L}))|,?\s+and\s+(?=(?:was\s+|were\s+|has\s+been\s+|later\s+|then\s+)*(?:moved|relocated|transferred)(?!\p{L}))/gu,
	modal:
		/(?<!\p{L})(?:will|plans?\s+to|planned|planning|intends?|intended|proposed|proposal|considering|considered|expected\s+to|to\s+be\s+opened|agreed\s+to\s+open|decided\s+to\s+open|would\s+open|future)(?!\p{L})/iu,
	exists: null,
	prepositionBefore:
		/(?:^|[\s(])(?:in|into|of|to|from|with|by|for|at|between|among|and|or|through|via|on|than|as|over|against|towards?|about|within|across|including|like)\s+(?:the\s+)?$/iu,
	possessiveGap:
		/^\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation|Federal\s+Republic|Sultanate|Principality|Grand\s+Duchy)\s+of\s+(?:the\s+)?)?$/iu,
	hostGap: /^\s+in\s+(?:the\s+)?$/iu,
	hostMarkAfter: null,
	represented:
		/(?:(?:represented|accredited)\s+(?:in|to)|(?:also\s+)?(?:covers|serves|covering|serving|responsible\s+for)|accreditation\s+(?:to|for))\s+(?:the\s+)?$/iu,
	sinceBeforeDate: /(?<!\p{L})(?:since|from)\s+(?:the\s+)?$/iu,
	openVerb:
		/(?<!\p{L})(?:opened|opening|opens|inaugurated|established|set\s+up|began\s+(?:work|operating|operations|functioning)|started\s+(?:work|operating|operations)|became\s+operational|founded)(?!\p{L})/iu,
	untilBeforeDate: /(?<!\p{L})(?:until|till|up\s+to)\s+$/iu,
	moved: /(?<!\p{L})(?:moved|relocated|transferred)(?!\p{L})/iu,
	relationsWords:
		/diplomatic\s+(?:relations|ties|contacts)|establish\p{L}*\s+(?:diplomatic\s+|official\s+)?(?:relations|ties)|(?:relations|ties)(?:\s+with\s+[^.;]{1,40}?)?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:not\s+)?(?:officially\s+|formally\s+)?established/iu,
	established:
		/establish|(?<!\p{L})(?:maintains?|maintained|has|have|had|enjoy|enjoys)\s+(?:full\s+|formal\s+|official\s+)?diplomatic\s+(?:relations|ties)/iu,
	begins: /establish|(?<!\p{L})(?:began|begun|started|since|opened)(?!\p{L})/iu,
	relationsNoun: /(?<!\p{L})(?:relations|ties)(?!\p{L})/iu,
	diplomatic: /diplomatic|official/iu,
	// Not any "not": "relations were not established until 1995" states that they were.
	negation:
		/(?<!\p{L})(?:(?:has|have|had|maintains?)\s+(?:yet\s+)?no\s+(?:formal\s+|official\s+)?(?:diplomatic\s+)?(?:relations|ties)|no\s+(?:formal\s+|official\s+)?diplomatic\s+(?:relations|ties)|(?:do|does|did|have|has)\s+not\s+(?:yet\s+)?(?:have|maintain|established?)\s+(?:formal\s+|official\s+)?(?:diplomatic\s+)?(?:relations|ties)|(?:severed|broke\s+off|broken\s+off|cut\s+off)\s+(?:\p{L}+\s+){0,2}(?:relations|ties)|never\s+established)/iu,
	cityParticles: null,
	subjectAfter:
		/^(?:\s*\([^)]*\))?\s+(?:also\s+|currently\s+|now\s+|later\s+|then\s+|first\s+|finally\s+)?(?:has|have|had|maintains|maintained|operates|operated|opened|established|runs|ran|is\s+represented|was\s+represented|are\s+represented|hosts)(?!\p{L})/iu,
	senderGapBefore: /^(?:['’]s?)?(?:\s+(?:new|former|first|own|resident|permanent|current))?\s+$/iu,
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
		/(?<!\p{L})(?:represented|accredited|covers|covering|serves|serving|accreditation)(?!\p{L})/iu,
	hostAfter: null,
	subjectByPosition: true,
	reciprocal:
		/each\s+other['’]?s?|(?:their|both|the\s+two)\s+(?:respective\s+)?capitals|respective\s+capitals|reciprocal/iu,
	nearBefore: /(?<!\p{L})near\s+$/iu,
	districtWords:
		/(?<!\p{L})(?:covering|covers|responsible\s+for|consular\s+district|jurisdiction)(?!\p{L})/iu,
	closeVerb: /(?<!\p{L})(?:closed|closing|shut|suspended|ceased|withdrawn|evacuated)(?!\p{L})/iu,
	upgraded:
		/(?<!\p{L})(?:upgraded|elevated|raised|converted|became)\s+(?:\p{L}+\s+){0,4}?(?:to|into)?\s*(?:an?\s+|the\s+)?(?:full\s+)?(?:embassy|consulate)/iu,
	personTitle:
		/(?<!\p{L})(?:Ambassador|President|Prime\s+Minister|Minister|Secretary|Senator|Governor|General|Consul|Chargé\s+d['’]affaires|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?)\s+$/u
};

const LEXICONS: Record<string, Lexicon> = { bg, ko, en };

/** Every language's heading forms and bibliography titles: a page dumped from one wiki may show another's. */
export const ALL_LEXICONS: readonly Lexicon[] = [bg, ko, en];

export function lexiconFor(lang: string): Lexicon | undefined {
	return LEXICONS[lang.split('-')[0]];
}

export const SUPPORTED_LANGS = Object.keys(LEXICONS);
