/**
 * The timeline's words, in the interface's language (the `time_` messages): an event in a line, what a year holds, what changed between two years. Pure.
 */
import { m } from '../../paraglide/messages';
import { formatDate, missionKindLabel, possessive } from '../words';
import { formatNumber } from '../../i18n/format';
import { cityName } from '../city-names.svelte';
import type { CountryAtYear, TimeEvent, YearDifference } from './model';

type Names = ReadonlyMap<string, string>;
const nameOf = (names: Names, code: string) => names.get(code) ?? code;
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
/** A message with an empty part ("{whose} {kind} {where} opens" with no place) loses the space it leaves, and starts with a capital. */
const tidy = (text: string) => {
	const said = text.replace(/\s+/g, ' ').trim();
	return said.charAt(0).toUpperCase() + said.slice(1);
};

/** "Bulgaria’s embassy in Almaty opens", "Relations with China established (another sentence gives another date)". */
export function eventText(event: TimeEvent, names: Names): string {
	const country = nameOf(names, event.countries[0]);
	const whose = event.sender ? possessive(nameOf(names, event.sender)) : '';
	const kind = event.missionKind ? lower(missionKindLabel(event.missionKind)) : '';
	const to = cityName({ city: event.city ?? null, geonameId: event.geonameId });
	const from = cityName({ city: event.fromCity ?? null, geonameId: event.fromGeonameId });
	const where = (city: string | null) =>
		city
			? m.time_where_city({ city })
			: event.host
				? m.time_where_host({ host: nameOf(names, event.host) })
				: '';
	switch (event.kind) {
		case 'established':
			return tidy(
				`${m.time_event_established({ country })}${event.disputed ? ` ${m.time_event_disputed()}` : ''}`
			);
		case 'opened':
			return tidy(m.time_event_opened({ whose, kind, where: where(to) }));
		case 'closed':
			return tidy(m.time_event_closed({ whose, kind, where: where(to) }));
		case 'moved':
			return tidy(m.time_event_moved({ whose, kind, from: from ?? '?', to: to ?? '?' }));
		case 'upgraded':
			return tidy(
				m.time_event_upgraded({
					whose,
					fromKind: event.fromKind ? lower(missionKindLabel(event.fromKind)) : m.time_a_mission(),
					kind,
					where: where(to)
				})
			);
		case 'no-relations':
			return tidy(m.time_event_none({ country }));
		case 'broken':
			return m.time2_event_broken({ country });
		case 'suspended':
			return m.time2_event_suspended({ country });
		case 'restored':
			return m.time2_event_restored({ country });
	}
}

/** "5 July 1992", or "2006": the event's date at its precision. */
export const eventDate = (event: TimeEvent) => formatDate(event.date);

/** "1994: relations with 15 countries, 4 with an embassy; 3 countries whose facts have no date." */
export function yearSummary(states: readonly CountryAtYear[], year: number): string {
	const embassy = states.filter((s) => s.category === 'embassy').length;
	const related = embassy + states.filter((s) => s.category === 'relations').length;
	const undated = states.filter((s) => s.category === 'undated').length;
	return (
		m.time_year_summary({ year, related, embassy }) +
		(undated ? `; ${m.time_year_undated({ count: undated })}` : '')
	);
}

/** "1995 vs. 2024: relations with 1 more country, 3 more embassies, 1 fewer." */
export function differenceSummary(d: YearDifference): string {
	const parts = [
		m.time_diff_relations({ count: d.relationsAdded.length }),
		m.time_diff_embassies({ count: d.embassiesAdded.length })
	];
	if (d.relationsGone.length) parts.push(m.time_diff_relations_gone({ count: d.relationsGone.length }));
	if (d.embassiesGone.length) parts.push(m.time_diff_embassies_gone({ count: d.embassiesGone.length }));
	if (d.missionsAdded.length || d.missionsGone.length)
		parts.push(m.time_diff_missions({ added: d.missionsAdded.length, gone: d.missionsGone.length }));
	return `${m.time_vs({ from: d.from, to: d.to })}: ${parts.join(', ')}`;
}

const CATEGORY_WORDS: Record<CountryAtYear['category'], () => string> = {
	focus: () => '',
	embassy: m.time_state_embassy,
	relations: m.time_state_relations,
	none: m.time_state_none,
	undated: m.time_state_undated,
	unstated: m.time_state_unstated,
	nothing: m.time_state_nothing
};
const HELD_WORDS: Record<CountryAtYear['holds'][number]['kind'], () => string> = {
	embassy: m.time_held_embassy,
	mission: m.time_held_mission,
	established: m.time_held_relations,
	none: m.time_held_none,
	broken: m.time2_held_broken,
	suspended: m.time2_held_suspended,
	restored: m.time2_held_restored
};
const UNDATED_WORDS: Record<CountryAtYear['undated'][number]['kind'], () => string> = {
	embassy: m.time_undated_embassy,
	mission: m.time_undated_mission,
	relations: m.time_held_relations,
	none: m.time_held_none
};

/** A sentence cut to `max` characters at a word, for a tooltip. */
const cut = (text: string, max = 90) =>
	text.length <= max
		? text
		: `${text.slice(0, text.lastIndexOf(' ', max - 1) > 40 ? text.lastIndexOf(' ', max - 1) : max - 1)}…`;

/**
 * What holds for a country as of the year, and the sentence that dates it, for the map's tooltip: "As of 2000: an
 * embassy open (embassy since 1994: “От 1994 г. България има посолство в Алмати.”)". Empty for the focus.
 */
export function yearNote(state: CountryAtYear, year: number, sentences: readonly { text: string }[]): string {
	if (state.category === 'focus') return '';
	const held = state.holds[0];
	const dated = held
		? ` ${m.time_note_held({
				held: HELD_WORDS[held.kind](),
				date: formatDate(held.date),
				sentence: cut(sentences[held.sentence]?.text ?? '')
			})}`
		: '';
	const undated = [...new Set(state.undated.map((u) => UNDATED_WORDS[u.kind]()))];
	const rest = undated.length ? `; ${m.time_note_undated({ list: undated.join(', ') })}` : '';
	return m.time_note({ year, state: `${CATEGORY_WORDS[state.category]()}${dated}${rest}` });
}

/** What holds for each country as of a year: `yearNote`'s text for a code, or undefined for a code not on the map. */
export interface YearNotes {
	get(code: string): string | undefined;
}

/**
 * The notes of a year, each written when first asked for (the tooltip asks for one country at a time), not all at
 * once: a move of the timeline would otherwise write a note, with its date, for every country at every step.
 */
export function yearNotes(
	states: readonly CountryAtYear[],
	year: number,
	sentences: readonly { text: string }[]
): YearNotes {
	const byCode = new Map(states.map((s) => [s.code, s]));
	const written = new Map<string, string>();
	return {
		get(code) {
			const state = byCode.get(code);
			if (!state) return undefined;
			let note = written.get(code);
			if (note === undefined) written.set(code, (note = yearNote(state, year, sentences)));
			return note;
		}
	};
}

/**
 * The words of the year choice and of the table as of a year (YearChoice.svelte, the table page, CountryTable), in
 * one place; read when used (getters), in the page's language.
 */
export const AS_OF_WORDS = {
	get choice() {
		return m.time_as_of();
	},
	get anyDate() {
		return m.time_any_date();
	},
	get loading() {
		return m.time_loading();
	},
	failed: (reason: string) => m.time_year_failed({ reason }),
	tableCaption: (focusName: string, year: number) => m.table_caption_year({ focus: focusName, year }),
	get alsoUndated() {
		return m.table_also_undated();
	},
	undatedMissions: (n: number) => m.table_undated_missions({ count: formatNumber(n) }),
	csv: (year: number) => m.table_csv_year({ year }),
	csvSaved: (name: string) => m.table_csv_saved({ name })
};
