/**
 * Reads one short text as a document and lists what the facts stage took from it, in a form a test can write out by
 * hand: "SENDER>HOST kind City since … until … for …", "(capital)" where no city is stated.
 */
import { clean } from '../../src/lib/pipeline/clean';
import { extractFacts } from '../../src/lib/pipeline/facts';
import { Warnings } from '../../src/lib/pipeline/problems';
import { segment } from '../../src/lib/pipeline/segment';
import type { BuildResult } from '../../src/lib/pipeline/read';
import { readUserDocument } from '../../src/lib/reader/read-document';

export interface Read {
	missions: string[];
	established: string[];
	none: string[];
	relations: string[];
}

/** Reads `body` as a document in `lang` about `focus` (and `about`), optionally under a heading. */
export function read(lang: string, focus: string, body: string, about: string[] = []): Read {
	const text = clean(`Title\n\n${body}\n`);
	const seg = segment(text.text, lang);
	const facts = extractFacts(
		{ id: 'd', file: 'd.txt', lang, about, clean: text, sections: seg.sections },
		focus,
		new Warnings()
	);
	return {
		missions: facts.missions
			.map((m) =>
				[
					`${m.sender}>${m.host} ${m.kind} ${m.cityStated ? m.place?.name : '(capital)'}`,
					m.since ? `since ${m.since}` : '',
					m.until ? `until ${m.until}` : '',
					m.accreditedTo.length ? `for ${m.accreditedTo.join(',')}` : ''
				]
					.filter(Boolean)
					.join(' ')
			)
			.sort(),
		established: [...facts.claims].flatMap(([code, claims]) => claims.map((c) => `${code} ${c.date}`)).sort(),
		none: [...facts.none.keys()].sort(),
		relations: [...facts.relations.keys()].sort()
	};
}

/** A text the reader pastes on the add page (in English unless `lang` says otherwise), read about Kazakhstan. */
export function pasted(text: string, title = 'Mine', lang = 'en'): BuildResult {
	return readUserDocument({ text, title, lang }, 'KZ');
}
