/**
 * The clean stage, the first of the pipeline (clean -> segment -> sentences -> facts, per document; then
 * merge/status in build.ts): bytes of a document file -> the text every span points into.
 *
 * Decodes strict UTF-8 (rejecting binary and other encodings with the byte's line), drops a BOM, normalises line
 * endings to \n, and removes page chrome that is not the article (Namuwiki's repeated `문서의 r 판{{{#!wiki ...}}}`
 * blocks, file and licence banners). Whole lines are removed, never parts of lines, and `lineOf` maps an offset of
 * the cleaned text back to the line of the original file, so warnings point at what an editor shows.
 */
import { AtlasError, type Problem } from './problems';

export interface CleanText {
	text: string;
	/** Original 1-based line number of each line of `text`. */
	lines: number[];
	/** Offset in `text` where each line starts. */
	lineStarts: number[];
}

/** Lines of wiki page chrome: the dump's header, collapsed-history boxes, licence banners. */
const CHROME: RegExp[] = [
	/^덤프버전\s*:/,
	/^문서의 r\d* 판\{\{\{#!wiki\b/,
	/^, [\d.]*번 문단\}\}\}/,
	/^\[ 펼치기 · 접기 \]$/,
	/^파일:.*?\.(svg|png|jpe?g|gif)\s/i
];

export function isChrome(line: string): boolean {
	return CHROME.some((re) => re.test(line));
}

export function decode(bytes: Uint8Array, file: string): string {
	const fail = (message: string, line: number | null, fix: string): never => {
		throw new AtlasError([{ file, line, message, fix } satisfies Problem]);
	};
	if (bytes.length === 0)
		fail('the file is empty', null, 'Put the document text in it, or remove it from manifest.json');
	const nul = bytes.indexOf(0);
	if (nul >= 0)
		fail(
			`the file is binary (a NUL byte at byte ${nul})`,
			lineAtByte(bytes, nul),
			'Save the document as plain UTF-8 text'
		);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const bad = firstInvalidUtf8(bytes);
		return fail(
			`the file is not valid UTF-8 (byte ${bad})`,
			lineAtByte(bytes, bad),
			'Convert it to UTF-8, e.g. `iconv -f WINDOWS-1251 -t UTF-8`'
		);
	}
}

export function clean(raw: string): CleanText {
	// A BOM is not text; CRLF and lone CR are line ends. Both are fixed before any offset is taken.
	const unix = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const out: string[] = [];
	const lines: number[] = [];
	let blank = 0;
	unix.split('\n').forEach((line, i) => {
		if (isChrome(line)) return;
		const isBlank = line.trim() === '';
		// Removing chrome leaves long runs of blank lines; one blank line separates paragraphs as well as ten.
		if (isBlank && ++blank > 1) return;
		if (!isBlank) blank = 0;
		out.push(line.replace(/\s+$/, ''));
		lines.push(i + 1);
	});
	while (out.length && out[out.length - 1] === '') {
		out.pop();
		lines.pop();
	}
	const lineStarts: number[] = [];
	let offset = 0;
	for (const line of out) {
		lineStarts.push(offset);
		offset += line.length + 1;
	}
	return { text: out.join('\n'), lines, lineStarts };
}

/** Original line number of an offset into the cleaned text. */
export function lineOf(clean: CleanText, offset: number): number {
	let lo = 0;
	let hi = clean.lineStarts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (clean.lineStarts[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	return clean.lines[lo] ?? 1;
}

function lineAtByte(bytes: Uint8Array, at: number): number {
	let line = 1;
	for (let i = 0; i < at && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length;) {
		const b = bytes[i];
		const n =
			b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
		if (n < 0) return i;
		for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
		i += n + 1;
	}
	return bytes.length;
}

/** The first offset in text[from, to) that is not white space, else `to`. */
export function skipSpace(text: string, from: number, to: number): number {
	while (from < to && /\s/.test(text[from])) from++;
	return from;
}

/** `end` moved back over the white space before it, but not below `from`. */
export function trimSpaceEnd(text: string, end: number, from = 0): number {
	while (end > from && /\s/.test(text[end - 1])) end--;
	return end;
}
