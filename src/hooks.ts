/**
 * The interface's language is the address's: English at `/`, Bulgarian at `/bg/`, Korean at `/ko/`, Russian at
 * `/ru/`. Every language shares the same routes: `/bg/country/TR/` is the route `/country/[code]` in Bulgarian.
 * Kit runs this on the server (prerendering) and in the browser. It must be in hooks.ts, not hooks.server.ts.
 */
import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
