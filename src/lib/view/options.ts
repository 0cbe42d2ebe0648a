/**
 * The view's options: the map's toggleable layers and the fill modes. A plain module, not a rune file, so pure
 * modules (URL, colours, map specs) can import them without the view state. The set of layers that are on is an
 * immutable value the view replaces whole on every toggle, so it needs no reactive (mutable) set.
 */
export type LayerId = 'missions-abroad' | 'missions-in-focus' | 'connections' | 'labels' | 'small-states';
export const ALL_LAYERS: LayerId[] = [
	'missions-abroad',
	'missions-in-focus',
	'connections',
	'labels',
	'small-states'
];

/**
 * The layers a plain link shows: all but the connections, whose arcs from the focus to every city make a web over
 * Europe and the Caucasus at world zoom that hides the countries' colours; a reader turns them on when asked for.
 */
export const DEFAULT_LAYERS: readonly LayerId[] = ALL_LAYERS.filter((id) => id !== 'connections');

/** A read-only set of layers; toggling makes a new one. */
export function layerSet(layers: Iterable<LayerId>): ReadonlySet<LayerId> {
	return Object.freeze(new Set(layers));
}

/** What colours the countries: their status, the year relations began, or nothing. */
export type FillMode = 'status' | 'year' | 'none';
export const FILL_MODES: readonly FillMode[] = ['status', 'year', 'none'];
export const DEFAULT_MODE: FillMode = 'status';
