import { describe, expect, it } from 'vitest';
import { framePadding, unobscured, type Box } from '../../src/lib/map/padding';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

describe('framePadding', () => {
	const tests: { name: string; args: [Box, Box, Box]; expected: ReturnType<typeof framePadding> }[] = [
		{
			name: 'wide screen: side panel on the right, search bar heading the left column',
			args: [box(0, 0, 1280, 800), box(820, 12, 1268, 788), box(12, 12, 396, 110)],
			expected: { top: 126, right: 476, bottom: 16, left: 320 }
		},
		{
			name: 'a narrow left column keeps its own width',
			args: [box(0, 0, 1280, 800), box(820, 12, 1268, 788), box(12, 12, 212, 110)],
			expected: { top: 126, right: 476, bottom: 16, left: 212 }
		},
		{
			name: 'small window: the left column takes at most a quarter',
			args: [box(0, 0, 800, 500), box(452, 12, 788, 488), box(12, 12, 396, 110)],
			expected: { top: 126, right: 364, bottom: 16, left: 200 }
		},
		{
			name: 'phone: the bottom sheet takes the bottom',
			args: [box(0, 0, 390, 844), box(0, 464, 390, 844), box(8, 8, 382, 48)],
			expected: { top: 64, right: 16, bottom: 396, left: 16 }
		},
		{
			name: 'a panel on the left takes the left',
			args: [box(0, 0, 1000, 600), box(10, 10, 310, 590), box(700, 10, 990, 60)],
			expected: { top: 76, right: 16, bottom: 16, left: 326 }
		},
		{
			name: 'a map that does not start at the page origin',
			args: [box(100, 50, 1100, 650), box(700, 60, 1090, 640), box(110, 60, 300, 120)],
			expected: { top: 86, right: 416, bottom: 16, left: 200 }
		}
	];
	it.each(tests)('$name', ({ args, expected }) => {
		expect(framePadding(...args)).toEqual(expected);
	});

	it('an open key beside the side panel takes the bottom; a closed (empty) one takes nothing', () => {
		const [map, panel, bar] = [box(0, 0, 1280, 800), box(820, 12, 1268, 788), box(12, 12, 396, 110)];
		expect(framePadding(map, panel, bar, box(577, 590, 807, 776))).toEqual({
			top: 126,
			right: 476,
			bottom: 226,
			left: 320
		});
		expect(framePadding(map, panel, bar, box(0, 0, 0, 0))).toEqual({
			top: 126,
			right: 476,
			bottom: 16,
			left: 320
		});
	});
});

describe('unobscured: the part of the map in sight, for "the part on screen" (walk-through 2, finding 20)', () => {
	it('leaves out the panel on the right and the search bar on top', () => {
		// 1280x800 with a 420 px panel and its margin on the right, the bar's 120 px on top.
		expect(unobscured(1280, 800, { top: 120, right: 436, bottom: 16, left: 16 })).toEqual([
			[16, 120],
			[844, 784]
		]);
	});

	it("leaves out a phone's bottom sheet", () => {
		expect(unobscured(390, 844, { top: 76, right: 16, bottom: 396, left: 16 })).toEqual([
			[16, 76],
			[374, 448]
		]);
	});

	it('is the whole map without boxes, or where they would leave nothing', () => {
		expect(unobscured(800, 500, undefined)).toEqual([
			[0, 0],
			[800, 500]
		]);
		expect(unobscured(300, 200, { top: 120, right: 200, bottom: 100, left: 150 })).toEqual([
			[0, 0],
			[300, 200]
		]);
	});
});
