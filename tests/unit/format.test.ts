import { describe, expect, it } from 'vitest';
import {
	counted,
	directionLabel,
	formatDate,
	languageName,
	listWords,
	missionKindLabel,
	missionPeriod,
	possessive,
	statusLabel,
	statusShort
} from '../../src/lib/view/words';

describe('formatDate', () => {
	// Dates as the documents state them (see data/documents): a table row, a sentence, a bare year.
	const rows: { input: string; expected: string }[] = [
		{ input: '1992-03-19', expected: '19 March 1992' }, // Philippines, "на 19 март 1992 година"
		{ input: '1992-03-02', expected: '2 March 1992' }, // Turkey's row "Турция 1992-03-02"
		{ input: '1994-12-16', expected: '16 December 1994' }, // Kazakhstan's embassy in Baku
		{ input: '1992-10', expected: 'October 1992' }, // UK embassy "през октомври 1992 година"
		{ input: '1994-04', expected: 'April 1994' }, // China, "през април 1994 година"
		{ input: '1992', expected: '1992' }, // Malaysia's row "Малайзия 1992"
		{ input: '1991', expected: '1991' } // Ukraine's row "Украйна 1991"
	];
	it.each(rows)('$input → $expected', ({ input, expected }) => {
		expect(formatDate(input)).toBe(expected);
	});

	it.each(['', '92', '1992-13', '1992-3-19', '19 March 1992', '1992-00'])('rejects %j', (input) => {
		expect(() => formatDate(input)).toThrow(/YYYY/);
	});
});

describe('labels', () => {
	it('says every status in words', () => {
		expect(statusLabel('embassy')).toBe('Diplomatic relations, with a resident embassy');
		expect(statusLabel('none')).toBe('No diplomatic relations established');
		expect(statusLabel('unstated')).toBe('Mentioned; relations not stated');
	});

	it('says every status in a few words for the legend, the table and the tooltip', () => {
		expect(statusShort('focus')).toBe('The focus of the documents');
		expect(statusShort('embassy')).toBe('Embassy present');
		expect(statusShort('none')).toBe('No relations');
	});

	it('names the focus in direction words, from its name', () => {
		expect(directionLabel('abroad', 'Georgia')).toBe('Georgia’s mission abroad');
		expect(directionLabel('in-focus', 'Georgia')).toBe('Foreign mission in Georgia');
		expect(directionLabel('other', 'United States')).toBe(
			'Foreign mission accredited to United States from abroad'
		);
		expect(possessive('United States')).toBe('United States’');
	});

	it('says a mission’s period at the documents’ precision, as the panel says a date', () => {
		expect(missionPeriod({ since: '1994-12-16', until: null })).toBe('since 16 December 1994');
		expect(missionPeriod({ since: '1992-01', until: '2006' })).toBe('January 1992 to 2006');
	});

	it('counts and lists in running text', () => {
		expect([counted(1, 'document'), counted(2, 'document'), counted(12, 'document')]).toEqual([
			'one document',
			'two documents',
			'12 documents'
		]);
		expect(listWords(['Bulgarian'], 'and')).toBe('Bulgarian');
		expect(listWords(['English', 'Bulgarian', 'Korean'], 'or')).toBe('English, Bulgarian or Korean');
	});

	it('names mission kinds', () => {
		expect(missionKindLabel('consulate-general')).toBe('Consulate-general');
		expect(missionKindLabel('honorary-consulate')).toBe('Honorary consulate');
	});

	it.each([
		{ input: 'bg', expected: 'Bulgarian' },
		{ input: 'ko', expected: 'Korean' },
		{ input: 'not a tag!', expected: 'not a tag!' }
	])('languageName($input) → $expected', ({ input, expected }) => {
		expect(languageName(input)).toBe(expected);
	});
});
