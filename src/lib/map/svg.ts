/**
 * The map as SVG, a second renderer beside MapLibre: for the "Download map" files (SVG, and PNG drawn from it) and
 * for the map shown where WebGL is unavailable. Pure: no DOM, no MapLibre; d3-geo projects the same geometry asset
 * (/geo/countries.json) the MapLibre map draws. https://d3js.org/d3-geo
 *
 * Every colour, legend entry, count and word comes from the modules the MapLibre layers use: country fills and the
 * key from view/colour.ts, small-state marker sizes from style.ts, mission colours and sizes from mission-style.ts,
 * the missions and arcs from view/missions.ts. So the two maps cannot disagree; tests/unit/svg-map.test.ts compares
 * them.
 *
 * Projection: Equal Earth (Šavrič, Patterson and Jenny 2018), the whole world. An equal-area projection, so that
 * Kazakhstan and Russia are drawn at their true size relative to the rest, which Web Mercator (the interactive
 * map's) inflates several times over.
 *
 * `svgMapModel` gives what to draw, with projected path data; `svgMapDocument` writes it as a standalone SVG file
 * (system fonts, no external reference, every text escaped). The no-WebGL map renders the same model with Svelte.
 */
import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CountrySummary } from '../view/summary';
import type { DocRef } from '../view/panel';
import type { FillMode, LayerId } from '../view/options';
import { colourCountries, HATCH_INK, NO_DATA, OCEAN, type Colouring } from '../view/colour';
import { documentSources } from '../view/cite';
import { MAP_CODES } from '../view/map-codes';
import {
	cityGroups,
	connectionArcs,
	direction as directionOf,
	type Direction,
	type MissionsPayload
} from '../view/missions';
import {
	counted,
	directionLabel,
	formatDate,
	listWords,
	missionKindLabel,
	possessive,
	statusShort
} from '../view/words';
import type { Bounds, DecodedAsset, ShapeProperties } from './asset';
import {
	DIRECTION_COLOURS,
	groupRadius,
	KIND_RADIUS,
	TOGGLE_DIRECTIONS,
	WORLD_ZOOM_SCALE
} from './mission-style';
import { INK, SMALL_STATE_RADIUS } from './style';

/** Fonts every system has, with Cyrillic and Hangul: the file embeds none and loads none. */
const SVG_FONT_STACK =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";

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
	key: { title: SvgText; entries: (SvgKeyEntry & { x: number; y: number })[] };
	/** The notes under the key and the source lines, one per line. */
	notes: SvgText[];
	source: SvgText[];
}

const PAD = 16;
const TITLE_SIZE = 18;
const TEXT_SIZE = 12;
const SMALL_SIZE = 11;
const LINE = 16;
const KEY_COLUMN = 250;
const KEY_ROW = 20;

/** The tallest picture of a part of the world, as a share of its width: a view of Chile is cut, not a ribbon. */
const MAX_ASPECT = 1.25;

/** Points along the edges of an extent, a degree apart: a shape d3-geo can fit, whatever the projection bends. */
function extentOutline([west, south, east, north]: Bounds): GeoPermissibleObjects {
	const coordinates: [number, number][] = [];
	const steps = Math.max(2, Math.ceil(Math.max(east - west, north - south)));
	for (let i = 0; i <= steps; i++) {
		const lon = west + ((east - west) * i) / steps;
		const lat = south + ((north - south) * i) / steps;
		coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
	}
	return { type: 'MultiPoint', coordinates };
}

/**
 * The projected world fills the width; its height follows from the projection's aspect. For a part of the world,
 * Equal Earth turned to its middle meridian, fitted to the part's width, and cut to its box.
 */
function projection(width: number, top: number, extent: Bounds | null) {
	const innerWidth = width - 2 * PAD;
	const sphere: GeoPermissibleObjects = { type: 'Sphere' };
	const shape = extent ? extentOutline(extent) : sphere;
	const base = () => (extent ? geoEqualEarth().rotate([-(extent[0] + extent[2]) / 2, 0]) : geoEqualEarth());
	const unit = base().fitWidth(1000, shape);
	const [[x0, y0], [x1, y1]] = geoPath(unit).bounds(shape);
	const height = Math.ceil(Math.min((innerWidth * (y1 - y0)) / (x1 - x0), innerWidth * MAX_ASPECT));
	const box: [[number, number], [number, number]] = [
		[PAD, top],
		[PAD + innerWidth, top + height]
	];
	const projected = extent ? base().fitExtent(box, shape).clipExtent(box) : base().fitExtent(box, sphere);
	const inside = ([x, y]: [number, number]) =>
		x >= box[0][0] && x <= box[1][0] && y >= box[0][1] && y <= box[1][1];
	return { projected, height, inside };
}

/**
 * The asset's rings are wound for MapLibre (RFC 7946: exterior counterclockwise); d3-geo reads a spherical polygon's
 * exterior as clockwise, and a counterclockwise ring as everything outside it. So every ring is reversed for d3.
 */
function forD3(geometry: Polygon | MultiPolygon): MultiPolygon {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return {
		type: 'MultiPolygon',
		coordinates: polygons.map((polygon) => polygon.map((ring) => [...ring].reverse()))
	};
}

/** Splits a line of text into lines of at most `max` characters, at spaces. */
export function wrapText(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

export function svgMapModel(input: SvgMapInput): SvgMapModel {
	const { asset, summaries, mode, layers, focusName, documents, missions } = input;
	const width = Math.max(600, Math.round(input.width));
	// The legend's own call (Legend.svelte, CountryFill.svelte): the same entries, counts and colours.
	const colouring = input.asOf?.colouring ?? colourCountries(summaries, mode, MAP_CODES);
	const hatchedCodes = new Set(colouring.legend.filter((e) => e.hatched).flatMap((e) => e.codes));
	const byCode = new Map(summaries.map((s) => [s.code, s]));
	const points = new Map(asset.points.features.map((f) => [f.properties.code, f]));

	const title: SvgText = {
		x: PAD,
		y: PAD + TITLE_SIZE,
		text:
			`${possessive(focusName)} foreign relations, as ${counted(documents.length, 'document')} tell them` +
			(input.asOf ? `, as of ${input.asOf.year}` : '')
	};
	const subtitle: SvgText = { x: PAD, y: title.y + LINE + 2, text: colouring.title };
	const mapTop = subtitle.y + 10;
	const extent = input.extent ?? null;
	const { projected, height: mapHeight, inside } = projection(width, mapTop, extent);
	const path = geoPath(projected).digits(1);
	const project = (lon: number, lat: number): [number, number] => {
		const [x, y] = projected([lon, lat]) ?? [NaN, NaN];
		return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
	};

	const countries: SvgCountry[] = asset.countries.features
		.map((f: Feature<Polygon | MultiPolygon, ShapeProperties>) => {
			const code = f.properties.code;
			const summary = byCode.get(code);
			const name = summary?.name ?? points.get(code)?.properties.name ?? code;
			const since = summary?.established ? `, relations since ${formatDate(summary.established)}` : '';
			return {
				code,
				name,
				description: summary
					? `${name}: ${summary.status === 'focus' ? 'the focus of the documents' : statusShort(summary.status)}${since}`
					: `${name}: not in the documents`,
				fill: colouring.colours.get(code) ?? NO_DATA,
				hatched: hatchedCodes.has(code),
				d: path(forD3(f.geometry)) ?? '',
				mentioned: summary !== undefined
			};
		})
		.filter((c) => c.d !== '')
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));

	const smallStates: SvgSmallState[] = [];
	if (layers.has('small-states'))
		for (const f of asset.points.features) {
			if (!f.properties.small) continue;
			const [lon, lat] = f.geometry.coordinates;
			const [cx, cy] = project(lon, lat);
			if (!inside([cx, cy])) continue;
			const fill = colouring.colours.get(f.properties.code);
			smallStates.push({
				code: f.properties.code,
				cx,
				cy,
				r: fill ? SMALL_STATE_RADIUS.world.named : SMALL_STATE_RADIUS.world.other,
				fill: fill ?? NO_DATA,
				stroke: '#ffffff',
				strokeWidth: 1,
				fillOpacity: 1
			});
		}

	// Missions: the directions switched on, as MapLibre draws them at world zoom.
	const shown = new Set<Direction>([
		...(layers.has('missions-abroad') ? TOGGLE_DIRECTIONS['missions-abroad'] : []),
		...(layers.has('missions-in-focus') ? TOGGLE_DIRECTIONS['missions-in-focus'] : [])
	]);
	const arcs: SvgArc[] = [];
	const missionDots: SvgCircle[] = [];
	const groups: SvgMissionGroup[] = [];
	const missionCounts = new Map<Direction, number>();
	if (missions) {
		const { focus } = missions;
		const visible = missions.missions.filter((m) => shown.has(directionOf(m, focus)));
		for (const m of visible) {
			const dir = directionOf(m, focus);
			missionCounts.set(dir, (missionCounts.get(dir) ?? 0) + 1);
		}
		if (layers.has('connections'))
			for (const arc of connectionArcs(missions.missions, focus, missions.capitals).features) {
				const d = path(arc.geometry);
				if (d)
					arcs.push({
						d,
						colour: DIRECTION_COLOURS[arc.properties.direction],
						dashed: arc.properties.dashed
					});
			}
		for (const group of cityGroups(visible, focus)) {
			const [cx, cy] = project(group.lon, group.lat);
			if (!inside([cx, cy])) continue;
			if (group.missions.length > 1) {
				const abroad = group.counts.abroad;
				const forFocus = group.counts['in-focus'] + group.counts.other;
				const ring =
					abroad > 0 && forFocus > 0
						? INK
						: abroad > 0
							? DIRECTION_COLOURS.abroad
							: DIRECTION_COLOURS['in-focus'];
				groups.push({
					cx,
					cy,
					r: groupRadius(group.missions.length),
					fill: '#ffffff',
					stroke: ring,
					strokeWidth: 3,
					fillOpacity: 1,
					count: group.missions.length
				});
				continue;
			}
			const m = visible[group.missions[0]];
			const colour = DIRECTION_COLOURS[directionOf(m, focus)];
			const approximate = !m.cityStated;
			missionDots.push({
				cx,
				cy,
				r: WORLD_ZOOM_SCALE * KIND_RADIUS[m.kind],
				fill: approximate ? '#ffffff' : colour,
				fillOpacity: approximate ? 0 : 1,
				stroke: approximate ? colour : m.kind === 'embassy' ? INK : '#ffffff',
				strokeWidth: approximate ? 2.5 : m.kind === 'embassy' ? 1.5 : 1.2
			});
		}
	}

	// The key: the legend's entries with their counts, then the mission colours shown.
	const entries: SvgKeyEntry[] = [
		...colouring.legend.map((e) => ({
			key: e.key,
			label: e.label,
			colour: e.colour,
			count: e.count,
			shape: 'swatch' as const,
			hatched: e.hatched === true
		})),
		...(['abroad', 'in-focus', 'other'] as Direction[])
			.filter((d) => missionCounts.get(d))
			.map((d) => ({
				key: `missions-${d}`,
				label: directionLabel(d, focusName),
				colour: DIRECTION_COLOURS[d],
				count: missionCounts.get(d) ?? 0,
				shape: 'dot' as const
			}))
	];
	const keyTop = mapTop + mapHeight + 14;
	const columns = Math.max(1, Math.floor((width - 2 * PAD) / KEY_COLUMN));
	const keyTitle: SvgText = { x: PAD, y: keyTop + TEXT_SIZE, text: 'Key' };
	const placed = entries.map((e, i) => ({
		...e,
		x: PAD + (i % columns) * KEY_COLUMN,
		y: keyTitle.y + 8 + Math.floor(i / columns) * KEY_ROW
	}));
	let y = keyTitle.y + 8 + Math.ceil(entries.length / columns) * KEY_ROW + 6;
	const maxChars = Math.floor((width - 2 * PAD) / (SMALL_SIZE * 0.55));
	const lines = (texts: string[]): SvgText[] =>
		texts
			.flatMap((t) => wrapText(t, maxChars))
			.map((text) => {
				y += LINE;
				return { x: PAD, y, text };
			});
	const kinds = missions
		? listWords([...new Set(missions.missions.map((m) => m.kind))].map(missionKindLabel), 'and')
		: '';
	const notes = lines([
		...colouring.notes,
		...(missionDots.length || groups.length
			? [
					`Missions (${kinds.toLowerCase()}): larger dots for embassies; a hollow dot where the documents name no city (placed at the capital); a white disc with a number for several missions in one city.`
				]
			: []),
		...(arcs.length
			? [
					'Lines: from the sending country’s capital to each mission; dashed to a country a mission also serves.'
				]
			: [])
	]);
	y += 6;
	const source = lines([
		`Sources: ${listWords(documentSources(documents), 'and')}.`,
		`Borders: Natural Earth, via world-atlas. Projection: Equal Earth${extent ? ', the part of the world on screen' : ''}. Made with Relations Atlas, ${input.today}.`
	]);

	return {
		width,
		height: Math.ceil(y + PAD),
		title,
		subtitle,
		mapBox: { y: mapTop, height: mapHeight },
		sphere: path({ type: 'Sphere' }) ?? '',
		ocean: OCEAN,
		countries,
		smallStates,
		arcs,
		missions: missionDots,
		groups,
		key: { title: keyTitle, entries: placed },
		notes,
		source
	};
}

/** Text for XML: the five characters that could open markup or end an attribute, escaped. */
function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const circle = (c: SvgCircle): string =>
	`<circle cx="${c.cx}" cy="${c.cy}" r="${round(c.r)}" fill="${c.fill}"${c.fillOpacity === 1 ? '' : ` fill-opacity="${c.fillOpacity}"`} stroke="${c.stroke}" stroke-width="${c.strokeWidth}"/>`;

const round = (n: number) => Math.round(n * 100) / 100;

const text = (t: SvgText, cls: string): string =>
	`<text class="${cls}" x="${t.x}" y="${t.y}">${escapeXml(t.text)}</text>`;

/** Used in the downloaded file only: the namespace is a name, not an address the file loads. */
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The model as a standalone SVG document: no external reference, system fonts, every text escaped. */
export function svgMapDocument(model: SvgMapModel): string {
	const out: string[] = [];
	out.push(
		`<svg xmlns="${SVG_NS}" width="${model.width}" height="${model.height}" viewBox="0 0 ${model.width} ${model.height}" role="img" aria-labelledby="map-title">`,
		`<title id="map-title">${escapeXml(model.title.text)}</title>`,
		`<style>text{font-family:${SVG_FONT_STACK.replace(/'/g, '"')};fill:${INK};font-size:${TEXT_SIZE}px}.title{font-size:${TITLE_SIZE}px;font-weight:600}.small,.count{font-size:${SMALL_SIZE}px;fill:#555f69}.group{font-size:${SMALL_SIZE}px;text-anchor:middle;dominant-baseline:central}</style>`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`,
		text(model.title, 'title'),
		text(model.subtitle, 'subtitle'),
		`<path class="sphere" d="${model.sphere}" fill="${model.ocean}" stroke="#b8c4ce" stroke-width="0.5"/>`,
		`<g class="countries" stroke="#ffffff" stroke-width="0.4" stroke-linejoin="round">`
	);
	for (const c of model.countries)
		out.push(
			`<path data-code="${escapeXml(c.code)}" fill="${c.fill}" d="${c.d}"><title>${escapeXml(c.description)}</title></path>`
		);
	out.push('</g>');
	// Hatched entries (year mode's "No relations"), as the map draws them: a pattern of this file, no outside link.
	const hatched = model.countries.filter((c) => c.hatched);
	if (hatched.length || model.key.entries.some((e) => e.hatched))
		out.push(
			`<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${HATCH_INK}" stroke-width="1.5"/></pattern></defs>`
		);
	if (hatched.length) {
		out.push('<g class="hatched" fill="url(#hatch)" stroke="none">');
		for (const c of hatched) out.push(`<path d="${c.d}"/>`);
		out.push('</g>');
	}
	if (model.smallStates.length) {
		out.push('<g class="small-states">');
		for (const s of model.smallStates)
			out.push(circle(s).replace('<circle', `<circle data-code="${escapeXml(s.code)}"`));
		out.push('</g>');
	}
	if (model.arcs.length) {
		out.push('<g class="arcs" fill="none" stroke-linecap="round">');
		for (const a of model.arcs)
			out.push(
				a.dashed
					? `<path d="${a.d}" stroke="${a.colour}" stroke-width="1.8" stroke-dasharray="3.6 2.7" stroke-opacity="0.95"/>`
					: `<path d="${a.d}" stroke="${a.colour}" stroke-width="1" stroke-opacity="0.7"/>`
			);
		out.push('</g>');
	}
	if (model.missions.length || model.groups.length) {
		out.push('<g class="missions">');
		for (const m of model.missions) out.push(circle(m));
		for (const g of model.groups)
			out.push(circle(g), `<text class="group" x="${g.cx}" y="${g.cy}">${g.count}</text>`);
		out.push('</g>');
	}
	out.push('<g class="key">', text(model.key.title, 'key-title'));
	for (const e of model.key.entries) {
		const mark =
			e.shape === 'swatch'
				? `<rect x="${e.x}" y="${e.y}" width="12" height="12" rx="2" fill="${e.colour}" stroke="#000000" stroke-opacity="0.2"/>` +
					(e.hatched ? `<rect x="${e.x}" y="${e.y}" width="12" height="12" rx="2" fill="url(#hatch)"/>` : '')
				: `<circle cx="${e.x + 6}" cy="${e.y + 6}" r="5" fill="${e.colour}" stroke="#ffffff"/>`;
		out.push(
			`<g class="key-entry" data-key="${escapeXml(e.key)}">${mark}<text x="${e.x + 18}" y="${e.y + 10}">${escapeXml(e.label)} <tspan class="count">${e.count}</tspan></text></g>`
		);
	}
	out.push('</g>');
	for (const n of model.notes) out.push(text(n, 'small note'));
	for (const s of model.source) out.push(text(s, 'small source'));
	out.push('</svg>');
	return out.join('\n');
}
