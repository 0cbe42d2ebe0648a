/**
 * How each country is coloured, for the map and the legend alike. Pure: (summaries, mode) -> a colour per ISO
 * code, the no-data colour, and legend entries with their counts and codes, in the words of words.ts.
 *
 * How a country's colour is chosen:
 * 1. The focus country is always its own colour (status 'focus'), and the legend names it and titles itself after it.
 * 2. Mode 'status': the country's status picks one of five categorical colours, the same hues as ColorBrewer's
 *    colour-blind-safe blues for relations, an orange for "no relations" and a warm neutral for a
 *    mere mention, each at its own lightness step (CIE L* about 20, 37, 52, 64, 76, 88), so they stay apart in greyscale and for every kind of colour blindness.
 * 3. Mode 'year': the year relations were established picks a class of a sequential scale (d3 scaleThreshold over
 *    ColorBrewer YlGnBu, older = darker); a country of the documents without a year is neutral grey, a warm
 *    lighter grey where it has no relations at all (no year to state).
 * 4. Mode 'none': every country of the documents one neutral colour.
 * 5. A country the documents never name has no entry: the map falls back to NO_DATA (MapLibre `coalesce`).
 */
import { m } from '../paraglide/messages';
import { scaleThreshold } from 'd3-scale';
import type { CountrySummary } from '$lib/view/summary';
import type { Status } from '$lib/atlas/types';
import type { FillMode } from './options';
import { MAX_CLASSES } from './year-ramp';
import { statusShort } from './words';

/** Land the documents never mention. Also the fallback colour of the map's `coalesce`. */
export const NO_DATA = '#dddddd';
/** The sea: lighter than every land colour, so coasts read in greyscale too. */
export const OCEAN = '#f1f7fb';

export const STATUS_COLOURS: Record<Status, string> = {
	focus: '#461870',
	embassy: '#095b89',
	relations: '#1a82b9',
	none: '#ed7e35',
	// A neutral, not a pale step of the blues: a mention says nothing of how close two countries are.
	unstated: '#c2b9ad'
};

/** A country of the documents whose year of relations is not stated, in year mode. */
export const NO_YEAR = '#9e9e9e';
/** A country with no relations, in year mode: it has no year to state. A warm grey, lighter than NO_YEAR. */
export const NO_RELATIONS_YEAR = '#c6bfb3';
/** Every country of the documents, in mode 'none'. */
export const MENTIONED = '#9fb1c1';

export interface LegendEntry {
	/** Stable id: a status, 'year-1992', 'no-year', 'no-relations', 'mentioned' or 'absent'. */
	key: string;
	/** In words, for the legend and for screen readers. */
	label: string;
	colour: string;
	count: number;
	/** ISO codes of the countries in this entry, for highlighting them on the map. */
	codes: string[];
	/**
	 * Drawn hatched over its colour: year mode's "No relations", so that its three kinds without a year (not stated,
	 * no relations, not in the documents) differ by more than a shade of grey.
	 */
	hatched?: boolean;
}

/** The hatching's line colour, over NO_RELATIONS_YEAR. */
export const HATCH_INK = '#6f6455';

export interface Colouring {
	mode: FillMode;
	/** Legend heading, in words. */
	title: string;
	/** What the entries mean where a colour could be misread, and how much a mode covers, in sentences. */
	notes: string[];
	/** Fill colour per ISO code; codes not in it take NO_DATA. */
	colours: Map<string, string>;
	legend: LegendEntry[];
}

const STATUS_ORDER: Status[] = ['focus', 'embassy', 'relations', 'none', 'unstated'];

/**
 * @param summaries the countries of the documents
 * @param mode what the fill shows
 * @param mapCodes every code the map draws, to count the countries the documents do not name
 */
export function colourCountries(
	summaries: readonly CountrySummary[],
	mode: FillMode,
	mapCodes: readonly string[] = []
): Colouring {
	const known = new Set(summaries.map((s) => s.code));
	const absentCodes = mapCodes.filter((code) => !known.has(code));
	const absent: LegendEntry = {
		key: 'absent',
		label: m.key_absent(),
		colour: NO_DATA,
		count: absentCodes.length,
		codes: absentCodes
	};
	const focus = summaries.filter((s) => s.status === 'focus');
	const others = summaries.filter((s) => s.status !== 'focus');
	const focusEntry: LegendEntry[] = focus.length
		? [
				{
					key: 'focus',
					label: focus.map((s) => s.name).join(', '),
					colour: STATUS_COLOURS.focus,
					count: focus.length,
					codes: focus.map((s) => s.code)
				}
			]
		: [];

	let groups: Omit<LegendEntry, 'count' | 'codes'>[];
	let groupOf: (s: CountrySummary) => string;
	let title: string;
	let notes: (counts: Map<string, number>) => string[];

	if (mode === 'status') {
		title = focus.length
			? m.key_relations_with({ focus: focus.map((s) => s.name).join(', ') })
			: m.key_relations();
		groups = STATUS_ORDER.filter((s) => s !== 'focus').map((s) => ({
			key: s,
			label: statusShort(s),
			colour: STATUS_COLOURS[s]
		}));
		groupOf = (s) => s.status;
		notes = (counts) => [
			...(counts.get('embassy') ? [m.key_note_embassy()] : []),
			...(counts.get('none') ? [m.key_note_none()] : [])
		];
	} else if (mode === 'year') {
		title = m.key_year_title();
		const years = yearClasses(others.map((s) => s.year).filter((y): y is number => y !== null));
		groups = [
			...years.classes.map((c) => ({ key: c.key, label: c.label, colour: c.colour })),
			{ key: 'no-year', label: m.key_year_none(), colour: NO_YEAR },
			{ key: 'no-relations', label: m.status_short_none(), colour: NO_RELATIONS_YEAR, hatched: true }
		];
		groupOf = (s) =>
			s.year !== null ? years.keyOf(s.year) : s.status === 'none' ? 'no-relations' : 'no-year';
		const dated = others.filter((s) => s.year !== null).length;
		notes = () => [m.key_year_note({ dated, count: others.length })];
	} else {
		title = m.key_countries();
		groups = [{ key: 'mentioned', label: m.key_in_documents(), colour: MENTIONED }];
		groupOf = () => 'mentioned';
		notes = () => [];
	}

	const byKey = new Map(groups.map((g) => [g.key, { ...g, count: 0, codes: [] as string[] }]));
	for (const s of others) {
		const entry = byKey.get(groupOf(s));
		if (!entry) throw new Error(`colourCountries: ${s.code} falls in no legend entry (${groupOf(s)})`);
		entry.count++;
		entry.codes.push(s.code);
	}

	const legend = [...focusEntry, ...byKey.values(), absent];
	const colours = new Map<string, string>();
	for (const entry of legend) {
		if (entry.key === 'absent') continue;
		for (const code of entry.codes) colours.set(code, entry.colour);
	}
	return { mode, title, notes: notes(new Map(legend.map((e) => [e.key, e.count]))), colours, legend };
}

export interface YearClass {
	key: string;
	label: string;
	colour: string;
	/** First year of the class; the class runs until the next class's `from`. */
	from: number;
}

/**
 * Classes of years for the sequential scale: one per year when there are at most MAX_CLASSES distinct years
 * (the documents date most relations to 1991-1992), otherwise ranges of equal count. Older classes are darker.
 */
export function yearClasses(years: readonly number[]): {
	classes: YearClass[];
	keyOf: (year: number) => string;
} {
	const distinct = [...new Set(years)].sort((a, b) => a - b);
	const perYear = distinct.length <= MAX_CLASSES;
	let starts: number[];
	if (perYear) {
		starts = distinct;
	} else {
		const sorted = [...years].sort((a, b) => a - b);
		const picked = new Set<number>([sorted[0]]);
		for (let i = 1; i < MAX_CLASSES; i++) picked.add(sorted[Math.floor((i * sorted.length) / MAX_CLASSES)]);
		starts = [...picked].sort((a, b) => a - b);
	}
	// Older = darker, on YlGnBu (year-ramp.ts): the colours were computed by d3-scale-chromatic at build time.
	const ramp = __YEAR_RAMP__[starts.length];
	const classes = starts.map((from, i) => {
		const to = perYear ? from : i + 1 < starts.length ? starts[i + 1] - 1 : distinct[distinct.length - 1];
		return {
			key: `year-${from}`,
			label: from === to ? String(from) : `${from}–${to}`,
			colour: ramp[i],
			from
		};
	});
	// scaleThreshold maps a year to the class whose range holds it: https://d3js.org/d3-scale/threshold
	const scale = scaleThreshold<number, string>()
		.domain(starts.slice(1))
		.range(classes.map((c) => c.key));
	return { classes, keyOf: (year) => scale(year) };
}
