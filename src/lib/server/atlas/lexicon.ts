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
}

const bg: Lexicon = {
	kinds: [
		{ kind: 'honorary-consulate', re: /почетн\p{L}*\s+консулств\p{L}*/iu },
		{ kind: 'consulate-general', re: /генерал\p{L}*\s+консулств\p{L}*/iu },
		{ kind: 'consulate', re: /(?<!\p{L})консулств\p{L}*/iu },
		// посолство, and the text's own typos посолоство and послоство.
		{ kind: 'embassy', re: /(?<!\p{L})пос[ол]{1,3}ство\p{L}*/iu },
		{ kind: 'office', re: /(?<!\p{L})офис\p{L}*/iu }
	],
	clauseBreak: /,\s+(?:а|както и|докато|но)\s+|;\s+|,\s+(?=което\s)/giu,
	modal: /обмисля|перспектив|планира|възнамерява|предстои|(?<!\p{L})ще(?!\p{L})/iu,
	exists: null,
	prepositionBefore: /(?:^|[\s(])(?:в|във|на|с|със|от|до|за|през|чрез|към|между|и)\s+$/iu,
	possessiveGap: /^\s+на\s+$/u,
	hostGap: /^\s+в(?:ъв)?\s+$/u,
	hostMarkAfter: null,
	represented: /(?:представен\p{L}*\s+в(?:ъв)?|връзките си със?)\s+$/iu,
	sinceBeforeDate: /(?<!\p{L})от\s+$/iu,
	openVerb: /(?<!\p{L})(?:открива|открит\p{L}*|отворен\p{L}*|отваря)(?!\p{L})/iu,
	untilBeforeDate: /(?<!\p{L})до\s+$/iu,
	moved: /(?<!\p{L})преместен\p{L}*/iu,
	relationsWords: /дипл\p{L}*\s+(?:връзк|отношени|контакт)/iu,
	established: /установ/iu,
	begins: /започ|установ/iu,
	relationsNoun: /отношени|връзк/iu,
	diplomatic: /дипл|официалн/iu,
	negation: /(?<!\p{L})(?:няма|нямат|не са|не е|липсва)(?!\p{L})/iu,
	cityParticles: null
};

const ko: Lexicon = {
	kinds: [
		{ kind: 'honorary-consulate', re: /명예\s*영사관/u },
		{ kind: 'consulate-general', re: /총\s*영사관/u },
		{ kind: 'consulate', re: /영사관/u },
		{ kind: 'embassy', re: /대사관/u },
		{ kind: 'office', re: /대표부|연락사무소/u }
	],
	clauseBreak: /,\s+/gu,
	modal: /것이라|예정|계획|추진|검토/u,
	exists: /있[다고으는]|개설했|개관했|설치했|열었/u,
	prepositionBefore: /$^/u,
	possessiveGap: /$^/u,
	hostGap: /$^/u,
	hostMarkAfter: /^\s*주재/u,
	represented: /$^/u,
	sinceBeforeDate: /$^/u,
	openVerb: /개설|개관|설치/u,
	untilBeforeDate: /$^/u,
	moved: /이전했|옮겼/u,
	relationsWords: /수교|국교|외교\s*관계/u,
	established: /수립|맺/u,
	begins: /수립|시작/u,
	relationsNoun: /관계|수교/u,
	diplomatic: /외교|수교/u,
	negation: /없|단교|단절/u,
	cityParticles: /(?:에서|에는|에도|에|은|는|이|가|을|를|의|도|과|와|으로|로)$/u
};

const LEXICONS: Record<string, Lexicon> = { bg, ko };

export function lexiconFor(lang: string): Lexicon | undefined {
	return LEXICONS[lang.split('-')[0]];
}

export const SUPPORTED_LANGS = Object.keys(LEXICONS);
