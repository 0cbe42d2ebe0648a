/**
 * The panel's sources: which documents state each fact (the status, each date relations began, each mission), with
 * the passage of each one click away, and the documents compared side by side (what each states of the country,
 * and whether the others agree). Pure; `view/sources.ts` reads the documents of each fact from the atlas's spans.
 */
import { datesAgree } from '../../atlas/partial-dates';
import type { Atlas, CountryRecord, Mission, Span } from '../../atlas/types';
import {
	dateSources,
	documentsNaming,
	documentView,
	missionSources,
	missionsBetween,
	statusSources,
	type Stated
} from '../sources';
import { documentDate, leftOut, statedBy } from '../sources-words';
import { formatDate, statusLabel } from '../words';
import type { Context } from './context';
import type { ComparedDocument, ComparedFact, SourceLine } from './types';

type Holder = (span: Span) => string | null;

/** A fact's documents in words, each with the passage that holds its sentence in that document. */
function sourceLine(ctx: Context, stated: Stated, spans: readonly Span[], holding: Holder): SourceLine {
	return {
		text: statedBy(stated.docs.length, stated.languages.length),
		single: stated.docs.length === 1,
		docs: stated.docs.map((id) => ({
			doc: ctx.ref(id),
			excerptId:
				spans
					.filter((s) => s.doc === id)
					.map(holding)
					.find((x) => x !== null) ?? null
		}))
	};
}

export function statusLine(ctx: Context, atlas: Atlas, record: CountryRecord, holding: Holder): SourceLine {
	const also = missionsBetween(atlas, record.code).flatMap((m) => m.alsoStated);
	const excerpts = record.excerpts.map((e) => e.span);
	return sourceLine(
		ctx,
		statusSources(atlas, record),
		[...record.statusSpans, ...also, ...excerpts],
		holding
	);
}

export function dateLine(
	ctx: Context,
	atlas: Atlas,
	record: CountryRecord,
	date: string,
	holding: Holder
): SourceLine {
	const spans = record.establishedClaims.filter((c) => datesAgree(c.date, date)).map((c) => c.span);
	return sourceLine(ctx, dateSources(atlas, record, date), spans, holding);
}

export function missionLine(ctx: Context, atlas: Atlas, m: Mission, holding: Holder): SourceLine {
	return sourceLine(ctx, missionSources(atlas, m), [m.span, ...m.alsoStated], holding);
}

/**
 * Each document that names the country, what it states and does not, marked against the others: a date another
 * document contradicts "differs", one another gives too "agrees", one no other gives "only here"; the same for
 * missions (a mission in a conflict differs). Empty where fewer than two documents name the country.
 */
export function compareDocuments(
	ctx: Context,
	atlas: Atlas,
	record: CountryRecord,
	holding: Holder,
	missionLabel: (m: Mission) => string
): ComparedDocument[] {
	const ids = documentsNaming(atlas, record);
	if (ids.length < 2) return [];
	const views = new Map(ids.map((id) => [id, documentView(atlas, record, id)!]));
	const inConflict = (s: Span) =>
		record.conflicts.some(
			(c) =>
				c.kind !== 'mission-before-relations' &&
				c.spans.some((x) => x.doc === s.doc && x.start === s.start && x.end === s.end)
		);
	const allMissions = missionsBetween(atlas, record.code);
	const datedBy = ids.filter((id) => views.get(id)!.dates.length > 0);
	return ids.map((id): ComparedDocument => {
		const view = views.get(id)!;
		const others = ids.filter((o) => o !== id);
		const claimSpan = (date: string) =>
			record.establishedClaims.find((c) => c.span.doc === id && c.date === date)?.span;
		const dates = view.dates.map((date): ComparedFact => {
			const otherDates = others.flatMap((o) => views.get(o)!.dates);
			const span = claimSpan(date);
			return {
				label: formatDate(date),
				mark: otherDates.some((d) => !datesAgree(d, date))
					? 'differs'
					: otherDates.length > 0
						? 'agrees'
						: 'only',
				excerptId: span ? holding(span) : null
			};
		});
		const missions = view.missions.map((m): ComparedFact => {
			const spans = [m.span, ...m.alsoStated];
			const docs = new Set(spans.map((s) => s.doc));
			const own = spans.find((s) => s.doc === id) ?? m.span;
			return {
				label: missionLabel(m),
				mark: spans.some(inConflict) ? 'differs' : docs.size > 1 ? 'agrees' : 'only',
				excerptId: holding(own)
			};
		});
		const sameStatus = others.filter((o) => views.get(o)!.status === view.status);
		const statusSpan = record.statusSpans.find((s) => s.doc === id);
		const status: ComparedFact = {
			label: statusLabel(view.status),
			mark:
				view.status === 'none' && record.status !== 'none'
					? 'differs'
					: sameStatus.length > 0
						? 'agrees'
						: 'only',
			excerptId: statusSpan ? holding(statusSpan) : null
		};
		const missing = allMissions.filter((m) => !view.missions.includes(m)).length;
		return {
			doc: ctx.ref(id),
			date: documentDate(ctx.ref(id).retrieved),
			status,
			dates,
			missions,
			leavesOut: leftOut(
				view.dates.length === 0 && datedBy.length > 0,
				missing,
				view.status !== record.status && record.status !== 'unstated'
			)
		};
	});
}
