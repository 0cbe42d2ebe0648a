/**
 * Files to texts: what the add page's "many files" reads (in the reader worker) and what `npm run data -- --dir`
 * reads from a folder without a manifest, so that both give the pipeline the same texts.
 *
 * - `.txt`: strict UTF-8 (a UTF-16 file with its byte-order mark is read too);
 * - `.md`: Markdown, turned into HTML by `marked` and then read as HTML below;
 * - `.html`/`.htm`: a page saved from a browser, parsed by `htmlparser2` (a streaming parser: no document is
 *   built, nothing is rendered, no script runs, nothing is fetched) into its text: paragraphs, headings, list items
 *   and table rows each on lines of their own; scripts, styles, navigation, page headers and footers, hidden
 *   elements, MediaWiki's edit links, footnote marks, reference lists, navigation boxes and contents left out; where
 *   the page marks its main content (`<main>`, `role="main"`), only that; a section whose heading is a bibliography
 *   title of one of the pipeline's languages (References, Източници, 각주…) left out as the pipeline leaves such
 *   sections unread;
 * - `.zip`: opened by `fflate`; each of its files is read as above (not a zip inside it).
 *
 * Each text's title is its page's first `<h1>` (else `<title>`), a Markdown file's first heading, or a text's
 * first line (`suggestTitle`); its language is the pipeline's detector's. A file that cannot be read is a problem
 * naming it and saying why, never an exception.
 */
import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import { marked } from 'marked';
import { LANGUAGES } from '../pipeline/languages';
import { detectLanguage } from '../pipeline/read';
import { FILE_WORDS } from './files-words';
import {
	MAX_FILE_BYTES,
	MAX_ZIP_BYTES,
	type FileProblem,
	type FileText,
	type FileWhy,
	type Unpacked
} from './file-kinds';
import { MAX_TEXT_LENGTH, suggestTitle } from './read-user';

/** The extensions read as documents. */
const TEXT_EXTENSIONS = new Set(['txt', 'text']);
const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown']);
const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml']);

function extension(name: string): string {
	const base = name.slice(name.lastIndexOf('/') + 1);
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Reads one file (a .zip: each of its files). */
export function unpackFile(name: string, bytes: Uint8Array): Unpacked {
	const ext = extension(name);
	if (ext === 'zip') return unpackZip(name, bytes);
	const one = fileText(name, ext, bytes);
	return 'why' in one ? { texts: [], problems: [one] } : { texts: [one], problems: [] };
}

/** Files a zip holds that are no one's document: folders, macOS's resource forks, hidden files. */
function ignored(path: string): boolean {
	return path.endsWith('/') || path.startsWith('__MACOSX/') || /(^|\/)\./.test(path);
}

/** A browser's "save page" puts the page's images, styles and scripts in a folder "<page>_files" beside it. */
const savedPageResource = (path: string) => /(^|\/)[^/]+_files\//.test(path);

function unpackZip(name: string, bytes: Uint8Array): Unpacked {
	const out: Unpacked = { texts: [], problems: [] };
	if (bytes.length === 0) return { texts: [], problems: [{ name, why: FILE_WORDS.empty }] };
	let total = 0;
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(bytes, {
			filter: (file) => {
				if (ignored(file.name) || savedPageResource(file.name)) return false;
				const ext = extension(file.name);
				if (ext === 'zip') {
					out.problems.push({ name: `${name}/${file.name}`, why: FILE_WORDS.zipInZip });
					return false;
				}
				if (!TEXT_EXTENSIONS.has(ext) && !MARKDOWN_EXTENSIONS.has(ext) && !HTML_EXTENSIONS.has(ext)) {
					out.problems.push({ name: `${name}/${file.name}`, why: FILE_WORDS.wrongType(ext) });
					return false;
				}
				total += file.originalSize;
				if (total > MAX_ZIP_BYTES) throw new RangeError('too large');
				return true;
			}
		});
	} catch (error) {
		const why =
			error instanceof RangeError && error.message === 'too large'
				? FILE_WORDS.zipTooLarge(MAX_ZIP_BYTES / 1024 / 1024)
				: FILE_WORDS.badZip(error instanceof Error ? error.message : String(error));
		return { texts: [], problems: [{ name, why }] };
	}
	for (const [path, data] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
		const one = fileText(`${name}/${path}`, extension(path), data);
		if ('why' in one) out.problems.push(one);
		else out.texts.push(one);
	}
	return out;
}

function fileText(name: string, ext: string, bytes: Uint8Array): FileText | FileProblem {
	const isText = TEXT_EXTENSIONS.has(ext);
	const isMarkdown = MARKDOWN_EXTENSIONS.has(ext);
	const isHtml = HTML_EXTENSIONS.has(ext);
	if (!isText && !isMarkdown && !isHtml) return { name, why: FILE_WORDS.wrongType(ext) };
	if (bytes.length === 0) return { name, why: FILE_WORDS.empty };
	if (bytes.length > MAX_FILE_BYTES)
		return {
			name,
			why: FILE_WORDS.tooLarge((bytes.length / 1024 / 1024).toFixed(1), MAX_FILE_BYTES / 1024 / 1024)
		};
	const decoded = decodeText(bytes, isHtml ? declaredCharset(bytes) : null);
	if (typeof decoded !== 'string') return { name, why: decoded.why };
	let text: string;
	let title: string | null = null;
	if (isText) text = decoded.replace(/\r\n?/g, '\n');
	else {
		const html = isMarkdown ? (marked.parse(decoded, { async: false, gfm: true }) as string) : decoded;
		({ text, title } = htmlText(html));
	}
	if (text.trim() === '') return { name, why: isText ? FILE_WORDS.empty : FILE_WORDS.noText };
	if (text.length > MAX_TEXT_LENGTH)
		return { name, why: FILE_WORDS.tooLong((text.length / 1e6).toFixed(1), MAX_TEXT_LENGTH / 1e6) };
	return { name, title: title || suggestTitle(text), text, lang: detectLanguage(text) };
}

/** The charset an HTML file declares in its first 1024 bytes (`<meta charset>`, or http-equiv's content). */
function declaredCharset(bytes: Uint8Array): string | null {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
	return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1].toLowerCase() ?? null;
}

/** Strict UTF-8 (or UTF-16 with its mark, or the charset the page declares), else why not. */
function decodeText(bytes: Uint8Array, charset: string | null): string | { why: FileWhy } {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
	if (bytes.includes(0)) return { why: FILE_WORDS.binary };
	if (charset && charset !== 'utf-8' && charset !== 'utf8') {
		try {
			return new TextDecoder(charset).decode(bytes);
		} catch {
			// A charset the runtime does not know: read as UTF-8 below.
		}
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { why: FILE_WORDS.notUtf8 };
	}
}

/** Elements whose content is never a document's text. */
const SKIP_TAGS = new Set([
	'head',
	'script',
	'style',
	'noscript',
	'template',
	'svg',
	'math',
	'nav',
	'header',
	'footer',
	'aside',
	'form',
	'button',
	'select',
	'textarea',
	'iframe',
	'object',
	'canvas',
	'audio',
	'video',
	'img'
]);
/** Landmark roles that are not the text: navigation, page header and footer, search, side notes. */
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary', 'note']);
/**
 * Classes of MediaWiki pages (every Wikipedia) that are not the article's text: edit links, footnote marks and
 * reference lists, navigation boxes and sidebars, the contents, maintenance notices, hatnotes, categories.
 */
const SKIP_CLASSES = new Set([
	'mw-editsection',
	'reference',
	'references',
	'reflist',
	'mw-references-wrap',
	'mw-cite-backlink',
	'mw-jump-link',
	'mw-jump',
	'noprint',
	'navbox',
	'vertical-navbox',
	'sidebar',
	'toc',
	'catlinks',
	'printfooter',
	'metadata',
	'ambox',
	'hatnote',
	'shortdescription',
	'mw-empty-elt'
]);
const SKIP_IDS = new Set([
	'toc',
	'jump-to-nav',
	'catlinks',
	'mw-navigation',
	'mw-panel',
	'footer',
	'siteSub',
	'contentSub'
]);
/** Elements that end a line: each is a block of text of its own. */
const LINE_TAGS = new Set(['li', 'tr', 'dt', 'dd', 'option', 'caption', 'figcaption']);
const PARAGRAPH_TAGS = new Set([
	'p',
	'div',
	'section',
	'article',
	'main',
	'blockquote',
	'pre',
	'table',
	'ul',
	'ol',
	'dl',
	'figure',
	'address',
	'details',
	'summary',
	'center',
	'body'
]);
const HEADING = /^h([1-6])$/;
/** Bibliography titles of every language the pipeline reads: such a section is not read for facts. */
const REFERENCE_TITLES = new Set(LANGUAGES.flatMap((l) => l.lexicon.referenceTitles));

interface Block {
	text: string;
	/** 0 for a paragraph or line, 1–6 for a heading. */
	level: number;
	line: boolean;
	main: boolean;
}

function skipped(name: string, attrs: Record<string, string>): boolean {
	if (SKIP_TAGS.has(name)) return true;
	if ('hidden' in attrs || attrs['aria-hidden'] === 'true') return true;
	if (attrs.role && SKIP_ROLES.has(attrs.role)) return true;
	if (attrs.id && SKIP_IDS.has(attrs.id)) return true;
	if (attrs.class && attrs.class.split(/\s+/).some((c) => SKIP_CLASSES.has(c))) return true;
	return attrs.style !== undefined && /display\s*:\s*none/i.test(attrs.style);
}

/** The text of an HTML page (see the module's comment), and its title. Never renders it; no script runs. */
export function htmlText(html: string): { text: string; title: string | null } {
	const blocks: Block[] = [];
	const stack: { name: string; skip: boolean; main: boolean }[] = [];
	let skipDepth = 0;
	let mainDepth = 0;
	let preDepth = 0;
	let line = '';
	let pageTitle = '';
	let inTitle = false;
	/** The first <h1>'s text, wherever it stands (a page header inside the main content holds it): the title. */
	let firstH1: string | null = null;
	let h1Text: string | null = null;

	const innermostBlock = () => {
		for (let i = stack.length - 1; i >= 0; i--) {
			const n = stack[i].name;
			if (HEADING.test(n) || LINE_TAGS.has(n) || PARAGRAPH_TAGS.has(n)) return n;
		}
		return 'body';
	};
	const flush = () => {
		const text = preDepth > 0 ? line.replace(/[ \t]+$/gm, '').trim() : line.replace(/\s+/g, ' ').trim();
		line = '';
		if (text === '') return;
		const block = innermostBlock();
		const heading = HEADING.exec(block);
		const level = heading ? Number(heading[1]) : 0;
		blocks.push({ text, level, line: LINE_TAGS.has(block), main: mainDepth > 0 });
	};

	const parser = new Parser(
		{
			onopentag(name, attrs) {
				if (name === 'title' && skipDepth <= 1 && stack.some((e) => e.name === 'head')) inTitle = true;
				if (name === 'h1' && firstH1 === null && h1Text === null) h1Text = '';
				const skip = skipDepth > 0 || skipped(name, attrs);
				const main = name === 'main' || attrs.role === 'main';
				if (skip) skipDepth++;
				else {
					if (HEADING.test(name) || LINE_TAGS.has(name) || PARAGRAPH_TAGS.has(name) || name === 'br') flush();
					if ((name === 'td' || name === 'th') && line.trim() !== '') line += ' | ';
					if (main) mainDepth++;
					if (name === 'pre') preDepth++;
				}
				stack.push({ name, skip, main: main && !skip });
			},
			ontext(data) {
				if (inTitle) pageTitle += data;
				else if (skipDepth === 0) line += data;
				if (h1Text !== null) h1Text += data;
			},
			onclosetag(name) {
				if (name === 'title') inTitle = false;
				if (name === 'h1' && h1Text !== null) {
					firstH1 = h1Text.replace(/\s+/g, ' ').trim() || null;
					h1Text = null;
				}
				// htmlparser2 closes every element it opened, implied ones included: the stack stays in step.
				const open = stack[stack.length - 1];
				if (!open) return;
				if (open.skip) skipDepth--;
				// The text is the closing element's: flushed while it is still the innermost.
				else if (HEADING.test(name) || LINE_TAGS.has(name) || PARAGRAPH_TAGS.has(name)) flush();
				stack.pop();
				if (open.skip) return;
				if (open.main) mainDepth--;
				if (name === 'pre') preDepth--;
			}
		},
		{ decodeEntities: true }
	);
	parser.write(html);
	parser.end();
	flush();

	const inMain = blocks.some((b) => b.main);
	const kept: Block[] = [];
	/** The level of the bibliography heading whose section is being left out, or 0. */
	let dropping = 0;
	for (const block of blocks) {
		if (inMain && !block.main) continue;
		if (block.level > 0) {
			if (dropping > 0 && block.level > dropping) continue;
			dropping = REFERENCE_TITLES.has(block.text) ? block.level : 0;
			if (dropping > 0) continue;
		} else if (dropping > 0) continue;
		kept.push(block);
	}
	let text = '';
	kept.forEach((block, i) => {
		if (i > 0) text += block.line && kept[i - 1].line ? '\n' : '\n\n';
		text += block.text;
	});
	const title = (firstH1 as string | null) ?? (pageTitle.replace(/\s+/g, ' ').trim() || null);
	return { text: text === '' ? '' : `${text}\n`, title };
}
