/**
 * How each language states that relations were broken off, suspended or restored (read by
 * `pipeline/facts/breaks.ts`). Each pattern is a construction of the language with the word for relations in it, so
 * that a mission's suspension ("the embassy suspended its work") or a word that only contains the verb
 * ("непрекъснато", continuously) is not read as a break. Kept in one file beside the language modules so that the
 * break phase can be added without touching each module's lexicon; `breakWordsFor(tag)` is the only way in.
 */
export interface BreakWords {
	/** Relations broken off / severed ("severed diplomatic relations", "국교를 단절했다"). */
	broken: RegExp;
	/** Relations suspended or frozen ("suspended relations", "приостановила дипломатические отношения"). */
	suspended: RegExp;
	/** Relations restored or resumed ("restored relations", "възстановиха дипломатическите отношения"). */
	restored: RegExp;
	/** The verb ends the clause (Korean): the date it goes with is the nearest one before it first. */
	verbFinal: boolean;
}

const EN_REL = String.raw`(?:(?:full|formal|official|bilateral|diplomatic|their|its|all)\s+){0,3}(?:relations|ties)`;
const EN_PASSIVE = String.raw`(?:relations|ties)(?:\s+with\s+[^.;,]{1,40}?)?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:officially\s+|formally\s+|fully\s+|later\s+|then\s+)?`;

/** A participle coordinated after a passive of relations: "relations were established in 1992, severed in 2014". */
const EN_LATER = String.raw`(?<=(?:relations|ties)(?:\s+with\s+[^.;,]{1,40}?)?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s[^.;]*?(?:,|\sand)\s+(?:later\s+|then\s+)?)`;

const en: BreakWords = {
	broken: new RegExp(
		String.raw`(?<!\p{L})(?:(?:severed|severs?|severing|broke\s+off|broken\s+off|breaks?\s+off|breaking\s+off|cut\s+off|cuts?|cutting|ended|ends?|terminated)\s+${EN_REL}|${EN_PASSIVE}(?:severed|broken\s+off|cut(?:\s+off)?|terminated)|${EN_LATER}(?:severed|broken\s+off|cut\s+off)|(?:severance|rupture|break)\s+(?:of|in)\s+${EN_REL})(?!\p{L})`,
		'giu'
	),
	suspended: new RegExp(
		String.raw`(?<!\p{L})(?:(?:suspended|suspends?|suspending|froze|freezes?|freezing|downgraded)\s+${EN_REL}|${EN_PASSIVE}(?:suspended|frozen)|${EN_LATER}(?:suspended|frozen)|suspension\s+of\s+${EN_REL})(?!\p{L})`,
		'giu'
	),
	restored: new RegExp(
		String.raw`(?<!\p{L})(?:(?:restored|restores?|restoring|resumed|resumes?|resuming|re-?established|re-?establish(?:es|ing)?|renewed)\s+${EN_REL}|${EN_PASSIVE}(?:restored|resumed|re-?established|renewed)|${EN_LATER}(?:restored|resumed|re-?established)|(?:restoration|resumption|re-?establishment)\s+of\s+${EN_REL})(?!\p{L})`,
		'giu'
	),
	verbFinal: false
};

/** A Bulgarian or Russian verb (or its noun) within three words of the word for relations, on either side. */
const slavic = (verb: string, noun: string) =>
	new RegExp(
		String.raw`(?<!\p{L})(?:(?:${verb})\p{L}*(?:\s+\p{L}+){0,3}?\s+\p{L}*(?:${noun})|(?:${noun})\p{L}*(?:\s+\p{L}+){0,3}?\s+(?:${verb})\p{L}*)`,
		'giu'
	);

const BG_NOUN = 'отношени|връзк|връзки';
const bg: BreakWords = {
	broken: slavic('прекъсна|прекъсв|скъса|скъсв|разкъса|прекрат', BG_NOUN),
	suspended: slavic('замрази|замразяв|суспендира|преустанови|преустановяв', BG_NOUN),
	restored: slavic('възстанов|възобнов', BG_NOUN),
	verbFinal: false
};

const RU_NOUN = 'отношени|связ';
const ru: BreakWords = {
	broken: slavic('разорва|разорв|разрыв|прерва|прерыв|прекрати|прекращ', RU_NOUN),
	suspended: slavic('приостанов|заморози|замораж', RU_NOUN),
	restored: slavic('восстанови|восстанавлив|восстановлен|возобнови|возобновл', RU_NOUN),
	verbFinal: false
};

/** Korean: the word for relations, its particle, up to two words, then the verb; 단교 is "breaking off relations". */
const KO_NOUN = String.raw`(?:국교|외교\s*관계|관계|수교)\s*(?:를|을|가|이|는|은|도)?\s*(?:\S+\s+){0,2}?`;
const ko: BreakWords = {
	broken: new RegExp(String.raw`단교|${KO_NOUN}(?:단절|끊)`, 'gu'),
	suspended: new RegExp(String.raw`${KO_NOUN}(?:중단|동결)`, 'gu'),
	restored: new RegExp(String.raw`재수교|국교\s*(?:를|을)?\s*회복|${KO_NOUN}(?:복원|회복|재개|재수립)`, 'gu'),
	verbFinal: true
};

const BY_CODE = new Map<string, BreakWords>([
	['en', en],
	['bg', bg],
	['ru', ru],
	['ko', ko]
]);

/** The break words of a BCP 47 tag's language, or undefined if the pipeline reads no breaks in it. */
export function breakWordsFor(tag: string): BreakWords | undefined {
	return BY_CODE.get(tag.split('-')[0]);
}
