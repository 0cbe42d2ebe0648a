/**
 * The panel's sentences about facts, in English words (generated, not translated): a mission's label, the line
 * beside a quoted passage saying what was read from it, the note on a "no relations" status. Where documents
 * disagree is the atlas's conflicts (pipeline/conflicts.ts).
 */
import type { Atlas, CountryRecord, Mission } from '../../atlas/types';
import { formatDate, missionKindLabel, missionPeriod, possessive } from '../words';
import type { Context } from './context';
import { placeAsOf } from '../missions-seats';
import { overlaps, type StatedFact } from './passages';
import type { PanelMission } from './types';
import { cityName } from '../city-names.svelte';
import { m as t } from '../../paraglide/messages';
import { intlTag } from '../../i18n/format';

/** A mission's kind inside a sentence: "embassy", "посолство" (lower case as the language writes it). */
const lowerKind = (kind: Mission['kind']): string => missionKindLabel(kind).toLocaleLowerCase(intlTag());

export function describeMission(
	ctx: Context,
	m: Mission,
	impliedHost: string,
	withSender: boolean
): PanelMission {
	const kind = missionKindLabel(m.kind);
	const city = m.city && m.cityStated ? cityName(m) : null;
	const country = m.host === impliedHost ? null : ctx.nameOf(m.host);
	const where =
		city && country
			? t.mission_in_city_country({ kind, city, country })
			: city
				? t.mission_in_city({ kind, city })
				: country
					? t.mission_in_country({ kind, country })
					: kind;
	// A mission that names no city is where its host's embassies stand (view/missions-seats.ts), as on the map.
	const placed = placeAsOf(m, ctx.seats, null);
	const notes: string[] = [];
	if (!m.cityStated) notes.push(placed.lon === null ? t.mission_no_city_off_map() : t.mission_no_city());
	const period = missionPeriod(m);
	if (period) notes.push(period);
	const accredited = m.accreditedTo.filter((c) => c !== impliedHost);
	if (m.host !== impliedHost && m.accreditedTo.includes(impliedHost)) notes.push(t.mission_non_resident());
	if (accredited.length > 0) {
		notes.push(t.mission_also_accredited({ countries: accredited.map(ctx.nameOf).join(', ') }));
	}
	const sender = withSender ? `${ctx.nameOf(m.sender)}: ` : '';
	return {
		label: `${sender}${where}`,
		notes,
		excerptId: null,
		at: placed.lon === null || placed.lat === null ? null : [placed.lon, placed.lat],
		sender: m.sender,
		host: m.host,
		kind: m.kind
	};
}

/** For a "no relations" status: as of which document and date, and that its list may be partial. */
export function noneNote(ctx: Context, record: CountryRecord): string | null {
	if (record.status !== 'none') return null;
	const docs = [...new Set(record.statusSpans.map((s) => s.doc))].map((id) => ctx.ref(id));
	const when = docs.map((d) => `${d.titleEn ?? d.title}, ${d.retrieved ?? t.date_unknown()}`).join('; ');
	return t.none_note({ when });
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
	const name = ctx.nameOf(record.code);
	const facts: StatedFact[] = record.establishedClaims.map((c) => {
		const date = formatDate(c.date);
		// "on" a day, "in" a month or a year.
		const words =
			c.date.length === 10 ? t.fact_began_on({ name, focus, date }) : t.fact_began_in({ name, focus, date });
		return { span: c.span, words };
	});
	for (const m of involved) {
		const where = (m.city && m.cityStated ? cityName(m) : null) ?? ctx.nameOf(m.host);
		const period = missionPeriod(m);
		const said = { possessive: possessive(ctx.nameOf(m.sender)), kind: lowerKind(m.kind), where };
		const words = period ? t.fact_mission_period({ ...said, period }) : t.fact_mission(said);
		for (const span of [m.span, ...m.alsoStated]) facts.push({ span, words });
	}
	for (const span of record.statusSpans) {
		if (record.status === 'none') facts.push({ span, words: t.fact_none({ name, focus }) });
		else if (
			record.status === 'relations' &&
			!facts.some((f) => f.span.doc === span.doc && overlaps(f.span, span))
		)
			facts.push({ span, words: t.fact_relations({ name, focus }) });
	}
	return facts;
}
