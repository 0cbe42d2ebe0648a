/**
 * Words for the atlas's codes and dates, in English: status, mission kind, direction and dates, the one vocabulary
 * every screen takes them from. Pure, and the same on the server and in the browser, so the prerendered HTML and the
 * hydrated page say the same thing. Words that name the focus take its name as an argument: the focus is data.
 */
import type { MissionKind, PartialDate, Status } from '../atlas/types';
import type { Direction } from './missions';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A date at exactly the precision the document states it: "1992-03-19" → "19 March 1992", "1992-03" → "March 1992",
 * "1992" → "1992". Never invents a day or a month.
 */
export function formatDate(date: PartialDate): string {
	const match = PARTIAL_DATE.exec(date);
	const month = match?.[2] === undefined ? null : Number(match[2]);
	if (!match || (month !== null && (month < 1 || month > 12))) {
		throw new RangeError(`formatDate: "${date}" is not a date "YYYY", "YYYY-MM" or "YYYY-MM-DD"`);
	}
	const [, year, , day] = match;
	if (month === null) return year;
	const monthName = MONTHS[month - 1];
	return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/**
 * What a conflict among the documents' own facts is, in one sentence (atlas/schema.ts ConflictSchema). Says what
 * the sentences say, never which is right.
 */
export function conflictNote(
	conflict: { kind: string; dates: readonly PartialDate[]; values?: readonly string[] },
	focusName: string
): string {
	const [a, b] = conflict.dates.map(formatDate);
	const [x, y] = conflict.values ?? [];
	switch (conflict.kind) {
		case 'mission-kind-differs':
			return `Two documents give one mission in one city another kind: ${missionKindLabel(x as MissionKind).toLowerCase()} and ${missionKindLabel(y as MissionKind).toLowerCase()}.`;
		case 'embassy-city-differs':
			return `Two documents place one embassy in different cities: ${x || 'a city not stated'} and ${y || 'a city not stated'}.`;
		case 'mission-before-relations':
			return `A mission is dated ${a}, before the date given for the start of relations, ${b}.`;
		case 'relations-dates-differ':
			return `Two dates are given for the start of relations: ${a} and ${b}.`;
		default:
			return `Listed as having no diplomatic relations with ${focusName}, while another sentence states relations or a mission.`;
	}
}

/** Long status words, for the panel where there is room for a sentence. */
const STATUS_LABELS: Record<Status, string> = {
	focus: 'The focus of the documents',
	embassy: 'Diplomatic relations, with a resident embassy',
	relations: 'Diplomatic relations',
	none: 'No diplomatic relations established',
	unstated: 'Mentioned; relations not stated'
};

/** The status in words, as the panel says it. */
export function statusLabel(status: Status): string {
	return STATUS_LABELS[status];
}

/** Short status words, for the legend, the table's cells and the map's tooltip. */
const STATUS_SHORT: Record<Status, string> = {
	focus: 'The focus of the documents',
	embassy: 'Embassy present',
	relations: 'Relations established',
	none: 'No relations',
	unstated: 'Relations not stated'
};

/** The status in two or three words, as the legend, the table and the tooltip say it. */
export function statusShort(status: Status): string {
	return STATUS_SHORT[status];
}

const MISSION_KIND_LABELS: Record<MissionKind, string> = {
	embassy: 'Embassy',
	'consulate-general': 'Consulate-general',
	consulate: 'Consulate',
	'honorary-consulate': 'Honorary consulate',
	office: 'Office'
};

/** "consulate-general" → "Consulate-general", for lists, cards and tooltips. */
export function missionKindLabel(kind: MissionKind): string {
	return MISSION_KIND_LABELS[kind];
}

/** "Turkey" → "Turkey’s", "United States" → "United States’". */
export function possessive(name: string): string {
	return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

/** Whose mission, seen from the focus, in words; `focusName` is the focus country's English name. */
export function directionLabel(direction: Direction, focusName: string): string {
	switch (direction) {
		case 'abroad':
			return `${possessive(focusName)} mission abroad`;
		case 'in-focus':
			return `Foreign mission in ${focusName}`;
		case 'other':
			return `Foreign mission accredited to ${focusName} from abroad`;
	}
}

/**
 * A mission's dates at the documents' precision: "since 16 December 1994", "January 1992 to 2006", "until 2006",
 * or "" when the documents give no date.
 */
export function missionPeriod(m: { since: PartialDate | null; until: PartialDate | null }): string {
	if (m.since && m.until) return `${formatDate(m.since)} to ${formatDate(m.until)}`;
	if (m.since) return `since ${formatDate(m.since)}`;
	if (m.until) return `until ${formatDate(m.until)}`;
	return '';
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** 2, "document" → "two documents": words up to ten, digits beyond, as running text writes counts; `plural` where an "s" is not the plural ("statuses"). */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
	return `${NUMBER_WORDS[n] ?? n} ${n === 1 ? noun : plural}`;
}

/** ["Bulgarian", "Korean", "English"], "and" → "Bulgarian, Korean and English". */
export function listWords(items: readonly string[], conjunction: 'and' | 'or'): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** "bg" → "Bulgarian". Falls back to the tag itself when the runtime knows no name for it. */
export function languageName(lang: string): string {
	try {
		return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
	} catch {
		return lang;
	}
}

/** "TR" → an English country name, for codes the atlas has no record of (a mission's host, say). */
export function regionName(code: string): string {
	try {
		return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
	} catch {
		return code;
	}
}
