/** What the SVG renderer takes and what it gives: the model of the picture, with projected path data. */
import type { Colouring } from '../../view/colour';
import type { DocRef } from '../../view/panel';
import type { MissionsPayload } from '../../view/missions';
import type { FillMode, LayerId } from '../../view/options';
import type { CountrySummary } from '../../view/summary';
import type { Bounds, DecodedAsset } from '../asset';

export interface SvgMapInput {
	asset: DecodedAsset;
	summaries: readonly CountrySummary[];
	mode: FillMode;
	/** The layers that are on: small-state markers, missions in either direction, connections. */
	layers: ReadonlySet<LayerId>;
	focusName: string;
	documents: readonly DocRef[];
	/** The missions, when loaded; null draws none (and the key says nothing of them). */
	missions: MissionsPayload | null;
	/** Width of the picture in CSS pixels: the map's width on screen. */
	width: number;
	/**
	 * The part of the world to draw, [west, south, east, north] (the map's view on screen; east may pass 180); the
	 * whole world when absent.
	 */
	extent?: Bounds | null;
	/** The day the picture was made, YYYY-MM-DD, for the source line. */
	today: string;
	/** The timeline's year and its colours and key (view/time/colour.ts), when the map shows a year. */
	asOf?: { year: number; colouring: Colouring } | null;
}

export interface SvgCountry {
	code: string;
	name: string;
	/** "Turkey: Embassy present, relations since 1991": its accessible name and hover title. */
	description: string;
	fill: string;
	/** Drawn hatched over its fill (a hatched legend entry: year mode's "No relations"). */
	hatched: boolean;
	/** Path data, projected. */
	d: string;
	/** The documents name it: it has a page. */
	mentioned: boolean;
}

export interface SvgCircle {
	cx: number;
	cy: number;
	r: number;
	fill: string;
	stroke: string;
	strokeWidth: number;
	/** 0 for a hollow dot. */
	fillOpacity: number;
}

export interface SvgSmallState extends SvgCircle {
	code: string;
}

export interface SvgArc {
	d: string;
	colour: string;
	dashed: boolean;
}

export interface SvgMissionGroup extends SvgCircle {
	count: number;
	/** The cities whose markers would overprint at this scale, drawn as this one disc (svg/combine.ts); absent for one city. */
	places?: string[];
}

/** A country's name on the map (svg/labels.ts). */
export interface SvgLabel {
	code: string;
	/** The middle of the text block. */
	x: number;
	y: number;
	/** Broken at spaces, as the map breaks its labels. */
	lines: string[];
	/** Text size, px. */
	size: number;
	focus: boolean;
}

export interface SvgKeyEntry {
	key: string;
	label: string;
	colour: string;
	count: number;
	/** 'swatch' for a fill, 'dot' for a mission colour. */
	shape: 'swatch' | 'dot';
	/** The swatch carries the hatching its countries carry. */
	hatched?: boolean;
}

export interface SvgText {
	x: number;
	y: number;
	text: string;
}

export interface SvgMapModel {
	width: number;
	height: number;
	title: SvgText;
	subtitle: SvgText;
	/** Where the map itself lies in the picture, for a view of the map alone (the no-WebGL map). */
	mapBox: { y: number; height: number };
	/** The outline of the whole world in the projection: the sea. */
	sphere: string;
	ocean: string;
	countries: SvgCountry[];
	smallStates: SvgSmallState[];
	arcs: SvgArc[];
	missions: SvgCircle[];
	groups: SvgMissionGroup[];
	/** Country names, when the "Country labels" layer is on. */
	labels: SvgLabel[];
	key: { title: SvgText; entries: (SvgKeyEntry & { x: number; y: number })[] };
	/** The notes under the key and the source lines, one per line. */
	notes: SvgText[];
	source: SvgText[];
}

/** The picture's margins and type sizes, in CSS pixels. */
export const PAD = 16;
export const TITLE_SIZE = 18;
export const TEXT_SIZE = 12;
export const SMALL_SIZE = 11;
export const LINE = 16;
