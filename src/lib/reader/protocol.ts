/** The messages between the page and the reader worker (`reader.worker.ts`). */
import type { Atlas } from '../atlas/types';
import type { Capital } from '../view/missions';
import type { CountryPanelModel } from '../view/panel';
import type { FileProblem, FileText } from './file-kinds';
import type { UserDocumentInput } from './read-user';

/** What the page asks; the client numbers each request (`ReaderRequest`) to match its reply. */
export type ReaderAsk =
	| { type: 'detect'; text: string }
	| { type: 'read'; input: UserDocumentInput; focus: string }
	/** A dropped or chosen file's bytes (transferred), to be turned into texts (files.ts). */
	| { type: 'unpack'; name: string; bytes: ArrayBuffer };

export type ReaderRequest = ReaderAsk & { id: number };

/** A warning of the pipeline, as the review shows it: what it could not read, and the sentence. */
export interface ReadWarning {
	message: string;
	text: string | null;
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
	| { id: number; type: 'failed'; message: string };
