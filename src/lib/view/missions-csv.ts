/**
 * The atlas's missions as a spreadsheet: one row per mission, with its countries, kind, city and dates in words a
 * reader uses, and where it is stated (the document, its address and licence, and the sentence itself), so that a
 * row can be cited on its own. Same CSV conventions as the countries' file (csv.ts).
 */
import type { Atlas, Mission } from '../atlas/types';
import { csvLine } from './csv';
import { missionKindLabel } from './words';
import { placeAsOf, placementReason, type Seats } from './missions-seats';

const HEADER = [
	'sender',
	'sender_name',
	'host',
	'host_name',
	'kind',
	'city',
	'city_stated',
	'lat',
	'lon',
	'accredited_to',
	'since',
	'until',
	'document',
	'source',
	'licence',
	'sentence',
	'also_stated_in'
];

/**
 * Header, then a row per mission in atlas order. A mission whose sentence names no city says so, with the place the
 * map uses today: the capital, or where the host's embassies stand by `seats` (data/embassy-seats.json).
 */
export function missionsToCsv(atlas: Atlas, seats: Seats = {}): string {
	const names = new Map(atlas.countries.map((c) => [c.code, c.name]));
	const docs = new Map(atlas.documents.map((d) => [d.id, d]));
	const row = (stated: Mission) => {
		const m = placeAsOf(stated, seats, null);
		const doc = docs.get(m.span.doc);
		const unstated =
			placementReason(m, seats, null)?.kind === 'seat'
				? 'no: placed where the embassies are'
				: 'no: placed at the capital';
		return [
			m.sender,
			names.get(m.sender) ?? null,
			m.host,
			names.get(m.host) ?? null,
			missionKindLabel(m.kind),
			m.city,
			m.cityStated ? 'yes' : unstated,
			m.lat,
			m.lon,
			m.accreditedTo.join(' '),
			m.since,
			m.until,
			doc?.title ?? m.span.doc,
			doc?.source ?? null,
			doc?.licence ?? null,
			doc ? doc.text.slice(m.span.start, m.span.end).replace(/\s+/g, ' ').trim() : null,
			[...new Set(m.alsoStated.map((s) => docs.get(s.doc)?.title ?? s.doc))].join('; ')
		];
	};
	return '\uFEFF' + [HEADER, ...atlas.missions.map(row)].map(csvLine).join('\r\n') + '\r\n';
}
