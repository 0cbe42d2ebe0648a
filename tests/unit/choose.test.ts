/** The choice of sources in the URL (`sources=`, view/choose.ts): read, written, and which documents it picks. */
import { describe, expect, it } from 'vitest';
import { chosenIds, formatSources, parseSources, withSources } from '../../src/lib/view/choose';
import { parseViewQuery, viewSearch } from '../../src/lib/view/url';

const DOCS = [
	{ id: 'bg-wikipedia', lang: 'bg' },
	{ id: 'ko-namuwiki', lang: 'ko' },
	{ id: 'en-uk', lang: 'en', library: true },
	{ id: 'ko-embassy', lang: 'ko', library: true },
	{ id: 'mine', lang: 'en-GB', own: true }
];

describe('sources= in the URL', () => {
	it('reads and writes each kind of choice', () => {
		for (const value of ['seeds', 'library', 'own', 'lang:ko', 'doc:bg-wikipedia,en-uk'])
			expect(formatSources(parseSources(value))).toBe(value);
		expect(parseSources('doc:a, b,,a')).toEqual({ kind: 'docs', ids: ['a', 'b'] });
		expect(parseSources('lang:KO')).toEqual({ kind: 'lang', lang: 'ko' });
	});

	it('every document for no value, "all", or a value it does not know', () => {
		for (const value of [null, '', 'all', 'everything', 'lang:', 'lang:korean', 'doc:', 'doc:,'])
			expect(parseSources(value)).toBeNull();
		expect(formatSources(null)).toBeNull();
	});

	it('picks the seeds, the library, the own, one language or a set', () => {
		expect(chosenIds(DOCS, null)).toEqual(DOCS.map((d) => d.id));
		expect(chosenIds(DOCS, { kind: 'seeds' })).toEqual(['bg-wikipedia', 'ko-namuwiki']);
		expect(chosenIds(DOCS, { kind: 'library' })).toEqual(['en-uk', 'ko-embassy']);
		expect(chosenIds(DOCS, { kind: 'own' })).toEqual(['mine']);
		expect(chosenIds(DOCS, { kind: 'lang', lang: 'ko' })).toEqual(['ko-namuwiki', 'ko-embassy']);
		// A regional tag is its language.
		expect(chosenIds(DOCS, { kind: 'lang', lang: 'en' })).toEqual(['en-uk', 'mine']);
		// In the documents' order, whatever the link's; an id no document has picks nothing.
		expect(chosenIds(DOCS, { kind: 'docs', ids: ['mine', 'gone', 'bg-wikipedia'] })).toEqual([
			'bg-wikipedia',
			'mine'
		]);
		expect(chosenIds(DOCS, { kind: 'lang', lang: 'ru' })).toEqual([]);
	});

	it('is written into the query beside the rest of the view, readable in a shared link', () => {
		const search = viewSearch({
			mode: 'year',
			layers: new Set(['labels']),
			sources: { kind: 'lang', lang: 'ko' }
		});
		expect(search).toBe('?mode=year&layers=labels&sources=lang:ko');
		expect(parseViewQuery(search.slice(1)).sources).toEqual({ kind: 'lang', lang: 'ko' });
		expect(withSources('?time=2000&sources=own', { kind: 'docs', ids: ['a', 'b'] })).toBe(
			'?time=2000&sources=doc:a,b'
		);
		expect(withSources('?sources=own', null)).toBe('');
	});
});
