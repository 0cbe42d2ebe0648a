/**
 * Which documents state each fact of a country, read from the atlas's spans (every status sentence, date and mission
 * sentence names its document), and what each document states of the country, for the panel's "stated by" lines, the
 * comparison of sources, the tooltip, the table and the CSV. Pure.
 */
import { datesAgree } from '../atlas/partial-dates';
import type { Atlas, CountryRecord, Mission, Span, Status } from '../atlas/types';

/** The documents that state a fact (ids, in the atlas's order) and their languages (codes, in first-met order). */
export interface Stated {
	docs: string[];
	languages: string[];
}

function stated(atlas: Atlas, ids: Iterable<string>): Stated {
	const wanted = new Set(ids);
	const docs = atlas.documents.filter((d) => wanted.has(d.id));
	return {
		docs: docs.map((d) => d.id),
		languages: [...new Set(docs.map((d) => d.lang.split('-')[0]))]
	};
}

const docsOf = (spans: readonly Span[]): string[] => spans.map((s) => s.doc);

/** The documents that state a mission: its own sentence and every other that states it. */
export function missionSources(atlas: Atlas, m: Mission): Stated {
	return stated(atlas, docsOf([m.span, ...m.alsoStated]));
}

/** Missions between a country and the focus, either way, resident or accredited. */
export function missionsBetween(atlas: Atlas, code: string): Mission[] {
	const focus = atlas.focus;
	return atlas.missions.filter(
		(m) =>
			(m.sender === code && (m.host === focus || m.accreditedTo.includes(focus))) ||
			(m.sender === focus && (m.host === code || m.accreditedTo.includes(code)))
	);
}

/**
 * The documents that state the country's status: its status sentences, and every other sentence that states the
 * same mission as one of them (an embassy two documents name). For "relations not stated", the documents that name
 * the country.
 */
export function statusSources(atlas: Atlas, record: CountryRecord): Stated {
	if (record.status === 'focus') return stated(atlas, []);
	if (record.status === 'unstated') return stated(atlas, Object.keys(record.names));
	const key = (s: Span) => `${s.doc}:${s.start}:${s.end}`;
	const spans = new Set(record.statusSpans.map(key));
	const also = missionsBetween(atlas, record.code)
		.filter((m) => spans.has(key(m.span)))
		.flatMap((m) => m.alsoStated);
	return stated(atlas, docsOf([...record.statusSpans, ...also]));
}

/** The documents that give a date for the start of relations that may name the same day as `date`. */
export function dateSources(atlas: Atlas, record: CountryRecord, date: string): Stated {
	return stated(
		atlas,
		record.establishedClaims.filter((c) => datesAgree(c.date, date)).map((c) => c.span.doc)
	);
}

/**
 * What one document states of a country: the strongest status its own sentences give (a resident embassy; relations,
 * a date or another mission; "no relations"; only its name), the dates it gives and the missions it states. Null
 * where the document does not name the country at all.
 */
export function documentView(
	atlas: Atlas,
	record: CountryRecord,
	doc: string
): { status: Status; dates: string[]; missions: Mission[] } | null {
	const between = missionsBetween(atlas, record.code);
	const missions = between.filter((m) => docsOf([m.span, ...m.alsoStated]).includes(doc));
	const dates = [...new Set(record.establishedClaims.filter((c) => c.span.doc === doc).map((c) => c.date))];
	const inStatus = record.statusSpans.some((s) => s.doc === doc);
	const listedNone =
		(record.status === 'none' && inStatus) ||
		record.conflicts.some((c) => c.kind === 'none-and-relations' && c.spans[0]?.doc === doc);
	let status: Status | null = null;
	const embassy = missions.some(
		(m) => m.kind === 'embassy' && (m.host === record.code || m.host === atlas.focus)
	);
	if (embassy) status = 'embassy';
	else if (missions.length || dates.length || (record.status === 'relations' && inStatus))
		status = 'relations';
	else if (listedNone) status = 'none';
	else if (record.names[doc] !== undefined || record.excerpts.some((e) => e.span.doc === doc))
		status = 'unstated';
	if (status === null) return null;
	return { status, dates, missions };
}

/** The documents that say anything of the country, in the atlas's order. */
export function documentsNaming(atlas: Atlas, record: CountryRecord): string[] {
	return atlas.documents.map((d) => d.id).filter((id) => documentView(atlas, record, id) !== null);
}
