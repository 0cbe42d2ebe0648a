/**
 * With the reader's own document added, the pages count it with the built ones (walk-through finding 9: the home
 * panel kept "as stated in two documents" and Brazil's page "None of the 2 documents" after a third was added).
 */
import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import HomePage from '../../src/routes/+page.svelte';
import CountryPage from '../../src/routes/country/[code]/+page.svelte';
import { own } from '$lib/reader/own.svelte';
import type { DocRef } from '$lib/view/panel';
import Host from '../support/Host.svelte';
import { summary } from '../support/summary';

const doc = (id: string, language: string, extra: Partial<DocRef> = {}): DocRef => ({
	id,
	title: `Title ${id}`,
	titleEn: null,
	publisher: null,
	lang: id,
	language,
	source: `https://example.org/${id}`,
	site: 'example.org',
	licence: 'CC BY-SA',
	licenceUrl: '',
	retrieved: null,
	own: false,
	...extra
});
const BUILT = [doc('bg', 'Bulgarian'), doc('ko', 'Korean')];
const WITH_OWN = [...BUILT, doc('own-1', 'English', { title: 'Pasted', own: true, lang: 'en' })];
const SUMMARIES = [summary('KZ', { name: 'Kazakhstan', status: 'focus' }), summary('TR', { name: 'Turkey' })];
const data = { summaries: SUMMARIES, documents: BUILT, focusName: 'Kazakhstan', focus: 'KZ' };

const page = (component: unknown, props: Record<string, unknown>) =>
	render(Host, { props: { component: component as never, props } });

afterEach(() => {
	own.documents = null;
});

describe('the counts of documents', () => {
	it('the home panel says two documents, then three once the reader’s are loaded', async () => {
		page(HomePage, { data });
		// Two built documents, one Bulgarian and one Korean, naming Turkey (the focus is not counted).
		expect(screen.getByTestId('coverage').textContent).toMatch(
			/^2 documents \(Bulgarian 1, Korean 1\)\. Countries whose relations they state: 1; with the date relations began: 0\.\s+They name 1 country: 1 with an embassy, 0 with no diplomatic relations yet\.$/
		);
		own.documents = WITH_OWN;
		await tick();
		expect(screen.getByTestId('coverage').textContent).toMatch(
			/^3 documents \(Bulgarian 1, English 1, Korean 1\)\./
		);
	});

	it('a country none of them names says "None of the 3 documents" and lists the reader’s too', () => {
		own.documents = WITH_OWN;
		const panel = { kind: 'absent', code: 'BR', name: 'Brazil', focusName: 'Kazakhstan', localNames: [] };
		page(CountryPage, { data: { ...data, panel } });
		expect(screen.getByText(/None of the 3 documents of this atlas names Brazil/)).toBeTruthy();
		expect(screen.getByRole('link', { name: 'Pasted' })).toBeTruthy();
	});
});
