/**
 * Scoring the pipeline against the evaluation corpus (`data/eval/`, its README says what counts as a fact): the facts
 * a reader wrote down for a document, against the atlas built from that document alone. Pure: the CLI
 * (`scripts/eval.ts`) reads the files, builds, and prints.
 *
 * Kinds of fact, each scored on its own:
 * - status: a country's relation to the focus (embassy, relations, none);
 * - established: one date relations began, per country and date;
 * - mission: sender, host, kind and city (null when no city is stated);
 * - mission-date: the since and until of a mission (expected ones count even when the mission is missed; predicted
 *   ones only on a matched mission, so that a wrong mission is not counted twice);
 * - accreditation: a country a non-resident mission serves (likewise).
 */
import * as v from 'valibot';
import { CodeSchema, MissionKindSchema, PartialDateSchema } from '../../atlas/schema';
import type { Atlas, Mission, Span } from '../../atlas/types';
import { ManifestEntrySchema } from '../../pipeline/manifest';
import { resolveCity } from '../../pipeline/lookup/places';
import './gazetteer';

export const FACT_KINDS = ['status', 'established', 'mission', 'mission-date', 'accreditation'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

const Quote = v.pipe(v.string(), v.minLength(3, 'a quote of at least three characters'));

export const ExpectedSchema = v.object({
	document: v.object({ ...ManifestEntrySchema.entries, focus: CodeSchema }),
	status: v.record(CodeSchema, v.picklist(['embassy', 'relations', 'none'])),
	established: v.array(v.object({ country: CodeSchema, date: PartialDateSchema, quote: Quote })),
	missions: v.array(
		v.object({
			sender: CodeSchema,
			host: CodeSchema,
			kind: MissionKindSchema,
			city: v.nullable(v.string()),
			since: v.nullable(PartialDateSchema),
			until: v.nullable(PartialDateSchema),
			accreditedTo: v.array(CodeSchema),
			quote: Quote
		})
	),
	notes: v.optional(v.string())
});
export type Expected = v.InferOutput<typeof ExpectedSchema>;

/** One fact the reader expects, or the pipeline states. `where` is the quote or the sentence it comes from. */
export interface Fact {
	kind: FactKind;
	key: string;
	where: string;
}

export interface DocScore {
	id: string;
	lang: string;
	/** Expected facts the pipeline also states. */
	hits: Fact[];
	/** Expected facts it does not state. */
	misses: Fact[];
	/** Facts it states that are not expected. */
	false: Fact[];
}

const norm = (s: string) =>
	s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '');

/** The gazetteer id of an expected city (its English name), to compare with the mission's; else its name. */
function cityKey(city: string | null, country: string): string {
	if (city === null) return '(no city)';
	const place = resolveCity(city, 'en', country) ?? resolveCity(city, 'en');
	return place ? `#${place.geonameId}` : norm(city);
}

function missionCityKey(m: Mission): string {
	if (!m.cityStated) return '(no city)';
	return m.geonameId !== null ? `#${m.geonameId}` : norm(m.city ?? '');
}

const missionKey = (sender: string, host: string, kind: string, city: string) =>
	`${sender}→${host} ${kind} ${city}`;

export function scoreDocument(expected: Expected, atlas: Atlas): DocScore {
	const text = atlas.documents[0]?.text ?? '';
	const focus = expected.document.focus;
	const sentence = (s: Span) => text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
	const want: Fact[] = [];
	const got: Fact[] = [];

	for (const [code, status] of Object.entries(expected.status))
		want.push({ kind: 'status', key: `${code} ${status}`, where: '' });
	for (const c of atlas.countries)
		if (c.code !== focus && (c.status === 'embassy' || c.status === 'relations' || c.status === 'none'))
			got.push({
				kind: 'status',
				key: `${c.code} ${c.status}`,
				where: c.statusSpans[0] ? sentence(c.statusSpans[0]) : ''
			});

	for (const e of expected.established)
		want.push({ kind: 'established', key: `${e.country} ${e.date}`, where: e.quote });
	for (const c of atlas.countries) {
		const seen = new Set<string>();
		for (const claim of c.establishedClaims) {
			if (seen.has(claim.date)) continue;
			seen.add(claim.date);
			got.push({ kind: 'established', key: `${c.code} ${claim.date}`, where: sentence(claim.span) });
		}
	}

	// Missions: matched by key; the expected ones' dates and accreditations are then compared with the match's.
	const predicted = atlas.missions.map((m) => ({
		m,
		key: missionKey(m.sender, m.host, m.kind, missionCityKey(m)),
		used: false
	}));
	for (const e of expected.missions) {
		const key = missionKey(e.sender, e.host, e.kind, cityKey(e.city, e.host));
		const label = missionKey(e.sender, e.host, e.kind, e.city ?? '(no city)');
		want.push({ kind: 'mission', key, where: e.quote });
		const match = predicted.find((p) => p.key === key && !p.used);
		if (match) match.used = true;
		for (const [field, date] of [
			['since', e.since],
			['until', e.until]
		] as const)
			if (date)
				want.push({ kind: 'mission-date', key: `${key} ${field} ${date}`, where: `${label}: ${e.quote}` });
		for (const to of e.accreditedTo)
			want.push({ kind: 'accreditation', key: `${key} serves ${to}`, where: `${label}: ${e.quote}` });
		if (match) {
			const m = match.m;
			const where = `${label}: ${sentence(m.span)}`;
			if (m.since) got.push({ kind: 'mission-date', key: `${key} since ${m.since}`, where });
			if (m.until) got.push({ kind: 'mission-date', key: `${key} until ${m.until}`, where });
			for (const to of m.accreditedTo) got.push({ kind: 'accreditation', key: `${key} serves ${to}`, where });
		}
	}
	for (const p of predicted)
		got.push({
			kind: 'mission',
			key: p.key,
			where: `${missionKey(p.m.sender, p.m.host, p.m.kind, p.m.cityStated ? (p.m.city ?? '?') : '(no city)')}: ${sentence(p.m.span)}`
		});

	const gotKeys = new Map<string, number>();
	for (const f of got) gotKeys.set(`${f.kind}|${f.key}`, (gotKeys.get(`${f.kind}|${f.key}`) ?? 0) + 1);
	const hits: Fact[] = [];
	const misses: Fact[] = [];
	for (const f of want) {
		const k = `${f.kind}|${f.key}`;
		const n = gotKeys.get(k) ?? 0;
		if (n > 0) {
			gotKeys.set(k, n - 1);
			hits.push(f);
		} else misses.push(f);
	}
	const wantKeys = new Map<string, number>();
	for (const f of want) wantKeys.set(`${f.kind}|${f.key}`, (wantKeys.get(`${f.kind}|${f.key}`) ?? 0) + 1);
	const falseFacts: Fact[] = [];
	for (const f of got) {
		const k = `${f.kind}|${f.key}`;
		const n = wantKeys.get(k) ?? 0;
		if (n > 0) wantKeys.set(k, n - 1);
		else falseFacts.push(f);
	}
	return { id: expected.document.id, lang: expected.document.lang, hits, misses, false: falseFacts };
}

export interface Tally {
	hits: number;
	misses: number;
	false: number;
}

export const recall = (t: Tally) => (t.hits + t.misses ? t.hits / (t.hits + t.misses) : 1);
export const precision = (t: Tally) => (t.hits + t.false ? t.hits / (t.hits + t.false) : 1);

/** Counts per group (a language, a kind of fact, or everything). */
export function tally(scores: DocScore[], keep: (s: DocScore, f: Fact) => boolean = () => true): Tally {
	const t: Tally = { hits: 0, misses: 0, false: 0 };
	for (const s of scores) {
		t.hits += s.hits.filter((f) => keep(s, f)).length;
		t.misses += s.misses.filter((f) => keep(s, f)).length;
		t.false += s.false.filter((f) => keep(s, f)).length;
	}
	return t;
}
