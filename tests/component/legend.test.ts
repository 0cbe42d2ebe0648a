/**
 * The legend: one entry per colour with its number of countries, hovering an entry outlines its countries
 * (`view.legendHighlight`), pressing it keeps them outlined, and another fill mode shows its own entries.
 * Five hand-made countries: the focus, two with an embassy, one with relations, one with none.
 */
import { fireEvent, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import Legend from '$lib/components/controls/Legend.svelte';
import { summary } from '../support/summary';
import { MAP_CODES } from '$lib/view/map-codes';
import { ViewState } from '$lib/view/state.svelte';
import type { DocRef } from '$lib/view/panel';
import { renderInHost } from '../support/render';

const SUMMARIES = [
	summary('KZ', { name: 'Kazakhstan', status: 'focus' }),
	summary('TR', { name: 'Turkey', status: 'embassy', year: 1992 }),
	summary('RU', { name: 'Russia', status: 'embassy', year: 1992 }),
	summary('CN', { name: 'China', status: 'relations', year: 1992 }),
	{
		...summary('AL', { name: 'Albania', status: 'none' }),
		asOf: 'as the document states it, date not given; it mentions events up to 2012'
	}
];

const DOC: DocRef = {
	id: 'bg',
	title: 'Външна политика на Казахстан',
	titleEn: null,
	publisher: 'Wikipedia (Bulgarian)',
	lang: 'bg',
	language: 'Bulgarian',
	source: 'https://bg.wikipedia.org/wiki/x',
	site: 'bg.wikipedia.org',
	licence: 'CC BY-SA',
	licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
	retrieved: null,
	own: false
};
const DOCUMENTS: DocRef[] = [
	DOC,
	{ ...DOC, id: 'ko', publisher: null, site: 'namu.wiki', retrieved: '11 February 2024' }
];

function setup() {
	const view = new ViewState('Kazakhstan');
	renderInHost(Legend, { summaries: SUMMARIES, documents: DOCUMENTS }, { view });
	return view;
}
const notes = () =>
	[...document.querySelectorAll('.note')].map((p) => p.textContent?.replace(/\s+/g, ' ').trim());

const entries = () => screen.getAllByRole('button');
const counts = () => entries().map((b) => b.querySelector('.count')?.firstChild?.textContent);

describe('Legend', () => {
	it('says what an embassy and "no relations" mean, and which documents, of which dates, it shows', async () => {
		setup();
		// Folded under the title, so the key covers no more of the map than its entries; the title opens it.
		const about = document.querySelector('details.about') as HTMLDetailsElement;
		expect(about.open).toBe(false);
		await fireEvent.click(screen.getByRole('heading', { level: 2 }));
		expect(about.open).toBe(true);
		expect(notes()).toEqual([
			'Embassy: a resident embassy stated, either way.',
			'No relations: as of the document’s date; its list may be partial.',
			'What 2 documents say: Wikipedia (Bulgarian), date unknown; namu.wiki, 11 February 2024.'
		]);
	});

	it('in year mode, says how many countries have a year', async () => {
		const view = setup();
		view.mode = 'year';
		await tick();
		// Turkey, Russia and China have a year; Albania (no relations) has none.
		expect(notes()[0]).toBe('3 of 4 countries of the documents have a year.');
	});

	it('counts the countries of each status, and the map countries the documents do not name', () => {
		setup();
		// Focus, embassy, relations, no relations, not stated, not in the documents.
		expect(counts()).toEqual(['1', '2', '1', '1', '0', String(MAP_CODES.length - 5)]);
		expect(entries()[0].textContent).toContain('Kazakhstan');
		expect(entries()[1].getAttribute('aria-pressed')).toBe('false');
	});

	it('hovering an entry outlines its countries until the pointer leaves', async () => {
		const view = setup();
		await fireEvent.mouseEnter(entries()[1]);
		expect(view.legendHighlight).toEqual(['TR', 'RU']);
		await fireEvent.mouseLeave(entries()[1]);
		expect(view.legendHighlight).toBeNull();
	});

	it('focusing an entry outlines its countries, as hovering does', async () => {
		const view = setup();
		await fireEvent.focus(entries()[3]);
		expect(view.legendHighlight).toEqual(['AL']);
		await fireEvent.blur(entries()[3]);
		expect(view.legendHighlight).toBeNull();
	});

	it('a pressed entry stays outlined while others are hovered, until pressed again', async () => {
		const view = setup();
		const [, embassy, relations] = entries();
		await fireEvent.click(embassy);
		expect(embassy.getAttribute('aria-pressed')).toBe('true');
		await fireEvent.mouseLeave(embassy);
		expect(view.legendHighlight).toEqual(['TR', 'RU']);
		await fireEvent.mouseEnter(relations);
		expect(view.legendHighlight).toEqual(['CN']);
		await fireEvent.mouseLeave(relations);
		expect(view.legendHighlight).toEqual(['TR', 'RU']);
		await fireEvent.click(embassy);
		expect(embassy.getAttribute('aria-pressed')).toBe('false');
		expect(view.legendHighlight).toBeNull();
	});

	it('another fill mode shows its own entries and unpins the pressed one', async () => {
		const view = setup();
		const title = screen.getByRole('heading', { level: 2 }).textContent;
		await fireEvent.click(entries()[1]);
		view.mode = 'none';
		await tick();
		expect(screen.getByRole('heading', { level: 2 }).textContent).not.toBe(title);
		// The focus, every other country of the documents, the rest of the map.
		expect(counts()).toEqual(['1', '4', String(MAP_CODES.length - 5)]);
		expect(entries().every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
		expect(view.legendHighlight).toBeNull();
	});

	it('by year: the countries with a stated year in one class, the rest by whether they have relations', async () => {
		const view = setup();
		view.mode = 'year';
		await tick();
		// Focus, 1992 (TR, RU, CN), year not stated (none here), no relations (AL), not in the documents.
		expect(counts()).toEqual(['1', '3', '0', '1', String(MAP_CODES.length - 5)]);
	});

	it('says under "No relations", in its visible text, how the statement is dated, in either fill mode', async () => {
		const view = setup();
		const dating = 'as the document states it, date not given; it mentions events up to 2012';
		const none = () => entries().find((b) => b.textContent?.includes('No relations'));
		expect(none()?.querySelector('.dating')?.textContent).toBe(dating);
		// The other entries carry no dating.
		expect(document.querySelectorAll('.dating')).toHaveLength(1);
		view.mode = 'year';
		await tick();
		expect(none()?.querySelector('.dating')?.textContent).toBe(dating);
	});
});
