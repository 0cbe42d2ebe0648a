/**
 * What the SVG map draws, with projected path data, built layer by layer: the countries, the small states' markers,
 * the connection lines, the missions, then the key, notes and sources under the map.
 *
 * Every colour, legend entry, count and word comes from the modules the MapLibre layers use: country fills and the
 * key from view/colour.ts, small-state marker sizes from style.ts, mission colours and sizes from mission-style.ts,
 * the missions and arcs from view/missions.ts. So the two maps cannot disagree; tests/unit/svg-map.test.ts compares
 * them.
 */
import { geoContains, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { colourCountries, NO_DATA, OCEAN } from '../../view/colour';
import { documentSources } from '../../view/cite';
import { noRelationsDating } from '../../view/documents';
import { MAP_CODES } from '../../view/map-codes';
import {
	cityGroups,
	connectionArcs,
	direction as directionOf,
	type Direction,
	type MissionsPayload
} from '../../view/missions';
import { missionsAsOf } from '../../view/missions-seats';
import type { CountrySummary } from '../../view/summary';
import {
	directionLabel,
	formatDate,
	listWords,
	missionKindLabel,
	possessive,
	regionNameOr,
	statusShort
} from '../../view/words';
import { intlTag } from '../../i18n/format';
import { m } from '../../paraglide/messages';
import type { DecodedAsset, ShapeProperties } from '../asset';
import {
	DIRECTION_COLOURS,
	groupRadius,
	KIND_RADIUS,
	TOGGLE_DIRECTIONS,
	WORLD_ZOOM_SCALE
} from '../mission-style';
import { INK, SMALL_STATE_RADIUS } from '../style';
import { combineMarks, type Mark } from './combine';
import { circleBox, equivalentZoom, placeLabels, textWidth, type Box, type LabelCandidate } from './labels';
import { forD3, projection } from './projection';
import {
	LINE,
	PAD,
	SMALL_SIZE,
	TEXT_SIZE,
	TITLE_SIZE,
	type SvgArc,
	type SvgCircle,
	type SvgCountry,
	type SvgKeyEntry,
	type SvgLabel,
	type SvgMapInput,
	type SvgMapModel,
	type SvgMissionGroup,
	type SvgSmallState,
	type SvgText
} from './types';

/** The key's narrowest column, and the room between an entry's text and the next column. */
const KEY_COLUMN = 250;
const KEY_GAP = 20;
/** Where an entry's text starts: after its swatch or dot (document.ts draws the text at x + 18). */
const KEY_TEXT_X = 18;
const KEY_ROW = 20;

/**
 * The key's column width: the widest entry's text (its label, a space and its count, at the key's sizes) after its
 * mark, and a gap; never narrower than KEY_COLUMN. Bulgarian and Russian labels run half as long again as English
 * ones, and a fixed column let them run into the next entry.
 */
function keyColumnWidth(entries: readonly Pick<SvgKeyEntry, 'label' | 'count'>[]): number {
	const widest = Math.max(
		0,
		...entries.map((e) => textWidth(`${e.label} `, TEXT_SIZE) + textWidth(String(e.count), SMALL_SIZE))
	);
	return Math.max(KEY_COLUMN, Math.ceil(KEY_TEXT_X + widest + KEY_GAP));
}

type Colouring = ReturnType<typeof colourCountries>;
/** A place projected into the picture, rounded to a tenth of a pixel, and whether a point lies in the map. */
interface Projector {
	path: GeoPath;
	project: (lon: number, lat: number) => [number, number];
	inside: (point: [number, number]) => boolean;
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

/**
 * Every country of the asset, filled as the map fills it, named and described, in order of name. As of a year
 * (`year` given), a country is described by its key entry as of then ("Bulgaria: Embassy open, as of 1994").
 */
function countryShapes(
	asset: DecodedAsset,
	summaries: readonly CountrySummary[],
	colouring: Colouring,
	path: GeoPath,
	year: number | null = null
): SvgCountry[] {
	const yearLabels = new Map(
		year === null
			? []
			: colouring.legend
					.filter((e) => !e.hatched || e.key === 'undated')
					.flatMap((e) => e.codes.map((code) => [code, e.label] as const))
	);
	const collator = new Intl.Collator(intlTag());
	const hatchedCodes = new Set(colouring.legend.filter((e) => e.hatched).flatMap((e) => e.codes));
	const byCode = new Map(summaries.map((s) => [s.code, s]));
	const points = new Map(asset.points.features.map((f) => [f.properties.code, f]));
	return asset.countries.features
		.map((f: Feature<Polygon | MultiPolygon, ShapeProperties>) => {
			const code = f.properties.code;
			const summary = byCode.get(code);
			const name = summary?.name ?? regionNameOr(code, points.get(code)?.properties.name ?? code);
			const since = summary?.established
				? `, ${m.map_svg_since({ date: formatDate(summary.established) })}`
				: '';
			const asOfYear = yearLabels.get(code);
			return {
				code,
				name,
				description:
					summary && asOfYear && summary.status !== 'focus'
						? `${name}: ${asOfYear}, ${m.map_as_of_year({ year: year! })}`
						: summary
							? `${name}: ${statusShort(summary.status)}${since}`
							: `${name}: ${m.key_absent()}`,
				fill: colouring.colours.get(code) ?? NO_DATA,
				hatched: hatchedCodes.has(code),
				d: path(forD3(f.geometry)) ?? '',
				mentioned: summary !== undefined
			};
		})
		.filter((c) => c.d !== '')
		.sort((a, b) => collator.compare(a.name, b.name));
}

/** The small states' markers in the picture, sized as MapLibre draws them at world zoom. */
function smallStateMarks(
	asset: DecodedAsset,
	colouring: Colouring,
	{ project, inside }: Projector
): SvgSmallState[] {
	const marks: SvgSmallState[] = [];
	for (const f of asset.points.features) {
		if (!f.properties.small) continue;
		const [lon, lat] = f.geometry.coordinates;
		const [cx, cy] = project(lon, lat);
		if (!inside([cx, cy])) continue;
		const fill = colouring.colours.get(f.properties.code);
		marks.push({
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
	return marks;
}

/** The lines from each sender's capital to its missions. */
function connectionLines(missions: MissionsPayload, { path }: Projector): SvgArc[] {
	const arcs: SvgArc[] = [];
	for (const arc of connectionArcs(missions.missions, missions.focus, missions.capitals).features) {
		const d = path(arc.geometry);
		if (d)
			arcs.push({ d, colour: DIRECTION_COLOURS[arc.properties.direction], dashed: arc.properties.dashed });
	}
	return arcs;
}

/** A city group's ring: the focus's missions abroad, missions for the focus, or both (ink), as the map rings them. */
function ringColour(abroad: number, forFocus: number): string {
	return abroad > 0 && forFocus > 0
		? INK
		: abroad > 0
			? DIRECTION_COLOURS.abroad
			: DIRECTION_COLOURS['in-focus'];
}

/** A city group's disc: white, ringed, numbered. */
const GROUP_STROKE = 3;
function groupDisc(cx: number, cy: number, count: number, ring: string): SvgMissionGroup {
	return {
		cx,
		cy,
		r: groupRadius(count),
		fill: '#ffffff',
		stroke: ring,
		strokeWidth: GROUP_STROKE,
		fillOpacity: 1,
		count
	};
}

/** A city's marker before combining: its dot or disc, its name, and its missions by direction. */
interface CityMark {
	drawn: { dot: SvgCircle } | { group: SvgMissionGroup };
	city: string;
	abroad: number;
	forFocus: number;
}

/**
 * The missions shown, as MapLibre draws them at world zoom: a dot each, a numbered disc for a city of several; and
 * the markers that would overprint at the picture's scale joined into one numbered disc (combine.ts), with the
 * cities it stands for.
 */
function missionMarks(
	missions: MissionsPayload,
	shown: ReadonlySet<Direction>,
	{ project, inside }: Projector
) {
	const { focus } = missions;
	const visible = missions.missions.filter((m) => shown.has(directionOf(m, focus)));
	const counts = new Map<Direction, number>();
	for (const m of visible) counts.set(directionOf(m, focus), (counts.get(directionOf(m, focus)) ?? 0) + 1);
	const marks: Mark<CityMark>[] = [];
	for (const group of cityGroups(visible, focus)) {
		const [cx, cy] = project(group.lon, group.lat);
		if (!inside([cx, cy])) continue;
		const abroad = group.counts.abroad;
		const forFocus = group.counts['in-focus'] + group.counts.other;
		const first = visible[group.missions[0]];
		// A group placed at a capital for want of a city: named by its country.
		const city = group.city ?? regionNameOr(first.host, missions.names[first.host] ?? first.host);
		const count = group.missions.length;
		if (count > 1) {
			const disc = groupDisc(cx, cy, count, ringColour(abroad, forFocus));
			marks.push({
				cx,
				cy,
				reach: disc.r + GROUP_STROKE / 2,
				count,
				item: { drawn: { group: disc }, city, abroad, forFocus }
			});
			continue;
		}
		const colour = DIRECTION_COLOURS[directionOf(first, focus)];
		const approximate = !first.cityStated;
		const dot: SvgCircle = {
			cx,
			cy,
			r: WORLD_ZOOM_SCALE * KIND_RADIUS[first.kind],
			fill: approximate ? '#ffffff' : colour,
			fillOpacity: approximate ? 0 : 1,
			stroke: approximate ? colour : first.kind === 'embassy' ? INK : '#ffffff',
			strokeWidth: approximate ? 2.5 : first.kind === 'embassy' ? 1.5 : 1.2
		};
		marks.push({
			cx,
			cy,
			reach: dot.r + dot.strokeWidth / 2,
			count,
			item: { drawn: { dot }, city, abroad, forFocus }
		});
	}
	const dots: SvgCircle[] = [];
	const groups: SvgMissionGroup[] = [];
	for (const c of combineMarks(marks, (n) => groupRadius(n) + GROUP_STROKE / 2)) {
		if (c.items.length === 1) {
			const { drawn } = c.items[0];
			if ('dot' in drawn) dots.push(drawn.dot);
			else groups.push(drawn.group);
			continue;
		}
		const sum = (key: 'abroad' | 'forFocus') => c.items.reduce((n, i) => n + i[key], 0);
		groups.push({
			...groupDisc(c.cx, c.cy, c.count, ringColour(sum('abroad'), sum('forFocus'))),
			places: c.items.map((i) => i.city)
		});
	}
	return { dots, groups, counts };
}

/**
 * The countries' names (labels.ts), as the map names them at the zoom the picture's scale matches, clear of the
 * markers and of each other; the focus's always.
 */
function countryLabels(
	asset: DecodedAsset,
	countries: readonly SvgCountry[],
	summaries: readonly CountrySummary[],
	projected: GeoProjection,
	frame: Box,
	obstacles: (Box & { code?: string })[]
): SvgLabel[] {
	// Pixels to a degree of longitude at the equator, on the picture's middle meridian.
	const middle = -projected.rotate()[0];
	const [west] = projected([middle - 0.5, 0]) ?? [NaN];
	const [east] = projected([middle + 0.5, 0]) ?? [NaN];
	const zoom = equivalentZoom(east - west);
	const names = new Map(countries.map((c) => [c.code, c]));
	const features = new Map(asset.countries.features.map((f) => [f.properties.code, f]));
	const focus = new Set(summaries.filter((s) => s.status === 'focus').map((s) => s.code));
	const candidates: LabelCandidate[] = [];
	for (const point of asset.points.features) {
		const { code, area, small } = point.properties;
		const country = names.get(code);
		if (!country) continue;
		const [lon, lat] = point.geometry.coordinates;
		const at = projected([lon, lat]);
		if (!at) continue;
		let shape: MultiPolygon | undefined;
		candidates.push({
			code,
			text: country.name,
			kind: focus.has(code) ? 'focus' : small ? 'small' : 'other',
			area,
			mentioned: country.mentioned,
			at: [at[0], at[1]],
			inside: (spot) => {
				const place = projected.invert?.(spot);
				const feature = features.get(code);
				if (!place || !feature) return false;
				shape ??= forD3(feature.geometry);
				return geoContains(shape, place);
			}
		});
	}
	return placeLabels(candidates, { zoom, frame, obstacles });
}

/** The key's entries: the legend's with their counts, then the mission colours shown. */
function keyEntries(
	colouring: Colouring,
	counts: ReadonlyMap<Direction, number>,
	focusName: string
): SvgKeyEntry[] {
	return [
		...colouring.legend.map((e) => ({
			key: e.key,
			label: e.label,
			colour: e.colour,
			count: e.count,
			shape: 'swatch' as const,
			hatched: e.hatched === true
		})),
		...(['abroad', 'in-focus', 'other'] as Direction[])
			.filter((d) => counts.get(d))
			.map((d) => ({
				key: `missions-${d}`,
				label: directionLabel(d, focusName),
				colour: DIRECTION_COLOURS[d],
				count: counts.get(d) ?? 0,
				shape: 'dot' as const
			}))
	];
}

/** The words under the key: what the fills and the marks mean, one sentence a note. */
function noteTexts(
	colouring: Colouring,
	/** How the "no relations" statements are dated (the key's line on screen), or null. */
	noneDating: string | null,
	missions: MissionsPayload | null,
	marks: boolean,
	lines: boolean,
	/** The discs that stand for several cities at this scale. */
	combined: readonly SvgMissionGroup[] = []
): string[] {
	const kinds = missions
		? listWords([...new Set(missions.missions.map((m) => m.kind))].map(missionKindLabel), 'and')
		: '';
	const none = colouring.legend.find((e) => (e.key === 'none' || e.key === 'no-relations') && e.count > 0);
	return [
		...colouring.notes,
		...(none && noneDating ? [`${none.label}: ${noneDating}.`] : []),
		...(marks ? [m.map_svg_missions_note({ kinds: kinds.toLowerCase() })] : []),
		...(combined.length
			? [
					m.map_svg_combined_note({
						list: combined
							.map((g) =>
								m.map_svg_combined_item({ places: listWords(g.places ?? [], 'and'), count: g.count })
							)
							.join('; ')
					})
				]
			: []),
		...(lines ? [m.map_svg_lines_note()] : [])
	];
}

export function svgMapModel(input: SvgMapInput): SvgMapModel {
	const { asset, summaries, mode, layers, focusName, documents } = input;
	// As of a year, a mission that names no city stands where its host's embassies stood then, and the arcs start
	// at each sender's seat of government then (view/missions-seats.ts), as MapLibre's timeline draws them.
	const missions =
		input.missions && input.asOf ? missionsAsOf(input.missions, input.asOf.year) : input.missions;
	const width = Math.max(600, Math.round(input.width));
	// The legend's own call (Legend.svelte, CountryFill.svelte): the same entries, counts and colours.
	const colouring = input.asOf?.colouring ?? colourCountries(summaries, mode, MAP_CODES);

	const title: SvgText = {
		x: PAD,
		y: PAD + TITLE_SIZE,
		text:
			m.map_svg_title({ count: documents.length, possessive: possessive(focusName) }) +
			(input.asOf ? `, ${m.map_as_of_year({ year: input.asOf.year })}` : '')
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
	const projector: Projector = { path, project, inside };

	// Missions: the directions switched on.
	const shown = new Set<Direction>([
		...(layers.has('missions-abroad') ? TOGGLE_DIRECTIONS['missions-abroad'] : []),
		...(layers.has('missions-in-focus') ? TOGGLE_DIRECTIONS['missions-in-focus'] : [])
	]);
	const arcs = missions && layers.has('connections') ? connectionLines(missions, projector) : [];
	const marks = missions
		? missionMarks(missions, shown, projector)
		: { dots: [], groups: [], counts: new Map() };

	// The key, then the notes and the sources, a line at a time below it.
	const entries = keyEntries(colouring, marks.counts, focusName);
	const keyTop = mapTop + mapHeight + 14;
	const column = keyColumnWidth(entries);
	const columns = Math.max(1, Math.floor((width - 2 * PAD) / column));
	const keyTitle: SvgText = { x: PAD, y: keyTop + TEXT_SIZE, text: m.key_button() };
	const placed = entries.map((e, i) => ({
		...e,
		x: PAD + (i % columns) * column,
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
	const notes = lines(
		noteTexts(
			colouring,
			noRelationsDating(summaries),
			missions,
			marks.dots.length + marks.groups.length > 0,
			arcs.length > 0,
			marks.groups.filter((g) => g.places)
		)
	);
	y += 6;
	const source = lines([
		m.map_svg_sources({ list: listWords(documentSources(documents), 'and') }),
		// A date that ends with its own point ("6 декември 2026 г.") ends the sentence: one point, not two.
		(extent ? m.map_svg_credits_part : m.map_svg_credits)({
			app: m.app_name(),
			date: input.today ? formatDate(input.today) : ''
		}).replace(/\.\.$/, '.')
	]);

	const countries = countryShapes(asset, summaries, colouring, path, input.asOf?.year ?? null);
	const smallStates = layers.has('small-states') ? smallStateMarks(asset, colouring, projector) : [];
	// The names keep off the markers: the missions' and the small states' (a small state's own marker excepted).
	const obstacles = [
		...[...marks.dots, ...marks.groups].map((c) => circleBox(c.cx, c.cy, c.r + c.strokeWidth / 2)),
		...smallStates.map((s) => ({ ...circleBox(s.cx, s.cy, s.r + s.strokeWidth / 2), code: s.code }))
	];
	const frame: Box = { x0: PAD, y0: mapTop, x1: width - PAD, y1: mapTop + mapHeight };
	const labels = layers.has('labels')
		? countryLabels(asset, countries, summaries, projected, frame, obstacles)
		: [];

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
		missions: marks.dots,
		groups: marks.groups,
		labels,
		key: { title: keyTitle, entries: placed },
		notes,
		source
	};
}
