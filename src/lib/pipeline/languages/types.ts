/**
 * What a language module holds (one file per language in this folder, as chrono-node keeps `locales/<code>/`): the
 * words the fact extractor reads, and the rest of what the pipeline needs to know of the language. Adding a language
 * is adding a module, a line in `index.ts` and `codes.ts`, and running `scripts/place-names.ts`.
 */
import type { ParsedResult } from 'chrono-node';
import type { LocaleData } from 'i18n-iso-countries';
import type { MissionKind } from '../../atlas/types';

export interface Lexicon {
	/** Mission words, most specific first: "почетно консулство" before "консулство". */
	kinds: {
		kind: MissionKind;
		re: RegExp;
		/**
		 * A word that does not state the mission's kind ("diplomatic mission", "공관"): read as an embassy, but only
		 * with its sender stated in the sentence, never inferred from the passage.
		 */
		unstated?: boolean;
	}[];
	/**
	 * A head of mission (ambassador): in a clause that speaks of accreditation (`representedAny`), read as the
	 * sender's embassy where the envoy resides, serving the countries named ("посланикът на Казахстан в Бразилия").
	 * Required: the sentences it could not read are those that name a country with a mission, ambassador or relations
	 * word, so a language without it would never list a sentence about an ambassador ("посол Казахстана в Кении").
	 */
	envoy: RegExp;
	/**
	 * Words that stand for countries listed before (`facts/groups.ts`); null where the language has none. Patterns
	 * are not global.
	 */
	groups: {
		/** A number of countries ("이들 4개국", "these five countries", "пяти государств"): group 1 is the number. */
		count: RegExp;
		/** The number group 1 of `count` states ("4", "다섯", "five", "пяти"); null if none. */
		number: (word: string) => number | null;
		/** Countries in the plural ("국가들은", "these countries"): the last list. */
		plural: RegExp;
		/** The rest ("나머지 국가들", "the remaining countries"): those of the last list the sentence does not name. */
		rest: RegExp;
	} | null;
	/** Splits a sentence into clauses that each have their own subject: ", а", ", както и", "; ". */
	clauseBreak: RegExp;
	/** A mission that is only planned or considered: not on the map. */
	modal: RegExp;
	/**
	 * A mission said not to exist, its mission word included ("няма свое посолство", "has no embassy", "대사관이 없다"):
	 * that mission word is not read. Optional: a language without it reads every mission word.
	 */
	absent?: RegExp;
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
	/**
	 * Just before an adjective of nationality that stands before a mission word: a possessive of the clause's subject
	 * ("its Hungarian embassy"), so the adjective names the host, not the sender. Absent where the language has none.
	 */
	possessorBefore?: RegExp;
	/**
	 * A relative clause set off by commas ("…, which would later become the State Union of Serbia and Montenegro,"):
	 * the countries it names describe another, they are not partners of the relations the sentence states. Global.
	 */
	aside?: RegExp;
	/** Just before a country or city: it is the host ("주카자흐스탄 미국 대사관"), with the host abbreviations. */
	hostPrefix: {
		re: RegExp;
		abbreviations: Readonly<Record<string, string>>;
		/** Where an abbreviation stands as a word of its own (not inside another): its pattern, global. */
		wordAt: (abbreviation: string) => RegExp;
	} | null;
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

/** Country names in the language (`lookup/countries/` builds its trie from them). */
export interface CountryNames {
	/** i18n-iso-countries' locale: the library's names in the language. */
	locale: LocaleData;
	/**
	 * Display names where the library's form is not the short common one (or not the form the documents and current
	 * usage write). Every display name is also accepted as an alias.
	 */
	display: Readonly<Record<string, string>>;
	/** Further names the library lacks: common forms, the documents' own spellings (typos included). */
	aliases: Readonly<Record<string, string>>;
	/**
	 * Names that are not countries but contain one, or ordinary words that begin with a short country name. They are
	 * matched like names, so the longest-match rule lets them shadow the country inside, and yield nothing.
	 */
	notCountries: readonly string[];
	/** Library names that are common words in the language and would be found far more often than the place. */
	dropped: ReadonlySet<string>;
	/** Other forms the text writes a name in (Bulgarian definite forms), ranked below the name itself; null if none. */
	inflect: ((name: string) => string[]) | null;
	/**
	 * Names are written with or without spaces and have endings glued on (Korean): a match may end anywhere, starts at
	 * a word start (or inside a run of letters for long names), and capitals mean nothing.
	 */
	unspaced: boolean;
	/** What may follow a name given alone to `lookupCountry` (Korean particles, English 's); null: nothing. */
	suffix: RegExp | null;
	/**
	 * With `unspaced`: what the rest of the word may be after a name glued to the host mark 주 ("주카자흐스탄",
	 * "주말리에", "주한대사관"). Any other letters make the name part of a longer word, such as a surname (주말리예노프
	 * is no Mali). Null: no such check.
	 */
	afterHostMark: RegExp | null;
	/**
	 * "Our" before an institution, as the language's press writes of its own country (Korean "우리 대사관", "우리
	 * 공관", "우리 정부": Korea's): the words that stand for the country (the institution left out of the match) and
	 * the country. Null where the language's texts have no one country of their own.
	 */
	ours: { re: RegExp; code: string } | null;
	/**
	 * The language's names include `world-countries`' (which are English): its common and official names, its
	 * alternative spellings ("Holland", "Kirghizia") and its adjectives of nationality ("the Japanese embassy").
	 */
	worldCountries: boolean;
	/** Adjectives of nationality beside `world-countries`' ("Kazakh", "Saudi"); read only with `worldCountries`. */
	demonyms: Readonly<Record<string, string>>;
	/**
	 * Adjectives of nationality made by the language's rules from the country names (Russian: "российское посольство"
	 * is Russia's, "казахстанско-белорусские отношения" name Kazakhstan and Belarus). A stem two countries share names
	 * neither. Null where the language has no such rule.
	 */
	adjectives: {
		/** An adjective in any form, and the first part of a compound ("казахстанско-"): group 1 is the word less its ending. */
		re: RegExp;
		/** The stems of names that word may be made on, by the language's suffixes, most likely first. */
		stems: (adjective: string) => string[];
		/** The stem each name makes (null: none). */
		stem: (name: string) => string | null;
		/** Adjectives that no rule makes from the names (the word less its ending, in lower case), with their country. */
		irregular: Readonly<Record<string, string>>;
	} | null;
}

/** Where an alias points: an English name that the gazetteer knows within `country`, or a pinned GeoNames id. */
export interface AliasTarget {
	/** English name shown to the reader; equals the gazetteer's `name` unless `geonameId` is given. */
	name: string;
	/** ISO alpha-2; checked against the gazetteer entry, so a wrong id or homonym fails loudly in the tests. */
	country: string;
	/**
	 * Pinned when the gazetteer spells the place differently from current English usage (its snapshot still says
	 * 'Nur-Sultan'; it says 'Washington, D.C.', 'Odessa', 'Balqash'). `name` then also becomes the display name of
	 * that id everywhere, capitalOf included, so one place never shows under two names.
	 */
	geonameId?: number;
}

/**
 * Curated aliases, keyed by language then by the document's spelling (compared after `surfaceKey`, so spaces,
 * hyphens, dots and case do not matter: 'Санкт Петербург' = 'Санкт-Петербург', '워싱턴 D.C.' = '워싱턴 DC').
 * Only what transliteration cannot reach is listed for Bulgarian; Korean has no transliteration here (Revised
 * Romanization of 워싱턴 is 'Wosingteon', not a gazetteer name), so every Korean city is listed.
 */
/** City names in the language (`lookup/places.ts` and `scripts/place-names.ts`). */
export interface PlaceNames {
	/** Endings that cling to a city's name cut from running text (Korean 아스타나에, 서울에서), longest first. */
	particles: readonly string[];
	/**
	 * What a city's name in the narrative looks like: its script (a Latin word in the Bulgarian article is a citation,
	 * never a place) and, with `capitalised`, a capital first letter (a lower-case word after "в" is not a city).
	 */
	script: RegExp;
	capitalised: boolean;
	/** Keys without word breaks: the language's spacing of names varies ('워싱턴 D.C.' = '워싱턴DC'). */
	compactKeys: boolean;
	/**
	 * The Latin spelling to look up among the gazetteer's own names, for a surface no alias or name table covers:
	 * the transliteration (Bulgarian), the surface itself (English), or undefined where there is no route.
	 */
	toLatin: (surface: string) => string | undefined;
	/** The language's spelling in Latin letters, for comparing with the gazetteer's names; null: none. */
	transliterate: ((text: string) => string) | null;
	/**
	 * Other spellings a city name as written may stand for, most likely first: the nominatives of a name in another
	 * case ("в Москве" -> Москва, Russian), the standard spelling of an informal one (Korean 비쉬케크 -> 비슈케크).
	 * Absent where there are none.
	 */
	baseForms?: (surface: string) => string[];
	/**
	 * Another language whose generated city names this one reads too, where most spellings are alike (Russian reads
	 * Bulgarian's): `scripts/place-names.ts` then stores only the names of this language that the other lacks.
	 */
	namesFrom?: string;
	/**
	 * GeoNames names in the language that are everyday words or people's names far more often than places (as
	 * `nameKey`s), and the fewest letters a GeoNames name must have: `scripts/place-names.ts` leaves them out.
	 */
	notCities: ReadonlySet<string>;
	shortestAlternate: number;
	/**
	 * The gazetteer's own names (GeoNames' English ones) are this language's: they rank with its alternate names, a
	 * small capital is taken only with its country named, and `commonWords` name no city without a country hint.
	 */
	gazetteerLanguage: boolean;
	/** Words (as `latinKey`s) that fill diplomatic sentences and that GeoNames also gives some town as a name. */
	commonWords: ReadonlySet<string>;
	/**
	 * Without a country hint, a GeoNames alternate name of two characters or fewer is taken only for a city of this
	 * population (Korean two-syllable words and town names coincide); null: the usual floor.
	 */
	shortNameMinPopulation: number | null;
	/**
	 * Curated aliases, by the document's spelling (compared after `compactKey`, so spaces, hyphens, dots and case do not
	 * matter): what neither the name table nor transliteration reaches.
	 */
	aliases: Readonly<Record<string, AliasTarget>>;
}

/** A date form of the language: a pattern (global, Unicode) and the year, month and day it states. */
export interface DatePattern {
	re: RegExp;
	parse: (m: RegExpExecArray) => [number, number | null, number | null];
}

/** A date parser for the language's many written forms: chrono-node's locale, as `chrono.en`. */
export interface DateParser {
	parse: (text: string, reference: Date) => ParsedResult[];
}

/** How the language writes dates (`lookup/dates.ts`). Every language's forms are read in every document. */
export interface DateWords {
	/** Month names, January first, in lower case: "27 август 1992", "2 February 1993". */
	months: readonly string[];
	/** Words for "year" that belong to the date before them ("1992 година", "1994 г."). */
	yearWords: readonly string[];
	/** The language's own forms, tried before the shared day-month-year ones ("2000년 7월 5일"). */
	patterns: readonly DatePattern[];
	/** What after a four-digit year makes it no date (regex sources): a decade ("2000년대", "the 1990s"). */
	notAfterYear: readonly string[];
	/**
	 * A parser for the many written forms (ordinals, orders, "May 5, 1993"), run on the lines of the document's own
	 * language that may hold a date (`hint`); `lead` is a preposition it takes into the date ("on 5 May 1993").
	 */
	parser: { parser: DateParser; hint: RegExp; lead: RegExp } | null;
}

/** Where sentences end (`sentences.ts`). Every language's rules apply in every document: texts quote each other. */
export interface SentenceRules {
	/** Abbreviations (regex sources, without their final dot) after which a full stop ends no sentence ("г.", "U.S."). */
	abbreviations: readonly string[];
	/**
	 * A sentence of the language may end with no space after it when the next begins with one of `letters` (a regex
	 * character class), and only after `end` ("있다.카자흐스탄에는"); null: sentences end before a space.
	 */
	closing: { letters: string; end: RegExp } | null;
}

/** How the language's wiki dumps lay out sections and tables (`segment.ts`, `facts/`). */
export interface SectionForms {
	/** Words a heading line ends in besides "]" (the Bulgarian edit link glued on: "ТуркменистанРедактиране"). */
	headingEnds: readonly string[];
	/** The header line of the country tables, which is no passage about a country; null if none. */
	tableHeader: RegExp | null;
	/** Words that make a table's heading or caption about relations, so that a row's date is their start. */
	relationsContext: readonly string[];
}

/** Words that join the parts of a clause (`facts/`). */
export interface ClauseWords {
	/** "and" ("A and B", "A и B", "A과 B"): subjects that send together, cities in one list. */
	and: readonly string[];
	/** "or", joining subjects as "and" does. */
	or: readonly string[];
	/** Prepositions before a place ("в", "in"): a capitalised word after one that names no known city is warned of. */
	placePrepositions: readonly string[];
}

export interface Language {
	/** ISO 639-1 code, as documents' `lang` tags begin. */
	code: string;
	lexicon: Lexicon;
	countries: CountryNames;
	places: PlaceNames;
	dates: DateWords;
	sentences: SentenceRules;
	sections: SectionForms;
	clauses: ClauseWords;
}
