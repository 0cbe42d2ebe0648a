/**
 * One atlas from several: the built atlas and the reader's own documents, each read alone (`readUserDocument`),
 * become the atlas the map, the table, search and the panels show. Pure.
 *
 * Per country the strongest status any document states wins (embassy over relations over "no relations" over a
 * mere mention), with the sentences of the documents that state it; every date given for the start of relations is
 * kept (the built atlas's chosen one first), and so is every passage. A mission stated by two documents (same
 * sender, host, kind and city) is one mission with both sentences; others are added.
 */
import type { Atlas, CountryRecord, Mission } from '../atlas/types';

const STRENGTH: Record<CountryRecord['status'], number> = {
	focus: 5,
	embassy: 4,
	relations: 3,
	none: 2,
	unstated: 1
};

function missionKey(m: Mission): string {
	return [m.sender, m.host, m.kind, m.geonameId ?? m.city, m.cityStated].join('|');
}

function mergeCountry(a: CountryRecord, b: CountryRecord): CountryRecord {
	const status = STRENGTH[b.status] > STRENGTH[a.status] ? b.status : a.status;
	const statusSpans = [
		...(a.status === status ? a.statusSpans : []),
		...(b.status === status ? b.statusSpans : [])
	];
	const establishedClaims = [...a.establishedClaims, ...b.establishedClaims];
	return {
		...a,
		names: { ...a.names, ...b.names },
		status,
		established: a.established ?? b.established,
		establishedClaims,
		statusSpans,
		excerpts: [...a.excerpts, ...b.excerpts],
		// Each document's own contradictions; where two documents disagree the panel says so (view/panel.ts).
		conflicts: [...a.conflicts, ...b.conflicts]
	};
}

export function mergeAtlases(base: Atlas, others: readonly Atlas[]): Atlas {
	const countries = new Map(base.countries.map((c) => [c.code, c]));
	const missions = new Map(base.missions.map((m) => [missionKey(m), m]));
	const documents = [...base.documents];
	const events = [...base.events];
	for (const other of others) {
		documents.push(...other.documents);
		events.push(...other.events);
		for (const c of other.countries) {
			const known = countries.get(c.code);
			countries.set(c.code, known ? mergeCountry(known, c) : c);
		}
		for (const m of other.missions) {
			const key = missionKey(m);
			const known = missions.get(key);
			missions.set(
				key,
				known
					? {
							...known,
							since: known.since ?? m.since,
							until: known.until ?? m.until,
							accreditedTo: [...new Set([...known.accreditedTo, ...m.accreditedTo])].sort(),
							alsoStated: [...known.alsoStated, m.span, ...m.alsoStated],
							highlight: [...known.highlight, ...m.highlight]
						}
					: m
			);
		}
	}
	const order = new Map(documents.map((d, i) => [d.id, i]));
	events.sort(
		(a, b) =>
			a.date.localeCompare(b.date) ||
			(order.get(a.span.doc) ?? 0) - (order.get(b.span.doc) ?? 0) ||
			a.span.start - b.span.start
	);
	return {
		focus: base.focus,
		documents,
		countries: [...countries.values()].sort((a, b) => a.code.localeCompare(b.code)),
		missions: [...missions.values()],
		events
	};
}
