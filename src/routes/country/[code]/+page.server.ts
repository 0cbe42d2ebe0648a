/**
 * One page per country of the atlas, and one for the focus (an overview). The page carries only its panel model:
 * the passages about and mentioning the country, sliced from the documents on the server.
 */
import { error } from '@sveltejs/kit';
import { buildPanel, panelCodes } from '$lib/view/panel';
import { getAtlas } from '$lib/server/atlas';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => panelCodes(getAtlas()).map((code) => ({ code }));

export const load: PageServerLoad = ({ params }) => {
	const panel = buildPanel(getAtlas(), params.code);
	if (!panel) {
		error(404, `The documents name no country with the code “${params.code}”.`);
	}
	return { panel };
};
