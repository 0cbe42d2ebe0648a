/**
 * A reader's own document read by the pipeline: the form's input (read-user.ts) becomes a one-document atlas
 * through the very function the build uses (`readDocuments`), with what the review shows of it. Pure: the reader
 * worker runs it, and the unit tests run it in Node. Only the worker imports it, so that the pages load none of
 * the pipeline.
 */
import { aboutFromTitle } from '../pipeline/about';
import type { Atlas } from '../atlas/types';
import { capitalOf } from '../pipeline/lookup/places';
import { readDocuments, type BuildResult } from '../pipeline/read';
import type { Capital } from '../view/missions';
import { capitalCodes } from '../view/missions-payload';
import { buildPanel, type CountryPanelModel } from '../view/panel';
import { NO_LICENCE } from '../view/words';
import { documentText, userDocumentId, type UserDocumentInput } from './read-user';

/** Reads the document about `focus`. Throws the pipeline's AtlasError if it holds no text once cleaned. */
export function readUserDocument(input: UserDocumentInput, focus: string): BuildResult {
	const id = userDocumentId(input.text);
	const result = readDocuments(focus, [
		{
			entry: {
				id,
				file: `${id}.txt`,
				title: input.title.trim(),
				lang: input.lang,
				source: input.source?.trim() ?? '',
				licence: input.licence?.trim() || NO_LICENCE,
				licenceUrl: '',
				retrieved: null,
				about: aboutFromTitle(input.title, input.lang, focus)
			},
			file: input.title.trim(),
			text: documentText(input.text, input.title)
		}
	]);
	result.atlas.documents[0].own = true;
	return result;
}

/** The panel of each country a reading states something about (a status, not a mere mention), for the review. */
export function reviewPanels(atlas: Atlas): CountryPanelModel[] {
	return atlas.countries
		.filter((c) => c.status === 'embassy' || c.status === 'relations' || c.status === 'none')
		.map((c) => buildPanel(atlas, c.code))
		.filter((p): p is CountryPanelModel => p?.kind === 'country');
}

/**
 * The capital of each country the reading's missions need for their arcs (senders, countries served, the focus),
 * from the gazetteer the pipeline has (the worker's compact one). A country it has no capital for is left out:
 * its arcs are not drawn, and the review says so (`missingCapitals`).
 */
export function readingCapitals(atlas: Atlas): Record<string, Capital> {
	const capitals: Record<string, Capital> = {};
	for (const code of capitalCodes(atlas)) {
		// No capital in the gazetteer: left out, and named by the review.
		const place = capitalOf(code);
		if (place) capitals[code] = { city: place.name, lon: place.lon, lat: place.lat };
	}
	return capitals;
}
