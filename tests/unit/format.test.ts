import { describe, expect, it } from 'vitest';
import { formatDate, languageName, missionKindLabel, statusLabel } from '../../src/lib/view/words';

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
