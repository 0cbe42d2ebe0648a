/**
 * The words of "every fact with its sources" and of the sources compared, in one place for the interface's
 * translation: the panel's "stated by" lines, the comparison table, the tooltip's line, the table's column, the
 * home panel's coverage line. Pure.
 */
import { languageName, listWords } from './words';
import { m } from '../paraglide/messages';
import { formatNumber, intlTag } from '../i18n/format';

/**
 * The words, read when used (getters), so that the server, prerendering every language in one process, and the
 * browser take them in the page's language.
 */
export const SOURCE_WORDS = {
	/** The comparison's title and its columns. */
	get compareTitle() {
		return m.src_compare_title();
	},
	get compareIntro() {
		return m.src_compare_intro();
	},
	get columns() {
		return {
			document: m.src_col_document(),
			status: m.src_col_status(),
			date: m.src_col_date(),
			missions: m.src_col_missions()
		};
	},
	get notStated() {
		return m.src_not_stated();
	},
	get agrees() {
		return m.src_agrees();
	},
	get differs() {
		return m.src_differs();
	},
	get onlyHere() {
		return m.src_only_here();
	},
	get doesNotState() {
		return m.src_does_not_state();
	},
	get theDate() {
		return m.src_the_date();
	},
	get theStatus() {
		return m.src_the_status();
	},
	/** The table's column heading. */
	get column() {
		return m.src_column();
	}
};

/** "Stated by 3 documents in 2 languages"; "Stated by one document only". */
export function statedBy(documents: number, languages: number): string {
	if (documents === 0) return m.src_stated_none();
	if (documents === 1) return m.src_stated_one();
	return m.src_stated_many({ documents: formatNumber(documents), languages });
}

/** The tooltip's and the table's short form: "3 documents, 2 languages"; "1 document". */
export function statedShort(documents: number, languages: number): string {
	if (documents <= 1) return m.src_short_single({ documents: formatNumber(documents) });
	return m.src_short_many({ documents: formatNumber(documents), languages });
}

/** A document's date in the comparison: "retrieved 11 February 2024", or that it gives none. */
export function documentDate(retrieved: string | null): string {
	return retrieved ? m.retrieved({ date: retrieved }) : m.date_not_given();
}

/** What a document leaves out that others state: "when relations began, 2 missions". */
export function leftOut(date: boolean, missions: number, status: boolean): string {
	const parts = [
		...(status ? [SOURCE_WORDS.theStatus] : []),
		...(date ? [SOURCE_WORDS.theDate] : []),
		...(missions > 0 ? [m.src_missions({ count: missions })] : [])
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
