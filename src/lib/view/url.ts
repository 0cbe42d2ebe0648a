/**
 * The shareable part of the view in the URL's query: `?mode=year&layers=missions-abroad,labels&at=71.4,48.2,4`,
 * the timeline's `time=2005` or `time=1995..2024`, and the documents shown, `sources=lang:ko` (`choose.ts`).
 * Pure. Parsing is tolerant, because a URL may be typed, cut short or hand-edited: a parameter that is missing,
 * unknown or malformed is left out of the result (the view keeps its default), never an error. Writing leaves
 * out what equals the default, so a plain view has a plain URL, and keeps every parameter it does not own.
 */
import { ALL_LAYERS, DEFAULT_LAYERS, DEFAULT_MODE, FILL_MODES, type FillMode, type LayerId } from './options';
import { formatSources, parseSources, SOURCES_PARAM, type SourceChoice } from './choose';

/** The query parameters this module reads and writes. */
const PARAM = { mode: 'mode', layers: 'layers', at: 'at', time: 'time' } as const;

/** `layers=none`: every optional layer off (an empty value means the same). */
const NO_LAYERS = 'none';

export interface MapPosition {
	lon: number;
	lat: number;
	zoom: number;
}

/** A year of the timeline, or its first or last year whatever they are (OWID's `earliest`, `latest`). */
export type YearRef = number | 'earliest' | 'latest';

/**
 * The timeline's choice: one year (`time=2005`, start and end the same) or two to compare (`time=1995..2024`).
 * As OWID's `time`, a range is written with two dots and never left open at the end (`2015..` is read as
 * `2015..latest`, and written so), since links that end in dots are cut short by many sites.
 */
export interface TimeSelection {
	start: YearRef;
	end: YearRef;
}

/** What a URL says about the view; a field is absent when the URL does not say it (or says it wrongly). */
export interface ViewQuery {
	mode?: FillMode;
	layers?: Set<LayerId>;
	position?: MapPosition;
	time?: TimeSelection;
	sources?: SourceChoice;
}

/** The view to write: mode and layers always, the position when the map has one. */
export interface ViewSnapshot {
	mode: FillMode;
	layers: ReadonlySet<LayerId>;
	position?: MapPosition | null;
	/** The timeline's year or range; absent or null when the timeline is closed. */
	time?: TimeSelection | null;
	/** The documents shown (`sources=`); absent or null for every document. */
	sources?: SourceChoice | null;
}

const MAX_ZOOM = 22;

function isMode(value: string): value is FillMode {
	return (FILL_MODES as readonly string[]).includes(value);
}

function isLayer(value: string): value is LayerId {
	return (ALL_LAYERS as readonly string[]).includes(value);
}

function parseLayers(value: string): Set<LayerId> | undefined {
	const trimmed = value.trim();
	if (trimmed === '' || trimmed === NO_LAYERS) return new Set();
	const named = trimmed.split(',').map((s) => s.trim());
	const known = named.filter(isLayer);
	// Unknown names are dropped; a list of nothing but unknown names is malformed, not a request for no layers.
	return known.length > 0 ? new Set(known) : undefined;
}

/** "lon,lat,zoom" as numbers; a longitude off the world is wrapped back onto it, anything else off-range ignored. */
function parsePosition(value: string): MapPosition | undefined {
	const parts = value.split(',');
	if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return undefined;
	const [lon, lat, zoom] = parts.map(Number);
	if (![lon, lat, zoom].every(Number.isFinite)) return undefined;
	if (Math.abs(lat) > 90 || zoom < 0 || zoom > MAX_ZOOM) return undefined;
	// Only a longitude off the world is wrapped: the arithmetic would add float noise to one already on it.
	const wrapped = Math.abs(lon) <= 180 ? lon : ((((lon + 180) % 360) + 360) % 360) - 180;
	return { lon: wrapped, lat, zoom };
}

const YEAR = /^(\d{4}|earliest|latest)$/;
const yearRef = (value: string): YearRef | undefined =>
	YEAR.test(value) ? (/^\d/.test(value) ? Number(value) : (value as YearRef)) : undefined;

/** `2005`, `1995..2024`, `earliest..latest`, `2015..` (to the latest), `..2015` (from the earliest). */
export function parseTime(value: string): TimeSelection | undefined {
	const parts = value.trim().split('..');
	if (parts.length === 1) {
		const year = yearRef(parts[0]);
		return year === undefined ? undefined : { start: year, end: year };
	}
	if (parts.length !== 2) return undefined;
	const start = parts[0] === '' ? 'earliest' : yearRef(parts[0]);
	const end = parts[1] === '' ? 'latest' : yearRef(parts[1]);
	if (start === undefined || end === undefined) return undefined;
	// Two years the wrong way round are the same two years.
	if (typeof start === 'number' && typeof end === 'number' && start > end) return { start: end, end: start };
	return { start, end };
}

/** `time=` as written: one year, or two joined by two dots. */
export function formatTime({ start, end }: TimeSelection): string {
	return start === end ? String(start) : `${start}..${end}`;
}

export function parseViewQuery(query: URLSearchParams | string): ViewQuery {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const result: ViewQuery = {};
	const mode = params.get(PARAM.mode)?.trim();
	if (mode !== undefined && isMode(mode)) result.mode = mode;
	const layers = params.get(PARAM.layers);
	if (layers !== null) {
		const parsed = parseLayers(layers);
		if (parsed) result.layers = parsed;
	}
	const at = params.get(PARAM.at);
	if (at !== null) {
		const position = parsePosition(at);
		if (position) result.position = position;
	}
	const time = params.get(PARAM.time);
	if (time !== null) {
		const parsed = parseTime(time);
		if (parsed) result.time = parsed;
	}
	const sources = parseSources(params.get(SOURCES_PARAM));
	if (sources) result.sources = sources;
	return result;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** A short, stable `at` value: about 10 m of precision, and zoom to a hundredth. */
function formatPosition({ lon, lat, zoom }: MapPosition): string {
	return `${round(lon, 4)},${round(lat, 4)},${round(zoom, 2)}`;
}

/**
 * `params` with the view written into it: other parameters kept, defaults removed. Returns a new object; the input
 * is not changed.
 */
export function writeViewQuery(
	view: ViewSnapshot,
	params: URLSearchParams = new URLSearchParams()
): URLSearchParams {
	const out = new URLSearchParams(params);
	if (view.mode === DEFAULT_MODE) out.delete(PARAM.mode);
	else out.set(PARAM.mode, view.mode);
	const layers = ALL_LAYERS.filter((id) => view.layers.has(id));
	const isDefault =
		layers.length === DEFAULT_LAYERS.length && DEFAULT_LAYERS.every((id) => view.layers.has(id));
	if (isDefault) out.delete(PARAM.layers);
	else out.set(PARAM.layers, layers.length === 0 ? NO_LAYERS : layers.join(','));
	if (view.position) out.set(PARAM.at, formatPosition(view.position));
	else out.delete(PARAM.at);
	if (view.time) out.set(PARAM.time, formatTime(view.time));
	else out.delete(PARAM.time);
	const sources = formatSources(view.sources ?? null);
	if (sources) out.set(SOURCES_PARAM, sources);
	else out.delete(SOURCES_PARAM);
	return out;
}

/** The query string (with its `?`, or '' when empty) for a URL showing `view`. */
export function viewSearch(view: ViewSnapshot, params?: URLSearchParams): '' | `?${string}` {
	const query = writeViewQuery(view, params).toString();
	// URLSearchParams escapes commas and colons; they are legal in a query and far easier to read in a shared link.
	return query === '' ? '' : `?${query.replaceAll('%2C', ',').replaceAll('%3A', ':')}`;
}

/**
 * The query `search` with only the timeline's `time=` changed (set, or removed for null): the pages without the
 * map (the table, the map drawn without WebGL) keep the other parameters as they came.
 */
export function withTime(search: string, time: TimeSelection | null): '' | `?${string}` {
	const params = new URLSearchParams(search);
	if (time) params.set(PARAM.time, formatTime(time));
	else params.delete(PARAM.time);
	const query = params.toString().replaceAll('%2C', ',');
	return query === '' ? '' : `?${query}`;
}
