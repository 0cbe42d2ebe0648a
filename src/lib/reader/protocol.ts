/** The messages between the page and the reader worker (`reader.worker.ts`). */
import type { Atlas } from '../atlas/types';
import type { Locale } from '../paraglide/runtime';
import type { Capital } from '../view/missions';
import type { CountryPanelModel } from '../view/panel';
import type { FileProblem, FileText } from './file-kinds';
import type { UserDocumentInput } from './read-user';

/** What the page asks; the client numbers each request (`ReaderRequest`) to match its reply. */
export type ReaderAsk =
	| { type: 'detect'; text: string }
	/**
	 * `locale`: the page's interface language, in which the worker writes the review's panels; `cityNames`: the
	 * address of that language's city names (/data/city-names/{lang}.json), null in English, which has none.
	 */
	| { type: 'read'; input: UserDocumentInput; focus: string; locale: Locale; cityNames: string | null }
	/** A dropped or chosen file's bytes (transferred), to be turned into texts (files.ts). */
	| { type: 'unpack'; name: string; bytes: ArrayBuffer };

export type ReaderRequest = ReaderAsk & { id: number };

/**
 * What kind of sentence the pipeline could not read (reader/warnings.ts sorts its warnings into these), for the
 * review to word in the interface's language; `other` for a warning of a kind not listed.
 */
export type WarningCode =
	| 'unread'
	| 'unknownCity'
	| 'noSender'
	| 'unplaced'
	| 'cityNotInHost'
	| 'noCapital'
	| 'badDate'
	| 'unknownRow'
	| 'noneAndStatus'
	| 'langMismatch'
	| 'other';

/** A warning of the pipeline, as the review shows it: what it could not read (and the name it concerns), and the sentence. */
export interface ReadWarning {
	code: WarningCode;
	/** The city or country the warning names, as the pipeline wrote it (a document's spelling or the atlas's name). */
	name: string | null;
	text: string | null;
}

/**
 * Why the worker could not read a document: no text once the page's chrome is set aside, the gazetteer not
 * loaded, the worker not started, stopped by Cancel (`stopped`), or an error of the program (`detail` says it, in
 * English: the program's own words).
 */
export interface ReadFailure {
	code: 'noText' | 'gazetteer' | 'start' | 'stopped' | 'error';
	detail: string;
}

export type ReaderReply =
	| { id: number; type: 'detected'; lang: string | null }
	| { id: number; type: 'progress'; stage: 'loading' | 'reading' }
	| {
			id: number;
			type: 'read';
			atlas: Atlas;
			/** The panel of each country the document states something about, made in the worker for the review. */
			review: CountryPanelModel[];
			/** The capital of each country the missions' arcs need, where the gazetteer knows it. */
			capitals: Record<string, Capital>;
			warnings: ReadWarning[];
			ms: number;
	  }
	| { id: number; type: 'unpacked'; texts: FileText[]; problems: FileProblem[] }
	| { id: number; type: 'failed'; failure: ReadFailure };
