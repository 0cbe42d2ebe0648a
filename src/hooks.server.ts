/**
 * Writes the SVG first map (src/lib/server/view/first-map.ts) into the prerendered HTML of the pages that carry it,
 * at the `%atlas.first-map%` mark of src/app.html: outside the part Svelte hydrates, so its path data is in the page
 * once, as markup, and not a second time in the hydration data.
 */
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { hasFirstMap } from '$lib/map/first-view';
import { getFirstMap } from '$lib/server/view/first-map';

const MARK = '%atlas.first-map%';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.includes(MARK) ? html.replace(MARK, hasFirstMap(event.route.id) ? getFirstMap(base) : '') : html
	});
