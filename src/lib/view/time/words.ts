/**
 * The timeline's words: an event in a line of English, what a year holds, what changed between two years. Pure.
 */
import { m } from '../../paraglide/messages';
import { formatDate, missionKindLabel, possessive } from '../words';
import type { CountryAtYear, TimeEvent, YearDifference } from './model';

type Names = ReadonlyMap<string, string>;
const nameOf = (names: Names, code: string) => names.get(code) ?? code;
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "Bulgaria’s embassy in Almaty opens", "Relations with China established (another sentence: 3 January 1992)". */
export function eventText(event: TimeEvent, names: Names): string {
	const country = nameOf(names, event.countries[0]);
	const whose = event.sender ? possessive(nameOf(names, event.sender)) : '';
	const kind = event.missionKind ? lower(missionKindLabel(event.missionKind)) : '';
	const where = (city: string | null | undefined) =>
		city ? ` in ${city}` : event.host ? ` in ${nameOf(names, event.host)}` : '';
	switch (event.kind) {
		case 'established':
			return `Relations with ${country} established${event.disputed ? ' (another sentence gives another date)' : ''}`;
		case 'opened':
			return `${whose} ${kind}${where(event.city)} opens`;
		case 'closed':
			return `${whose} ${kind}${where(event.city)} closes`;
		case 'moved':
			return `${whose} ${kind} moves from ${event.fromCity ?? '?'} to ${event.city ?? '?'}`;
		case 'upgraded':
			return `${whose} ${event.fromKind ? lower(missionKindLabel(event.fromKind)) : 'mission'}${where(event.city)} becomes a ${kind}`;
		case 'no-relations':
			return `No relations with ${country}, as of the document’s date`;
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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "1994: relations with 15 countries, 4 of them with an embassy; 3 with dates not stated." */
export function yearSummary(states: readonly CountryAtYear[], year: number): string {
	const embassy = states.filter((s) => s.category === 'embassy').length;
	const related = embassy + states.filter((s) => s.category === 'relations').length;
	const undated = states.filter((s) => s.category === 'undated').length;
	return (
		`${year}: relations with ${plural(related, 'country', 'countries')}, ${embassy} with an embassy` +
		(undated ? `; ${plural(undated, 'country', 'countries')} whose facts have no date` : '')
	);
}

/** "1995 vs. 2024: relations with 1 more country, 3 more embassies, 1 fewer." */
export function differenceSummary(d: YearDifference): string {
	const parts = [
		`relations with ${plural(d.relationsAdded.length, 'more country', 'more countries')}`,
		plural(d.embassiesAdded.length, 'more embassy', 'more embassies')
	];
	if (d.relationsGone.length) parts.push(`relations with ${d.relationsGone.length} fewer`);
	if (d.embassiesGone.length) parts.push(`${plural(d.embassiesGone.length, 'embassy', 'embassies')} gone`);
	if (d.missionsAdded.length || d.missionsGone.length)
		parts.push(`other missions: ${d.missionsAdded.length} more, ${d.missionsGone.length} gone`);
	return `${d.from} vs. ${d.to}: ${parts.join(', ')}`;
}

const CATEGORY_WORDS: Record<CountryAtYear['category'], string> = {
	focus: '',
	embassy: 'an embassy open',
	relations: 'relations established',
	none: 'no relations stated',
	undated: 'facts with no date',
	unstated: 'relations not stated',
	nothing: 'nothing stated yet'
};
const HELD_WORDS: Record<CountryAtYear['holds'][number]['kind'], () => string> = {
	embassy: () => 'embassy',
	mission: () => 'mission',
	established: () => 'relations',
	none: () => 'no relations',
	broken: m.time2_held_broken,
	suspended: m.time2_held_suspended,
	restored: m.time2_held_restored
};
const UNDATED_WORDS: Record<CountryAtYear['undated'][number]['kind'], string> = {
	embassy: 'an embassy',
	mission: 'a mission',
	relations: 'relations',
	none: 'no relations'
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
		? ` (${HELD_WORDS[held.kind]()} since ${formatDate(held.date)}: “${cut(sentences[held.sentence]?.text ?? '')}”)`
		: '';
	const undated = [...new Set(state.undated.map((u) => UNDATED_WORDS[u.kind]))];
	const rest = undated.length ? `; date not stated: ${undated.join(', ')}` : '';
	return `As of ${year}: ${CATEGORY_WORDS[state.category]}${dated}${rest}`;
}

/**
 * The words of the year choice and of the table as of a year (YearChoice.svelte, the table page, CountryTable), in
 * one place for the interface's translation.
 */
export const AS_OF_WORDS = {
	choice: 'As of',
	anyDate: 'Any date (all the documents state)',
	loading: 'Loading the documents’ dates…',
	failed: (reason: string) => `The year cannot be shown: ${reason}.`,
	tableCaption: (focusName: string, year: number) =>
		`Every country the documents name, with its relations with ${focusName} as of the end of ${year}, by the dates the documents state (a fact with no date is “Date not stated”, never absent). Select a column to sort by it.`,
	alsoUndated: 'another fact of it has no date',
	undatedMissions: (n: number) => `+${n} with no date`,
	asOfYear: (year: number) => ` as of ${year}`,
	csv: (year: number) => `This table as of ${year} (CSV)`,
	csvSaved: (name: string) => `Saved as ${name}.`
} as const;
