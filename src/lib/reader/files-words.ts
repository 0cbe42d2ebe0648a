/**
 * Why a file dropped on the add page (or found in a documents folder without a manifest) could not be read, as a
 * code and its figures (`FileWhy`), so that the worker, which has no interface language, says what is wrong and the
 * page words it in the reader's language (add-files-words.ts). `englishWhy` words it for the command line
 * (`npm run data -- --dir`): each says what is wrong and what to do.
 */
import { SUPPORTED_LANGS } from '../pipeline/languages/codes';
import type { FileWhy } from './file-kinds';

/** The reasons, made where they are found. */
export const FILE_WORDS = {
	wrongType: (ext: string): FileWhy => ({ code: 'wrongType', ext }),
	empty: { code: 'empty' } as FileWhy,
	noText: { code: 'noText' } as FileWhy,
	tooLarge: (mb: string, limitMb: number): FileWhy => ({ code: 'tooLarge', mb, limitMb }),
	binary: { code: 'binary' } as FileWhy,
	notUtf8: { code: 'notUtf8' } as FileWhy,
	badZip: (detail: string): FileWhy => ({ code: 'badZip', detail }),
	zipTooLarge: (limitMb: number): FileWhy => ({ code: 'zipTooLarge', limitMb }),
	zipInZip: { code: 'zipInZip' } as FileWhy,
	tooLong: (chars: string, limit: number): FileWhy => ({ code: 'tooLong', chars, limit }),
	noLanguage: { code: 'noLanguage' } as FileWhy,
	unread: (lang: string): FileWhy => ({ code: 'unread', lang }),
	sameText: (other: string): FileWhy => ({ code: 'sameText', other }),
	alreadyKept: (title: string): FileWhy => ({ code: 'alreadyKept', title })
} as const;

/** The reason in English, for the command line and its tests. */
export function englishWhy(why: FileWhy): string {
	switch (why.code) {
		case 'wrongType':
			return `${why.ext ? `a .${why.ext} file` : 'a file without an extension'} is not a document the atlas reads: give it .txt, .md or .html text, or a .zip of such files`;
		case 'empty':
			return 'the file is empty';
		case 'noText':
			return 'no text was found in it once its markup was set aside';
		case 'tooLarge':
			return `the file is ${why.mb} MB; the limit is ${why.limitMb} MB a file, so that reading stays within seconds in the browser: split it`;
		case 'binary':
			return 'it is a binary file, not text: save the document as UTF-8 text, Markdown or HTML';
		case 'notUtf8':
			return 'it is not UTF-8 text: save it as UTF-8 and add it again';
		case 'badZip':
			return `the .zip could not be opened (${why.detail}): make it again with a common zip tool`;
		case 'zipTooLarge':
			return `the .zip unpacks to more than ${why.limitMb} MB: split it into smaller zips`;
		case 'zipInZip':
			return 'a .zip inside a .zip is not opened: unpack it and add its files';
		case 'tooLong':
			return `its text is ${why.chars} million characters long; the limit is ${why.limit} million: split it`;
		case 'noLanguage':
			return 'its language could not be detected: add it alone with the form below, where you can choose it';
		case 'unread':
			return `it is in ${why.lang}; the atlas reads ${SUPPORTED_LANGS.join(', ')}`;
		case 'sameText':
			return `it holds the same text as “${why.other}”, read once`;
		case 'alreadyKept':
			return `this text is already in the atlas, as “${why.title}”`;
		case 'failed':
			return `it could not be read: ${why.detail}`;
	}
}
