/**
 * The one reader of sentences for the tests of constructions (reading.test.ts, russian.test.ts): a body of text in
 * a language, as a document about a focus, and the facts the pipeline takes from it, each as a short line.
 */
import { clean } from '../../src/lib/pipeline/clean';
import { extractFacts } from '../../src/lib/pipeline/facts';
import { Warnings } from '../../src/lib/pipeline/problems';
import { segment } from '../../src/lib/pipeline/segment';

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
