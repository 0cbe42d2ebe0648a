/**
 * The atlas as a spreadsheet: one row per country, RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark
 * so that Excel shows Cyrillic and Hangul instead of mojibake (pandas and readr skip the mark).
 * https://www.rfc-editor.org/rfc/rfc4180
 */
import type { Atlas, CountryRecord, Mission } from '../atlas/types';
import { conflictNote } from './words';
import { dateSources, statusSources } from './sources';

type Cell = string | number | null;

/** One field: quoted only when it holds a comma, a quote, or a line break; quotes doubled inside. */
export function csvField(value: Cell): string {
	if (value === null) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
	return cells.map(csvField).join(',');
}

/** Missions between a country and the focus: the focus's missions for it, and its missions for the focus. */
function missionCounts(atlas: Atlas, code: string): { fromFocus: number; toFocus: number; all: number } {
	const involves = (m: Mission, a: string, b: string) =>
		m.sender === a && (m.host === b || m.accreditedTo.includes(b));
	return {
		fromFocus: atlas.missions.filter((m) => involves(m, atlas.focus, code)).length,
		toFocus: atlas.missions.filter((m) => involves(m, code, atlas.focus)).length,
		all: atlas.missions.filter((m) => m.sender === code || m.host === code).length
	};
}

function claims(country: CountryRecord): string {
	return country.establishedClaims.map((c) => `${c.date} (${c.span.doc})`).join('; ');
}

/**
 * Header, then a row per country in atlas order. The last three columns name the documents that state its status
 * (and their languages) and those that give the date the map uses (view/sources.ts). `missions` counts what the country sends or hosts (as the map's
 * summary does); the two directed counts include non-resident accreditation.
 */
export function atlasToCsv(atlas: Atlas): string {
	const docIds = atlas.documents.map((d) => d.id);
	const focus = atlas.focus.toLowerCase();
	const focusName = atlas.countries.find((c) => c.code === atlas.focus)?.name ?? atlas.focus;
	const header = [
		'code',
		'name',
		...docIds.map((id) => `name_${id}`),
		'status',
		'established',
		'established_claims',
		'missions',
		`missions_${focus}_to_country`,
		`missions_country_to_${focus}`,
		'events',
		'primary_excerpts',
		'mentions',
		'conflicts',
		'status_documents',
		'status_languages',
		'established_documents'
	];
	const rows = atlas.countries.map((c) => {
		const counts = missionCounts(atlas, c.code);
		const status = statusSources(atlas, c);
		return [
			c.code,
			c.name,
			...docIds.map((id) => c.names[id] ?? null),
			c.status,
			c.established?.date ?? null,
			claims(c),
			counts.all,
			counts.fromFocus,
			counts.toFocus,
			atlas.events.filter((e) => e.countries.includes(c.code)).length,
			c.excerpts.filter((e) => e.primary).length,
			c.excerpts.filter((e) => !e.primary).length,
			c.conflicts.map((k) => conflictNote(k, focusName)).join(' '),
			status.docs.join('; '),
			status.languages.join('; '),
			c.established ? dateSources(atlas, c, c.established.date).docs.join('; ') : null
		];
	});
	return '\uFEFF' + [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
}
