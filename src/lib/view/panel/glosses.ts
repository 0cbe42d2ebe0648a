/**
 * The panel's sentences about facts, in English words (generated, not translated): a mission's label, the line
 * beside a quoted passage saying what was read from it, the note on a "no relations" status. Where documents
 * disagree is the atlas's conflicts (pipeline/conflicts.ts).
 */
import type { Atlas, CountryRecord, Mission } from '../../atlas/types';
import { formatDate, missionKindLabel, missionPeriod, possessive } from '../words';
import type { Context } from './context';
import { overlaps, type StatedFact } from './passages';
import type { PanelMission } from './types';

export function describeMission(
	ctx: Context,
	m: Mission,
	impliedHost: string,
	withSender: boolean
): PanelMission {
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

/** For a "no relations" status: as of which document and date, and that its list may be partial. */
export function noneNote(ctx: Context, record: CountryRecord): string | null {
	if (record.status !== 'none') return null;
	const docs = [...new Set(record.statusSpans.map((s) => s.doc))].map((id) => ctx.ref(id));
	const when = docs.map((d) => `${d.titleEn ?? d.title}, ${d.retrieved ?? 'date unknown'}`).join('; ');
	return `As the document states it (${when}); a list of this kind may be partial, so it is not proof of no relations today.`;
}

/**
 * The facts about one country that the atlas read, each with the sentence that states it, in English words: the
 * line beside a quoted passage that says what was read from it (generated, not translated).
 */
export function statedFacts(
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
