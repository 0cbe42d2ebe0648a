/**
 * What the add page's many files may be, without the code that reads them (files.ts, which only the reader worker and
 * the CLI load: it brings the HTML, Markdown and zip libraries and the pipeline's detector): the limits, the
 * extensions the file input accepts, and the shapes of what the worker answers.
 */
/** The largest file read, a saved page's markup included: 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** The most a .zip may unpack to, all its files together: 200 MB. */
export const MAX_ZIP_BYTES = 200 * 1024 * 1024;

/** A file's text, ready for the reader: the name (a zip's files as `archive.zip/inner/name.html`). */
export interface FileText {
	name: string;
	title: string;
	text: string;
	/** The detected language, null if the detector is not sure. */
	lang: string | null;
}

/**
 * Why a file could not be read, as a code and its figures: the worker finds it, the page words it in the interface's
 * language (add-files-words.ts), the command line in English (files-words.ts's `englishWhy`).
 */
export type FileWhy =
	| { code: 'wrongType'; ext: string }
	| { code: 'empty' | 'noText' | 'binary' | 'notUtf8' | 'zipInZip' | 'noLanguage' }
	| { code: 'tooLarge'; mb: string; limitMb: number }
	| { code: 'badZip'; detail: string }
	| { code: 'zipTooLarge'; limitMb: number }
	| { code: 'tooLong'; chars: string; limit: number }
	| { code: 'unread'; lang: string }
	| { code: 'sameText'; other: string }
	| { code: 'alreadyKept'; title: string }
	/** The reader failed on its text (`ReadFailure`, worded by the page). */
	| { code: 'failed'; detail: string };

/** A file that could not be read, and why. */
export interface FileProblem {
	name: string;
	why: FileWhy;
}

export interface Unpacked {
	texts: FileText[];
	problems: FileProblem[];
}

/** What the file input accepts: the extensions files.ts reads. */
export const ACCEPTED_FILES = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.zip';
