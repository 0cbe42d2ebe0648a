/**
 * The map's colours and key as of a year (the states of model.ts), in the shape of colour.ts's `Colouring`, so
 * the map's fill, its hatching and the key draw it as they draw the other modes. Pure.
 *
 * The key's entries are the same in every year, in the same order; only their counts follow the year (as OWID
 * keeps one legend over the whole timeline). "Date not stated" is hatched, with the hatching of year mode's "No
 * relations" (the only hatched entry in this mode): a country whose only facts have no date is grey and hatched;
 * a country coloured by a dated fact and with a stronger fact of no date (an embassy beside relations dated 1992)
 * is hatched over its colour, so the map never implies that the undated fact did not hold.
 */
import type { Colouring, LegendEntry } from '../colour';
import { NO_DATA, NO_YEAR, STATUS_COLOURS } from '../colour';
import type { CountryAtYear, YearCategory } from './model';

/** A country every fact of which is dated after the year shown. Paler than NO_DATA's grey, warm like a mention. */
export const NOTHING_YET = '#efebe4';

const ENTRIES: { key: YearCategory; label: string; colour: string }[] = [
	{ key: 'embassy', label: 'Embassy open', colour: STATUS_COLOURS.embassy },
	{ key: 'relations', label: 'Relations established', colour: STATUS_COLOURS.relations },
	{ key: 'none', label: 'No relations (stated that year)', colour: STATUS_COLOURS.none },
	{ key: 'undated', label: 'Date not stated', colour: NO_YEAR },
	{ key: 'unstated', label: 'Relations not stated', colour: STATUS_COLOURS.unstated },
	{ key: 'nothing', label: 'Nothing stated by then', colour: NOTHING_YET }
];

/** The key entry of countries hatched over a dated colour. */
const ALSO_UNDATED = 'also-undated';

/**
 * @param states every country of the documents as of `year` (model.ts `statesAt`)
 * @param names English names, for the focus's entry
 * @param mapCodes every code the map draws, to count the countries the documents do not name
 */
export function colourYear(
	states: readonly CountryAtYear[],
	year: number,
	names: ReadonlyMap<string, string>,
	mapCodes: readonly string[] = []
): Colouring {
	const focus = states.filter((s) => s.category === 'focus');
	const focusName = focus.map((s) => names.get(s.code) ?? s.code).join(', ');
	const entries: LegendEntry[] = [];
	if (focus.length)
		entries.push({
			key: 'focus',
			label: focusName,
			colour: STATUS_COLOURS.focus,
			count: focus.length,
			codes: focus.map((s) => s.code)
		});
	for (const e of ENTRIES) {
		const codes = states.filter((s) => s.category === e.key).map((s) => s.code);
		entries.push({ ...e, count: codes.length, codes, ...(e.key === 'undated' ? { hatched: true } : {}) });
	}
	const also = states.filter((s) => s.category !== 'undated' && s.undated.length > 0).map((s) => s.code);
	entries.push({
		key: ALSO_UNDATED,
		label: 'Hatched: another fact, date not stated',
		colour: '#ffffff',
		count: also.length,
		codes: also,
		hatched: true
	});
	const known = new Set(states.map((s) => s.code));
	const absent = mapCodes.filter((code) => !known.has(code));
	entries.push({
		key: 'absent',
		label: 'Not in the documents',
		colour: NO_DATA,
		count: absent.length,
		codes: absent
	});

	const colours = new Map<string, string>();
	for (const entry of entries)
		if (entry.key !== 'absent' && entry.key !== ALSO_UNDATED)
			for (const code of entry.codes) colours.set(code, entry.colour);
	return {
		mode: 'status',
		title: `Relations with ${focusName || 'the focus'} as of ${year}`,
		notes: [
			`As of the end of ${year}, by the dates the documents state.`,
			'Date not stated: a fact with no date is shown in every year as undated, never as absent.',
			'No relations: only in the year of its document’s date.'
		],
		colours,
		legend: entries
	};
}
