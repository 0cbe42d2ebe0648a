/**
 * The MapLibre style: no tiles, no glyph server, only the app's own geometry and font files.
 * https://maplibre.org/maplibre-style-spec/
 *
 * Colours reach the map through feature-state keyed on the ISO code (`promoteId: 'code'`): MapView sets
 * `fill` from src/lib/view/colour.ts, and `hover`, `selected`, `highlight`, `dim` from the ViewState. A country
 * with no `fill` state falls back to NO_DATA through `coalesce`.
 *
 * The outlines of the hovered, selected and highlighted countries are drawn from a source of their own
 * (`outline`, see `outlineData`) that holds only those countries: line layers over the whole countries source,
 * though invisible but for a few countries, would cost a large part of every frame in software WebGL.
 */
import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	FontFacesSpecification,
	LayerSpecification,
	StyleSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { DecodedAsset, ShapeProperties } from './asset';
import { NO_DATA, OCEAN } from '../view/colour';

export const SOURCE = { countries: 'countries', points: 'points', outline: 'outline' } as const;

/** Layer ids, for MapView's event handlers and for tests that query rendered features. */
export const LAYER = {
	background: 'background',
	fill: 'country-fill',
	borders: 'country-borders',
	highlight: 'country-highlight',
	hover: 'country-hover',
	selectedCasing: 'country-selected-casing',
	selected: 'country-selected',
	smallStates: 'small-states',
	labels: 'country-labels',
	smallLabels: 'small-state-labels',
	focusLabel: 'focus-label',
	hatch: 'country-hatch'
} as const;

/** The hatching image of hatched legend entries (colour.ts), made on demand (`hatchImage`). */
export const HATCH_IMAGE = 'hatch';

/** A tile of diagonal lines, 8 px, in `ink` on transparent: MapLibre repeats it as a `fill-pattern`. */
export function hatchImage(ink: string, size = 8): { width: number; height: number; data: Uint8Array } {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(ink.slice(i, i + 2), 16));
	const data = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			// Lines from lower left to upper right, 1.5 px wide, one per tile: x + y on the anti-diagonal.
			const d = (x + y + 1) % size;
			const alpha = d === 0 ? 255 : d === 1 || d === size - 1 ? 90 : 0;
			data.set([r, g, b, alpha], (y * size + x) * 4);
		}
	return { width: size, height: size, data };
}

/** The label layers, which the "Country labels" toggle shows and hides together. */
export const LABEL_LAYERS = [LAYER.labels, LAYER.smallLabels, LAYER.focusLabel] as const;

/** The font name the label layer asks for; `font-faces` maps it to the bundled Noto Sans files. */
export const LABEL_FONT = 'Noto Sans';

/**
 * The map's ink: outlines of hovered, highlighted and selected countries (over a white casing for the selection),
 * label text and the mission markers' rings.
 */
export const INK = '#1d1d1f';

const state = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];

/** The country's colour from feature-state, or NO_DATA when it has none. */
const fillColour: ExpressionSpecification = ['to-color', ['coalesce', ['feature-state', 'fill'], NO_DATA]];

/** Whether MapView gave the country a colour, i.e. the documents name it. */
const hasFill: ExpressionSpecification = ['!=', ['feature-state', 'fill'], null];

/**
 * A size that follows the marker's life: every marker at world zoom, then only microstates (under 3000 km2 from
 * zoom 5, under 100 km2 from zoom 8) while their polygons are too small to see and click.
 */
const byZoom = (world: ExpressionSpecification | number, mid: ExpressionSpecification | number) =>
	[
		'interpolate',
		['linear'],
		['zoom'],
		0,
		world,
		3,
		mid,
		5,
		['case', ['>=', ['get', 'area'], 3000], 0, mid],
		8,
		['case', ['>=', ['get', 'area'], 100], 0, mid]
	] as ExpressionSpecification;

/**
 * Small-state marker radius at world zoom (0) and from zoom 3. Markers of territories the documents do not name are
 * smaller, so they do not crowd the ones that matter. The SVG map (svg/) draws the world-zoom sizes.
 */
export const SMALL_STATE_RADIUS = {
	world: { named: 3.5, other: 2 },
	mid: { named: 5.5, other: 2.5 }
} as const;
const markerRadius = byZoom(
	['case', hasFill, SMALL_STATE_RADIUS.world.named, SMALL_STATE_RADIUS.world.other],
	['case', hasFill, SMALL_STATE_RADIUS.mid.named, SMALL_STATE_RADIUS.mid.other]
);
const markerStroke: ExpressionSpecification = ['case', state('selected'), 2.5, state('hover'), 2, 1];

/** Countries the documents name are labelled first, then by area. */
const mentioned: ExpressionSpecification = ['boolean', ['get', 'mentioned'], false];
const labelPriority: ExpressionSpecification = ['-', 0, ['+', ['get', 'area'], ['case', mentioned, 1e9, 0]]];

/**
 * Which countries get a label at which zoom, and its size: the map's label layers are built from it, and the SVG
 * map (svg/labels.ts) follows it at the zoom its scale matches, so that the downloaded map names what the map on
 * screen names.
 */
export const LABEL_RULE = {
	/**
	 * At world zoom only the countries of the documents and the largest others (1,500,000 km2 and more) get a
	 * label; from zoom 3 those of 150,000 km2; from zoom 4.5 every country.
	 */
	minArea: [1_500_000, 3, 150_000, 4.5, 0] as const,
	/** A small state's label: where the documents name it, and every small state's from zoom 5. */
	smallFrom: 5,
	/** Text sizes (px) at zoom 1, 4 and 7, linear between: the other countries', the small states', the focus's. */
	size: { other: [10.5, 12, 15], small: [9.5, 12, 15], focus: [12, 14, 16] } as const,
	sizeZooms: [1, 4, 7] as const,
	/** Lines break at this many ems; each label keeps this many pixels clear around it. */
	maxWidthEm: 7,
	padding: 3
};

const textSize = (sizes: readonly [number, number, number]): ExpressionSpecification => [
	'interpolate',
	['linear'],
	['zoom'],
	...LABEL_RULE.sizeZooms.flatMap((zoom, i) => [zoom, sizes[i]])
];

/**
 * At world zoom only the countries of the documents and the largest others get a label; more appear as the map
 * zooms in (LABEL_RULE). An empty text places no symbol, so hidden labels take no room from the others.
 */
const labelText = (small: boolean): ExpressionSpecification => {
	const label: ExpressionSpecification = ['get', 'label'];
	const minArea = (km2: number): ExpressionSpecification =>
		km2 === 0 ? label : ['case', ['any', mentioned, ['>=', ['get', 'area'], km2]], label, ''];
	const [world, zoom1, mid, zoom2, all] = LABEL_RULE.minArea;
	return small
		? ['step', ['zoom'], ['case', mentioned, label, ''], LABEL_RULE.smallFrom, label]
		: ['step', ['zoom'], minArea(world), zoom1, minArea(mid), zoom2, minArea(all)];
};

const isSmall: ExpressionSpecification = ['==', ['get', 'small'], true];
const isFocus: ExpressionSpecification = ['==', ['get', 'focus'], true];

export interface StyleInput {
	/** Decoded geometry asset (src/lib/map/asset.ts), with `label` names merged into the points. */
	data: DecodedAsset;
	/** URLs of the bundled Noto Sans files, with the code points each covers. */
	fontFaces: FontFacesSpecification;
}

export function buildStyle({ data, fontFaces }: StyleInput): StyleSpecification {
	const layers: LayerSpecification[] = [
		{ id: LAYER.background, type: 'background', paint: { 'background-color': OCEAN } },
		{
			id: LAYER.fill,
			type: 'fill',
			source: SOURCE.countries,
			paint: {
				'fill-color': fillColour,
				// While a legend entry is hovered, the other countries fade so its countries stand out.
				'fill-opacity': ['case', state('dim'), 0.25, 1],
				'fill-antialias': true
			}
		},
		{
			// Over the fill, for the codes of hatched legend entries (CountryFill sets the filter and shows it).
			id: LAYER.hatch,
			type: 'fill',
			source: SOURCE.countries,
			filter: ['in', ['get', 'code'], ['literal', []]],
			layout: { visibility: 'none' },
			// On the timeline the filter lists every country of the documents and this state hides the rest.
			paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', state('unhatched'), 0, 1] }
		},
		{
			id: LAYER.borders,
			type: 'line',
			source: SOURCE.countries,
			paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1.2] }
		},
		outlineLayer(LAYER.highlight, 'highlight', { 'line-color': INK, 'line-width': 1.2 }),
		outlineLayer(LAYER.hover, 'hover', { 'line-color': INK, 'line-width': 2 }),
		outlineLayer(LAYER.selectedCasing, 'selected', { 'line-color': '#ffffff', 'line-width': 6 }),
		outlineLayer(LAYER.selected, 'selected', { 'line-color': INK, 'line-width': 3 }),
		smallStatesLayer(),
		labelLayer(false),
		labelLayer(true),
		focusLabelLayer()
	];

	return {
		version: 8,
		'font-faces': fontFaces,
		// The points first: their labels wait for glyphs drawn on the main thread, so the worker asks for them before
		// it starts on the countries, the slowest source, and both are ready at about the same time.
		sources: {
			[SOURCE.points]: { type: 'geojson', data: data.points, promoteId: 'code' },
			[SOURCE.countries]: { type: 'geojson', data: data.countries, promoteId: 'code' },
			[SOURCE.outline]: { type: 'geojson', data: outlineData(new Map(), {}) }
		},
		layers
	};
}

/** Why a country is outlined: a legend entry is hovered, the pointer is over it, or it is selected. */
export type OutlineRole = 'highlight' | 'hover' | 'selected';

type CountryShape = Feature<Polygon | MultiPolygon, ShapeProperties>;

/**
 * The `outline` source's data: one feature per country and role, with the country's shape. A country both hovered
 * and selected appears twice, once per role; a code with no shape (not on the map) is skipped.
 */
export function outlineData(
	shapes: ReadonlyMap<string, CountryShape>,
	roles: Partial<Record<OutlineRole, Iterable<string>>>
): FeatureCollection<Polygon | MultiPolygon, { code: string; role: OutlineRole }> {
	const features: Feature<Polygon | MultiPolygon, { code: string; role: OutlineRole }>[] = [];
	for (const role of ['highlight', 'hover', 'selected'] as const)
		for (const code of roles[role] ?? []) {
			const shape = shapes.get(code);
			if (shape) features.push({ type: 'Feature', geometry: shape.geometry, properties: { code, role } });
		}
	return { type: 'FeatureCollection', features };
}

function outlineLayer(
	id: string,
	role: OutlineRole,
	paint: { 'line-color': string; 'line-width': number }
): LayerSpecification {
	return {
		id,
		type: 'line',
		source: SOURCE.outline,
		filter: ['==', ['get', 'role'], role],
		// Round joins keep the thick selection line from spiking at sharp corners.
		layout: role === 'selected' ? { 'line-join': 'round' } : {},
		paint
	};
}

function smallStatesLayer(): CircleLayerSpecification {
	return {
		id: LAYER.smallStates,
		type: 'circle',
		source: SOURCE.points,
		filter: isSmall,
		paint: {
			'circle-color': fillColour,
			'circle-radius': markerRadius,
			'circle-opacity': ['case', state('dim'), 0.25, 1],
			'circle-stroke-color': [
				'case',
				['any', state('hover'), state('selected'), state('highlight')],
				INK,
				'#ffffff'
			],
			// Zero with the radius, or a selected country's marker would leave a ring when zoomed in.
			'circle-stroke-width': byZoom(markerStroke, markerStroke)
		}
	};
}

/**
 * Labels from the point source, one per country. Two layers: a small state's label sits beside its marker, a
 * larger country's on its pole of inaccessibility.
 */
/**
 * The focus country's label, on a layer of its own: its mission groups gather in its own cities, over the middle of
 * the country, and the groups' counts claim their room on the map first (mission-style.ts), so the focus's name
 * moves beside them (above, below, left or right of its label point) rather than under them, and is always drawn.
 */
function focusLabelLayer(): SymbolLayerSpecification {
	const base = labelLayer(false);
	return {
		...base,
		id: LAYER.focusLabel,
		filter: isFocus,
		layout: {
			'text-field': ['get', 'label'],
			'text-font': [LABEL_FONT],
			'text-size': textSize(LABEL_RULE.size.focus),
			'text-max-width': LABEL_RULE.maxWidthEm,
			'text-padding': LABEL_RULE.padding,
			'text-variable-anchor': ['center', 'top', 'bottom', 'right', 'left'],
			'text-radial-offset': 1
		},
		paint: { ...base.paint, 'text-halo-width': 1.8 }
	};
}

function labelLayer(small: boolean): SymbolLayerSpecification {
	return {
		id: small ? LAYER.smallLabels : LAYER.labels,
		type: 'symbol',
		source: SOURCE.points,
		filter: small ? ['all', isSmall, ['!', isFocus]] : ['all', ['!', isSmall], ['!', isFocus]],
		layout: {
			'text-field': labelText(small),
			'text-font': [LABEL_FONT],
			'text-size': textSize(small ? LABEL_RULE.size.small : LABEL_RULE.size.other),
			'text-max-width': LABEL_RULE.maxWidthEm,
			'symbol-sort-key': labelPriority,
			'text-padding': LABEL_RULE.padding,
			...(small
				? { 'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': 0.7 }
				: { 'text-anchor': 'center' })
		},
		paint: {
			'text-color': '#1d1d1f',
			'text-halo-color': 'rgba(255, 255, 255, 0.9)',
			'text-halo-width': 1.4
		}
	};
}
