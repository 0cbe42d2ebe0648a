/**
 * The sentences stage, between segment and facts (facts/ runs it on each section body): a section body -> its
 * sentences, the unit a fact's span points at.
 *
 * Each line is a paragraph. Inside a paragraph a sentence ends at . ! ? (and any citation marks after it, `[3]` or
 * Namuwiki's `#`) followed by a space and a capital, a quote or a digit, except after abbreviations that end in a
 * full stop mid-sentence ("1994 г. България..." is one sentence); each language module lists its own. A language
 * may close its sentences otherwise (Korean: only "다." / "요.", even with no space after them).
 * Not Intl.Segmenter: ICU's default sentence rules split after "г.", "гр.", "U.S.", "Feb." and "St.", which this
 * splitter keeps whole.
 */
import { skipSpace, trimSpaceEnd } from './clean';
import { LANGUAGES } from './languages';

export interface Sentence {
	start: number;
	end: number;
}

// Every language's rules, whatever the document's: a text quotes others ("U.S." in a Bulgarian article).
const ABBREVIATIONS = new RegExp(
	`(?:^|[\\s(])(?:${LANGUAGES.flatMap((l) => l.sentences.abbreviations).join('|')})\\.$`,
	'u'
);
/** Languages whose sentences may end with no space after them, and the letters that then begin the next. */
const CLOSINGS = LANGUAGES.flatMap((l) => (l.sentences.closing ? [l.sentences.closing] : []));
const CLOSING_LETTERS = CLOSINGS.map((c) => c.letters).join('|');

export function splitSentences(text: string, from: number, to: number): Sentence[] {
	const out: Sentence[] = [];
	let lineStart = from;
	while (lineStart < to) {
		let lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd < 0 || lineEnd > to) lineEnd = to;
		splitParagraph(text, lineStart, lineEnd, out);
		lineStart = lineEnd + 1;
	}
	return out;
}

function splitParagraph(text: string, from: number, to: number, out: Sentence[]): void {
	let start = skipSpace(text, from, to);
	// A Korean sentence may run straight into the next one when a dump lost the space ("있다.카자흐스탄에는").
	// A footnote mark followed by a capital ends a sentence whose full stop the dump lost ("... 1992 [1] In March").
	const boundary = new RegExp(
		`(?:[.!?…]+|(?<=\\S\\s?)(?=\\[\\d+\\]\\s+\\p{Lu}))(?:\\[\\d+\\]|#(?:,\\s*#)*)*(?=\\s+(\\S)${CLOSING_LETTERS ? `|(${CLOSING_LETTERS})` : ''})`,
		'gu'
	);
	boundary.lastIndex = start;
	const para = text.slice(0, to);
	for (let m = boundary.exec(para); m; m = boundary.exec(para)) {
		const end = m.index + m[0].length;
		if (end === m.index) {
			boundary.lastIndex++;
			continue;
		}
		const before = text.slice(Math.max(start, m.index - 12), m.index + 1);
		const next = m[1] ?? m[2];
		const closing = CLOSINGS.find((c) => new RegExp(c.letters, 'u').test(next));
		const endsSentence = closing
			? closing.end.test(text.slice(m.index - 1, m.index + 1))
			: /[\p{Lu}„"“«(\d]/u.test(next) && !ABBREVIATIONS.test(before);
		if (!endsSentence) continue;
		push(text, start, end, out);
		start = skipSpace(text, end, to);
	}
	push(text, start, to, out);
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
	end = trimSpaceEnd(text, end, start);
	if (end > start) out.push({ start, end });
}
