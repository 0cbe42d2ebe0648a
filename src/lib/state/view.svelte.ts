/**
 * The view a user sees, shared by the map, legend, panel and controls: one rune class behind a context.
 * The URL is the source of truth for `selected`, `mode` and `layers`; the page syncs them in and out.
 */
import { getContext, setContext } from 'svelte';

export type FillMode = 'status' | 'year' | 'none';
export type LayerId = 'missions-abroad' | 'missions-in-focus' | 'connections' | 'labels' | 'small-states';
export const ALL_LAYERS: LayerId[] = [
	'missions-abroad',
	'missions-in-focus',
	'connections',
	'labels',
	'small-states'
];

export class ViewState {
	/** ISO code of the selected country, or null. */
	selected = $state<string | null>(null);
	/** ISO code under the pointer (map or table), or null. */
	hovered = $state<string | null>(null);
	mode = $state<FillMode>('status');
	layers = $state<Set<LayerId>>(new Set(ALL_LAYERS));
	/** Legend entry under the pointer: its countries are highlighted on the map. */
	legendHighlight = $state<string[] | null>(null);
}

const KEY = Symbol('view-state');

export function setViewState(state = new ViewState()): ViewState {
	return setContext(KEY, state);
}

export function getViewState(): ViewState {
	const state = getContext<ViewState | undefined>(KEY);
	if (!state) throw new Error('getViewState() called outside a component tree that called setViewState()');
	return state;
}
