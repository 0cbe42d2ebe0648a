/**
 * Addresses in the interface's language: English at `/`, the others under `/bg/`, `/ko/`, `/ru/` (Paraglide's URL
 * strategy; src/hooks.ts maps them back to the one set of routes). `resolve` is Kit's `resolve` for a page's
 * address, localised to the language on screen; files (`/data/atlas.json`, `/geo/countries.json`) are the same in
 * every language and keep Kit's own `resolve`.
 */
import { resolve as kitResolve } from '$app/paths';
import type { Pathname } from '$app/types';
import { deLocalizeHref, getLocale, localizeHref, type Locale } from '$lib/paraglide/runtime';

/** A page's address (`/table/`, `/country/TR/?mode=year`) in the language on screen, or in `locale`. */
export function resolve(path: string, locale: Locale = getLocale()): string {
	return localizeHref(kitResolve(path as Pathname), { locale });
}

/** The same address in another language: `/bg/country/TR/?mode=year` → `/ko/country/TR/?mode=year`. */
export function inLocale(href: string, locale: Locale): string {
	return localizeHref(deLocalizeHref(href), { locale });
}
