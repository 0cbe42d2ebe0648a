/**
 * The segment stage (after clean, before sentences): the cleaned text -> sections, from each wiki's heading form,
 * with the rows of the Bulgarian country tables ("  Турция 1992-03-02") as sub-sections of their heading, and each
 * row's date when its table is about relations.
 *
 * - Bulgarian Wikipedia headings end with the edit link's word glued on: `ТуркменистанРедактиране`.
 * - Namuwiki headings are numbered and end with the edit link: `2.1.1. 2000년대[편집]`.
 * - The dump lost the edit link of the first headings, so a short line between blank lines that is followed by a
 *   paragraph is a heading too; the first line is the article's title.
 * - Bibliography sections (sources, literature, links) are marked so that facts are not read from citation titles.
 */
import { trimSpaceEnd } from './clean';
import { findDates, type DateMatch } from './lookup/dates';
import { lookupCountry } from './lookup/countries';
import { LANGUAGES } from './languages';

export type SectionKind = 'title' | 'heading' | 'row' | 'footnotes' | 'references';

export interface Segment {
	id: string;
	title: string;
	level: number;
	kind: SectionKind;
	/** ISO code of the country the heading or row names, else null. */
	country: string | null;
	/** Start of the heading line; end just before the next section. */
	start: number;
	end: number;
	/** Where the text after the heading line starts. */
	bodyStart: number;
	/** The heading line itself. */
	headStart: number;
	headEnd: number;
	/** A table row's date column, e.g. 1992-03-02 for "  Турция 1992-03-02". */
	rowDate: DateMatch | null;
}

export interface SegmentResult {
	sections: Segment[];
	/** Table rows whose name is not a known country: offset and text. */
	unknownRows: { start: number; text: string }[];
}

// Every language's heading forms: a dump of one wiki may carry another's edit marks.
const HEADINGS = LANGUAGES.flatMap((l) => l.lexicon.headings);
const NUMBERED = /^(\d+(?:\.\d+)*)\.\s+/;
/** The country tables' header lines (Bulgarian: "Държава  Начало на официалните отношения"). */
const TABLE_HEADERS = LANGUAGES.flatMap((l) => (l.sections.tableHeader ? [l.sections.tableHeader] : []));
export function isTableHeader(line: string): boolean {
	return TABLE_HEADERS.some((re) => re.test(line));
}
/** A Bulgarian table row whose flag image became two spaces: "  Армения", "  Турция 1992-03-02". */
const INDENTED_ROW = /^[ \u00A0]{2}(\p{L}[^\n]*?)(?:\s+(\d{4}(?:-\d{2}-\d{2})?))?$/u;
/** A row of a table dumped as text: an optional number, a name, then its date column ("1  Turkey23 December 1991"). */
const DATED_ROW = /^[ \u00A0\t|]*(?:\d{1,3}[.)]?[ \u00A0\t|]+)?(\p{L}[^\d\n]{1,60}?)[\s|:–—-]*(?=\d)/u;
/** A wikitable dumped one cell a line, each ending in "|": "Belarus |", then "1992 |" (the date column, maybe empty). */
const CELL = /^[ \u00A0\t]*([^|\n]{1,80}?)[ \u00A0\t]*\|[ \u00A0\t]*$/u;
const FOOTNOTE = /^\[\d+\]\s/;
const REFERENCE_TITLES = new Set(LANGUAGES.flatMap((l) => l.lexicon.referenceTitles));
/** A table is about relations when its heading or caption says so: only then is a row's date their start. */
const RELATIONS_CONTEXT = new RegExp(LANGUAGES.flatMap((l) => l.sections.relationsContext).join('|'), 'iu');
/** Every heading form ends in an edit link ("[edit]", "[편집]", "Редактиране"): a cheap test first. */
const HEADING_END = new RegExp(
	`(?:\\]|${LANGUAGES.flatMap((l) => l.sections.headingEnds).join('|')})\\s*$`,
	'u'
);

function headingOf(line: string): { title: string; number: string | null } | null {
	if (!HEADING_END.test(line)) return null;
	for (const re of HEADINGS) {
		const m = re.exec(line);
		if (!m) continue;
		const numbered = NUMBERED.exec(m[1]);
		return numbered
			? { title: m[1].slice(numbered[0].length).trim(), number: numbered[1] }
			: { title: m[1].trim(), number: null };
	}
	return null;
}

export function segment(text: string, lang = ''): SegmentResult {
	const lines: { text: string; start: number }[] = [];
	let offset = 0;
	for (const line of text.split('\n')) {
		lines.push({ text: line, start: offset });
		offset += line.length + 1;
	}
	const blank = (i: number) => i < 0 || i >= lines.length || lines[i].text.trim() === '';
	const nextText = (i: number) => {
		for (let k = i + 1; k < lines.length; k++) if (!blank(k)) return lines[k].text;
		return '';
	};

	const sections: Segment[] = [];
	const unknownRows: SegmentResult['unknownRows'] = [];
	let inReferences = false;
	let headingLevel = 1;
	/** The current heading and the short lines since it: a table's caption and column names. */
	let context = '';
	let inTable = false;

	const open = (
		i: number,
		title: string,
		level: number,
		kind: SectionKind,
		country: string | null,
		rowDate: DateMatch | null = null
	) => {
		const line = lines[i];
		sections.push({
			id: `s${sections.length}`,
			title,
			level,
			kind,
			country,
			start: line.start,
			end: text.length,
			bodyStart: Math.min(line.start + line.text.length + 1, text.length),
			headStart: line.start,
			headEnd: line.start + line.text.length,
			rowDate
		});
	};

	lines.forEach((line, i) => {
		const t = line.text;
		if (t.trim() === '') return;
		if (sections.length === 0) {
			open(i, t.trim(), 1, 'title', null);
			context = t;
			return;
		}
		const heading = headingOf(t);
		if (heading && heading.title) {
			const { title, number } = heading;
			inReferences = REFERENCE_TITLES.has(title);
			const country = inReferences ? null : lookupCountry(title);
			headingLevel = number ? number.split('.').length + 1 : country ? 3 : 2;
			context = title;
			inTable = false;
			open(
				i,
				number ? `${number}. ${title}` : title,
				headingLevel,
				inReferences ? 'references' : 'heading',
				country
			);
			return;
		}
		if (isTableHeader(t)) {
			context = t;
			inTable = false;
			return;
		}
		if (FOOTNOTE.test(t) && sections[sections.length - 1].kind !== 'footnotes' && !inReferences) {
			open(i, 'Footnotes', 2, 'footnotes', null);
			return;
		}
		const row = inReferences ? null : INDENTED_ROW.exec(t);
		if (row) {
			const name = row[1].trim();
			const country = lookupCountry(name);
			if (!country) unknownRows.push({ start: line.start, text: t });
			const { dates } = findDates(text, line.start, line.start + t.length, lang);
			open(
				i,
				name,
				headingLevel + 1,
				'row',
				country,
				RELATIONS_CONTEXT.test(context) ? (dates[0] ?? null) : null
			);
			inTable = true;
			return;
		}
		const cell = inReferences ? null : CELL.exec(t);
		if (cell) {
			const country = lookupCountry(cell[1], lang || undefined);
			if (country) {
				// The next cell is the date column when it holds a date and nothing else.
				const next = lines[i + 1];
				const dateCell = next ? CELL.exec(next.text) : null;
				const { dates } = dateCell
					? findDates(text, next.start, next.start + next.text.length, lang)
					: { dates: [] };
				const rowDate = dates.length === 1 && RELATIONS_CONTEXT.test(context) ? dates[0] : null;
				open(i, cell[1].trim(), headingLevel + 1, 'row', country, rowDate);
				if (rowDate) sections[sections.length - 1].headEnd = next.start + next.text.length;
				inTable = true;
				return;
			}
		}
		const dated = inReferences || t.length > 120 ? null : DATED_ROW.exec(t);
		if (dated) {
			const name = dated[1].replace(/[\s|:,–—-]+$/u, '').trim();
			const country = lookupCountry(name, lang || undefined);
			// The date column starts at the first digit: read from there, so a name glued to it ("Turkey23") does not
			// hide it.
			const from = line.start + dated[0].length;
			const { dates } = country ? findDates(text, from, line.start + t.length, lang) : { dates: [] };
			const rest = dates[0] ? text.slice(dates[0].end, line.start + t.length) : '';
			// Only a name and a date (footnote marks), or a note glued to the date as a dump glues cells
			// ("Libya1976-06-16Ties were..."): not a sentence that happens to start with a name and a number.
			if (
				country &&
				dates[0] &&
				dates[0].start === from &&
				(/^[\s|.,;:()[\]\d]*$/u.test(rest.replace(/\[\d+\]/g, '')) || /^\p{Lu}/u.test(rest))
			) {
				open(i, name, headingLevel + 1, 'row', country, RELATIONS_CONTEXT.test(context) ? dates[0] : null);
				inTable = true;
				return;
			}
		}
		// Lines before a table's first row are its caption; its rows' own text is not.
		if (!inTable && t.length <= 200) context = `${context}\n${t}`.slice(-400);
		// A short line on its own, followed by a paragraph: a heading whose edit link the dump lost.
		const short = t.length <= 60 && !/[.!?:;,…]$/.test(t) && !/^\s/.test(t);
		if (!inReferences && short && blank(i - 1) && blank(i + 1) && nextText(i).length > t.length * 2) {
			open(i, t.trim(), 2, 'heading', lookupCountry(t.trim()));
			context = t;
			inTable = false;
		}
	});

	for (let k = 0; k < sections.length - 1; k++) sections[k].end = trimSpaceEnd(text, sections[k + 1].start);
	if (sections.length) sections[sections.length - 1].end = trimSpaceEnd(text, text.length);
	return { sections, unknownRows };
}
