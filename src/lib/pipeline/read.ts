/**
 * The pipeline end to end, without files: the documents' texts and their manifest entries -> a validated Atlas and
 * its warnings. Per document the stages are clean -> segment -> sentences -> facts; then merge/status across
 * documents: missions stated twice merged, a status per country, and the result validated against the schema.
 * Pure: the build reads the files (`src/lib/server/atlas/build.ts`) and the browser's reader worker gets a pasted
 * text (`src/lib/reader/`), and both call `readDocuments`: one implementation.
 * Deterministic: the same texts give the same atlas, byte for byte, whatever the machine or the time.
 */
import * as v from 'valibot';
import { AtlasSchema } from '../atlas/schema';
import type { Atlas, CountryRecord, Mission, Span } from '../atlas/types';
import { clean, lineOf } from './clean';
import { countryName, isCountryCode } from './lookup/countries';
import { capitalOf } from './lookup/places';
import { extractFacts, type Claim, type DocFacts, type DocInput } from './facts';
import type { ManifestEntry } from './manifest';
import { AtlasError, Warnings, type Problem } from './problems';
import { segment } from './segment';
import { countryConflicts } from './conflicts';
import { statusOf } from './status';
import { SUPPORTED_LANGS } from './languages/codes';
import { eld } from 'eld/extrasmall';

/**
 * The language a text is written in, by eld (its smallest database: it told Bulgarian from Russian and Ukrainian,
 * and all 30 documents of the corpus, right), when it is sure; else null. The first 20,000 characters suffice.
 */
export function detectLanguage(text: string): string | null {
	const result = eld.detect(text.slice(0, 20_000));
	return result.isReliable() && result.language ? result.language : null;
}

export interface BuildResult {
	atlas: Atlas;
	warnings: Problem[];
	/**
	 * Per document: facts read, and the sentences that named a country and a mission, ambassador or relations word
	 * but gave none (each also a warning), with their line.
	 */
	reading: { id: string; read: number; unread: number; sentences: { line: number; text: string }[] }[];
}

const CLAIM_ORDER: Record<Claim['source'], number> = { table: 0, diplomatic: 1, relations: 2 };

/** One document to read: its manifest entry, the path warnings name it by, and its text (decoded, not yet cleaned). */
export interface SourceDocument {
	entry: ManifestEntry;
	file: string;
	text: string;
	/** The manifest that lists it, where documents come from several folders (else `manifestFile`). */
	manifest?: string;
	/** A document of the built-in library (`data/library/`), marked so in the atlas; the seeds are not. */
	library?: boolean;
}

/**
 * Reads `documents` about `focus` into an atlas. `manifestFile` is the name warnings about the manifest give.
 * Throws an AtlasError for a document with no text or an atlas that breaks its schema.
 */
export function readDocuments(
	focus: string,
	documents: readonly SourceDocument[],
	manifestFile = 'manifest.json'
): BuildResult {
	const warnings = new Warnings();

	const docs: { input: DocInput; facts: DocFacts; entry: ManifestEntry; library?: boolean }[] = [];
	for (const { entry, file, text, manifest, library } of documents) {
		const cleaned = clean(text);
		if (cleaned.text.trim() === '')
			throw new AtlasError([
				{
					file,
					line: null,
					message: 'the file holds no text once page chrome is removed',
					fix: 'Put the article text in it'
				}
			]);
		const detected = detectLanguage(cleaned.text);
		if (detected && detected !== entry.lang.split('-')[0])
			warnings.warn({
				file: manifest ?? manifestFile,
				line: null,
				message: `"${entry.id}" is given as lang "${entry.lang}", but its text (${file}) reads as "${detected}"`,
				fix: `Check the document's "lang" in the manifest; the pipeline reads ${SUPPORTED_LANGS.join(', ')}`
			});
		const seg = segment(cleaned.text, entry.lang);
		for (const row of seg.unknownRows)
			warnings.warn({
				file,
				line: lineOf(cleaned, row.start),
				message: 'a table row that names no known country',
				text: row.text,
				fix: `Correct the name, or add it to the country aliases of src/lib/pipeline/languages/${entry.lang.split('-')[0]}.ts`
			});
		const input: DocInput = {
			id: entry.id,
			file,
			lang: entry.lang,
			about: entry.about,
			clean: cleaned,
			sections: seg.sections
		};
		docs.push({ input, entry, library, facts: extractFacts(input, focus, warnings) });
	}

	const missions = mergeMissions(
		docs.flatMap(({ input, facts }) =>
			facts.missions.map((m) => ({
				sender: m.sender,
				host: m.host,
				kind: m.kind,
				city: m.place?.name ?? null,
				geonameId: m.place?.geonameId ?? null,
				lon: m.place?.lon ?? null,
				lat: m.place?.lat ?? null,
				cityStated: m.cityStated,
				accreditedTo: m.accreditedTo,
				since: m.since,
				until: m.until,
				span: m.span,
				alsoStated: [],
				highlight: m.highlight
					.map((h) => ({ doc: input.id, start: h.start, end: h.end }))
					.sort((a, b) => a.start - b.start)
			}))
		)
	);

	// An arc starts at the sender's capital and ends at the capital of each country served: one the gazetteer does
	// not know (Israel, Palestine, uninhabited territories) leaves the arc undrawn; the mission itself stays.
	const noCapital = new Set<string>();
	for (const m of missions)
		for (const code of [m.sender, ...m.accreditedTo]) {
			if (noCapital.has(code) || !isCountryCode(code) || capitalOf(code)) continue;
			noCapital.add(code);
			const doc = docs.find((d) => d.input.id === m.span.doc)!;
			warnings.warn({
				file: doc.input.file,
				line: lineOf(doc.input.clean, m.span.start),
				message: `the gazetteer knows no capital for ${countryName(code, 'en')}: the map draws no arc to or from it`,
				text: doc.input.clean.text.slice(m.span.start, m.span.end).slice(0, 160),
				fix: 'Nothing to do in the document; the mission is listed in the panel'
			});
		}

	const codes = new Set<string>([focus]);
	for (const { facts } of docs) {
		for (const map of [facts.claims, facts.relations, facts.none, facts.primary, facts.mentions, facts.names])
			for (const code of map.keys()) codes.add(code);
		for (const e of facts.events) e.countries.forEach((c) => codes.add(c));
		for (const b of facts.breaks) codes.add(b.code);
	}
	for (const m of missions) [m.sender, m.host, ...m.accreditedTo].forEach((c) => codes.add(c));

	const countries: CountryRecord[] = [...codes]
		.filter(isCountryCode)
		.sort()
		.map((code) => countryRecord(code, focus, docs, missions, warnings));

	const events = docs
		.flatMap(({ facts }) => facts.events)
		.filter((e) => e.countries.some(isCountryCode))
		.map((e) => ({ ...e, countries: e.countries.filter(isCountryCode) }));
	const docOrder = new Map(docs.map((d, i) => [d.input.id, i]));
	events.sort(
		(a, b) =>
			a.date.localeCompare(b.date) ||
			(docOrder.get(a.span.doc) ?? 0) - (docOrder.get(b.span.doc) ?? 0) ||
			a.span.start - b.span.start
	);

	const atlas: Atlas = {
		focus,
		documents: docs.map(({ input, entry, library }) => ({
			id: entry.id,
			title: entry.title,
			titleEn: entry.titleEn,
			lang: entry.lang,
			source: entry.source,
			publisher: entry.publisher,
			edition: entry.edition,
			via: entry.via,
			licence: entry.licence,
			licenceUrl: entry.licenceUrl,
			retrieved: entry.retrieved,
			...(library ? { library: true } : {}),
			text: input.clean.text,
			sections: input.sections.map((s) => ({
				id: s.id,
				title: s.title,
				level: s.level,
				country: s.country,
				start: s.start,
				end: s.end
			}))
		})),
		countries,
		missions,
		events
	};
	const checked = v.safeParse(AtlasSchema, atlas);
	if (!checked.success)
		throw new AtlasError(
			checked.issues.map((issue) => ({
				file: manifestFile,
				line: null,
				message: `the atlas built from these documents breaks its schema at ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`,
				fix: 'This is a bug in the pipeline: report it with the documents that cause it'
			}))
		);
	return {
		atlas: checked.output,
		warnings: warnings.list,
		reading: docs.map(({ input, facts }) => ({
			id: input.id,
			read: facts.read,
			unread: facts.unread,
			sentences: facts.unreadSentences.map((s) => ({
				line: lineOf(input.clean, s.start),
				text: input.clean.text.slice(s.start, s.end).trim()
			}))
		}))
	};
}

function countryRecord(
	code: string,
	focus: string,
	docs: { input: DocInput; facts: DocFacts }[],
	missions: Mission[],
	warnings: Warnings
): CountryRecord {
	const claims = docs
		.flatMap(({ facts }) => facts.claims.get(code) ?? [])
		.map((c, i) => ({ c, i }))
		.sort((a, b) => CLAIM_ORDER[a.c.source] - CLAIM_ORDER[b.c.source] || a.i - b.i)
		.map(({ c }) => c);
	const relations = docs.flatMap(({ facts }) => facts.relations.get(code) ?? []);
	const none = docs.flatMap(({ facts }) => facts.none.get(code) ?? []);
	const breaks = docs.flatMap(({ facts }) =>
		facts.breaks.filter((b) => b.code === code).map((b) => ({ kind: b.kind, date: b.date, span: b.span }))
	);
	const between = missions.filter(
		(m) =>
			(m.sender === code && (m.host === focus || m.accreditedTo.includes(focus))) ||
			(m.sender === focus && (m.host === code || m.accreditedTo.includes(code)))
	);
	const embassies = between.filter((m) => m.kind === 'embassy' && (m.host === code || m.host === focus));

	const { status, statusSpans } = statusOf(code === focus, { embassies, claims, relations, between, none });
	// A dated break is no contradiction of relations stated for another time.
	const datedBreak = (s: Span) => breaks.some((b) => b.date && b.kind !== 'restored' && b.span === s);
	if (none.some((s) => !datedBreak(s)) && status !== 'none' && status !== 'focus')
		warnings.warn({
			file: docs.find((d) => d.facts.none.has(code))?.input.file ?? '',
			line: null,
			message: `${countryName(code, 'en')} (${code}) is listed as having no diplomatic relations, but another sentence gives it status "${status}"`,
			fix: 'Check which sentence is right; the map shows the stronger statement'
		});

	const primary = docs.flatMap(({ facts }) => facts.primary.get(code) ?? []);
	const inPrimary = (s: Span) =>
		primary.some((p) => p.span.doc === s.doc && p.span.start <= s.start && s.end <= p.span.end);
	const seen = new Set<string>();
	const mentions = docs
		.flatMap(({ facts }) => facts.mentions.get(code) ?? [])
		.filter((m) => !inPrimary(m.span))
		.filter((m) => {
			const key = `${m.span.doc}:${m.span.start}`;
			return seen.has(key) ? false : (seen.add(key), true);
		});

	const names: Record<string, string> = {};
	for (const { input, facts } of docs) {
		const name = facts.names.get(code);
		if (name) names[input.id] = name;
	}
	return {
		code,
		name: countryName(code, 'en'),
		names,
		status,
		established: claims[0] ? { date: claims[0].date, span: claims[0].span } : null,
		establishedClaims: claims.map((c) => ({ date: c.date, span: c.span })),
		statusSpans: dedupeSpans(statusSpans),
		...(breaks.length ? { breaks } : {}),
		// Written for every "relations" record, [] when only missions state it: restrict.ts reads a record without it as
		// one stored before the field existed.
		...(relations.length || status === 'relations' ? { relationsSpans: dedupeSpans(relations) } : {}),
		...(none.length ? { noneSpans: dedupeSpans(none) } : {}),
		excerpts: [
			...primary.map((p) => ({ span: p.span, section: p.section, primary: true })),
			...mentions.map((m) => ({ span: m.span, section: m.section, primary: false }))
		],
		conflicts: countryConflicts(
			claims,
			between,
			none.filter((s) => !datedBreak(s)),
			status
		)
	};
}

/** The `dated` field of a mission stated by `sentences` (the main one first): each that gives a date, with its dates. */
function withDated(sentences: Mission[]): Pick<Mission, 'dated'> {
	const dated = sentences
		.filter((m) => m.since !== null || m.until !== null)
		.map((m) => ({ span: m.span, since: m.since, until: m.until }));
	return dated.length ? { dated } : {};
}

function dedupeSpans(spans: Span[]): Span[] {
	const seen = new Set<string>();
	return spans.filter((s) => {
		const key = `${s.doc}:${s.start}:${s.end}`;
		return seen.has(key) ? false : (seen.add(key), true);
	});
}

/**
 * One mission stated by several sentences (Kazakhstan's embassy in Ankara, in the Turkish and the Albanian
 * passages; the US embassy in Astana, in both documents) is one point on the map with all its sentences. The
 * direct statement is its main span; dates and accreditations stated by any of them are kept.
 */
function mergeMissions(list: Mission[]): Mission[] {
	const byKey = new Map<string, Mission[]>();
	for (const m of list) {
		const key = [m.sender, m.host, m.kind, m.geonameId ?? m.city, m.cityStated].join('|');
		const group = byKey.get(key);
		if (group) group.push(m);
		else byKey.set(key, [m]);
	}
	// A mission whose sentence names no city ("the embassy of the United States in Tajikistan") is the same post as
	// the one another sentence places in a city of that host: one point, with both sentences.
	// If two such places exist (a mission that moved), the one in the capital, where the approximate point stands.
	const approximate = new Set<Mission>();
	for (const [key, group] of byKey) {
		const m = group[0];
		if (m.cityStated) continue;
		const stated = [...byKey].filter(
			([k, g]) =>
				k !== key &&
				g[0].cityStated &&
				g[0].sender === m.sender &&
				g[0].host === m.host &&
				g[0].kind === m.kind
		);
		const target =
			stated.find(([, g]) => g[0].geonameId !== null && g[0].geonameId === m.geonameId) ??
			(stated.length === 1 ? stated[0] : undefined);
		if (!target) continue;
		group.forEach((x) => approximate.add(x));
		target[1].push(...group);
		byKey.delete(key);
	}
	return [...byKey.values()].map((group) => {
		const placed = group.filter((m) => !approximate.has(m));
		const main = placed.find((m) => m.accreditedTo.length === 0) ?? placed[0];
		const others = group.filter((m) => m !== main);
		return {
			...main,
			accreditedTo: [...new Set(group.flatMap((m) => m.accreditedTo))].sort(),
			since: main.since ?? others.find((m) => m.since)?.since ?? null,
			until: main.until ?? others.find((m) => m.until)?.until ?? null,
			alsoStated: others.map((m) => m.span),
			highlight: group.flatMap((m) => m.highlight),
			...withDated([main, ...others])
		};
	});
}
