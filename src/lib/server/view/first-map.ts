/**
 * The SVG map written into the home page's prerendered HTML (by src/hooks.server.ts): the first paint is the
 * coloured map, before any script has run, and MapLibre replaces it once it has drawn the same view
 * (src/lib/map/first-view.ts). Shapes from src/lib/server/geo/first-map.ts, filled in the status mode from
 * view/colour.ts, the module MapLibre's fill and the legend read; small states get their marker, sized in screen
 * pixels as MapLibre draws it at world zoom. Country labels and mission markers are MapLibre's alone: they appear
 * when it takes over.
 *
 * Each country is a link to its page (the prerendered HTML works before the script), out of the tab order and of the
 * accessibility tree: the keyboard and screen readers have the panel, search and the table, and MapLibre's canvas
 * once it runs.
 */
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { colourCountries, NO_DATA } from '../../view/colour';
import { MAP_CODES } from '../../view/map-codes';
import { DEFAULT_MODE } from '../../view/options';
import { summarize, type CountrySummary } from '../../view/summary';
import { getAtlas } from '../atlas';
import { firstMapGeometry, type FirstMapGeometry } from '../geo/first-map';
import { isoLookup } from '../geo/codes';
import { buildAsset, type WorldTopology } from '../geo/geometry';
import { countryPageCodes } from '../pages';

function attr(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export interface FirstMapInput {
	geometry: FirstMapGeometry;
	summaries: readonly CountrySummary[];
	/** The site's base path ('' at the root), for the countries' links. */
	base: string;
	/** Codes that have a page: every country's link goes to it; other shapes are drawn without a link. */
	pages: ReadonlySet<string>;
}

/** The whole `#first-map` element, to be written into the page as it is. */
export function firstMapMarkup({ geometry, summaries, base, pages }: FirstMapInput): string {
	const { colours } = colourCountries(summaries, DEFAULT_MODE, MAP_CODES);
	const link = (code: string, inner: string) =>
		pages.has(code) ? `<a href="${attr(`${base}/country/${code}/`)}" tabindex="-1">${inner}</a>` : inner;
	const countries = geometry.countries
		.map(({ code, d }) =>
			link(code, `<path data-code="${attr(code)}" fill="${colours.get(code) ?? NO_DATA}" d="${d}"/>`)
		)
		.join('');
	// Small states: a dot of the marker's size in screen pixels (a zero-length line with round caps and a stroke
	// that does not scale), over a white one a pixel wider, as MapLibre's circle and its stroke.
	const dots = geometry.smallStates
		.map(({ code, at, radius }) => {
			const fill = colours.get(code);
			const r = fill ? radius.named : radius.other;
			return link(
				code,
				`<path class="ring" stroke-width="${2 * (r + 1)}" d="${at}"/><path class="dot" data-code="${attr(code)}" stroke="${fill ?? NO_DATA}" stroke-width="${2 * r}" d="${at}"/>`
			);
		})
		.join('');
	return (
		`<div id="first-map" aria-hidden="true"><div class="first-frame">` +
		`<svg viewBox="0 0 ${geometry.units} ${geometry.units}" style="${geometry.style}">` +
		`<g class="countries">${countries}</g><g class="small-states">${dots}</g></svg></div></div>`
	);
}

const cached = new Map<string, string>();

/**
 * The first map of this build's atlas, made once per process and address prefix (it takes about half a second):
 * `base` is the site's base path with the interface language's prefix (`/bg`), for the countries' links.
 */
export function getFirstMap(base: string): string {
	let markup = cached.get(base);
	markup ??= firstMapMarkup({
		geometry: firstMapGeometry(buildAsset(world as unknown as WorldTopology, isoLookup)),
		summaries: summarize(getAtlas()),
		base,
		pages: new Set(countryPageCodes())
	});
	cached.set(base, markup);
	return markup;
}
