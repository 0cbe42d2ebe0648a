/**
 * Words for the atlas's codes and dates, in English. Pure, and the same on the server and in the browser, so the
 * prerendered HTML and the hydrated page say the same thing.
 */
import type { MissionKind, PartialDate, Status } from '../atlas/types';

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

const STATUS_LABELS: Record<Status, string> = {
	focus: 'Kazakhstan itself',
	embassy: 'Diplomatic relations, with a resident embassy',
	relations: 'Diplomatic relations',
	none: 'No diplomatic relations established',
	unstated: 'Mentioned; relations not stated'
};

/** The status in words, as the panel and the table say it. */
export function statusLabel(status: Status): string {
	return STATUS_LABELS[status];
}

const STATUS_SHORT: Record<Status, string> = {
	focus: 'Focus',
	embassy: 'Embassy',
	relations: 'Relations',
	none: 'No relations',
	unstated: 'Not stated'
};

/** A one- or two-word status, for table cells. */
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

export function missionKindLabel(kind: MissionKind): string {
	return MISSION_KIND_LABELS[kind];
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
