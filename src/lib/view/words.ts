/**
 * Words for the atlas's codes and dates, in the interface's language (messages/{locale}.json): status, mission kind, direction and dates, the one vocabulary
 * every screen takes them from. Pure, and the same on the server and in the browser, so the prerendered HTML and the
 * hydrated page say the same thing. Words that name the focus take its name as an argument: the focus is data.
 */
import type { MissionKind, PartialDate, Status } from '../atlas/types';
import type { Direction } from './missions';
import { formatYmd, intlTag } from '../i18n/format';
import { m } from '../paraglide/messages';
import { baseLocale, getLocale } from '../paraglide/runtime';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A date at exactly the precision the document states it, in the interface's language: "1992-03-19" → "19 March
 * 1992", "1992-03" → "March 1992", "1992" → "1992" (Intl.DateTimeFormat, i18n/format.ts). Never invents a day or a month.
 */
export function formatDate(date: PartialDate): string {
	const match = PARTIAL_DATE.exec(date);
	const month = match?.[2] === undefined ? null : Number(match[2]);
	if (!match || (month !== null && (month < 1 || month > 12))) {
		throw new RangeError(`formatDate: "${date}" is not a date "YYYY", "YYYY-MM" or "YYYY-MM-DD"`);
	}
	const [, year, , day] = match;
	return formatYmd(Number(year), month, day === undefined ? null : Number(day));
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
			return m.src_conflict_kind({
				a: missionKindLabel(x as MissionKind).toLowerCase(),
				b: missionKindLabel(y as MissionKind).toLowerCase()
			});
		case 'embassy-city-differs':
			return m.src_conflict_city({ a: x || m.src_city_not_stated(), b: y || m.src_city_not_stated() });
		case 'mission-before-relations':
			return m.conflict_mission_before({ a, b });
		case 'relations-dates-differ':
			return m.conflict_dates_differ({ a, b });
		case 'mission-dates-differ':
			return m.choose_conflict_mission_dates({ a, b });
		default:
			return m.conflict_none_but_relations({ focus: focusName });
	}
}

/** Long status words, for the panel where there is room for a sentence. */
const STATUS_LABELS: Record<Status, () => string> = {
	focus: m.status_long_focus,
	embassy: m.status_long_embassy,
	relations: m.status_long_relations,
	none: m.status_long_none,
	unstated: m.status_long_unstated
};

/** The status in words, as the panel says it. */
export function statusLabel(status: Status): string {
	return STATUS_LABELS[status]();
}

/** Short status words, for the legend, the table's cells and the map's tooltip. */
const STATUS_SHORT: Record<Status, () => string> = {
	focus: m.status_short_focus,
	embassy: m.status_short_embassy,
	relations: m.status_short_relations,
	none: m.status_short_none,
	unstated: m.status_short_unstated
};

/** The status in two or three words, as the legend, the table and the tooltip say it. */
export function statusShort(status: Status): string {
	return STATUS_SHORT[status]();
}

const MISSION_KIND_LABELS: Record<MissionKind, () => string> = {
	embassy: m.kind_embassy,
	'consulate-general': m.kind_consulate_general,
	consulate: m.kind_consulate,
	'honorary-consulate': m.kind_honorary_consulate,
	office: m.kind_office
};

/** "consulate-general" → "Consulate-general", for lists, cards and tooltips. */
export function missionKindLabel(kind: MissionKind): string {
	return MISSION_KIND_LABELS[kind]();
}

/**
 * "Turkey" → "Turkey’s", "United States" → "United States’"; in Bulgarian "на Турция", in Korean "터키의", in
 * Russian "страны Турция" (the `possessive` message: no case of a name is invented).
 */
export function possessive(name: string): string {
	const said = m.possessive({ name });
	// English drops the s after a final s: "United States’", not "United States’s".
	return name.endsWith('s') && said === `${name}’s` ? `${name}’` : said;
}

/** Whose mission, seen from the focus, in words; `focusName` is the focus country's English name. */
export function directionLabel(direction: Direction, focusName: string): string {
	switch (direction) {
		case 'abroad':
			return m.direction_abroad({ possessive: possessive(focusName) });
		case 'in-focus':
			return m.direction_in_focus({ focus: focusName });
		case 'other':
			return m.direction_other({ focus: focusName });
	}
}

/**
 * A mission's dates at the documents' precision: "since 16 December 1994", "January 1992 to 2006", "until 2006",
 * or "" when the documents give no date.
 */
export function missionPeriod(mission: { since: PartialDate | null; until: PartialDate | null }): string {
	if (mission.since && mission.until)
		return m.period_between({ from: formatDate(mission.since), to: formatDate(mission.until) });
	if (mission.since) return m.period_since({ date: formatDate(mission.since) });
	if (mission.until) return m.period_until({ date: formatDate(mission.until) });
	return '';
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** 2, "document" → "two documents": words up to ten, digits beyond, as running text writes counts; `plural` where an "s" is not the plural ("statuses"). */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
	return `${NUMBER_WORDS[n] ?? n} ${n === 1 ? noun : plural}`;
}

/**
 * The licence a reader's document gives when the reader gave none: a fixed value in the stored atlas (the
 * manifest asks for a licence), which the interface words in its language (`licenceWords`).
 */
export const NO_LICENCE = 'not given';

/** A document's licence as the page shows it: "CC BY-SA", or "not given" in the interface's language. */
export function licenceWords(licence: string): string {
	return licence === NO_LICENCE || licence === '' ? m.docs_not_given() : licence;
}

/** ["Bulgarian", "Korean", "English"], "and" → "Bulgarian, Korean and English" (Intl.ListFormat, in the interface's language). */
export function listWords(items: readonly string[], conjunction: 'and' | 'or'): string {
	const type = conjunction === 'and' ? 'conjunction' : 'disjunction';
	return new Intl.ListFormat(intlTag(), { type, style: 'long' }).format(items);
}

/** "bg" → "Bulgarian". Falls back to the tag itself when the runtime knows no name for it. */
export function languageName(lang: string): string {
	try {
		return new Intl.DisplayNames([intlTag()], { type: 'language' }).of(lang) ?? lang;
	} catch {
		return lang;
	}
}

/** "TR" → an English country name, for codes the atlas has no record of (a mission's host, say). */
export function regionName(code: string): string {
	try {
		return new Intl.DisplayNames([intlTag()], { type: 'region' }).of(code) ?? code;
	} catch {
		return code;
	}
}

/**
 * A country's name for a code the page has no interface-language name for (a country the documents never name): its
 * `english` name in English, CLDR's name in the interface's language otherwise (the browser's Intl.DisplayNames).
 */
export function regionNameOr(code: string, english: string): string {
	if (getLocale() === baseLocale) return english;
	const name = regionName(code);
	// A code CLDR does not know (the map's own XS, Siachen Glacier) comes back as itself: the English name then.
	return name === code ? english : name;
}
