/**
 * The reader's words in the interface's language (messages/{locale}.json, keys `add_` and `review_`): those of
 * AddFiles.svelte (many files at once), and the page's wording of what the reader worker reports as codes (why a
 * file was not read, why a document could not be read, what kind of sentence it could not read), since the worker
 * has no interface language.
 */
import type { FileWhy } from '../../reader/file-kinds';
import type { ReadFailure, ReadWarning } from '../../reader/protocol';
import { languageLabel } from '../../reader/read-user';
import { SUPPORTED_LANGS } from '../../pipeline/languages/codes';
import { formatNumber } from '../../i18n/format';
import { listWords } from '../../view/words';
import { m } from '../../paraglide/messages';

export const ADD_FILES_WORDS = {
	heading: () => m.add_files_heading(),
	intro: () => m.add_files_intro(),
	dropZone: () => m.add_files_drop_zone(),
	choose: () => m.add_files_choose(),
	opening: (done: number, total: number, name: string) => m.add_files_opening({ done, total, name }),
	reading: (done: number, total: number, name: string) => m.add_files_reading({ done, total, name }),
	loading: () => m.add_loading_reader(),
	cancel: () => m.add_cancel(),
	stopped: (read: number, total: number) => m.add_files_stopped({ count: read, total }),
	reviewHeading: () => m.review_files_heading(),
	readSummary: (docs: number, statuses: number, dates: number, missions: number) =>
		m.review_files_summary({ count: docs, facts: factsList(statuses, dates, missions) }),
	nothingRead: () => m.review_files_nothing(),
	facts: (statuses: number, dates: number, missions: number) => factsList(statuses, dates, missions),
	warnings: (n: number) => m.review_files_unread({ count: n }),
	keepLabel: (title: string) => m.review_files_keep({ title }),
	show: () => m.review_files_show(),
	hide: () => m.review_files_hide(),
	selectAll: () => m.review_select_all(),
	selectNone: () => m.review_select_none(),
	addSelected: (n: number) => m.review_add_selected({ count: n }),
	drop: () => m.review_drop_all(),
	problemsHeading: (n: number) => m.review_files_problems({ count: n }),
	saving: (n: number) => m.review_saving_many({ count: n }),
	added: (n: number) => m.review_added_many({ count: n }),
	known: (titles: string[]) => m.review_known({ titles: listWords(titles.map(quoted), 'and') }),
	noneChosen: () => m.review_none_chosen(),
	unreadable: (why: string) => m.add_files_unreadable({ why })
} as const;

/** “Title”, quoted as the interface's language quotes. */
const quoted = (title: string) => m.add_quoted({ title });

/** "4 statuses, 2 dates relations began, 6 missions" (each a plural of its language). */
function factsList(statuses: number, dates: number, missions: number): string {
	return [
		m.docs_facts_statuses({ count: statuses }),
		m.docs_facts_dates({ count: dates }),
		m.docs_facts_missions({ count: missions })
	].join(', ');
}

/** The languages the atlas reads, named: "Bulgarian (bg), Korean (ko), English (en) and Russian (ru)". */
export function readLanguages(): string {
	return listWords(SUPPORTED_LANGS.map(languageLabel), 'and');
}

/** Why a file was not read, as the page says it. */
export function fileWhyWords(why: FileWhy): string {
	switch (why.code) {
		case 'wrongType':
			return why.ext ? m.add_why_wrong_type({ ext: why.ext }) : m.add_why_no_extension();
		case 'empty':
			return m.add_why_empty();
		case 'noText':
			return m.add_why_no_text();
		case 'tooLarge':
			return m.add_why_too_large({ size: formatNumber(Number(why.mb)), limit: formatNumber(why.limitMb) });
		case 'binary':
			return m.add_why_binary();
		case 'notUtf8':
			return m.add_why_not_utf8();
		case 'badZip':
			return m.add_why_bad_zip({ detail: why.detail });
		case 'zipTooLarge':
			return m.add_why_zip_too_large({ limit: formatNumber(why.limitMb) });
		case 'zipInZip':
			return m.add_why_zip_in_zip();
		case 'tooLong':
			return m.add_why_too_long({ size: formatNumber(Number(why.chars)), limit: formatNumber(why.limit) });
		case 'noLanguage':
			return m.add_why_no_language();
		case 'unread':
			return m.add_why_unread({ language: languageLabel(why.lang), reads: readLanguages() });
		case 'sameText':
			return m.add_why_same_text({ other: why.other });
		case 'alreadyKept':
			return m.add_why_already_kept({ title: why.title });
		case 'failed':
			return m.add_why_failed({ why: why.detail });
	}
}

/** Why the reader could not read a document, in a sentence. */
export function failureWords(failure: ReadFailure): string {
	switch (failure.code) {
		case 'noText':
			return m.add_failed_no_text();
		case 'gazetteer':
			return m.add_failed_gazetteer();
		case 'start':
			return m.add_failed_start();
		case 'stopped':
			return m.add_failed_stopped();
		case 'error':
			return m.add_failed_error({ detail: failure.detail });
	}
}

/** What kind of sentence the reader could not read, as the review lists it above the sentence. */
export function warningWords(warning: ReadWarning): string {
	const name = warning.name ?? '';
	switch (warning.code) {
		case 'unread':
			return m.review_warn_unread();
		case 'unknownCity':
			return m.review_warn_unknown_city({ name });
		case 'noSender':
			return m.review_warn_no_sender();
		case 'unplaced':
			return m.review_warn_unplaced();
		case 'cityNotInHost':
			return m.review_warn_city_not_in_host({ name });
		case 'noCapital':
			return m.review_warn_no_capital({ name });
		case 'badDate':
			return m.review_warn_bad_date();
		case 'unknownRow':
			return m.review_warn_unknown_row();
		case 'noneAndStatus':
			return m.review_warn_none_and_status({ name });
		case 'langMismatch':
			return m.review_warn_lang_mismatch();
		case 'other':
			return m.review_warn_other();
	}
}
