/**
 * The map as SVG, a second renderer beside MapLibre: for the "Download map" files (SVG, and PNG drawn from it) and
 * for the map shown where WebGL is unavailable. Pure: no DOM, no MapLibre; d3-geo projects the same geometry asset
 * (/geo/countries.json) the MapLibre map draws.
 *
 * `svgMapModel` (model.ts) gives what to draw, with projected path data (projection.ts); `svgMapDocument`
 * (document.ts) writes it as a standalone SVG file. The no-WebGL map renders the same model with Svelte.
 */
export { svgMapModel, wrapText } from './model';
export { svgMapDocument } from './document';
export type * from './types';
