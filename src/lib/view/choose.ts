/**
 * The reader's choice of sources: which documents the map, its key, the table, search, the downloads, the cite line
 * and the panels tell (`pipeline/restrict.ts` makes the atlas of the chosen ones). In the URL as `sources=`:
 *
 * - `seeds`: the built-in seed documents (`data/documents/`);
 * - `library`: the built-in library (`data/library/`);
 * - `own`: the reader's own documents, added in this browser;
 * - `lang:ko`: the documents in one language (its BCP 47 primary tag);
 * - `doc:bg-wikipedia,ko-namuwiki`: the documents with these ids (as `/data/atlas.json` and the documents page give
 *   them).
 *
 * No `sources=` (or `sources=all`) is every document. Parsing is tolerant, as `url.ts`'s: a value that is none of
 * these is ignored (every document is shown). Pure.
 */

export type SourceChoice =
	| { kind: 'seeds' }
	| { kind: 'library' }
	| { kind: 'own' }
	| { kind: 'lang'; lang: string }
	| { kind: 'docs'; ids: string[] };

/** The query parameter. */
export const SOURCES_PARAM = 'sources';

/** What the choice needs to know of a document. */
export interface ChoosableDocument {
	id: string;
	lang: string;
	own?: boolean;
	library?: boolean;
}

const LANG = /^[a-z]{2,3}$/;

/** `sources=` as written in a URL; null for every document (absent, `all`, or a value that says nothing known). */
export function parseSources(value: string | null | undefined): SourceChoice | null {
	const text = value?.trim() ?? '';
	if (text === 'seeds' || text === 'library' || text === 'own') return { kind: text };
	if (text.startsWith('lang:')) {
		const lang = text.slice(5).trim().toLowerCase();
		return LANG.test(lang) ? { kind: 'lang', lang } : null;
	}
	if (text.startsWith('doc:')) {
		const ids = [
			...new Set(
				text
					.slice(4)
					.split(',')
					.map((s) => s.trim())
					.filter(Boolean)
			)
		];
		return ids.length ? { kind: 'docs', ids } : null;
	}
	return null;
}

/** The value of `sources=` for a choice; null for every document (the parameter is then left out). */
export function formatSources(choice: SourceChoice | null): string | null {
	if (!choice) return null;
	if (choice.kind === 'lang') return `lang:${choice.lang}`;
	if (choice.kind === 'docs') return `doc:${choice.ids.join(',')}`;
	return choice.kind;
}

/** A document's language as a choice names it: its primary tag, lower case. */
export const primaryLanguage = (d: ChoosableDocument): string => d.lang.split('-')[0].toLowerCase();

/** Whether a document is the built-in seeds' (neither the library's nor the reader's). */
export const isSeed = (d: ChoosableDocument): boolean => !d.own && !d.library;

/** The ids of the documents a choice picks among `documents`, in their order (every one for null). */
export function chosenIds(documents: readonly ChoosableDocument[], choice: SourceChoice | null): string[] {
	const picks = (d: ChoosableDocument): boolean => {
		if (!choice) return true;
		switch (choice.kind) {
			case 'seeds':
				return isSeed(d);
			case 'library':
				return d.library === true;
			case 'own':
				return d.own === true;
			case 'lang':
				return primaryLanguage(d) === choice.lang;
			case 'docs':
				return choice.ids.includes(d.id);
		}
	};
	return documents.filter(picks).map((d) => d.id);
}

/** The query `search` with `sources=` set to the choice (or removed for every document), other parameters kept. */
export function withSources(search: string, choice: SourceChoice | null): '' | `?${string}` {
	const params = new URLSearchParams(search);
	const value = formatSources(choice);
	if (value) params.set(SOURCES_PARAM, value);
	else params.delete(SOURCES_PARAM);
	// As url.ts writes it: commas and colons are legal in a query and easier to read in a shared link.
	const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
	return query === '' ? '' : `?${query}`;
}

/** Whether two choices pick the same documents as the URL writes them (null, every document, equals null). */
export const sameChoice = (a: SourceChoice | null, b: SourceChoice | null): boolean =>
	formatSources(a) === formatSources(b);
