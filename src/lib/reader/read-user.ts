/**
 * A reader's own document, as the form takes it: the text pasted or dropped in the browser, with its title,
 * language and optional address and licence; what the form refuses, and the text the pipeline reads
 * (read-document.ts reads it, in the worker). Pure, and free of the pipeline, so that the add-document page loads
 * none of it (the language detector's data alone is about a megabyte).
 */
import { SUPPORTED_LANGS } from '../pipeline/languages/codes';
import { formatNumber } from '../i18n/format';
import { m } from '../paraglide/messages';
import { languageName, listWords } from '../view/words';

/** The longest text read: 2 MB of characters. The largest built-in document is about 150 KB; see README. */
export const MAX_TEXT_LENGTH = 2_000_000;

export interface UserDocumentInput {
	text: string;
	title: string;
	/** A language the pipeline reads: `SUPPORTED_LANGS`. */
	lang: string;
	/** Where the text comes from, if the reader gives it (an http(s) address). */
	source?: string;
	licence?: string;
}

/** A stable id for a text: `own-` and a hash of it, so that the same text added twice is recognised. */
export function userDocumentId(text: string): string {
	// FNV-1a, 32 bits, twice with different seeds: 64 bits of hash, enough to tell a reader's documents apart.
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ 0x5bd1e995;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193);
		b = Math.imul(b ^ c, 0x5bd1e995);
	}
	const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
	return `own-${hex(a)}${hex(b)}`;
}

/** Why a text cannot be read, in a sentence for the reader; null if it can. */
export function inputProblem(input: Pick<UserDocumentInput, 'text' | 'lang' | 'title'>): string | null {
	if (input.text.trim() === '') return m.add_problem_no_text();
	if (input.text.length > MAX_TEXT_LENGTH)
		return m.add_problem_too_long({
			size: formatNumber(Number((input.text.length / 1e6).toFixed(1))),
			limit: formatNumber(MAX_TEXT_LENGTH / 1e6)
		});
	if (input.text.includes('\u0000')) return m.add_problem_binary();
	if (!SUPPORTED_LANGS.includes(input.lang)) return unreadLanguage(input.lang);
	if (input.title.trim() === '') return m.add_problem_no_title();
	return null;
}

/** "English (en)", "French (fr)": a language code as the form names it (its name in the interface's language, then the code). */
export function languageLabel(lang: string): string {
	const name = languageName(lang);
	return name === lang ? lang : `${name} (${lang})`;
}

/** Why a language cannot be read, in words: "The atlas reads Bulgarian (bg), Korean (ko), English (en) and Russian (ru), not French (fr)." */
export function unreadLanguage(lang: string): string {
	return m.add_unread_language({
		reads: listWords(SUPPORTED_LANGS.map(languageLabel), 'and'),
		language: languageLabel(lang)
	});
}

/**
 * The text's first line that is not blank, its spaces folded. Read line by line from the start: the form asks for it
 * at every keystroke and paste, and splitting a 50 KB text into all its lines each time cost the page's main thread
 * up to 15 ms each time on this machine (shared, load 14).
 */
function firstLine(text: string): string {
	for (let start = 0; start < text.length;) {
		const end = text.indexOf('\n', start);
		const line = text.slice(start, end === -1 ? text.length : end);
		// A line's '\r' (of '\r\n') is white space, folded and trimmed away.
		if (line.trim() !== '') return line.replace(/\s+/g, ' ').trim();
		if (end === -1) break;
		start = end + 1;
	}
	return '';
}

/** A title cut from a sentence keeps at most this many words and characters. */
const TITLE_WORDS = 8;
const TITLE_CHARACTERS = 80;

/**
 * A title from the text's first line: the line itself if it reads as a title (short, no sentence end), as a wiki
 * page's dump begins; else its first words and an ellipsis, so that the line stays a sentence to read. A sentence
 * short enough to be whole is the title whole, without its full stop and without an ellipsis (nothing is cut).
 */
export function suggestTitle(text: string): string {
	const line = firstLine(text);
	if (line.length <= 100 && !/[.!?。]$/u.test(line)) return line;
	const all = line.split(' ');
	const words = all.slice(0, TITLE_WORDS).join(' ').slice(0, TITLE_CHARACTERS);
	const bare = words.replace(/[\s\p{P}]+$/u, '');
	return words === line ? bare : `${bare}…`;
}

/**
 * The text the pipeline reads: like a dumped page, the title on the first line and the text below it. The pipeline
 * takes a document's first line as its title and reads no fact from it, so the title is put above the text unless
 * the text already starts with it on a line of its own, followed by more text (a wiki page's dump).
 */
export function documentText(text: string, title: string): string {
	const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
	const startsWithTitle = lines.length > 1 && firstLine(text) === title.replace(/\s+/g, ' ').trim();
	return startsWithTitle ? text : `${title.trim()}\n\n${text}`;
}
