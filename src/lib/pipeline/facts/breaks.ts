/**
 * The break phase (called by facts/index.ts for every sentence): relations broken off, suspended or restored, with
 * the date the sentence gives for each, as a dated fact of their own. Before it, "severed relations in 2014" was only
 * a "no relations" statement dated by its document; now the timeline shows the country without relations from 2014
 * until a restoration (or a later fact), and the chronology lists the break with its sentence.
 *
 * The constructions are the language's (`languages/breaks.ts`); this file only places them:
 * - whose relations: the countries the sentence names other than the focus (two others without the focus speak of
 *   their own relations and give nothing), else the passage's own country, else the one country the document is about;
 * - which date: each verb takes the nearest date in its own stretch of the sentence (between the previous verb and
 *   the next), after it first, before it when there is none after (Korean, verb-final: before first), so "severed in
 *   2014 and restored in 2016" gives 2014 to the break and 2016 to the restoration; a verb with no date is kept
 *   undated (the timeline then leaves it to the document's date, as any "no relations" statement).
 */
import type { PartialDate, Span } from '../../atlas/types';
import type { DateMatch } from '../lookup/dates';
import type { CountryMatch } from '../lookup/countries';
import { breakWordsFor, type BreakWords } from '../languages/breaks';

export type BreakKind = 'broken' | 'suspended' | 'restored';

export interface BreakFact {
	code: string;
	kind: BreakKind;
	date: PartialDate | null;
	span: Span;
	/** The verb's construction and the date, for highlighting and for leaving the date out of the generic events. */
	verb: { start: number; end: number };
	dateAt: { start: number; end: number } | null;
}

export interface BreakContext {
	lang: string;
	focus: string;
	/** The passage's own country (a table row or a country's section), else null. */
	own: string | null;
	/** Countries the whole document is about besides the focus. */
	about: string[];
}

interface Mark {
	kind: BreakKind;
	start: number;
	end: number;
}

function marksIn(sentence: string, offset: number, words: BreakWords): Mark[] {
	const marks: Mark[] = [];
	for (const kind of ['broken', 'suspended', 'restored'] as const) {
		const re = new RegExp(
			words[kind].source,
			words[kind].flags.includes('g') ? words[kind].flags : `${words[kind].flags}g`
		);
		for (const m of sentence.matchAll(re))
			marks.push({ kind, start: offset + m.index, end: offset + m.index + m[0].length });
	}
	// One construction per place: a longer overlapping one (passive "relations were suspended") wins.
	marks.sort((a, b) => a.start - b.start || b.end - a.end);
	return marks.filter((m, i) => !marks.slice(0, i).some((o) => o.start < m.end && m.start < o.end));
}

/** Whose relations the sentence speaks of (the same rule as the relations statements of facts/index.ts). */
function partnersOf(countries: CountryMatch[], ctx: BreakContext): string[] {
	const named = [...new Set(countries.map((c) => c.code))].filter((c) => c !== ctx.focus);
	const focusNamed = countries.some((c) => c.code === ctx.focus);
	if (ctx.own && (named.includes(ctx.own) || named.length === 0)) return [ctx.own];
	if (named.length) return named.length === 1 || focusNamed ? named : [];
	return ctx.about.length === 1 && ctx.about[0] !== ctx.focus ? [ctx.about[0]] : [];
}

/**
 * The breaks, suspensions and restorations one sentence states. `text` is the document's cleaned text, `from`/`to`
 * the sentence, `countries` and `dates` those found in it.
 */
export function readBreaks(
	text: string,
	from: number,
	to: number,
	countries: CountryMatch[],
	dates: DateMatch[],
	ctx: BreakContext,
	span: Span
): BreakFact[] {
	const words = breakWordsFor(ctx.lang);
	if (!words) return [];
	const marks = marksIn(text.slice(from, to), from, words);
	if (marks.length === 0) return [];
	const partners = partnersOf(countries, ctx);
	if (partners.length === 0) return [];
	const used = new Set<DateMatch>();
	const out: BreakFact[] = [];
	marks.forEach((mark, i) => {
		const lo = i > 0 ? marks[i - 1].end : from;
		const hi = i + 1 < marks.length ? marks[i + 1].start : to;
		const free = dates.filter((d) => !used.has(d) && d.start >= lo && d.end <= hi);
		const after = free.find((d) => d.start >= mark.start);
		const before = free.filter((d) => d.end <= mark.end).at(-1);
		const date = words.verbFinal ? (before ?? after) : (after ?? before);
		if (date) used.add(date);
		for (const code of partners)
			out.push({
				code,
				kind: mark.kind,
				date: date?.date ?? null,
				span,
				verb: { start: mark.start, end: mark.end },
				dateAt: date ? { start: date.start, end: date.end } : null
			});
	});
	return out;
}
