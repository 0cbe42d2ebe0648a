/**
 * A language's whole table of city names (src/lib/view/city-names/{lang}.json), for the browser to fetch when it
 * must name a city its page's data does not (one of the reader's own documents): a data file, not a script, so the
 * service worker does not precache it (it keeps it once fetched, and "Keep for offline reading" keeps it).
 */
import { error, json } from '@sveltejs/kit';
import { cityNameLanguages, wholeCityNames } from '$lib/server/i18n/city-names';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => cityNameLanguages().map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => {
	const table = wholeCityNames(params.lang);
	if (!table) error(404, `No city names in '${params.lang}'`);
	return json(table);
};
