/**
 * A passage's segments as a reader should see them: the dump's noise (footnote markers, link stubs, a citation title
 * glued to the passage's end, words glued together) is left out at display time only, so spans and marks keep
 * pointing at the document's own text.
 */

import type { TextSegment } from './segments';

/** Footnote markers such as "[1]" or "[13]", with the space before them. */
const FOOTNOTE = /\s*\[\d{1,3}\]/g;
/** Namuwiki's link stubs: "#" or "#, #" standing alone at the end of a line. */
const LINK_STUB = /\s*#(?:\s*,\s*#)*[ \t]*(?=\n|$)/g;
/**
 * A citation title glued after a sentence's end: Latin text, every word of it capitalised or a short joiner, to the
 * end of its line, in a passage whose sentence before it is in another script.
 */
const GLUED_TITLE = /(?<=[^\sA-Za-z][.!?]["”»]?\.?)\s+[A-Z][^\n]*(?=\n|$)/g;
/**
 * A lower-case letter followed by an upper-case letter of the same script (Cyrillic or Greek) inside a word, which
 * those languages never write, so the dump joined two words; Korean has no case and Latin has names like "McDonald",
 * so neither is split.
 */
const GLUED_WORDS = /(?<=[\p{Ll}])(?=[\p{Lu}])/gu;
const CASED_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

const JOINERS = new Set([
	'a',
	'an',
	'and',
	'as',
	'at',
	'by',
	'for',
	'in',
	'of',
	'on',
	'or',
	'the',
	'to',
	'with'
]);

function titleCased(text: string): boolean {
	const words = text.trim().split(/\s+/);
	if (/[^\x20-\x7e\u00a0–—’]/.test(text)) return false;
	return words.every((w) => !/^[a-z]/.test(w) || JOINERS.has(w));
}

/** What to do at a place in the text: drop the characters from `start` to `end`, or insert `insert` before `start`. */
interface Edit {
	start: number;
	end: number;
	insert: string;
}

/** The edits that make `text` read cleanly. */
function quoteEdits(text: string): Edit[] {
	const edits: Edit[] = [];
	for (const re of [FOOTNOTE, LINK_STUB])
		for (const m of text.matchAll(re)) edits.push({ start: m.index, end: m.index + m[0].length, insert: '' });
	for (const m of text.matchAll(GLUED_TITLE)) {
		const before = text.slice(Math.max(0, m.index - 40), m.index);
		if (/[A-Za-z]/.test(before.replace(/[^\p{L}]/gu, '').slice(-1)) || !titleCased(m[0])) continue;
		edits.push({ start: m.index, end: m.index + m[0].length, insert: '' });
	}
	for (const m of text.matchAll(GLUED_WORDS)) {
		const [a, b] = [text[m.index - 1], text[m.index]];
		if (CASED_SCRIPT.test(a) && CASED_SCRIPT.test(b))
			edits.push({ start: m.index, end: m.index, insert: ' ' });
	}
	return edits;
}

/** The segments with the edits of their joined text applied; a segment left empty is dropped, neighbours merged. */
export function cleanQuote(segments: readonly TextSegment[]): TextSegment[] {
	const text = segments.map((s) => s.text).join('');
	const edits = quoteEdits(text);
	const dropped = new Uint8Array(text.length);
	const inserts = new Map<number, string>();
	for (const e of edits) {
		dropped.fill(1, e.start, e.end);
		if (e.insert) inserts.set(e.start, e.insert);
	}
	const out: TextSegment[] = [];
	let at = 0;
	for (const s of segments) {
		let piece = '';
		for (let i = 0; i < s.text.length; i++, at++) {
			if (!dropped[at]) piece += (inserts.get(at) ?? '') + s.text[i];
		}
		const last = out.at(-1);
		if (!piece) continue;
		if (last && last.facts.join() === s.facts.join()) last.text += piece;
		else out.push({ text: piece, facts: [...s.facts] });
	}
	return out;
}
