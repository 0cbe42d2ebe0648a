/**
 * Date lookup (used by the segment and facts stages): every date a text states, at the precision it states it.
 *
 * "1992-03-02" and "27 август 1992 година" and "2000년 7월 5일" are days; "октомври 1992" and "2002년 1월" are
 * months; "през 1992 година", "1994 г." and "2012년" are years. A decade ("2000년대", "90-те", "the 1990s"), a century, and a
 * number that is not a year ("1517 тона") are not dates. An impossible date (31 February) is rejected, not rounded.
 */

import { LANGUAGES, languageFor, type DateWords } from '../languages';

export type Precision = 'year' | 'month' | 'day';

export interface DateMatch {
	/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
	date: string;
	precision: Precision;
	start: number;
	end: number;
}

export interface RejectedDate {
	start: number;
	end: number;
	text: string;
	reason: string;
}

/** Every language's month names, in one list: a document may quote a date in another language. */
const MONTHS = LANGUAGES.map((l) => l.dates.months);
const MONTH_WORDS = MONTHS.flat().join('|');
// Years the documents can speak of: a four-digit number outside this range is a quantity ("1517 тона").
const YEAR = '(19\\d\\d|20\\d\\d)';
const NOT_DIGIT_BEFORE = '(?<![\\d\\p{L}])';
const NOT_DIGIT_AFTER = '(?![\\d])';
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "1992 година", "1994 г.": the word "year" belongs to the date, so a highlight covers it.
const YEAR_WORDS = LANGUAGES.flatMap((l) => l.dates.yearWords).map(escape);
const YEAR_WORD = YEAR_WORDS.length ? `(?:\\s(?:${YEAR_WORDS.join('|')}))?` : '';
/** After a year: a thousands group ("20 000"), or a decade in some language ("2000년대", "the 1990s"). */
const NOT_A_YEAR = ['[\\d]', '\\s\\d{3}(?!\\d)', ...LANGUAGES.flatMap((l) => l.dates.notAfterYear)].join('|');

/** Patterns from most to least precise; a later pattern never matches inside an earlier match. */
const PATTERNS: { re: RegExp; parse: (m: RegExpExecArray) => [number, number | null, number | null] }[] = [
	{
		// ISO, as in the Bulgarian country tables: "Турция 1992-03-02".
		re: new RegExp(`${NOT_DIGIT_BEFORE}${YEAR}-(\\d\\d)-(\\d\\d)${NOT_DIGIT_AFTER}`, 'gu'),
		parse: (m) => [+m[1], +m[2], +m[3]]
	},
	// Each language's own forms ("2000년 7월 5일").
	...LANGUAGES.flatMap((l) => l.dates.patterns),
	{
		// Day month year: "27 август 1992 година", "13 – 14 ноември 2006" (a range starts on its first day),
		// "26 декември 1992", "2 February 1993".
		re: new RegExp(
			`${NOT_DIGIT_BEFORE}(\\d{1,2})(?:\\s*[–-]\\s*\\d{1,2})?\\s+(${MONTH_WORDS})\\s+${YEAR}${NOT_DIGIT_AFTER}${YEAR_WORD}`,
			'giu'
		),
		parse: (m) => [+m[3], monthNumber(m[2]), +m[1]]
	},
	{
		// Month year: "октомври 1992 година", "май 2003".
		re: new RegExp(`(?<!\\p{L})(${MONTH_WORDS})\\s+${YEAR}${NOT_DIGIT_AFTER}${YEAR_WORD}`, 'giu'),
		parse: (m) => [+m[2], monthNumber(m[1]), null]
	},
	{
		// A bare year, not followed by a thousands group ("20 000" is not a year; "1700 км" is out of range anyway).
		re: new RegExp(`${NOT_DIGIT_BEFORE}${YEAR}(?!${NOT_A_YEAR})${YEAR_WORD}`, 'gu'),
		parse: (m) => [+m[1], null, null]
	}
];

function monthNumber(word: string): number {
	const w = word.toLowerCase();
	for (const months of MONTHS) {
		const i = months.indexOf(w);
		if (i >= 0) return i + 1;
	}
	return 0;
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function formatPartialDate(year: number, month: number | null, day: number | null): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	if (month === null) return String(year);
	if (day === null) return `${year}-${pad(month)}`;
	return `${year}-${pad(month)}-${pad(day)}`;
}

/** Why a date is impossible, or null when it is a real date. */
function impossible(year: number, month: number | null, day: number | null): string | null {
	if (month !== null && (month < 1 || month > 12)) return `there is no month ${month}`;
	if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month)))
		return `month ${month} of ${year} has no day ${day}`;
	return null;
}

type Parser = NonNullable<DateWords['parser']>;

/**
 * Dates in every common form of a language with a parser (English: "5 May 1993", "May 5, 1993", "12th June 2001",
 * "December 2011", by chrono-node); what it leaves (a bare year, "since 1993", "in 1993") the patterns below read.
 * Only dates whose year the text states count: chrono would otherwise complete "5 May" with a year of its own.
 */
function parsedDates(
	slice: string,
	from: number,
	parser: Parser
): { start: number; end: number; y: number; m: number | null; d: number | null }[] {
	const out: { start: number; end: number; y: number; m: number | null; d: number | null }[] = [];
	// Line by line, and only lines with a month's name and a year: chrono on a whole 10 MB text is superlinear.
	let lineStart = 0;
	for (const line of slice.split('\n')) {
		if (parser.hint.test(line) && /(?:19|20)\d\d/.test(line))
			for (const d of parsedDatesInLine(line, from + lineStart, parser)) out.push(d);
		lineStart += line.length + 1;
	}
	return out;
}

function parsedDatesInLine(
	slice: string,
	from: number,
	{ parser, lead: leading }: Parser
): { start: number; end: number; y: number; m: number | null; d: number | null }[] {
	const out: { start: number; end: number; y: number; m: number | null; d: number | null }[] = [];
	for (const r of parser.parse(slice, REFERENCE_DATE)) {
		const c = r.start;
		// A year written out, not one chrono worked out ("six days after" from its reference date).
		if (!c.isCertain('year') || !c.isCertain('month') || r.end || !/(?:19|20)\d\d/.test(r.text)) continue;
		const year = c.get('year')!;
		if (year < 1900 || year > 2099) continue;
		// chrono's text includes a leading preposition ("on 5 May 1993"); the date is what follows it.
		const lead = leading.exec(r.text)?.[0].length ?? 0;
		out.push({
			start: from + r.index + lead,
			end: from + r.index + r.text.length,
			y: year,
			m: c.get('month'),
			d: c.isCertain('day') ? c.get('day') : null
		});
	}
	return out;
}
/** Fixed, so that the same text gives the same dates whatever the day it is read. */
const REFERENCE_DATE = new Date(Date.UTC(2000, 0, 1));

/** All dates in text[from, to), sorted by position, with the impossible ones set aside. */
export function findDates(
	text: string,
	from = 0,
	to = text.length,
	lang = ''
): { dates: DateMatch[]; rejected: RejectedDate[] } {
	const slice = text.slice(from, to);
	// One flag per character of the range: a later, less precise pattern must not match inside an earlier match.
	// A flag array keeps that check constant-time per match, however many dates a large document holds.
	const taken = new Uint8Array(slice.length);
	const dates: DateMatch[] = [];
	const rejected: RejectedDate[] = [];
	const overlaps = (s: number, e: number) => {
		for (let i = s - from; i < e - from; i++) if (taken[i]) return true;
		return false;
	};
	const parser = languageFor(lang)?.dates.parser;
	if (parser)
		for (const e of parsedDates(slice, from, parser)) {
			if (overlaps(e.start, e.end)) continue;
			taken.fill(1, e.start - from, e.end - from);
			const precision: Precision = e.m === null ? 'year' : e.d === null ? 'month' : 'day';
			dates.push({ date: formatPartialDate(e.y, e.m, e.d), precision, start: e.start, end: e.end });
		}
	for (const { re, parse } of PATTERNS) {
		re.lastIndex = 0;
		for (let m = re.exec(slice); m; m = re.exec(slice)) {
			const start = from + m.index;
			const end = start + m[0].length;
			if (overlaps(start, end)) continue;
			taken.fill(1, start - from, end - from);
			const [y, mo, d] = parse(m);
			const why = impossible(y, mo, d);
			if (why) {
				rejected.push({ start, end, text: m[0], reason: why });
				continue;
			}
			const precision: Precision = mo === null ? 'year' : d === null ? 'month' : 'day';
			dates.push({ date: formatPartialDate(y, mo, d), precision, start, end });
		}
	}
	dates.sort((a, b) => a.start - b.start);
	rejected.sort((a, b) => a.start - b.start);
	return { dates, rejected };
}
