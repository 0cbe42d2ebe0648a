/**
 * The atlas contract, as a valibot schema. The pipeline validates its output against it before writing, and the
 * types the client imports (`./types.ts`) are inferred from it, so the two cannot drift apart.
 * https://valibot.dev/guides/schemas/
 */
import * as v from 'valibot';

/** ISO 3166-1 alpha-2, upper case. */
export const CodeSchema = v.pipe(
	v.string(),
	v.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "KZ"')
);

/** "YYYY" | "YYYY-MM" | "YYYY-MM-DD": exactly as precise as the sentence that states it. */
export const PartialDateSchema = v.pipe(
	v.string(),
	v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date "YYYY", "YYYY-MM" or "YYYY-MM-DD"')
);

/** UTF-16 offsets into a document's cleaned text. */
export const SpanSchema = v.pipe(
	v.object({
		doc: v.string(),
		start: v.pipe(v.number(), v.integer(), v.minValue(0)),
		end: v.pipe(v.number(), v.integer(), v.minValue(0))
	}),
	v.check((s) => s.end > s.start, 'a span must end after it starts')
);

export const SectionSchema = v.object({
	id: v.string(),
	title: v.string(),
	/** 1 for a top heading, deeper numbers below it; table rows are one level below their table's heading. */
	level: v.pipe(v.number(), v.integer(), v.minValue(0)),
	/** The country a table row or a country heading names, if any. */
	country: v.nullable(CodeSchema),
	start: v.pipe(v.number(), v.integer(), v.minValue(0)),
	end: v.pipe(v.number(), v.integer(), v.minValue(0))
});

export const DocumentSchema = v.object({
	id: v.string(),
	title: v.string(),
	/** The title in English, where the manifest gives one (for citing a document in another script). */
	titleEn: v.optional(v.string()),
	lang: v.string(),
	source: v.string(),
	/**
	 * Who published the source, where the manifest says (for citing it): a publisher id the interface names
	 * (`atlas/publishers.ts`), or the publisher's own name; `view/publishers.ts` writes it.
	 */
	publisher: v.optional(v.string()),
	/** The language of the publisher's edition ("en" with publisher "wikipedia"), where the manifest says. */
	edition: v.optional(v.string()),
	/** The site the text was copied from, when it is a copy of the publisher's page ("WikiMili"). */
	via: v.optional(v.string()),
	licence: v.string(),
	licenceUrl: v.string(),
	retrieved: v.nullable(PartialDateSchema),
	/** True for a document the reader added in the browser (kept in the browser only, never in the build). */
	own: v.optional(v.boolean()),
	/** True for a document of the built-in library (`data/library/`); the seeds and the reader's have none. */
	library: v.optional(v.boolean()),
	text: v.string(),
	sections: v.array(SectionSchema)
});

const DatedSpanSchema = v.object({ date: PartialDateSchema, span: SpanSchema });

/**
 * Relations broken off, suspended or restored (pipeline/facts/breaks.ts), with the date the sentence gives (null: it
 * gives none) and the sentence. Optional: an atlas saved before breaks were read (a reader's, in IndexedDB) has none.
 */
const BreakSchema = v.object({
	kind: v.picklist(['broken', 'suspended', 'restored']),
	date: v.nullable(PartialDateSchema),
	span: SpanSchema
});

export const StatusSchema = v.picklist(['focus', 'embassy', 'relations', 'none', 'unstated']);

const ExcerptSchema = v.object({
	span: SpanSchema,
	/** Id of the section the passage lies in. */
	section: v.string(),
	/** True for a passage about this country (its own section or table row), false where it is only mentioned. */
	primary: v.boolean()
});

/**
 * Where the documents' own facts about one country disagree; faithful to the documents, never corrected from outside
 * knowledge. `spans` are the sentences on each side, `dates` the dates in conflict (earlier first), if any.
 * - mission-before-relations: a mission between the country and the focus is dated before relations began.
 * - relations-dates-differ: two dates for the start of relations that cannot both be right (1992 and 1994-04).
 * - none-and-relations: listed as having no relations, while another sentence states relations or a mission.
 * - mission-kind-differs: two documents give one country's mission in one city another kind (`values`: the kinds).
 * - embassy-city-differs: two documents place one country's embassy in another city (`values`: the cities).
 * - mission-dates-differ: two documents give one mission another opening date (`dates`: each document's earliest,
 *   `values`: the mission's kind and city).
 * The dates of relations (relations-dates-differ) may come from one document or two (`pipeline/conflicts.ts`).
 */
export const ConflictSchema = v.object({
	kind: v.picklist([
		'mission-before-relations',
		'relations-dates-differ',
		'none-and-relations',
		'mission-kind-differs',
		'embassy-city-differs',
		'mission-dates-differ'
	]),
	spans: v.array(SpanSchema),
	dates: v.array(PartialDateSchema),
	/** What the two sides say where it is not a date: two kinds of mission, two cities (English). */
	values: v.optional(v.array(v.string()))
});

export const CountryRecordSchema = v.object({
	code: CodeSchema,
	/** English short name. */
	name: v.string(),
	/** The name as each document writes it, keyed by document id (first form met). */
	names: v.record(v.string(), v.string()),
	status: StatusSchema,
	established: v.nullable(DatedSpanSchema),
	/** Every date the documents give for the start of relations, the chosen one first (China: 1992 row and 1994 text). */
	establishedClaims: v.array(DatedSpanSchema),
	/** Sentences that support the status (the "no relations" list, a description of relations, an embassy). */
	statusSpans: v.array(SpanSchema),
	/** Breaks, suspensions and restorations of relations, in the documents' order; [] when none is stated. */
	breaks: v.optional(v.array(BreakSchema)),
	/**
	 * Every sentence that states relations without a date or a mission ("relations are friendly"), and every one that
	 * states there are none, whatever the status: a choice of some documents (`pipeline/restrict.ts`) makes the status
	 * again from those of the chosen ones. Absent when there is none.
	 */
	relationsSpans: v.optional(v.array(SpanSchema)),
	noneSpans: v.optional(v.array(SpanSchema)),
	excerpts: v.array(ExcerptSchema),
	/** Where the documents' facts about this country disagree; [] when they do not. */
	conflicts: v.array(ConflictSchema)
});

export const MissionKindSchema = v.picklist([
	'embassy',
	'consulate-general',
	'consulate',
	'honorary-consulate',
	'office'
]);

export const MissionSchema = v.object({
	/** Whose mission it is. */
	sender: CodeSchema,
	/** The country it stands in. */
	host: CodeSchema,
	kind: MissionKindSchema,
	/** English city name; null only when no city can be placed at all. */
	city: v.nullable(v.string()),
	/** GeoNames id of the city, from the gazetteer. */
	geonameId: v.nullable(v.number()),
	/**
	 * Where it is drawn; null, with `city` null, when the sentence names no city and the gazetteer has no capital for
	 * the host (Israel, Palestine, uninhabited territories): the mission is kept and listed, not drawn.
	 */
	lon: v.nullable(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
	lat: v.nullable(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
	/** False when the sentence names no city and the mission is placed at the host's capital. */
	cityStated: v.boolean(),
	/** Countries a non-resident mission serves, else []. */
	accreditedTo: v.array(CodeSchema),
	since: v.nullable(PartialDateSchema),
	until: v.nullable(PartialDateSchema),
	/** The sentence that states it (a direct statement is preferred over one about accreditation). */
	span: SpanSchema,
	/** Other sentences, in either document, that state the same mission. */
	alsoStated: v.array(SpanSchema),
	/**
	 * Each of its sentences that dates it, with the dates that sentence gives (`since`/`until` above are the first
	 * given): so a choice of documents dates the mission by the chosen ones only, and two documents that give it
	 * two opening dates are seen to disagree. Absent when no sentence dates it.
	 */
	dated: v.optional(
		v.array(
			v.object({
				span: SpanSchema,
				since: v.nullable(PartialDateSchema),
				until: v.nullable(PartialDateSchema)
			})
		)
	),
	/** The words of the sentences that name this mission (kind, city, date), for highlighting. */
	highlight: v.array(SpanSchema)
});

export const EventSchema = v.object({
	date: PartialDateSchema,
	countries: v.array(CodeSchema),
	span: SpanSchema
});

export const AtlasSchema = v.object({
	focus: CodeSchema,
	documents: v.array(DocumentSchema),
	countries: v.array(CountryRecordSchema),
	missions: v.array(MissionSchema),
	events: v.array(EventSchema)
});
