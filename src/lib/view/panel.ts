/**
 * What the side panel shows for one country, computed from the atlas on the server so that a country's page carries
 * only its own passages (slices of the documents), never whole documents. Pure: no DOM, no I/O; the components
 * only render the model.
 *
 * A passage is cut into segments at the spans of the facts it states (the date relations began, the words naming
 * a mission, the status sentence), so the page can mark them without ever treating document text as HTML.
 */
import {
	conflictNote,
	formatDate,
	languageName,
	missionKindLabel,
	missionPeriod,
	possessive,
	regionName,
	statusLabel
} from './words';
import { segment, type FactKind, type Mark, type TextSegment } from './segments';
import { cleanQuote } from './quote';
import { MissionKindSchema } from '../atlas/schema';
import { datesAgree } from '../atlas/partial-dates';
import type {
	Atlas,
	AtlasDocument,
	AtlasEvent,
	CountryRecord,
	Mission,
	MissionKind,
	PartialDate,
	Span,
	Status
} from '../atlas/types';

type Excerpt = Atlas['countries'][number]['excerpts'][number];
type DatedSpan = NonNullable<Atlas['countries'][number]['established']>;

/** What a reader needs to cite a document, without its text. */
export interface DocRef {
	id: string;
	title: string;
	/** The title in English, when the manifest gives it ("Foreign policy of Kazakhstan"). */
	titleEn: string | null;
	/** Who published it, when the manifest says ("Namuwiki"). */
	publisher: string | null;
	lang: string;
	/** English name of the document's language ("Bulgarian"). */
	language: string;
	source: string;
	/** Host of the source address ("bg.wikipedia.org"), to say where a link goes. */
	site: string;
	licence: string;
	licenceUrl: string;
	/** When the text was taken from the source, in words ("11 February 2024"), if the manifest says. */
	retrieved: string | null;
	/** A document the reader added in this browser. */
	own: boolean;
}

export interface PanelExcerpt {
	/** Stable anchor id: `<doc>-<start>`. */
	id: string;
	doc: DocRef;
	sectionTitle: string;
	primary: boolean;
	segments: TextSegment[];
	/**
	 * The facts the atlas read from this passage, each as a short English sentence ("Azerbaijan's embassy in
	 * Astana"): generated from the extracted facts, not a translation. Empty where it states none.
	 */
	gloss: string[];
}

export interface PanelClaim {
	date: PartialDate;
	/** "19 March 1992", "1992": at the document's precision. */
	label: string;
	doc: DocRef;
	/** The passage on this page that states it, if one does. */
	excerptId: string | null;
	/** The date the atlas uses for the map and the table. */
	chosen: boolean;
}

/** Where the documents' facts about the country disagree: what, in words, and the sentences on each side. */
export interface PanelConflict {
	note: string;
	quotes: { doc: DocRef; text: string; excerptId: string | null }[];
}

export interface PanelMission {
	/** "Embassy in Ankara", "Embassy in Moscow (Russia)". */
	label: string;
	/** "since 16 December 1994", "city not stated", "also accredited to Albania"... */
	notes: string[];
	excerptId: string | null;
	/**
	 * Where the map draws it, [lon, lat], so that choosing it in the panel frames it on the map; null for a mission
	 * with no point (no city stated, and no capital known for the host).
	 */
	at: [number, number] | null;
	/** Which mission it is, to open its card on the map: the atlas's sender, host and kind. */
	sender: string;
	host: string;
	kind: MissionKind;
}

export interface MissionGroup {
	/** Whose missions for whom, in words: "Turkey’s missions for" the focus, say. */
	title: string;
	missions: PanelMission[];
}

export interface PanelEvent {
	date: PartialDate;
	label: string;
	doc: DocRef;
	text: string;
	/** The countries the sentence names, in English: what was read from it besides its date (not a translation). */
	countries: string[];
}

export interface LocalName {
	name: string;
	lang: string;
	language: string;
}

export interface CountryPanelModel {
	kind: 'country';
	code: string;
	name: string;
	/** English name of the focus country, for the words that name it. */
	focusName: string;
	localNames: LocalName[];
	status: Status;
	statusLabel: string;
	/** The passage that supports the status, if it is on this page. */
	statusExcerptId: string | null;
	/**
	 * What the status rests on, where it could be misread: a "no relations" status comes from a list as of its
	 * document's date, and such lists end "… and others". Null for other statuses.
	 */
	statusNote: string | null;
	/** Every date the documents give for the start of relations, the chosen one first. */
	established: PanelClaim[];
	missionGroups: MissionGroup[];
	events: PanelEvent[];
	/** Where the documents' own facts about this country disagree, each with both sentences. */
	conflicts: PanelConflict[];
	/** Passages about this country, then passages that only mention it. */
	excerpts: PanelExcerpt[];
	mentions: PanelExcerpt[];
	/** Where two documents disagree (the date relations began, the kind of a mission in one city), in words. */
	disagreements: string[];
}

export interface OverviewPanelModel {
	kind: 'overview';
	code: string;
	name: string;
	/** English name of the focus country: the same as `name` on its own page. */
	focusName: string;
	localNames: LocalName[];
	/** The documents' general sections: memberships, the OSCE chairmanship, borders, drugs, the EU... */
	excerpts: PanelExcerpt[];
	/** Events that involve the focus alone. */
	events: PanelEvent[];
	missionGroups: MissionGroup[];
	statusCounts: { status: Status; count: number }[];
}

/** A country the documents never name: its page exists and says so, rather than a "not found". */
export interface AbsentPanelModel {
	kind: 'absent';
	code: string;
	name: string;
	focusName: string;
	/** Its names in the documents' languages, from the country-name lists (not from the documents). */
	localNames: LocalName[];
}

export type PanelModel = CountryPanelModel | OverviewPanelModel | AbsentPanelModel;

export function docRef(doc: AtlasDocument): DocRef {
	let site = doc.source;
	try {
		site = new URL(doc.source).host;
	} catch {
		// Not an absolute URL: show it as written.
	}
	return {
		id: doc.id,
		title: doc.title,
		titleEn: doc.titleEn ?? null,
		publisher: doc.publisher ?? null,
		lang: doc.lang,
		language: languageName(doc.lang),
		source: doc.source,
		site,
		licence: doc.licence,
		licenceUrl: doc.licenceUrl,
		retrieved: doc.retrieved === null ? null : formatDate(doc.retrieved),
		own: doc.own === true
	};
}

/** The span without the white space at its edges (table rows start with two spaces). */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	return { start, end };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
	return a.start < b.end && b.start < a.end;
}

/** Look-ups shared by both panel kinds. */
function context(atlas: Atlas) {
	const docs = new Map(atlas.documents.map((d) => [d.id, d]));
	const refs = new Map(atlas.documents.map((d) => [d.id, docRef(d)]));
	const records = new Map(atlas.countries.map((c) => [c.code, c]));
	const doc = (id: string): AtlasDocument => {
		const found = docs.get(id);
		if (!found)
			throw new Error(`The atlas cites document "${id}", which it does not contain: rebuild the atlas.`);
		return found;
	};
	return {
		doc,
		ref: (id: string): DocRef => refs.get(id) ?? docRef(doc(id)),
		nameOf: (code: string): string => records.get(code)?.name ?? regionName(code),
		record: (code: string) => records.get(code),
		docOrder: (id: string) => atlas.documents.findIndex((d) => d.id === id)
	};
}

type Context = ReturnType<typeof context>;

function localNames(ctx: Context, names: Record<string, string>): LocalName[] {
	const seen = new Set<string>();
	const out: LocalName[] = [];
	const entries = Object.entries(names).sort(([a], [b]) => ctx.docOrder(a) - ctx.docOrder(b));
	for (const [docId, name] of entries) {
		const { lang, language } = ctx.ref(docId);
		if (seen.has(`${lang}:${name}`)) continue;
		seen.add(`${lang}:${name}`);
		out.push({ name, lang, language });
	}
	return out;
}

function describeMission(ctx: Context, m: Mission, impliedHost: string, withSender: boolean): PanelMission {
	const kind = missionKindLabel(m.kind);
	const place = m.city && m.cityStated ? ` in ${m.city}` : '';
	const host =
		m.host === impliedHost
			? ''
			: m.city && m.cityStated
				? ` (${ctx.nameOf(m.host)})`
				: ` in ${ctx.nameOf(m.host)}`;
	const notes: string[] = [];
	if (!m.cityStated) notes.push(m.lon === null ? 'city not stated, not on the map' : 'city not stated');
	const period = missionPeriod(m);
	if (period) notes.push(period);
	const accredited = m.accreditedTo.filter((c) => c !== impliedHost);
	if (m.host !== impliedHost && m.accreditedTo.includes(impliedHost)) notes.push('non-resident');
	if (accredited.length > 0) {
		notes.push(`also accredited to ${accredited.map(ctx.nameOf).join(', ')}`);
	}
	const sender = withSender ? `${ctx.nameOf(m.sender)}: ` : '';
	return {
		label: `${sender}${kind}${place}${host}`,
		notes,
		excerptId: null,
		at: m.lon === null || m.lat === null ? null : [m.lon, m.lat],
		sender: m.sender,
		host: m.host,
		kind: m.kind
	};
}

/** A's missions for B: resident in B, or elsewhere and accredited to B. */
function serves(m: Mission, a: string, b: string): boolean {
	return m.sender === a && (m.host === b || m.accreditedTo.includes(b));
}

/** Finds the id of the passage on the page that holds a span, or null. */
type Holder = (span: Span) => string | null;

function missionGroups(ctx: Context, atlas: Atlas, code: string, holding: Holder): MissionGroup[] {
	const focus = atlas.focus;
	const withExcerpt = (m: Mission, p: PanelMission): PanelMission => ({
		...p,
		excerptId: [m.span, ...m.alsoStated].map(holding).find((id) => id !== null) ?? null
	});
	const ours = atlas.missions.filter((m) => serves(m, focus, code));
	const theirs = atlas.missions.filter((m) => serves(m, code, focus));
	const other = atlas.missions.filter(
		(m) => !ours.includes(m) && !theirs.includes(m) && (m.sender === code || m.host === code)
	);
	const groups: MissionGroup[] = [
		{
			title: `${possessive(ctx.nameOf(focus))} missions for ${ctx.nameOf(code)}`,
			missions: ours.map((m) => withExcerpt(m, describeMission(ctx, m, code, false)))
		},
		{
			title: `${possessive(ctx.nameOf(code))} missions for ${ctx.nameOf(focus)}`,
			missions: theirs.map((m) => withExcerpt(m, describeMission(ctx, m, focus, false)))
		},
		{
			title: `Other missions in or of ${ctx.nameOf(code)}`,
			missions: other.map((m) => withExcerpt(m, describeMission(ctx, m, code, true)))
		}
	];
	return groups.filter((g) => g.missions.length > 0);
}

function sectionTitle(doc: AtlasDocument, id: string): string {
	return doc.sections.find((s) => s.id === id)?.title ?? doc.title;
}

interface Passages {
	excerpts: PanelExcerpt[];
	mentions: PanelExcerpt[];
	/** The first passage on the page (primary ones come first) that overlaps a span, or null. */
	holding: Holder;
}

/** A fact read from a sentence, in English words, with the sentence's span. */
interface StatedFact {
	span: Span;
	words: string;
}

/** A record's passages, primary first, each in document order, cut at the facts' spans. */
function passages(
	ctx: Context,
	excerpts: readonly Excerpt[],
	marks: ReadonlyMap<string, Mark[]>,
	facts: readonly StatedFact[] = []
): Passages {
	const spans = new Map<string, Span>();
	const all: PanelExcerpt[] = [];
	const ordered = [...excerpts].sort(
		(a, b) =>
			Number(b.primary) - Number(a.primary) ||
			ctx.docOrder(a.span.doc) - ctx.docOrder(b.span.doc) ||
			a.span.start - b.span.start
	);
	for (const excerpt of ordered) {
		const doc = ctx.doc(excerpt.span.doc);
		const { start, end } = trimSpan(doc.text, excerpt.span.start, excerpt.span.end);
		const id = `${doc.id}-${start}-${end}`;
		if (end <= start || spans.has(id)) continue;
		spans.set(id, { doc: doc.id, start, end });
		all.push({
			id,
			doc: ctx.ref(doc.id),
			sectionTitle: sectionTitle(doc, excerpt.section),
			primary: excerpt.primary,
			segments: cleanQuote(segment(doc.text.slice(start, end), start, marks.get(doc.id) ?? [])),
			gloss: [
				...new Set(
					facts.filter((f) => f.span.doc === doc.id && overlaps({ start, end }, f.span)).map((f) => f.words)
				)
			]
		});
	}
	return {
		excerpts: all.filter((e) => e.primary),
		mentions: all.filter((e) => !e.primary),
		holding: (span) => [...spans].find(([, s]) => s.doc === span.doc && overlaps(s, span))?.[0] ?? null
	};
}

function events(ctx: Context, atlas: Atlas, keep: (e: AtlasEvent) => boolean): PanelEvent[] {
	return atlas.events
		.filter(keep)
		.map((e) => ({
			date: e.date,
			label: formatDate(e.date),
			doc: ctx.ref(e.span.doc),
			text: ctx.doc(e.span.doc).text.slice(e.span.start, e.span.end).trim(),
			countries: e.countries.map(ctx.nameOf)
		}))
		.sort((a, b) => a.date.localeCompare(b.date))
		.reduce<PanelEvent[]>((list, e) => {
			// A sentence that holds two years is listed once, at its first date, labelled with both.
			const same = list.find((o) => o.doc.id === e.doc.id && o.text === e.text);
			if (!same) list.push(e);
			else if (!same.label.split('; ').includes(e.label)) same.label += `; ${e.label}`;
			return list;
		}, []);
}

/** For a "no relations" status: as of which document and date, and that its list may be partial. */
function noneNote(ctx: Context, record: CountryRecord): string | null {
	if (record.status !== 'none') return null;
	const docs = [...new Set(record.statusSpans.map((s) => s.doc))].map((id) => ctx.ref(id));
	const when = docs.map((d) => `${d.titleEn ?? d.title}, ${d.retrieved ?? 'date unknown'}`).join('; ');
	return `As the document states it (${when}); a list of this kind may be partial, so it is not proof of no relations today.`;
}

/**
 * The facts about one country that the atlas read, each with the sentence that states it, in English words: the
 * line beside a quoted passage that says what was read from it (generated, not translated).
 */
function statedFacts(
	ctx: Context,
	atlas: Atlas,
	record: CountryRecord,
	involved: readonly Mission[]
): StatedFact[] {
	const focus = ctx.nameOf(atlas.focus);
	const name = record.name;
	const facts: StatedFact[] = record.establishedClaims.map((c) => ({
		span: c.span,
		words: `relations between ${name} and ${focus} began ${c.date.length === 10 ? 'on' : 'in'} ${formatDate(c.date)}`
	}));
	for (const m of involved) {
		const where = m.city && m.cityStated ? m.city : ctx.nameOf(m.host);
		const period = missionPeriod(m);
		const words = `${possessive(ctx.nameOf(m.sender))} ${missionKindLabel(m.kind).toLowerCase()} in ${where}${period ? `, ${period}` : ''}`;
		for (const span of [m.span, ...m.alsoStated]) facts.push({ span, words });
	}
	for (const span of record.statusSpans) {
		if (record.status === 'none')
			facts.push({ span, words: `no diplomatic relations between ${name} and ${focus}` });
		else if (
			record.status === 'relations' &&
			!facts.some((f) => f.span.doc === span.doc && overlaps(f.span, span))
		)
			facts.push({ span, words: `${name} and ${focus} have diplomatic relations` });
	}
	return facts;
}

function countryPanel(ctx: Context, atlas: Atlas, code: string): CountryPanelModel | null {
	const record = ctx.record(code);
	if (!record) return null;
	const marks = new Map<string, Mark[]>();
	const mark = (span: Span, kind: FactKind) => {
		const list = marks.get(span.doc) ?? [];
		list.push({ start: span.start, end: span.end, kind });
		marks.set(span.doc, list);
	};
	for (const claim of record.establishedClaims) mark(claim.span, 'date');
	const involved = atlas.missions.filter(
		(m) => m.sender === code || m.host === code || m.accreditedTo.includes(code)
	);
	for (const m of involved) for (const h of m.highlight) mark(h, 'mission');
	for (const s of record.statusSpans) {
		mark(s, 'status');
		// A sentence that names many countries (the "no relations" list) marks where it names this one.
		const name = record.names[s.doc];
		const text = ctx.doc(s.doc).text;
		for (let at = name ? text.indexOf(name, s.start) : -1; at >= 0 && at + name.length <= s.end;) {
			mark({ doc: s.doc, start: at, end: at + name.length }, 'status');
			at = text.indexOf(name, at + name.length);
		}
	}
	// A passage that gives the country its status is its evidence, not a mere mention.
	const evidence = record.excerpts.map((e) => ({
		...e,
		primary: e.primary || record.statusSpans.some((s) => s.doc === e.span.doc && overlaps(s, e.span))
	}));
	const { excerpts, mentions, holding } = passages(
		ctx,
		evidence,
		marks,
		statedFacts(ctx, atlas, record, involved)
	);

	const chosen = record.established;
	const claim = (c: DatedSpan, isChosen: boolean): PanelClaim => ({
		date: c.date,
		label: formatDate(c.date),
		doc: ctx.ref(c.span.doc),
		excerptId: holding(c.span),
		chosen: isChosen
	});
	const claims = record.establishedClaims.map((c) =>
		claim(c, chosen !== null && chosen.date === c.date && chosen.span.start === c.span.start)
	);
	if (chosen && !claims.some((c) => c.chosen)) claims.unshift(claim(chosen, true));
	// A document that gives the same date twice (the Philippines' table row and its sentence) is one claim.
	const established: PanelClaim[] = [];
	for (const c of claims) {
		const same = established.find((e) => e.date === c.date && e.doc.id === c.doc.id);
		if (!same) established.push(c);
		else same.chosen ||= c.chosen;
	}

	return {
		kind: 'country',
		code,
		name: record.name,
		focusName: ctx.nameOf(atlas.focus),
		localNames: localNames(ctx, record.names),
		status: record.status,
		statusLabel: statusLabel(record.status),
		statusExcerptId: record.statusSpans.map(holding).find((id) => id !== null) ?? null,
		statusNote: noneNote(ctx, record),
		established,
		missionGroups: missionGroups(ctx, atlas, code, holding),
		events: events(ctx, atlas, (e) => e.countries.includes(code)),
		conflicts: record.conflicts.map((conflict) => ({
			note: conflictNote(conflict, ctx.nameOf(atlas.focus)),
			quotes: conflict.spans.map((span) => {
				const doc = ctx.doc(span.doc);
				const { start, end } = trimSpan(doc.text, span.start, span.end);
				const text = cleanQuote(segment(doc.text.slice(start, end), start, []))
					.map((s) => s.text)
					.join('');
				return { doc: ctx.ref(span.doc), text, excerptId: holding(span) };
			})
		})),
		excerpts,
		mentions,
		disagreements: disagreements(ctx, established, involved)
	};
}

/** How a document is named where two disagree: its title, or "your own" one. */
function docName(ref: DocRef): string {
	return ref.own ? `your own “${ref.title}”` : `“${ref.titleEn ?? ref.title}”`;
}

/**
 * Where documents contradict each other: dates relations began that differ between documents (a year and a day in
 * it agree), and one city's open mission of the same sender and host given as two kinds by two documents (the US
 * in Almaty: a consulate-general in the Bulgarian article, an honorary consulate in the Korean one). Each sentence
 * is on the page.
 */
function disagreements(ctx: Context, established: PanelClaim[], involved: Mission[]): string[] {
	const out: string[] = [];
	const clash = established.some((a) =>
		established.some((b) => a.doc.id !== b.doc.id && !datesAgree(a.date, b.date))
	);
	if (clash)
		out.push(
			`The documents disagree on when relations began: ${established.map((c) => `${c.label} (${docName(c.doc)})`).join('; ')}.`
		);
	const byPlace = new Map<string, Mission[]>();
	// A mission that closed or moved (an `until`) does not contradict what stands there now.
	for (const m of involved.filter((m) => m.until === null)) {
		const key = [m.sender, m.host, m.geonameId ?? m.city].join('|');
		byPlace.set(key, [...(byPlace.get(key) ?? []), m]);
	}
	for (const group of byPlace.values()) {
		const kinds = new Set(group.map((m) => m.kind));
		const docs = new Set(group.flatMap((m) => [m.span, ...m.alsoStated].map((s) => s.doc)));
		if (kinds.size < 2 || docs.size < 2) continue;
		const { sender, city } = group[0];
		out.push(
			`The documents disagree on ${possessive(ctx.nameOf(sender))} mission in ${city ?? 'the capital'}: ${group
				.map((m) => `${missionKindLabel(m.kind).toLowerCase()} (${docName(ctx.ref(m.span.doc))})`)
				.join('; ')}.`
		);
	}
	return out;
}

/**
 * The focus's page: the passages the atlas files under the focus itself (the documents' general sections:
 * memberships, the OSCE chairmanship, borders, drugs, the EU), its events that involve no other country, and every
 * mission to and from it.
 */
function overviewPanel(ctx: Context, atlas: Atlas): OverviewPanelModel {
	const focus = atlas.focus;
	const record = ctx.record(focus);
	const { excerpts } = passages(ctx, record?.excerpts.filter((e) => e.primary) ?? [], new Map());
	const abroad = atlas.missions.filter((m) => m.sender === focus);
	const hosted = atlas.missions.filter(
		(m) => m.sender !== focus && (m.host === focus || m.accreditedTo.includes(focus))
	);
	// By country, then by kind as the schema lists them (embassy first).
	const kinds = MissionKindSchema.options;
	const sorted = (list: Mission[], country: (m: Mission) => string) =>
		[...list].sort(
			(a, b) =>
				ctx.nameOf(country(a)).localeCompare(ctx.nameOf(country(b)), 'en') ||
				kinds.indexOf(a.kind) - kinds.indexOf(b.kind)
		);
	const missionGroups: MissionGroup[] = [
		{
			title: `${possessive(ctx.nameOf(focus))} missions abroad`,
			missions: sorted(abroad, (m) => m.host).map((m) => describeMission(ctx, m, focus, false))
		},
		{
			title: `Missions for ${ctx.nameOf(focus)}`,
			missions: sorted(hosted, (m) => m.sender).map((m) => describeMission(ctx, m, focus, true))
		}
	].filter((g) => g.missions.length > 0);
	const statuses: Status[] = ['embassy', 'relations', 'none', 'unstated'];
	return {
		kind: 'overview',
		code: focus,
		name: record?.name ?? ctx.nameOf(focus),
		focusName: ctx.nameOf(focus),
		localNames: record ? localNames(ctx, record.names) : [],
		excerpts,
		events: events(ctx, atlas, (e) => e.countries.every((c) => c === focus)),
		missionGroups,
		statusCounts: statuses.map((status) => ({
			status,
			count: atlas.countries.filter((c) => c.status === status).length
		}))
	};
}

/** The panel for `code`: the focus's overview, a country's panel, or null for a code the atlas does not hold. */
export function buildPanel(atlas: Atlas, code: string): PanelModel | null {
	const ctx = context(atlas);
	return code === atlas.focus ? overviewPanel(ctx, atlas) : countryPanel(ctx, atlas, code);
}

/** The page of a country the documents never name. */
export function absentPanel(
	atlas: Atlas,
	code: string,
	name: string,
	/** Its names in other languages, by language code: `{ bg: 'Германия', ko: '독일' }`. */
	otherNames: Readonly<Record<string, string>>
): AbsentPanelModel {
	return {
		kind: 'absent',
		code,
		name,
		focusName: context(atlas).nameOf(atlas.focus),
		localNames: Object.entries(otherNames).map(([lang, local]) => ({
			name: local,
			lang,
			language: languageName(lang)
		}))
	};
}

/** Every code that has a page of its own: the focus and each country of the atlas. */
export function panelCodes(atlas: Atlas): string[] {
	return [...new Set([atlas.focus, ...atlas.countries.map((c) => c.code)])];
}
