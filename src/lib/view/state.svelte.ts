/**
 * The view a user sees, shared by the map, legend, panel and controls: one rune class behind a context.
 * The URL is the source of truth for `mode` and `layers` (ViewUrlSync keeps them in its query); the selected
 * country is the URL's path alone, read by the page and handed to the map.
 */
import { getContext, setContext } from 'svelte';
import type { Colouring } from './colour';
import { DEFAULT_LAYERS, DEFAULT_MODE, layerSet, type FillMode, type LayerId } from './options';
import type { TimeSelection } from './url';
import type { SourceChoice } from './choose';
import type { YearNotes } from './time/words';

/** A mission as the panel knows it: enough to find it among the map's missions. */
export interface RequestedMission {
	sender: string;
	host: string;
	kind: string;
	lon: number;
	lat: number;
}

export class ViewState {
	/** The focus country's name, as the atlas gives it: the words of the map's controls name it. */
	readonly focusName: string;

	constructor(focusName: string) {
		this.focusName = focusName;
	}

	/** ISO code under the pointer (map or table), or null. */
	hovered = $state<string | null>(null);
	mode = $state<FillMode>(DEFAULT_MODE);
	/** Layers that are on. Replaced whole, never mutated (a new set per toggle), so a plain read-only set is reactive. */
	layers = $state.raw<ReadonlySet<LayerId>>(layerSet(DEFAULT_LAYERS));
	/** A place chosen outside the map (a mission in the panel's list) for the map to frame, [lon, lat]. */
	focusPoint = $state.raw<[number, number] | null>(null);
	/** A mission chosen outside the map (the panel's "map" button): the map's dock opens its card. */
	requestedMission = $state.raw<RequestedMission | null>(null);
	/** A city chosen outside the map (search): the key of its group, for the map's dock to open its missions. */
	requestedPlace = $state<string | null>(null);
	/** Legend entry under the pointer: its countries are highlighted on the map. */
	legendHighlight = $state<string[] | null>(null);
	/**
	 * The part of the world the map shows, [west, south, east, north], after each move; null before the map has
	 * started. For "Download map" of the view on screen.
	 */
	visibleBounds = $state.raw<[number, number, number, number] | null>(null);
	/** The documents the pages show (`sources=` in the URL, `choose.ts`); null for every document. */
	sources = $state.raw<SourceChoice | null>(null);
	/**
	 * The choice the pages show now: `sources` once the atlas of its documents is made (SourcesSync); until then the
	 * pages still show the one before, and the choice's controls say so.
	 */
	sourcesShown = $state.raw<SourceChoice | null>(null);
	/** The timeline's year or range (`time=` in the URL); null while the map shows the documents at any date. */
	time = $state.raw<TimeSelection | null>(null);
	/** The colours and key as of the timeline's year, once its facts are loaded; the fill and the key use them. */
	timeColouring = $state.raw<Colouring | null>(null);
	/** The year the map shows (the timeline's, resolved), or null: the map download's title carries it. */
	timeYear = $state<number | null>(null);
	/** The built atlas's missions open in that year (indexes into /data/missions.json), or null: all are drawn. */
	timeMissions = $state.raw<readonly number[] | null>(null);
	/** What holds for each country as of that year, with the sentence that dates it, for the map's tooltip. */
	timeNotes = $state.raw<YearNotes | null>(null);
}

const KEY = Symbol('view-state');

export function setViewState(state: ViewState): ViewState {
	return setContext(KEY, state);
}

export function getViewState(): ViewState {
	const state = getContext<ViewState | undefined>(KEY);
	if (!state) throw new Error('getViewState() called outside a component tree that called setViewState()');
	return state;
}
