/**
 * The scorer of `npm run eval`: a small atlas against a small answer key, each number worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { precision, recall, scoreDocument, tally, type Expected } from '../../src/lib/server/atlas/evaluate';
import type { Atlas, Mission } from '../../src/lib/atlas/types';

const span = { doc: 'd', start: 0, end: 5 };
const mission = (over: Partial<Mission>): Mission => ({
	sender: 'DE',
	host: 'KZ',
	kind: 'embassy',
	city: 'Astana',
	geonameId: 1526273,
	lon: 71.4,
	lat: 51.2,
	cityStated: true,
	accreditedTo: [],
	since: null,
	until: null,
	span,
	alsoStated: [],
	highlight: [],
	...over
});
const country = (code: string, status: Atlas['countries'][number]['status'], dates: string[] = []) => ({
	code,
	name: code,
	names: {},
	status,
	established: dates[0] ? { date: dates[0], span } : null,
	establishedClaims: dates.map((date) => ({ date, span })),
	statusSpans: [span],
	excerpts: [],
	conflicts: []
});

const atlas: Atlas = {
	focus: 'KZ',
	documents: [
		{
			id: 'd',
			title: 'T',
			lang: 'en',
			source: 'https://example.org/',
			licence: 'CC BY-SA',
			licenceUrl: 'https://example.org/',
			retrieved: null,
			text: 'Text.',
			sections: []
		}
	],
	countries: [
		country('KZ', 'focus'),
		country('DE', 'embassy', ['1992-02-11']),
		country('FR', 'relations', ['1992']),
		country('BT', 'unstated')
	],
	missions: [
		mission({ since: '1993' }), // right, with a right date
		mission({ kind: 'consulate-general', city: 'Almaty', geonameId: 1526384 }), // right, no date
		mission({ sender: 'FR', city: 'Almaty', geonameId: 1526384 }) // not in the key
	],
	events: []
};

const expected: Expected = {
	document: {
		id: 'd',
		file: 'd.txt',
		title: 'T',
		lang: 'en',
		source: 'https://example.org/',
		licence: 'CC BY-SA',
		licenceUrl: 'https://example.org/',
		retrieved: null,
		about: [],
		focus: 'KZ'
	},
	status: { DE: 'embassy', FR: 'relations', BT: 'none' },
	established: [
		{ country: 'DE', date: '1992-02-11', quote: 'q q q' },
		{ country: 'FR', date: '1992-01-26', quote: 'q q q' }
	],
	missions: [
		{
			sender: 'DE',
			host: 'KZ',
			kind: 'embassy',
			city: 'Nur-Sultan',
			since: '1993',
			until: null,
			accreditedTo: [],
			quote: 'q q q'
		},
		{
			sender: 'DE',
			host: 'KZ',
			kind: 'consulate-general',
			city: 'Almaty',
			since: '1995',
			until: null,
			accreditedTo: [],
			quote: 'q q q'
		},
		{
			sender: 'DE',
			host: 'KZ',
			kind: 'consulate',
			city: 'Oral',
			since: null,
			until: null,
			accreditedTo: ['KG'],
			quote: 'q q q'
		}
	]
};

describe('scoreDocument', () => {
	const score = scoreDocument(expected, atlas);
	const count = (kind: string) => ({
		hits: score.hits.filter((f) => f.kind === kind).length,
		misses: score.misses.filter((f) => f.kind === kind).length,
		false: score.false.filter((f) => f.kind === kind).length
	});

	it('scores statuses: DE and FR found, BT (none) missed; unstated countries are not claims', () => {
		expect(count('status')).toEqual({ hits: 2, misses: 1, false: 0 });
	});

	it('scores establishment dates per country and date', () => {
		expect(count('established')).toEqual({ hits: 1, misses: 1, false: 1 });
	});

	it('matches a mission city by its gazetteer entry, so Nur-Sultan is Astana', () => {
		expect(count('mission')).toEqual({ hits: 2, misses: 1, false: 1 });
	});

	it('counts an expected date even on a missed mission, a predicted one only on a matched mission', () => {
		expect(count('mission-date')).toEqual({ hits: 1, misses: 1, false: 0 });
		expect(count('accreditation')).toEqual({ hits: 0, misses: 1, false: 0 });
	});

	it('sums to recall and precision', () => {
		const t = tally([score]);
		expect(t).toEqual({ hits: 6, misses: 5, false: 2 });
		expect(recall(t)).toBeCloseTo(6 / 11);
		expect(precision(t)).toBeCloseTo(6 / 8);
	});
});
