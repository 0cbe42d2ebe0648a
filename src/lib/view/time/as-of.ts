/**
 * The documents as of the timeline's year for the views without MapLibre: the table page and the SVG map drawn
 * without WebGL. Pure: (facts, `time=`) -> the year, every country's state, the colouring the key and the SVG map
 * draw (colour.ts's `colourYear`, the same as the MapLibre map's), and a table row per country as of that year.
 *
 * The rule is model.ts's (as of the end of year Y, nothing filled forward or back). A row as of Y says what the
 * map's colour says (its key entry's words), the date of relations if it holds by then, the missions open by
 * stated dates, and how many missions have no date (shown as such, never counted as closed).
 */
import type { PartialDate } from '../../atlas/types';
import type { Colouring } from '../colour';
import { csvLine } from '../csv';
import type { TimeSelection } from '../url';
import { colourYear } from './colour';
import type { TimeFacts } from './facts';
import {
	missionsOpenAt,
	missionsUndatedAt,
	statesAt,
	yearSpan,
	type CountryAtYear,
	type YearCategory
} from './model';
import { resolveYear } from './slider';

export interface AsOf {
	year: number;
	states: CountryAtYear[];
	colouring: Colouring;
}

/** The year `time=` names (its end, for a range), clamped to the documents' span; null without dated facts. */
export function asOf(facts: TimeFacts, time: TimeSelection, mapCodes: readonly string[] = []): AsOf | null {
	const span = yearSpan(facts);
	if (!span) return null;
	const year = resolveYear(time.end, span);
	const states = statesAt(facts, year);
	const names = new Map(facts.countries.map((c) => [c.code, c.name]));
	return { year, states, colouring: colourYear(states, year, names, mapCodes) };
}

/** One country's row as of the year. */
export interface YearRow {
	category: YearCategory;
	/** The key's words for its colour ("Embassy open", "Date not stated"). */
	label: string;
	colour: string;
	/** Another fact of it has no date (the map hatches it over its colour). */
	alsoUndated: boolean;
	/** The start of relations, if it holds by the end of the year. */
	established: PartialDate | null;
	/** Missions it sends or hosts, or that serve it or the focus from it, open by stated dates. */
	missions: number;
	/** Of those, the ones whose opening date is not stated (not closed by then). */
	undatedMissions: number;
}

/** The order of the table's "Relations" column: the key's order. */
export const CATEGORY_RANK: Record<YearCategory, number> = {
	focus: 0,
	embassy: 1,
	relations: 2,
	none: 3,
	undated: 4,
	unstated: 5,
	nothing: 6
};

/** A row per country of the documents, as of the year. */
export function yearRows(facts: TimeFacts, at: AsOf): Map<string, YearRow> {
	const open = new Set(missionsOpenAt(facts, at.year));
	const undated = new Set(missionsUndatedAt(facts, at.year));
	// The key's entry of each category (not the hatching's own entry, which also lists the countries it hatches).
	const entry = new Map(at.colouring.legend.map((e) => [e.key, e]));
	const hatched = new Set(
		at.colouring.legend.filter((e) => e.hatched && e.key !== 'undated').flatMap((e) => e.codes)
	);
	const rows = new Map<string, YearRow>();
	for (const state of at.states) {
		const code = state.code;
		const own = facts.missions.filter(
			(m) => m.sender === code || m.host === code || m.accreditedTo.includes(code)
		);
		const key = entry.get(state.category);
		rows.set(code, {
			category: state.category,
			label: key?.label ?? state.category,
			colour: at.colouring.colours.get(code) ?? key?.colour ?? '',
			alsoUndated: hatched.has(code),
			established: state.holds.find((h) => h.kind === 'established')?.date ?? null,
			missions: own.filter((m) => open.has(m.index)).length,
			undatedMissions: own.filter((m) => undated.has(m.index)).length
		});
	}
	return rows;
}

/** The table as of the year, as CSV (the site's CSV conventions: csv.ts, BOM and CRLF). */
export function yearRowsCsv(
	year: number,
	countries: readonly { code: string; name: string }[],
	rows: ReadonlyMap<string, YearRow>
): string {
	const header = [
		'code',
		'name',
		'as_of_end_of',
		'state',
		'another_fact_undated',
		'established',
		'missions_open',
		'missions_date_not_stated'
	];
	const lines = countries.flatMap((c) => {
		const row = rows.get(c.code);
		if (!row) return [];
		return [
			csvLine([
				c.code,
				c.name,
				year,
				row.label,
				row.alsoUndated ? 'yes' : 'no',
				row.established,
				row.missions,
				row.undatedMissions
			])
		];
	});
	return `\uFEFF${[csvLine(header), ...lines].join('\r\n')}\r\n`;
}

/** The file name of the table as of a year: the map download's name with the table's word. */
export function yearCsvName(focusName: string, year: number): string {
	return `relations-atlas-${focusName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-countries-${year}.csv`;
}

/** The year shown on a page without MapLibre, with a table row per country (YearChoice's `shown`). */
export type YearShown = AsOf & { rows: ReadonlyMap<string, YearRow> };
