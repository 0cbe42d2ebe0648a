/**
 * The reader's own documents in the timeline (issue 22): the timeline's facts are made from the combined atlas
 * (`own.timeFacts`, user-atlas.svelte.ts), so a pasted document's dated facts appear as of their year, beside the
 * built documents'. The pasted text is walk-through-2's own document; the expected years are its dates.
 */
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import { mergeAtlases } from '../../src/lib/pipeline/merge';
import { readUserDocument } from '../../src/lib/reader/read-document';
import { timeFacts } from '../../src/lib/view/time/facts';
import { chronology, countryAt, missionsOpenAt } from '../../src/lib/view/time/model';

const TEXT = [
	'Kazakhstan foreign relations',
	'',
	'Cuba and Kazakhstan established diplomatic relations on 24 March 1992.',
	'Chile opened an embassy in Astana in 2015.'
].join('\n');

const { atlas: base } = buildAtlas('data/documents');
const own = readUserDocument({ title: 'Pasted', text: TEXT, lang: 'en' }, 'KZ').atlas;
const merged = mergeAtlases(base, [own]);
const facts = timeFacts(merged);
const at = (code: string, year: number) => {
	const c = facts.countries.find((x) => x.code === code);
	if (!c) throw new Error(`${code} is not in the combined atlas`);
	return countryAt(facts, c, year);
};

describe('the timeline with the reader’s own document', () => {
	it('shows Cuba from 1992, the year the pasted sentence gives, and nothing before', () => {
		expect(at('CU', 1991).category).toBe('nothing');
		expect(at('CU', 1992)).toMatchObject({ category: 'relations', holds: [{ date: '1992-03-24' }] });
	});

	it('opens Chile’s embassy in 2015, by the index the map’s combined missions use', () => {
		expect(at('CL', 2014).category).toBe('nothing');
		expect(at('CL', 2015).category).toBe('embassy');
		const chile = merged.missions.findIndex((m) => m.sender === 'CL' && m.host === 'KZ');
		expect(missionsOpenAt(facts, 2015)).toContain(chile);
		expect(missionsOpenAt(facts, 2014)).not.toContain(chile);
	});

	it('keeps the built documents’ facts (Bulgaria’s embassy of 1994) and lists the new events once', () => {
		expect(at('BG', 1994).category).toBe('embassy');
		const events = chronology(facts).filter((e) => e.countries[0] === 'CU' || e.countries[0] === 'CL');
		expect(events.map((e) => [e.kind, e.countries[0], e.date])).toEqual([
			['established', 'CU', '1992-03-24'],
			['opened', 'CL', '2015']
		]);
		// Each event quotes the pasted sentence.
		expect(facts.sentences[events[0].sentences[0]].text).toBe(
			'Cuba and Kazakhstan established diplomatic relations on 24 March 1992.'
		);
	});
});
