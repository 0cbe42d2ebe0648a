/**
 * The atlas's dated and undated facts, as the timeline needs them (/data/time.json, and the tests). Pure: no DOM,
 * no MapLibre. Each fact keeps the sentence that states it (cut out of its document, so the browser needs no
 * document text) and its date exactly as precise as the sentence gives it.
 *
 * The facts:
 * - relations established: every date the documents give (`establishedClaims`), the one the map uses first;
 * - missions between a country and the focus (either way, or serving the other), with their opening and closing
 *   dates (`since`, `until`), indexed as in the atlas and in /data/missions.json, so the map can filter its points;
 * - "no relations" statements, dated by their document's date (the manifest's `retrieved`), or by nothing;
 * - relations broken off, suspended or restored, dated by their own sentence (a break with no date stays a "no
 *   relations" statement, dated by its document);
 * - relations stated with no date at all (a description of relations, a list).
 */
import type { Atlas, Mission, MissionKind, PartialDate, Span, Status } from '../../atlas/types';

/** A sentence of a document, cut out of it. */
export interface TimeSentence {
	doc: string;
	lang: string;
	/** Offsets into the document's cleaned text (the atlas's span). */
	start: number;
	end: number;
	text: string;
}

export interface TimeClaim {
	date: PartialDate;
	/** Index into `TimeFacts.sentences`. */
	sentence: number;
}

export interface TimeMission {
	/** Index of the mission in the atlas's `missions` and in /data/missions.json. */
	index: number;
	sender: string;
	host: string;
	kind: MissionKind;
	city: string | null;
	/** The city's GeoNames id, which names it in the interface's language (view/city-names.svelte.ts). */
	geonameId?: number | null;
	/** Countries a non-resident mission serves. */
	accreditedTo: string[];
	since: PartialDate | null;
	until: PartialDate | null;
	sentence: number;
}

export interface TimeCountry {
	code: string;
	name: string;
	/** The status of the whole atlas (what the documents state, at any date). */
	status: Status;
	/** The date relations began that the map uses (the atlas's `established`), or null. */
	established: TimeClaim | null;
	/** Every date the documents give for it, the one the map uses first. */
	claims: TimeClaim[];
	/** "No relations" statements, with their document's date (null where the document has none). */
	none: { date: PartialDate | null; sentence: number }[];
	/** Sentences that state relations without a date (only for a country with relations and no date of them). */
	relationsUndated: number[];
	/** Relations broken off, suspended or restored at a stated date, in date order. */
	breaks: TimeBreak[];
}

export interface TimeBreak {
	kind: 'broken' | 'suspended' | 'restored';
	date: PartialDate;
	sentence: number;
}

export interface TimeFacts {
	focus: string;
	/** The documents with their dates, for "as of the document's date" and the last year of the timeline. */
	documents: { id: string; title: string; date: PartialDate | null }[];
	sentences: TimeSentence[];
	countries: TimeCountry[];
	missions: TimeMission[];
}

/** Whether a mission is between `code` and the focus: one sends it to the other, or it serves the other. */
export function concerns(m: Pick<Mission, 'sender' | 'host' | 'accreditedTo'>, code: string, focus: string) {
	const pair = (a: string, b: string) => m.sender === a && (m.host === b || m.accreditedTo.includes(b));
	return pair(code, focus) || pair(focus, code);
}

export function timeFacts(atlas: Atlas): TimeFacts {
	const sentences: TimeSentence[] = [];
	const seen = new Map<string, number>();
	const docs = new Map(atlas.documents.map((d) => [d.id, d]));
	const sentence = (span: Span): number => {
		const key = `${span.doc}:${span.start}:${span.end}`;
		const known = seen.get(key);
		if (known !== undefined) return known;
		const doc = docs.get(span.doc);
		if (!doc) throw new Error(`A fact cites document '${span.doc}', which the atlas does not contain`);
		const text = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
		sentences.push({ doc: doc.id, lang: doc.lang, start: span.start, end: span.end, text });
		seen.set(key, sentences.length - 1);
		return sentences.length - 1;
	};

	const countries = atlas.countries.map((c): TimeCountry => {
		const claims = c.establishedClaims.map((claim) => ({ date: claim.date, sentence: sentence(claim.span) }));
		const established = c.established
			? { date: c.established.date, sentence: sentence(c.established.span) }
			: null;
		// An atlas saved before breaks were read has none.
		const stated = c.breaks ?? [];
		const breaks = stated
			.flatMap((b) => (b.date ? [{ kind: b.kind, date: b.date, sentence: sentence(b.span) }] : []))
			.sort((a, b) => a.date.localeCompare(b.date));
		// A sentence that dates its own break is that break, not a "no relations" at its document's date.
		const datedBreak = (span: Span) =>
			stated.some(
				(b) =>
					b.date &&
					b.kind !== 'restored' &&
					b.span.doc === span.doc &&
					b.span.start === span.start &&
					b.span.end === span.end
			);
		const none =
			c.status === 'none'
				? c.statusSpans
						.filter((span) => !datedBreak(span))
						.map((span) => ({
							date: docs.get(span.doc)?.retrieved ?? null,
							sentence: sentence(span)
						}))
				: [];
		const relationsUndated = c.status === 'relations' && !c.established ? c.statusSpans.map(sentence) : [];
		return {
			code: c.code,
			name: c.name,
			status: c.status,
			established,
			claims,
			none,
			relationsUndated,
			breaks
		};
	});

	const missions = atlas.missions.map((m, index): TimeMission => ({
		index,
		sender: m.sender,
		host: m.host,
		kind: m.kind,
		city: m.city,
		geonameId: m.geonameId,
		accreditedTo: m.accreditedTo,
		since: m.since,
		until: m.until,
		sentence: sentence(m.span)
	}));

	return {
		focus: atlas.focus,
		documents: atlas.documents.map((d) => ({ id: d.id, title: d.titleEn ?? d.title, date: d.retrieved })),
		sentences,
		countries,
		missions
	};
}
