/**
 * The words of the reader's choice of sources (`view/choose.ts`): the label of each choice with the number of
 * documents it shows, as the home panel's and the table's select offers it (SourcesChoice) and as the country pages'
 * one line says what is shown (SourcesShown).
 */
import { formatNumber } from '../i18n/format';
import { m } from '../paraglide/messages';
import {
	chosenIds,
	isSeed,
	primaryLanguage,
	sameChoice,
	type ChoosableDocument,
	type SourceChoice
} from './choose';
import { languageName } from './words';

/** The languages of `documents`, each once, in the documents' order. */
export const languagesOf = (documents: readonly ChoosableDocument[]): string[] => [
	...new Set(documents.map(primaryLanguage))
];

/**
 * A choice's label among `all` (every document there is to choose from), with how many documents it shows:
 * "All documents (24)", "The library (22)", "In Korean only (4)", "Some documents (3 of 24)".
 */
export function choiceLabel(choice: SourceChoice | null, all: readonly ChoosableDocument[]): string {
	const count = (pick: (d: ChoosableDocument) => boolean) => formatNumber(all.filter(pick).length);
	if (!choice) return m.choose_all({ count: formatNumber(all.length) });
	switch (choice.kind) {
		case 'seeds':
			return m.choose_seeds({ count: count(isSeed) });
		case 'library':
			return m.choose_library({ count: count((d) => d.library === true) });
		case 'own':
			return m.choose_own({ count: count((d) => d.own === true) });
		case 'lang':
			return m.choose_language({
				language: languageName(choice.lang),
				count: count((d) => primaryLanguage(d) === choice.lang)
			});
		case 'docs':
			return m.choose_some_count({
				shown: formatNumber(chosenIds(all, choice).length),
				total: formatNumber(all.length)
			});
	}
}

/**
 * What the choice's live line says: that the pages are being made from a new choice (`choice`, while they still
 * show `shown`), that the choice picks no document here (`noMatch`: all are shown), or nothing.
 */
export function choiceStatus(
	choice: SourceChoice | null,
	shown: SourceChoice | null,
	noMatch: boolean
): string {
	if (!sameChoice(choice, shown)) return m.choose_pending();
	return noMatch ? m.choose_no_match() : '';
}
