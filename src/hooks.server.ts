/**
 * Sets the interface's language for the request from its address (Paraglide's middleware: `/bg/…` is Bulgarian), and
 * writes it into `<html lang>` (the `%atlas.lang%` mark of src/app.html). Writes the SVG first map (src/lib/server/view/first-map.ts) into the prerendered HTML of the pages that carry it,
 * at the `%atlas.first-map%` mark of src/app.html: outside the part Svelte hydrates, so its path data is in the page
 * once, as markup, and not a second time in the hydration data.
 */
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { hasFirstMap } from '$lib/map/first-view';
import { getFirstMap } from '$lib/server/view/first-map';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { localizeHref, type Locale } from '$lib/paraglide/runtime';

const MARK = '%atlas.first-map%';

const LANG = '%atlas.lang%';

/** The base path in the page's language: '' or '/bg' (the first map's country links stay in its language). */
const localBase = (locale: Locale): string => localizeHref(`${base}/`, { locale }).replace(/\/$/, '');

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => {
				const withLang = html.replace(LANG, locale);
				return withLang.includes(MARK)
					? withLang.replace(MARK, hasFirstMap(event.route.id) ? getFirstMap(localBase(locale)) : '')
					: withLang;
			}
		});
	});
