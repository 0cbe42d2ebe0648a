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

/** The notes of the conflicts between two documents (not a document's own mission-before-relations). */
const across = (panel: CountryPanelModel) => panel.conflicts.map((c) => c.note);

describe("the panel flags where documents disagree, as a document's own conflicts are flagged", () => {
	it('nothing to say of Turkey with the seed documents alone', () => {
		expect(across(buildPanel(base, 'TR') as CountryPanelModel)).toEqual([]);
	});

	it('the seed documents on the US in Almaty: a consulate-general, or an honorary consulate', () => {
		// "От 2009 година в Алмати има и Генерално Консулство" against "미국 명예영사관도 알마티에 있다"; the embassy
		// there moved to Astana in 2006, so it contradicts neither.
		const panel = buildPanel(base, 'US') as CountryPanelModel;
		const conflict = panel.conflicts.find((c) => c.note.startsWith('Two documents give one mission'));
		expect(conflict?.note).toBe(
			'Two documents give one mission in one city another kind: consulate-general and honorary consulate.'
		);
		expect(conflict?.quotes.map((q) => q.doc.id)).toEqual(['bg-wikipedia', 'ko-namuwiki']);
		expect(conflict?.quotes[1].text).toContain('미국 명예영사관도 알마티에 있다');
	});

	it('another year for the start of relations', () => {
		const panel = turkeyWith('Kazakhstan and Turkey established diplomatic relations in 1995.');
		expect(across(panel)).toEqual(['Two dates are given for the start of relations: 2 March 1992 and 1995.']);
		expect(panel.conflicts[0].quotes.map((q) => q.doc.title)).toEqual([
			'Външна политика на Казахстан',
			'Mine'
		]);
	});

	it('the same year at another precision is no disagreement', () => {
		const panel = turkeyWith('Kazakhstan and Turkey established diplomatic relations in 1992.');
		expect(across(panel)).toEqual([]);
	});

	it('another kind of mission in the same city', () => {
		// The Bulgarian article has Turkey's office in Astana and its embassy in Almaty: the reader's embassy in Astana
		// is another kind in one city, and another city for the embassy.
		const panel = turkeyWith('Turkey has an embassy in Astana.');
		expect(across(panel).sort()).toEqual([
			'Two documents give one mission in one city another kind: office and embassy.',
			'Two documents place one embassy in different cities: Almaty and Astana.'
		]);
	});

	it('another city for one embassy', () => {
		// The Bulgarian article: "Турция има свое посолство в Алмати"; the reader's text puts it in Astana.
		const panel = turkeyWith('Turkey has an embassy in Astana. It has no office in Almaty.');
		expect(across(panel)).toContain(
			'Two documents place one embassy in different cities: Almaty and Astana.'
		);
	});
});

describe('two documents that give one mission another opening date', () => {
	// The Bulgarian article: "САЩ открива посолство в Алмати януари 1992 година, което е преместено в Астана 2006
	// година" (the US embassy in Almaty, January 1992).
	const usWith = (text: string) => {
		const own = readUserDocument({ text, title: 'Mine', lang: 'en' }, 'KZ').atlas;
		return buildPanel(mergeAtlases(base, [own]), 'US') as CountryPanelModel;
	};
	const missionDates = (panel: CountryPanelModel) =>
		panel.conflicts.filter((c) => c.note.startsWith('Two documents give one mission different'));

	it('another day: flagged, with both sentences', () => {
		const panel = usWith(
			'The first American Embassy in Kazakhstan was set up in Alma-Ata on February 3, 1992, with a chargé d’affaires.'
		);
		const [conflict, ...more] = missionDates(panel);
		expect(more).toEqual([]);
		expect(conflict.note).toBe(
			'Two documents give one mission different opening dates: January 1992 and 3 February 1992.'
		);
		expect(conflict.quotes.map((q) => q.doc.id)).toEqual(['bg-wikipedia', expect.any(String)]);
		expect(conflict.quotes[0].text).toContain('САЩ открива посолство в Алмати януари 1992');
		expect(conflict.quotes[1].text).toContain('February 3, 1992');
	});

	it('the same month at another precision is no disagreement', () => {
		expect(
			missionDates(usWith('The United States opened its embassy in Almaty on 20 January 1992.'))
		).toEqual([]);
	});

	it('two of the built documents: the Korean pages on the embassy in Seoul, 1995 and 1996', () => {
		const atlas = buildAtlas(['data/documents', 'data/library']).atlas;
		const korea = atlas.countries.find((c) => c.code === 'KR')!;
		const seoul = korea.conflicts.find((c) => c.kind === 'mission-dates-differ' && c.values?.[1] === 'Seoul');
		expect(seoul?.dates).toEqual(['1995', '1996']);
		expect(seoul?.spans.map((s) => s.doc)).toEqual([
			'ko-siakadpt-korean-embassy-kazakhstan',
			'ko-wikipedia-south-korea-kazakhstan'
		]);
	});
});
