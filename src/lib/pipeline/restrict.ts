/**
 * The atlas as some of its documents alone tell it: the reader's choice of sources (`sources=` in the URL,
 * `view/choose.ts`). Every fact keeps only the sentences of the chosen documents, and each country's status, the
 * date relations began, its missions and its conflicts are made again from those by the build's own rules
 * (`status.ts`, `conflicts.ts`), so that every colour still comes from a sentence of a chosen document. A country
 * no chosen document names leaves the atlas ("not in the documents"). Pure and light (no name tables, no gazetteer):
 * the browser runs it on the atlas it already has.
 */
import type { Atlas, CountryRecord, Mission, Span } from '../atlas/types';
import { countryConflicts } from './conflicts';
import { statusOf } from './status';

const spanKey = (s: Span) => `${s.doc}:${s.start}:${s.end}`;

function dedupe(spans: Span[]): Span[] {
	const seen = new Set<string>();
	return spans.filter((s) => (seen.has(spanKey(s)) ? false : (seen.add(spanKey(s)), true)));
}

/**
 * The sentences that date a mission. An atlas written before `dated` existed (a reader's document stored by an older
 * version) has its dates on the mission alone: they are taken as its main sentence's.
 */
function datedOf(m: Mission): NonNullable<Mission['dated']> {
	if (m.dated) return m.dated;
	return m.since !== null || m.until !== null ? [{ span: m.span, since: m.since, until: m.until }] : [];
}

/** The mission as the chosen documents state it, or null if none of them does. */
function restrictMission(m: Mission, chosen: ReadonlySet<string>): Mission | null {
	const sentences = [m.span, ...m.alsoStated].filter((s) => chosen.has(s.doc));
	if (sentences.length === 0) return null;
	const dated = datedOf(m).filter((d) => chosen.has(d.span.doc));
	const { dated: _all, ...rest } = m;
	void _all;
	// The atlas does not say which document named the countries a mission also serves: with some of its documents left
	// out, none is claimed, rather than one that only a document left out may state.
	const whole = sentences.length === 1 + m.alsoStated.length;
	return {
		...rest,
		accreditedTo: whole ? m.accreditedTo : [],
		span: sentences[0],
		alsoStated: sentences.slice(1),
		since: dated.find((d) => d.since !== null)?.since ?? null,
		until: dated.find((d) => d.until !== null)?.until ?? null,
		highlight: m.highlight.filter((s) => chosen.has(s.doc)),
		...(dated.length ? { dated } : {})
	};
}

const isBetween = (m: Mission, code: string, focus: string) =>
	(m.sender === code && (m.host === focus || m.accreditedTo.includes(focus))) ||
	(m.sender === focus && (m.host === code || m.accreditedTo.includes(code)));

function restrictCountry(
	c: CountryRecord,
	focus: string,
	missions: readonly Mission[],
	chosen: ReadonlySet<string>
): CountryRecord {
	const mine = (s: Span) => chosen.has(s.doc);
	const claims = c.establishedClaims.filter((d) => mine(d.span));
	// A record written before `relationsSpans` and `noneSpans` existed states them through its status's sentences.
	const relations = (c.relationsSpans ?? (c.status === 'relations' ? c.statusSpans : [])).filter(mine);
	const none = (c.noneSpans ?? (c.status === 'none' ? c.statusSpans : [])).filter(mine);
	const between = missions.filter((m) => isBetween(m, c.code, focus));
	const embassies = between.filter((m) => m.kind === 'embassy' && (m.host === c.code || m.host === focus));
	const { status, statusSpans } = statusOf(c.code === focus, { embassies, claims, relations, between, none });
	const { relationsSpans: _r, noneSpans: _n, ...rest } = c;
	void _r;
	void _n;
	return {
		...rest,
		names: Object.fromEntries(Object.entries(c.names).filter(([doc]) => chosen.has(doc))),
		status,
		established: claims[0] ?? null,
		establishedClaims: claims,
		statusSpans: dedupe(statusSpans),
		...(relations.length || status === 'relations' ? { relationsSpans: relations } : {}),
		...(none.length ? { noneSpans: none } : {}),
		excerpts: c.excerpts.filter((e) => mine(e.span)),
		conflicts: countryConflicts(claims, between, none, status)
	};
}

/** `atlas` as the documents `ids` tell it. */
export function restrictAtlas(atlas: Atlas, ids: readonly string[]): Atlas {
	const chosen = new Set(ids);
	const missions = atlas.missions.flatMap((m) => restrictMission(m, chosen) ?? []);
	const events = atlas.events.filter((e) => chosen.has(e.span.doc));
	const named = new Set<string>([atlas.focus]);
	for (const m of missions) [m.sender, m.host, ...m.accreditedTo].forEach((c) => named.add(c));
	for (const e of events) e.countries.forEach((c) => named.add(c));
	const countries = atlas.countries
		.map((c) => restrictCountry(c, atlas.focus, missions, chosen))
		.filter(
			(c) =>
				named.has(c.code) ||
				Object.keys(c.names).length > 0 ||
				c.excerpts.length > 0 ||
				c.status !== 'unstated'
		);
	return {
		focus: atlas.focus,
		documents: atlas.documents.filter((d) => chosen.has(d.id)),
		countries,
		missions,
		events
	};
}
