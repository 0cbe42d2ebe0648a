/**
 * The pipeline's warnings as the reader's review shows them: each sorted into a kind (`WarningCode`) with the name
 * it concerns, so that the page words it in the interface's language; the pipeline writes its warnings in English
 * for the command line and the build (`Problem.message`), and this reads that sentence's fixed beginning. A warning
 * of a kind not listed here is `other`: the review says the sentence was not read, and quotes it.
 */
import type { Problem } from '../pipeline/problems';
import type { ReadWarning, WarningCode } from './protocol';

/** Each kind, by the fixed words of the pipeline's message; the first group, where there is one, is the name. */
const KINDS: [WarningCode, RegExp][] = [
	['unread', /^read nothing from a sentence/],
	['unknownCity', /^unknown city "([^"]+)"/],
	['noSender', /^a mission whose sending country/],
	['unplaced', /^a mission with no city or host country/],
	['cityNotInHost', /^the mission's city is not in (\S+), /],
	['noCapital', /^(?:the gazetteer knows no capital for (.+?): |a mission in (.+?), whose city)/],
	['badDate', /^impossible date rejected/],
	['unknownRow', /^a table row that names no known country/],
	['noneAndStatus', /^(.+?) \([A-Z]{2}\) is listed as having no diplomatic relations/],
	['langMismatch', /is given as lang "/]
];

export function readWarning(problem: Problem): ReadWarning {
	for (const [code, pattern] of KINDS) {
		const match = pattern.exec(problem.message);
		if (match) return { code, name: match[1] ?? match[2] ?? null, text: problem.text ?? null };
	}
	return { code: 'other', name: null, text: problem.text ?? null };
}
