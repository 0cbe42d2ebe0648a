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
import { acrossDocuments, conflictKey } from './conflicts';

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
		...(a.breaks || b.breaks ? { breaks: [...(a.breaks ?? []), ...(b.breaks ?? [])] } : {}),
		...joined('relationsSpans', a, b),
		...joined('noneSpans', a, b),
		excerpts: [...a.excerpts, ...b.excerpts],
		// Each atlas's own conflicts; those between them are added once both are merged (mergeAtlases).
		conflicts: [...a.conflicts, ...b.conflicts]
	};
}

/** Both records' sentences of one kind (relations without a date, no relations), absent if neither has any. */
function joined<K extends 'relationsSpans' | 'noneSpans'>(key: K, a: CountryRecord, b: CountryRecord) {
	const spans = [...(a[key] ?? []), ...(b[key] ?? [])];
	return spans.length ? { [key]: spans } : {};
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
							highlight: [...known.highlight, ...m.highlight],
							...(known.dated || m.dated ? { dated: [...(known.dated ?? []), ...(m.dated ?? [])] } : {})
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
	// Where a reader's document disagrees with a built-in one (another date, another kind or city of a mission),
	// flagged as the build flags two of its documents that disagree (conflicts.ts).
	const merged = [...missions.values()];
	const focus = base.focus;
	for (const [code, c] of countries) {
		if (code === focus) continue;
		const between = merged.filter(
			(m) =>
				(m.sender === code && (m.host === focus || m.accreditedTo.includes(focus))) ||
				(m.sender === focus && (m.host === code || m.accreditedTo.includes(code)))
		);
		const known = new Set(c.conflicts.map(conflictKey));
		const dated = new Set(
			c.conflicts.filter((k) => k.kind === 'relations-dates-differ').map((k) => k.dates.join())
		);
		const added = acrossDocuments(c.establishedClaims, between).filter(
			(k) => !known.has(conflictKey(k)) && !(k.kind === 'relations-dates-differ' && dated.has(k.dates.join()))
		);
		if (added.length) countries.set(code, { ...c, conflicts: [...c.conflicts, ...added] });
	}
	return {
		focus: base.focus,
		documents,
		countries: [...countries.values()].sort((a, b) => a.code.localeCompare(b.code)),
		missions: merged,
		events
	};
}
