/**
 * The built atlas and a reader's documents as one atlas (`mergeAtlases`): the expected values come from what each
 * pasted sentence states and what the README says the built-in documents state.
 */
import { describe, expect, it } from 'vitest';
import { mergeAtlases } from '../../src/lib/pipeline/merge';
import { readUserDocument } from '../../src/lib/reader/read-document';
import { buildAtlas } from '../../src/lib/server/atlas/build';

const base = buildAtlas('data/documents').atlas;
const own = (text: string) => readUserDocument({ text, title: 'Mine', lang: 'en' }, 'KZ').atlas;
const country = (atlas: typeof base, code: string) => atlas.countries.find((c) => c.code === code);

describe('mergeAtlases', () => {
	it('adds a country only the reader’s document names, with its status and mission', () => {
		const mine = own('Cuba opened its embassy in Astana in 2008.');
		const merged = mergeAtlases(base, [mine]);
		expect(country(base, 'CU')).toBeUndefined();
		expect(country(merged, 'CU')?.status).toBe('embassy');
		expect(merged.countries).toHaveLength(base.countries.length + 1);
		expect(merged.missions).toHaveLength(base.missions.length + 1);
		expect(merged.documents.map((d) => d.own === true)).toEqual([false, false, true]);
		// What the built atlas says of other countries is unchanged.
		expect(country(merged, 'RU')).toEqual(country(base, 'RU'));
	});

	it('lets a stronger statement win: relations stated for a country listed as having none', () => {
		expect(country(base, 'AD')?.status).toBe('none');
		const mine = own('Kazakhstan and Andorra established diplomatic relations in 2010.');
		const ad = country(mergeAtlases(base, [mine]), 'AD');
		expect(ad?.status).toBe('relations');
		expect(ad?.statusSpans.every((s) => s.doc === mine.documents[0].id)).toBe(true);
		expect(ad?.establishedClaims.map((c) => c.date)).toEqual(['2010']);
	});

	it('keeps one mission when the reader’s document states one the built atlas has, with both sentences', () => {
		const mine = own('The United States has an embassy in Astana.');
		const merged = mergeAtlases(base, [mine]);
		const find = (atlas: typeof base) =>
			atlas.missions.filter((m) => m.sender === 'US' && m.host === 'KZ' && m.kind === 'embassy');
		expect(find(merged)).toHaveLength(find(base).length);
		const us = find(merged).find((m) => m.city === 'Astana');
		expect(us?.alsoStated.some((s) => s.doc === mine.documents[0].id)).toBe(true);
		expect(merged.missions).toHaveLength(base.missions.length);
	});
});
