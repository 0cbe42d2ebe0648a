/**
 * Where a reader's document contradicts a built-in one, Turkey's panel says so. The Bulgarian article gives the
 * start of relations as the table row "Турция 1992-03-02" and says "Турция има свое посолство в Алмати и офис в
 * Астана" (an embassy in Almaty and an office in Astana).
 */
import { describe, expect, it } from 'vitest';
import { mergeAtlases } from '../../src/lib/pipeline/merge';
import { readUserDocument } from '../../src/lib/reader/read-document';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import { buildPanel, type CountryPanelModel } from '../../src/lib/view/panel';

const base = buildAtlas('data/documents').atlas;
const turkeyWith = (text: string) => {
	const own = readUserDocument({ text, title: 'Mine', lang: 'en' }, 'KZ').atlas;
	return buildPanel(mergeAtlases(base, [own]), 'TR') as CountryPanelModel;
};

describe('the panel says where documents disagree', () => {
	it('nothing to say of Turkey with the built-in documents alone', () => {
		expect((buildPanel(base, 'TR') as CountryPanelModel).disagreements).toEqual([]);
	});

	it('the built-in documents on the US in Almaty: a consulate-general, or an honorary consulate', () => {
		// "От 2009 година в Алмати има и Генерално Консулство" against "미국 명예영사관도 알마티에 있다"; the embassy
		// there moved to Astana in 2006, so it contradicts neither.
		expect((buildPanel(base, 'US') as CountryPanelModel).disagreements).toEqual([
			'The documents disagree on United States’ mission in Almaty: consulate-general (“Foreign policy of Kazakhstan”); honorary consulate (“United States–Kazakhstan relations”).'
		]);
	});

	it('another year for the start of relations', () => {
		const panel = turkeyWith('Kazakhstan and Turkey established diplomatic relations in 1995.');
		expect(panel.disagreements).toEqual([
			'The documents disagree on when relations began: 2 March 1992 (“Foreign policy of Kazakhstan”); 1995 (your own “Mine”).'
		]);
	});

	it('the same year at another precision is no disagreement', () => {
		const panel = turkeyWith('Kazakhstan and Turkey established diplomatic relations in 1992.');
		expect(panel.disagreements).toEqual([]);
	});

	it('another kind of mission in the same city', () => {
		const panel = turkeyWith('Turkey has an embassy in Astana.');
		expect(panel.disagreements).toHaveLength(1);
		expect(panel.disagreements[0]).toMatch(/^The documents disagree on Turkey’s mission in Astana: /);
		expect(panel.disagreements[0]).toContain('office (“Foreign policy of Kazakhstan”)');
		expect(panel.disagreements[0]).toContain('embassy (your own “Mine”)');
	});
});
