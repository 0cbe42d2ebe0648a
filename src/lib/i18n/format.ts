/**
 * Numbers and dates in the interface's language, through Intl (CLDR), never by hand: "19 March 1992",
 * "19 март 1992 г.", "1992년 3월 19일", "19 марта 1992 г.". Pure apart from reading the language on screen.
 */
import { getLocale, type Locale } from '$lib/paraglide/runtime';

/**
 * The Intl tag for each interface language. English is written the British way ("19 March 1992"), as the atlas
 * always has; the others are CLDR's defaults for the language.
 */
const INTL_TAG: Record<Locale, string> = { en: 'en-GB', bg: 'bg', ko: 'ko', ru: 'ru' };

export function intlTag(locale: Locale = getLocale()): string {
	return INTL_TAG[locale];
}

/**
 * Formatters made once per language and precision: making an Intl formatter costs far more than using one (the
 * timeline's notes format a date for each country at every year it moves to).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
	let made = formatters.get(key) as T | undefined;
	if (!made) formatters.set(key, (made = make()));
	return made;
}

/** 1234 → "1,234" / "1 234" / "1,234", as the language groups digits. */
export function formatNumber(n: number, locale: Locale = getLocale()): string {
	const tag = intlTag(locale);
	return formatter(`number ${tag}`, () => new Intl.NumberFormat(tag)).format(n);
}

const PRECISION = {
	year: { year: 'numeric' },
	month: { year: 'numeric', month: 'long' },
	day: { year: 'numeric', month: 'long', day: 'numeric' }
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A date at the precision it was stated: year, month or day (the month and day numbers are 1-based), in the
 * interface's language. A bare year stays a bare number in English; the others add their own word ("1992 г.",
 * "1992년") as CLDR writes a year.
 */
export function formatYmd(
	year: number,
	month: number | null,
	day: number | null,
	locale: Locale = getLocale()
): string {
	const precision = month === null ? 'year' : day === null ? 'month' : 'day';
	const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
	// Years before 100 would be taken as 19xx by Date.UTC; the documents' years are four digits.
	date.setUTCFullYear(year);
	const tag = intlTag(locale);
	return formatter(
		`date ${tag} ${precision}`,
		() => new Intl.DateTimeFormat(tag, { ...PRECISION[precision], timeZone: 'UTC' })
	).format(date);
}
