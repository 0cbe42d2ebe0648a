/**
 * The map's toggleable layers. In a plain module, not a rune file: the set of layers that are on is an immutable
 * value the view replaces whole on every toggle, so it needs no reactive (mutable) set.
 */
export type LayerId = 'missions-abroad' | 'missions-in-focus' | 'connections' | 'labels' | 'small-states';
export const ALL_LAYERS: LayerId[] = [
	'missions-abroad',
	'missions-in-focus',
	'connections',
	'labels',
	'small-states'
];

/** A read-only set of layers; toggling makes a new one. */
export function layerSet(layers: Iterable<LayerId>): ReadonlySet<LayerId> {
	return Object.freeze(new Set(layers));
}
