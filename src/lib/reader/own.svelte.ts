/**
 * What the pages need of the reader's own documents, filled in once they are loaded from the browser's storage
 * (`user-atlas.svelte.ts`, loaded on demand so that a first visit fetches none of it). Until then, and when the
 * reader has added nothing, every field is null and the pages show the built atlas as prerendered.
 */
import type { Component } from 'svelte';
import type { PanelModel, DocRef } from '../view/panel';
import type { CountrySummary } from '../view/summary';

export const own = $state({
	/** Summaries of the built atlas and the reader's documents together. */
	summaries: null as CountrySummary[] | null,
	/** Every document, the reader's last. */
	documents: null as DocRef[] | null,
	/** The panel for a code from the combined atlas, and the component that shows it. */
	panel: null as ((code: string) => PanelModel | null) | null,
	Panel: null as Component<{ panel: PanelModel }> | null
});
