/**
 * What the side panel shows for one country, computed from the atlas on the server so that a country's page carries
 * only its own passages (slices of the documents), never whole documents. Pure: no DOM, no I/O; the components
 * only render the model.
 *
 * A passage is cut into segments at the spans of the facts it states (the date relations began, the words naming
 * a mission, the status sentence), so the page can mark them without ever treating document text as HTML.
 */
import { conflictNote, formatDate, languageName, possessive, statusLabel } from '../words';
import { segment, type FactKind, type Mark } from '../segments';
import { cleanQuote } from '../quote';
import { MissionKindSchema } from '../../atlas/schema';
import { datesAgree } from '../../atlas/partial-dates';
import type { Atlas, AtlasEvent, Mission, Span, Status } from '../../atlas/types';
import { context, localNames, type Context, type Rename } from './context';
import type { Seats } from '../missions-seats';
import { describeMission, noneNote, statedFacts } from './glosses';
import { compareDocuments, dateLine, missionLine, statusLine } from './sources';
import { coverage } from '../sources-words';
import { m } from '../../paraglide/messages';
import { overlaps, passages, trimSpan, type Holder } from './passages';
import type {
	AbsentPanelModel,
	CountryPanelModel,
	DatedSpan,
	MissionGroup,
	OverviewPanelModel,
	PanelClaim,
	PanelEvent,
	PanelMission,
	PanelModel
} from './types';

export { docRef } from '../cite';
export type * from './types';

/** A's missions for B: resident in B, or elsewhere and accredited to B. */
function serves(m: Mission, a: string, b: string): boolean {
	return m.sender === a && (m.host === b || m.accreditedTo.includes(b));
}

function missionGroups(ctx: Context, atlas: Atlas, code: string, holding: Holder): MissionGroup[] {
	const focus = atlas.focus;
	const withExcerpt = (m: Mission, p: PanelMission): PanelMission => ({
		...p,
		excerptId: [m.span, ...m.alsoStated].map(holding).find((id) => id !== null) ?? null,
		sources: missionLine(ctx, atlas, m, holding)
	});
	const ours = atlas.missions.filter((m) => serves(m, focus, code));
	const theirs = atlas.missions.filter((m) => serves(m, code, focus));
	const other = atlas.missions.filter(
		(m) => !ours.includes(m) && !theirs.includes(m) && (m.sender === code || m.host === code)
	);
	const groups: MissionGroup[] = [
		{
			title: m.map_group_for({ possessive: possessive(ctx.nameOf(focus)), name: ctx.nameOf(code) }),
			missions: ours.map((m) => withExcerpt(m, describeMission(ctx, m, code, false)))
		},
		{
			title: m.map_group_for({ possessive: possessive(ctx.nameOf(code)), name: ctx.nameOf(focus) }),
			missions: theirs.map((m) => withExcerpt(m, describeMission(ctx, m, focus, false)))
		},
		{
			title: m.map_group_other({ name: ctx.nameOf(code) }),
			missions: other.map((m) => withExcerpt(m, describeMission(ctx, m, code, true)))
		}
	];
	return groups.filter((g) => g.missions.length > 0);
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
	// A passage that gives the country its status, or the date its relations began, is its evidence, not a mere
	// mention: a document without a section per country (a reader's own) files its passages as mentions otherwise.
	const stated = [...record.statusSpans, ...record.establishedClaims.map((c) => c.span)];
	const evidence = record.excerpts.map((e) => ({
		...e,
		primary: e.primary || stated.some((s) => s.doc === e.span.doc && overlaps(s, e.span))
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
		sources: dateLine(ctx, atlas, record, c.date, holding),
		label: formatDate(c.date),
		doc: ctx.ref(c.span.doc),
		excerptId: holding(c.span),
		statedBy: [{ doc: ctx.ref(c.span.doc), excerptId: holding(c.span) }],
		chosen: isChosen,
		differs: false
	});
	const claims = record.establishedClaims.map((c) =>
		claim(c, chosen !== null && chosen.date === c.date && chosen.span.start === c.span.start)
	);
	if (chosen && !claims.some((c) => c.chosen)) claims.unshift(claim(chosen, true));
	// One line per date: the documents that give it (Turkey's 2 March 1992 in three) are named on it, each once
	// (the Philippines' table row and its sentence are one document), each with its passage.
	const established: PanelClaim[] = [];
	for (const c of claims) {
		const same = established.find((e) => e.date === c.date);
		if (!same) {
			established.push(c);
			continue;
		}
		same.chosen ||= c.chosen;
		const known = same.statedBy.find((s) => s.doc.id === c.doc.id);
		if (!known) same.statedBy.push(...c.statedBy);
		else known.excerptId ??= c.excerptId;
		same.excerptId ??= c.excerptId;
	}
	// A date that another line's contradicts (not one at another precision, "1992" beside "2 March 1992") is flagged.
	for (const c of established)
		c.differs = !c.chosen && established.some((o) => o !== c && !datesAgree(o.date, c.date));

	return {
		kind: 'country',
		code,
		name: ctx.nameOf(record.code),
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
		statusSources: statusLine(ctx, atlas, record, holding),
		compared: compareDocuments(ctx, atlas, record, holding, (m) => describeMission(ctx, m, code, true).label)
	};
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
			title: m.map_group_abroad({ possessive: possessive(ctx.nameOf(focus)) }),
			missions: sorted(abroad, (m) => m.host).map((m) => describeMission(ctx, m, focus, false))
		},
		{
			title: m.map_group_focus({ name: ctx.nameOf(focus) }),
			missions: sorted(hosted, (m) => m.sender).map((m) => describeMission(ctx, m, focus, true))
		}
	].filter((g) => g.missions.length > 0);
	const statuses: Status[] = ['embassy', 'relations', 'none', 'unstated'];
	return {
		kind: 'overview',
		code: focus,
		name: ctx.nameOf(focus),
		focusName: ctx.nameOf(focus),
		localNames: record ? localNames(ctx, record.names) : [],
		excerpts,
		events: events(ctx, atlas, (e) => e.countries.every((c) => c === focus)),
		missionGroups,
		statusCounts: statuses.map((status) => ({
			status,
			count: atlas.countries.filter((c) => c.status === status).length
		})),
		coverage: coverageLine(atlas)
	};
}

/** How much the documents cover: documents by language, countries with a status, dated. */
function coverageLine(atlas: Atlas): string {
	const others = atlas.countries.filter((c) => c.code !== atlas.focus);
	return coverage(
		atlas.documents.map((d) => d.lang),
		{
			withStatus: others.filter((c) => c.status !== 'unstated').length,
			dated: others.filter((c) => c.established !== null).length
		}
	);
}

/**
 * The panel for `code`: the focus's overview, a country's panel, or null for a code the atlas does not hold.
 * `seats` (the missions payload's) place a mission that names no city where the map draws it.
 */
export function buildPanel(atlas: Atlas, code: string, rename?: Rename, seats?: Seats): PanelModel | null {
	const ctx = context(atlas, rename, seats);
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
