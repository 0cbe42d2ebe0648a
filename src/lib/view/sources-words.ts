/**
 * The words of "every fact with its sources" and of the sources compared, in one place for the interface's
 * translation: the panel's "stated by" lines, the comparison table, the tooltip's line, the table's column, the
 * home panel's coverage line. Pure.
 */
import { languageName, listWords } from './words';
import { m } from '../paraglide/messages';
import { formatNumber, intlTag } from '../i18n/format';

const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const count = (n: number, one: string, many: string) => `${NUMBERS[n] ?? n} ${n === 1 ? one : many}`;

export const SOURCE_WORDS = {
	/** The comparison's title and its columns. */
	compareTitle: 'The documents compared',
	compareIntro:
		'What each document states about this country. “Agrees”: another document states the same; “differs”: another document states otherwise; “only here”: no other document states it.',
	columns: {
		document: 'Document',
		status: 'Status it states',
		date: 'Relations began',
		missions: 'Missions it states'
	},
	notStated: 'not stated',
	agrees: 'agrees',
	differs: 'differs',
	onlyHere: 'only here',
	doesNotState: 'Does not state',
	theDate: 'when relations began',
	theStatus: 'the status the atlas shows',
	passage: 'passage',
	/** The table's column heading. */
	column: 'Sources',
	/** Where a fact's sentences are listed. */
	sentences: 'the sentences'
} as const;

/** "Stated by 3 documents in 2 languages"; "Stated by one document only". */
export function statedBy(documents: number, languages: number): string {
	if (documents === 0) return 'Stated by no document';
	if (documents === 1) return 'Stated by one document only';
	return `Stated by ${count(documents, 'document', 'documents')} in ${count(languages, 'language', 'languages')}`;
}

/** The tooltip's and the table's short form: "3 documents, 2 languages"; "1 document". */
export function statedShort(documents: number, languages: number): string {
	if (documents <= 1) return `${documents} document`;
	return `${documents} documents, ${languages} ${languages === 1 ? 'language' : 'languages'}`;
}

/** A document's date in the comparison: "retrieved 11 February 2024", or that it gives none. */
export function documentDate(retrieved: string | null): string {
	return retrieved ? `retrieved ${retrieved}` : 'date not given';
}

/** What a document leaves out that others state: "when relations began, 2 missions". */
export function leftOut(date: boolean, missions: number, status: boolean): string {
	const parts = [
		...(status ? [SOURCE_WORDS.theStatus] : []),
		...(date ? [SOURCE_WORDS.theDate] : []),
		...(missions > 0 ? [count(missions, 'mission', 'missions')] : [])
	];
	return listWords(parts, 'and');
}

/**
 * The coverage line of the home panel and the focus's overview, in the interface's language: "15 documents (Bulgarian
 * 1, English 11, Korean 3). Countries whose relations they state: 69; with the date relations began: 20." The
 * documents are given by their language tags ("bg", "en-GB"), counted per language in alphabetical order of the
 * language's name. The counts stand after a colon so that no language has to agree a noun with them.
 */
export function coverage(langs: readonly string[], counts: { withStatus: number; dated: number }): string {
	const byName = new Map<string, number>();
	for (const lang of langs) {
		const name = languageName(lang.split('-')[0]);
		byName.set(name, (byName.get(name) ?? 0) + 1);
	}
	return m.home_coverage({
		count: langs.length,
		languages: [...byName]
			.sort(([a], [b]) => a.localeCompare(b, intlTag()))
			.map(([name, n]) => `${name} ${formatNumber(n)}`)
			.join(', '),
		withStatus: formatNumber(counts.withStatus),
		dated: formatNumber(counts.dated)
	});
}
