import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanQuote } from '../../src/lib/view/quote';
import { segment, type TextSegment } from '../../src/lib/view/segments';

const plain = (text: string): TextSegment[] => [{ text, facts: [] }];
const read = (segments: TextSegment[]) => segments.map((s) => s.text).join('');
const doc = (name: string) => readFileSync(`data/documents/${name}`, 'utf8');

describe('a clean quote', () => {
	it('leaves out footnote markers', () => {
		expect(read(cleanQuote(plain('관계는 딱히 가까운 관계는 아니었다.[1] 이웃 [13]')))).toBe(
			'관계는 딱히 가까운 관계는 아니었다. 이웃'
		);
	});

	it("leaves out Namuwiki's # link stubs at a line's end", () => {
		const line =
			'2000년 8월 31일, 빌 리처드슨 미국 에너지부 장관이 나이지리아, 카자흐스탄, 러시아 극동 지역을 방문했다. #, #';
		expect(read(cleanQuote(plain(line)))).toBe(line.slice(0, -5));
		expect(read(cleanQuote(plain('미국을 지원하겠다고 밝혔다. #\n다음')))).toBe(
			'미국을 지원하겠다고 밝혔다.\n다음'
		);
	});

	it('leaves out a Latin, title-cased citation glued after a Cyrillic sentence, as the Bulgarian document has it', () => {
		const text = doc('bg-wikipedia-foreign-policy-of-kazakhstan.txt');
		const at = text.indexOf('Central Asia: A Kyrgyz-Kazakh Step Towards Regional Union');
		expect(at).toBeGreaterThan(0);
		const start = text.lastIndexOf('\n', at) + 1;
		const end = text.indexOf('\n', at);
		const clean = read(cleanQuote(plain(text.slice(start, end))));
		expect(clean.endsWith('столицата на Киргизстан.".')).toBe(true);
		expect(clean).not.toContain('Central Asia');
	});

	it('keeps Latin text that is not a glued title', () => {
		for (const t of [
			'Посолство в Wayback Machine. The Central Asia',
			'Казахстан. Its embassy opened in 1992'
		])
			expect(read(cleanQuote(plain(t)))).toBe(t);
	});

	it('splits Cyrillic words a dump glued together, and leaves Korean and Latin alone', () => {
		expect(read(cleanQuote(plain('Централна АзияРедактиране')))).toBe('Централна Азия Редактиране');
		expect(read(cleanQuote(plain('미국카자흐스탄 McDonald')))).toBe('미국카자흐스탄 McDonald');
	});

	it('keeps the marks on the text they mark', () => {
		const text = 'Посолство в Анкара[4] и Баку. #';
		const segments = cleanQuote(segment(text, 100, [{ start: 112, end: 121, kind: 'mission' }]));
		expect(segments).toEqual([
			{ text: 'Посолство в ', facts: [] },
			{ text: 'Анкара', facts: ['mission'] },
			{ text: ' и Баку.', facts: [] }
		]);
	});
});
