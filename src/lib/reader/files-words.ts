/**
 * The words of files.ts: why a file dropped on the add page (or found in a documents folder without a manifest)
 * could not be read. Each says what is wrong and what to do; the add page lists them beside the file's name.
 * Kept in one place for the interface's translation.
 */
export const FILE_WORDS = {
	wrongType: (ext: string) =>
		`${ext ? `a .${ext} file` : 'a file without an extension'} is not a document the atlas reads: give it .txt, .md or .html text, or a .zip of such files`,
	empty: 'the file is empty',
	noText: 'no text was found in it once its markup was set aside',
	tooLarge: (mb: string, limitMb: number) =>
		`the file is ${mb} MB; the limit is ${limitMb} MB a file, so that reading stays within seconds in the browser: split it`,
	binary: 'it is a binary file, not text: save the document as UTF-8 text, Markdown or HTML',
	notUtf8: 'it is not UTF-8 text: save it as UTF-8 and add it again',
	badZip: (why: string) => `the .zip could not be opened (${why}): make it again with a common zip tool`,
	zipTooLarge: (limitMb: number) => `the .zip unpacks to more than ${limitMb} MB: split it into smaller zips`,
	zipInZip: 'a .zip inside a .zip is not opened: unpack it and add its files',
	tooLong: (chars: string, limit: number) =>
		`its text is ${chars} million characters long; the limit is ${limit} million: split it`,
	noLanguage: 'its language could not be detected: add it alone with the form below, where you can choose it',
	unread: (lang: string, reads: string) => `it is in ${lang}; the atlas reads ${reads}`,
	sameText: (other: string) => `it holds the same text as “${other}”, read once`,
	alreadyKept: (title: string) => `this text is already in the atlas, as “${title}”`
} as const;
