/**
 * The country-name trie and its scanner, free of any one language: a name's characters as keys (lower case, one
 * apostrophe, a space or hyphen as one separator), a terminal per name with its code and the trust of its source, and
 * a scan that finds the longest names in a text in one pass. What differs between languages comes in as the trie's
 * `unspaced` and `inflect` (see `CountryNames` in `languages/types.ts`).
 */
import type { Language } from '../../languages';

export interface CountryMatch {
	/** ISO 3166-1 alpha-2, upper case. */
	code: string;
	/** UTF-16 offsets into the scanned text. */
	start: number;
	end: number;
	/** `text.slice(start, end)`: the name as written, with its ending. */
	surface: string;
}

// ---------------------------------------------------------------------------------------------------
// Character classes, computed once per UTF-16 unit and cached: the scan looks at every character of
// texts of many megabytes, and a regular expression per character would dominate the cost.

const lowerTable = new Int32Array(65536).fill(-1);
function lower(c: number): number {
	let l = lowerTable[c];
	if (l < 0) {
		const s = String.fromCharCode(c).toLowerCase();
		l = s.length === 1 ? s.charCodeAt(0) : c;
		lowerTable[c] = l;
	}
	return l;
}

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
const wordTable = new Uint8Array(65536); // 0 unknown, 1 word character, 2 not
function isWordChar(c: number): boolean {
	let w = wordTable[c];
	if (w === 0) {
		w = WORD_RE.test(String.fromCharCode(c)) ? 1 : 2;
		wordTable[c] = w;
	}
	return w === 1;
}

function isUpper(c: number): boolean {
	return lower(c) !== c;
}

function isHangul(c: number): boolean {
	return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}

function isSpace(c: number): boolean {
	return (
		c === 0x20 ||
		(c >= 0x09 && c <= 0x0d) ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000
	);
}

function isHyphen(c: number): boolean {
	return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** The trie's edge for a space or hyphen inside a name. */
const SEP = 0x20;

/** A name character as the trie stores it: lower case, one apostrophe for ' ’ ‘ ʼ. */
function keyChar(c: number): number {
	if (c === 0x2019 || c === 0x2018 || c === 0x02bc) return 0x27;
	return lower(c);
}

// ---------------------------------------------------------------------------------------------------
// The tries.

export interface Terminal {
	/** null: a non-country, or a name two countries share at the same level of trust. */
	code: string | null;
	priority: number;
	/** For acronyms, the exact spellings accepted; null when case does not matter. */
	exact: Set<string> | null;
	/** ko only: may start inside a word-run. */
	midWord: boolean;
}

export interface TrieNode {
	next: Map<number, TrieNode>;
	terminal: Terminal | null;
}

export interface Trie {
	/** Names written with or without spaces, glued to their endings (Korean): see `CountryNames.unspaced`. */
	unspaced: boolean;
	/** Other forms the text writes a name in (Bulgarian definite forms), or null. */
	inflect: ((name: string) => string[]) | null;
	/** With `unspaced`: what may end the word of a name glued to the host mark 주 (`CountryNames.afterHostMark`). */
	afterHostMark: RegExp | null;
	root: TrieNode;
	/**
	 * Per UTF-16 unit: 0 not yet known, 1 a name may start with it, 2 none may. Unless `unspaced`, only
	 * capitals count. Filled lazily; it lets the scan pass over most characters with one array read.
	 */
	startable: Uint8Array;
}

/** Where a name comes from; a higher level wins when two sources give one string different codes. */
export const LEVEL_DERIVED = 1; // a library name with its parenthesis or ", Republic of" cut off
export const LEVEL_LIBRARY = 2;
export const LEVEL_ALIAS = 3; // the tables of this module

const ACRONYM_RE = /^(?:\p{Lu}\.?){2,}$/u;

export function isAcronym(name: string): boolean {
	return ACRONYM_RE.test(name);
}

function isSeparatorText(ch: string): boolean {
	return isSpace(ch.charCodeAt(0)) || isHyphen(ch.charCodeAt(0));
}

function keyOf(name: string): number[] {
	const key: number[] = [];
	for (const ch of name.trim()) {
		if (ch.length === 1 && isSeparatorText(ch)) {
			if (key.length > 0 && key[key.length - 1] !== SEP) key.push(SEP);
		} else {
			for (let k = 0; k < ch.length; k++) key.push(keyChar(ch.charCodeAt(k)));
		}
	}
	if (key[key.length - 1] === SEP) key.pop();
	return key;
}

function hangulSyllables(name: string): number {
	let n = 0;
	for (let k = 0; k < name.length; k++) {
		const c = name.charCodeAt(k);
		if (c >= 0xac00 && c <= 0xd7a3) n++;
	}
	return n;
}

function insert(trie: Trie, name: string, code: string | null, priority: number, midWord: boolean): void {
	const key = keyOf(name);
	if (key.length === 0) return;
	let node = trie.root;
	for (const k of key) {
		let child = node.next.get(k);
		if (!child) {
			child = { next: new Map(), terminal: null };
			node.next.set(k, child);
		}
		node = child;
	}
	const exact = isAcronym(name) ? new Set([name]) : null;
	const t = node.terminal;
	if (!t || priority > t.priority) {
		node.terminal = { code, priority, exact, midWord };
	} else if (priority === t.priority) {
		if (t.code !== code) {
			// Two of this module's own tables disagreeing is a mistake to fix, not an ambiguity to hide.
			if (priority >= LEVEL_ALIAS * 2) throw new Error(`countries: "${name}" is given two codes`);
			t.code = null;
		}
		t.exact = t.exact && exact ? new Set([...t.exact, ...exact]) : null;
		t.midWord = t.midWord || midWord;
	}
}

export function addName(trie: Trie, name: string, code: string | null, level: number): void {
	const spaced = name.replace(/\s+/gu, ' ').trim();
	// A form the text writes as such ranks above a form this module inflects, at the same level.
	const exactPriority = level * 2;
	const inflectedPriority = level * 2 - 1;
	if (trie.unspaced) {
		const midWord = hangulSyllables(spaced) >= 4;
		insert(trie, spaced, code, exactPriority, midWord);
		// Korean writes multi-word names with or without spaces: 시에라 리온 / 시에라리온.
		if (spaced.includes(' ')) insert(trie, spaced.replace(/ /g, ''), code, exactPriority, midWord);
		return;
	}
	insert(trie, spaced, code, exactPriority, false);
	if (trie.inflect && !isAcronym(spaced)) {
		const plain = spaced.replace(/[-‐‑]/gu, ' ');
		for (const form of trie.inflect(plain)) insert(trie, form, code, inflectedPriority, false);
	}
}

export function emptyTrie(names: Language['countries']): Trie {
	return {
		unspaced: names.unspaced,
		inflect: names.inflect,
		afterHostMark: names.afterHostMark,
		root: { next: new Map(), terminal: null },
		startable: new Uint8Array(65536)
	};
}

/**
 * Walks the trie along `text` from `start`, calling `visit` at every name that ends before `limit`,
 * shortest first.
 */
export function walk(
	trie: Trie,
	text: string,
	start: number,
	limit: number,
	visit: (end: number, terminal: Terminal) => void
): void {
	let node = trie.root;
	let j = start;
	while (j < limit) {
		const c = text.charCodeAt(j);
		let next: TrieNode | undefined;
		if (isSpace(c) || isHyphen(c)) {
			next = node.next.get(SEP);
			if (!next) return;
			if (isHyphen(c)) j++;
			else {
				// A name may wrap onto the next line, but not run across a paragraph break.
				let breaks = 0;
				while (j < limit && isSpace(text.charCodeAt(j))) {
					if (text.charCodeAt(j) === 0x0a) breaks++;
					j++;
				}
				if (breaks > 1) return;
			}
		} else {
			next = node.next.get(keyChar(c));
			if (!next) return;
			j++;
		}
		node = next;
		if (node.terminal) visit(j, node.terminal);
	}
}

export function scan(trie: Trie, text: string, from: number, to: number): CountryMatch[] {
	const startable = trie.startable;
	const korean = trie.unspaced;
	const lo = Math.max(0, Math.min(from, text.length));
	const hi = Math.max(lo, Math.min(to, text.length));
	const out: CountryMatch[] = [];

	// The candidate being walked; `visit` keeps the longest name that passes the checks.
	const cur = { start: 0, atWordStart: false, marked: false, end: -1, code: null as string | null };
	const visit = (end: number, t: Terminal): void => {
		if (korean) {
			if (!cur.atWordStart && !t.midWord) return;
			// After the host mark 주, the rest of a short name's word must be a particle or the mission: 주말리예노프 is a
			// surname, not Mali (a long name glued to more, as Namuwiki glues links, is still a name).
			if (cur.marked && !t.midWord && trie.afterHostMark) {
				let wordEnd = end;
				while (wordEnd < text.length && isHangul(text.charCodeAt(wordEnd))) wordEnd++;
				if (!trie.afterHostMark.test(text.slice(end, wordEnd))) return;
			}
		} else {
			if (end < text.length) {
				const next = text.charCodeAt(end);
				// A letter right after the name ends the match only when it starts a new capitalised word
				// glued on, as in the Wikipedia headings "КиргизстанРедактиране".
				if (isWordChar(next) && !(isUpper(next) && !isUpper(text.charCodeAt(end - 1)))) return;
			}
			if (t.exact && !t.exact.has(text.slice(cur.start, end))) return;
		}
		cur.end = end;
		cur.code = t.code;
	};

	let i = lo;
	while (i < hi) {
		const c = text.charCodeAt(i);
		let s = startable[c];
		if (s === 0) {
			s = trie.root.next.has(keyChar(c)) && (korean || isUpper(c)) ? 1 : 2;
			startable[c] = s;
		}
		if (s === 2) {
			i++;
			continue;
		}
		const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
		if (korean) {
			// A name may also follow 주 ("stationed in": 주카자흐스탄 미국 대사관), itself at a word start or glued to a
			// preceding mission's name (대사관주한).
			const before2 = i > 1 ? text.charCodeAt(i - 2) : -1;
			cur.marked = prev === 0xc8fc && (before2 < 0 || !isHangul(before2) || before2 === 0xad00);
			cur.atWordStart = prev < 0 || !isHangul(prev) || cur.marked;
		} else if (prev >= 0 && isWordChar(prev)) {
			i++;
			continue;
		}
		cur.start = i;
		cur.end = -1;
		cur.code = null;
		walk(trie, text, i, hi, visit);
		if (cur.end < 0) {
			i++;
			continue;
		}
		if (cur.code !== null)
			out.push({ code: cur.code, start: i, end: cur.end, surface: text.slice(i, cur.end) });
		// A non-country (Нова Гвинея) is skipped whole, so the country inside it is not found either.
		i = cur.end;
	}
	return out;
}
