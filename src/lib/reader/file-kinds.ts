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

/** A file that could not be read, and why (a clause: "the file is empty"). */
export interface FileProblem {
	name: string;
	why: string;
}

export interface Unpacked {
	texts: FileText[];
	problems: FileProblem[];
}

/** What the file input accepts: the extensions files.ts reads. */
export const ACCEPTED_FILES = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.zip';
