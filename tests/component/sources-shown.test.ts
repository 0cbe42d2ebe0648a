/**
 * The reader's choice of sources where the home panel's control is not: a country page's one line (SourcesShown:
 * which documents the page tells, a way to change it) and the words of each choice (`choiceLabel`). Five made-up
 * documents: the two seeds (Bulgarian, Korean), two of the library (English, Korean) and one of the reader's own.
 */
import { fireEvent, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import Downloads from '$lib/components/controls/Downloads.svelte';
import SourcesShown from '$lib/components/controls/SourcesShown.svelte';
import { own } from '$lib/reader/own.svelte';
import { choiceLabel } from '$lib/view/choose-words';
import type { DocRef } from '$lib/view/panel';
import { ViewState } from '$lib/view/state.svelte';
import { renderInHost } from '../support/render';

const doc = (id: string, lang: string, extra: Partial<DocRef> = {}) =>
	({ id, lang, title: id, language: lang, publisher: null, retrieved: null, ...extra }) as DocRef;
const DOCS = [
	doc('bg-wikipedia', 'bg'),
	doc('ko-namuwiki', 'ko'),
	doc('en-uk', 'en', { library: true }),
	doc('ko-embassy', 'ko', { library: true }),
	doc('mine', 'en-GB', { own: true })
];

beforeEach(() => {
	own.allDocuments = null;
	own.noMatch = false;
});

describe('choiceLabel', () => {
	it('names each choice with the number of documents it shows', () => {
		expect(choiceLabel(null, DOCS)).toBe('All documents (5)');
		expect(choiceLabel({ kind: 'seeds' }, DOCS)).toBe('The built-in seeds (2)');
		expect(choiceLabel({ kind: 'library' }, DOCS)).toBe('The library (2)');
		expect(choiceLabel({ kind: 'own' }, DOCS)).toBe('Your own documents (1)');
		// "en-GB" is English as a choice names it.
		expect(choiceLabel({ kind: 'lang', lang: 'en' }, DOCS)).toBe('In English only (2)');
		expect(choiceLabel({ kind: 'docs', ids: ['en-uk', 'mine', 'gone'] }, DOCS)).toBe(
			'Some documents (2 of 5)'
		);
	});
});

describe('SourcesShown', () => {
	it('says nothing while every document is shown', () => {
		const { container } = renderInHost(SourcesShown, { documents: DOCS });
		expect(container.textContent?.trim()).toBe('');
	});

	it('says which documents the page tells, and that it is being made until it is', () => {
		const view = new ViewState('Kazakhstan');
		view.sources = { kind: 'lang', lang: 'ko' };
		renderInHost(SourcesShown, { documents: DOCS }, { view });
		const line = screen.getByTestId('sources-shown');
		expect(line.textContent).toMatch(/^\s*Documents shown:\s+In Korean only \(2\)\s+·\s+change/);
		expect(screen.getByRole('status').textContent).toContain('Making the page from these documents…');
		view.sourcesShown = { kind: 'lang', lang: 'ko' };
		flushSync();
		expect(screen.getByRole('status').textContent?.trim()).toBe('');
	});

	it('says so when the choice picks no document here', () => {
		const view = new ViewState('Kazakhstan');
		view.sources = view.sourcesShown = { kind: 'own' };
		own.allDocuments = DOCS.filter((d) => !d.own);
		own.noMatch = true;
		renderInHost(SourcesShown, { documents: DOCS }, { view });
		expect(screen.getByTestId('sources-shown').textContent).toContain('Your own documents (0)');
		expect(screen.getByRole('status').textContent).toContain(
			'No document here matches this choice: the map shows them all.'
		);
	});

	it('opens the control in its place, which changes the choice, and closes again', async () => {
		const view = new ViewState('Kazakhstan');
		view.sources = view.sourcesShown = { kind: 'library' };
		renderInHost(SourcesShown, { documents: DOCS }, { view });
		await fireEvent.click(screen.getByRole('button', { name: 'change' }));
		const select = screen.getByLabelText('Documents shown:') as HTMLSelectElement;
		expect(select.value).toBe('library');
		expect(document.activeElement).toBe(select);
		await fireEvent.change(select, { target: { value: 'seeds' } });
		expect(view.sources).toEqual({ kind: 'seeds' });
		await fireEvent.click(screen.getByRole('button', { name: 'Done' }));
		expect(screen.queryByLabelText('Documents shown:')).toBeNull();
		expect(screen.getByTestId('sources-shown').textContent).toContain('The built-in seeds (2)');
		expect(document.activeElement).toBe(screen.getByRole('button', { name: 'change' }));

		// Back to every document: the line goes once the control is closed.
		await fireEvent.click(screen.getByRole('button', { name: 'change' }));
		await fireEvent.change(screen.getByLabelText('Documents shown:'), { target: { value: 'all' } });
		expect(view.sources).toBeNull();
		await fireEvent.click(screen.getByRole('button', { name: 'Done' }));
		expect(screen.queryByTestId('sources-shown')).toBeNull();
	});
});

describe('the cite line under a choice', () => {
	it('names the address with the choice as it is now, changed on the page too', async () => {
		history.replaceState(null, '', '/table/?mode=year#top');
		const view = new ViewState('Kazakhstan');
		view.sources = { kind: 'lang', lang: 'ko' };
		const { container } = renderInHost(
			Downloads,
			{ summaries: [], documents: DOCS.slice(0, 2), focusName: 'Kazakhstan' },
			{ view }
		);
		const cite = () => container.querySelector('.cite')?.textContent ?? '';
		expect(cite()).toContain(`${location.origin}/table/?mode=year&sources=lang:ko#top, accessed`);
		view.sources = { kind: 'library' };
		flushSync();
		expect(cite()).toContain(`${location.origin}/table/?mode=year&sources=library#top, accessed`);
		view.sources = null;
		flushSync();
		expect(cite()).toContain(`${location.origin}/table/?mode=year#top, accessed`);
	});
});
