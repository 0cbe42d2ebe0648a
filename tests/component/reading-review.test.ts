/**
 * The review of a reading names the countries whose capital the worker's gazetteer did not know: their missions are
 * kept and listed, only their arcs are not drawn. The text states Cuba's embassy in Astana; Cuba's capital is
 * Havana, which the gazetteer knows, so the message appears only when the capitals are taken away.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import '../../src/lib/server/atlas/gazetteer';
import ReadingReview from '../../src/lib/components/reader/ReadingReview.svelte';
import { readingCapitals, readUserDocument, reviewPanels } from '../../src/lib/reader/read-document';

const { atlas } = readUserDocument(
	{ text: 'Cuba opened its embassy in Astana in 2008.', title: 'Cuba', lang: 'en' },
	'KZ'
);
const review = reviewPanels(atlas);

describe('ReadingReview', () => {
	it('says nothing of capitals when the gazetteer knows Cuba’s', () => {
		render(ReadingReview, { props: { atlas, review, capitals: readingCapitals(atlas), warnings: [] } });
		expect(screen.getByText(/Read: 1 country with a status, 1 mission/)).toBeTruthy();
		expect(screen.queryByText(/knows no capital/)).toBeNull();
	});

	it('names Cuba when its capital is unknown, and still lists its embassy in Astana', async () => {
		render(ReadingReview, { props: { atlas, review, capitals: {}, warnings: [] } });
		expect(
			screen.getByText(
				'The gazetteer knows no capital for Cuba: the map lists and places the missions, but draws no connection arc from or to it.'
			)
		).toBeTruthy();
		await waitFor(() => expect(screen.getByText(/Embassy in Astana/)).toBeTruthy());
	});

	it('counts alike, in figures: "3 countries with a status, 3 missions" (walk-through finding 11)', () => {
		// The walk-through's pasted text: Cuba's, Chile's and Peru's embassies in Astana
		const three = readUserDocument(
			{
				text: 'Cuba opened its embassy in Astana in 2008. Chile opened its embassy in Astana in 2015. Peru opened its embassy in Astana in 2016.',
				title: 'Three',
				lang: 'en'
			},
			'KZ'
		).atlas;
		render(ReadingReview, {
			props: { atlas: three, review: reviewPanels(three), capitals: readingCapitals(three), warnings: [] }
		});
		expect(screen.getByText(/Read: 3 countries with a status, 3 missions\./)).toBeTruthy();
	});
});
