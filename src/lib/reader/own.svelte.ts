/**
 * What the pages need of the reader's own documents, filled in once they are loaded from the browser's storage
 * (`user-atlas.svelte.ts`, loaded on demand so that a first visit fetches none of it), and of the reader's choice of
 * sources (`sources=`, made from the same merged atlas). Until then, and when the reader has added nothing and
 * chosen nothing, every field is null and the pages show the built atlas as prerendered.
 *
 * Raw state: each field is replaced whole, never changed in place, so that its large values (every country's
 * summary, every mission with its sentences) are not wrapped in Svelte's deep proxies, which cost main-thread time
 * and cannot be posted to MapLibre's worker.
 */
import type { Component } from 'svelte';
import type { MissionsPayload } from '../view/missions';
import type { PanelModel, DocRef } from '../view/panel';
import type { TimeFacts } from '../view/time/facts';
import type { CountrySummary } from '../view/summary';
import type { AtlasFile, AtlasFileName } from './export';

class Own {
	/** Summaries of the built atlas and the reader's documents together. */
	summaries = $state.raw<CountrySummary[] | null>(null);
	/** Every document shown (those of the reader's choice of sources, `sources=`), the reader's last. */
	documents = $state.raw<DocRef[] | null>(null);
	/** Every document there is to choose from, the reader's last, whatever the choice. */
	allDocuments = $state.raw<DocRef[] | null>(null);
	/** The reader's choice of sources picks no document here (`sources=own` in a browser with none): all are shown. */
	noMatch = $state(false);
	/** The panel for a code from the combined atlas, and the component that shows it. */
	panel = $state.raw<((code: string) => PanelModel | null) | null>(null);
	Panel = $state.raw<Component<{ panel: PanelModel }> | null>(null);
	/** The map's missions from the combined atlas (built-in and the reader's), in place of /data/missions.json. */
	missions = $state.raw<MissionsPayload | null>(null);
	/** The timeline's dated facts of the combined atlas, in place of /data/time.json (the same mission indexes). */
	timeFacts = $state.raw<TimeFacts | null>(null);
	/** A data file (atlas.json, missions.csv…) made from the combined atlas, in place of the site's own. */
	file = $state.raw<((name: AtlasFileName) => AtlasFile) | null>(null);
}

export const own = new Own();
