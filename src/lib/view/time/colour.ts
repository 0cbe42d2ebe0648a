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
import { m } from '../../paraglide/messages';
import type { CountryAtYear, YearCategory } from './model';

/** A country every fact of which is dated after the year shown. Paler than NO_DATA's grey, warm like a mention. */
export const NOTHING_YET = '#efebe4';

/** Each entry's label is a message, read when the key is made (the page's language). */
const ENTRIES: { key: YearCategory; label: () => string; colour: string }[] = [
	{ key: 'embassy', label: m.time_key_embassy, colour: STATUS_COLOURS.embassy },
	{ key: 'relations', label: m.status_short_relations, colour: STATUS_COLOURS.relations },
	{ key: 'none', label: m.time_key_none, colour: STATUS_COLOURS.none },
	{ key: 'undated', label: m.time_key_undated, colour: NO_YEAR },
	{ key: 'unstated', label: m.status_short_unstated, colour: STATUS_COLOURS.unstated },
	{ key: 'nothing', label: m.time_key_nothing, colour: NOTHING_YET }
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
		entries.push({
			...e,
			label: e.label(),
			count: codes.length,
			codes,
			...(e.key === 'undated' ? { hatched: true } : {})
		});
	}
	const also = states.filter((s) => s.category !== 'undated' && s.undated.length > 0).map((s) => s.code);
	entries.push({
		key: ALSO_UNDATED,
		label: m.time_key_hatched(),
		colour: '#ffffff',
		count: also.length,
		codes: also,
		hatched: true
	});
	const known = new Set(states.map((s) => s.code));
	const absent = mapCodes.filter((code) => !known.has(code));
	entries.push({
		key: 'absent',
		label: m.key_absent(),
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
		title: m.time_key_title({ focus: focusName || m.status_short_focus(), year }),
		notes: [m.time_key_note_year({ year }), m.time_key_note_undated(), m.time_key_note_none()],
		colours,
		legend: entries
	};
}
