/**
 * The panel's dates of relations, one line per date (view/panel/index.ts): every document that gives a date is named
 * on its line, once; a date another contradicts stays a line of its own, flagged. Read from the documents: Turkey's
 * 2 March 1992 is the Bulgarian article's table row ("Турция 1992-03-02") and the sentence "Diplomatic relations
 * between the two countries were established on 2 March 1992." of today's English article and of its older revision.
 */
import { describe, expect, it } from 'vitest';
import { mergeAtlases } from '../../src/lib/pipeline/merge';
import { pasted } from '../support/read-facts';
import { BUILT_IN_DIRS, buildAtlas } from '../../src/lib/server/atlas/build';
import { buildPanel, type CountryPanelModel } from '../../src/lib/view/panel';

const builtIn = buildAtlas(BUILT_IN_DIRS).atlas;

describe('dates of relations, merged per date', () => {
	it('Turkey, 2 March 1992: one line naming the three documents that give it, each with its passage', () => {
		const tr = buildPanel(builtIn, 'TR') as CountryPanelModel;
		expect(tr.established.map((c) => c.label)).toEqual(['2 March 1992']);
		const [line] = tr.established;
		expect(line.statedBy.map((s) => s.doc.id).sort()).toEqual([
			'bg-wikipedia',
			'en-wikipedia-kazakhstan-turkey',
			'en-worldlibrary-kazakhstan-turkey-old'
		]);
		expect(line.differs).toBe(false);
		// Each a click away: the passage on this page that holds its sentence.
		const ids = new Set(tr.excerpts.map((e) => e.id));
		for (const s of line.statedBy) expect(ids.has(s.excerptId ?? '')).toBe(true);
	});

	it('a date another document contradicts stays its own line, flagged; the one the map uses is not', () => {
		// The Bulgarian table row: "България 1992-07-05"; the reader's sentence gives 5 June 1992.
		const own = pasted('Kazakhstan and Bulgaria established diplomatic relations on 5 June 1992.').atlas;
		const bg = buildPanel(mergeAtlases(builtIn, [own]), 'BG') as CountryPanelModel;
		const lines = bg.established.map((c) => [c.label, c.chosen, c.differs, c.statedBy.length]);
		expect(lines).toContainEqual(['5 July 1992', true, false, expect.any(Number)]);
		expect(lines).toContainEqual(['5 June 1992', false, true, 1]);
		expect(new Set(bg.established.map((c) => c.date)).size).toBe(bg.established.length);
	});
});
