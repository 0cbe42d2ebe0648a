/**
 * The map's mission layers: points, city groups and arcs. The group and arc expectations were written from the
 * documents (line numbers in data/documents/bg-wikipedia-foreign-policy-of-kazakhstan.txt "bg" and
 * ko-namuwiki-us-kazakhstan-relations.txt "ko"), then checked against the atlas built from them.
 */
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import { builtMissionsPayload as missionsPayload } from '../../src/lib/server/view/missions-payload';
import {
	angularDistance,
	cityGroups,
	connectionArcs,
	direction,
	greatCircle,
	groupPoints,
	missingCapitals,
	missionPoints,
	unwrapLongitudes,
	type MissionPlace
} from '../../src/lib/view/missions';
import { segment } from '../../src/lib/view/segments';
import { missionPeriod } from '../../src/lib/view/words';

const { atlas } = buildAtlas('data/documents');
const payload = missionsPayload(atlas);
const { missions, capitals, focus } = payload;
const label = (i: number) => {
	const m = missions[i];
	return `${m.sender} ${m.kind}${m.cityStated ? '' : ' (approximate)'}${m.since ? ` since ${m.since}` : ''}${m.until ? ` until ${m.until}` : ''}`;
};
const group = (city: string) => {
	const found = cityGroups(missions, focus).find((g) => g.city === city);
	if (!found) throw new Error(`no group for ${city}`);
	return found;
};

describe('city groups, as the documents place the missions', () => {
	const rows: { city: string; expected: string[] }[] = [
		{
			city: 'Almaty',
			expected: [
				'AM embassy', // bg 42
				'MY embassy', // bg 70
				'BG embassy since 1994', // bg 87
				'LV honorary-consulate', // bg 91
				'RO embassy', // bg 99
				'RU consulate', // bg 103: "консулства в Алмати и Уралск"
				'TR embassy', // bg 111
				'UA consulate-general', // bg 115
				'CA embassy', // bg 126
				'US embassy since 1992-01 until 2006', // bg 132: embassy in Almaty until the move to Astana
				'US consulate-general since 2009', // bg 132
				'US honorary-consulate' // ko 70: "미국 명예영사관도 알마티에 있다"
			]
		},
		{
			city: 'Astana',
			expected: [
				'AZ embassy', // bg 23
				'TM embassy', // bg 31
				'LV embassy', // bg 91
				'RU embassy', // bg 103
				'TR office', // bg 111
				'UA embassy', // bg 115
				'GB embassy (approximate) since 1992-10', // bg 122: "има посолство в Казахстан", no city
				'US embassy since 2006' // bg 132, ko 70
			]
		},
		{ city: 'Moscow', expected: ['PH embassy', 'AL embassy', 'KZ embassy'] }, // bg 56, 83, 103
		{ city: 'Sofia', expected: ['KZ embassy since 2004-11', 'KZ honorary-consulate since 2004-11'] }, // bg 87
		{ city: 'Vilnius', expected: ['KZ embassy'] } // bg 91: serves Latvia
	];
	it.each(rows)('$city', ({ city, expected }) => {
		expect(group(city).missions.map(label).sort()).toEqual([...expected].sort());
	});

	it('counts each direction', () => {
		expect(group('Almaty').counts).toEqual({ abroad: 0, 'in-focus': 12, other: 0 });
		expect(group('Moscow').counts).toEqual({ abroad: 1, 'in-focus': 0, other: 2 });
	});

	it('makes one group marker per city with two or more missions, none for a single one', () => {
		const markers = groupPoints(missions, focus).features.map((f) => [f.properties.city, f.properties.count]);
		expect(Object.fromEntries(markers)).toEqual({
			Almaty: 12,
			Astana: 8,
			Moscow: 3,
			Sofia: 2,
			Bucharest: 2 // bg 99: embassy and honorary consulate
		});
		const moscow = groupPoints(missions, focus).features.find((f) => f.properties.city === 'Moscow');
		expect(moscow?.properties).toMatchObject({ abroad: 1, forFocus: 2 });
	});
});

describe('mission points', () => {
	const points = missionPoints(missions, focus);
	it('has one point per mission, with its index as id', () => {
		expect(points.features).toHaveLength(atlas.missions.length);
		points.features.forEach((f, i) => expect(f.properties.id).toBe(i));
	});
	const find = (sender: string, city: string, kind?: string) => {
		const f = points.features.find(
			(p) =>
				p.properties.sender === sender && p.properties.city === city && (!kind || p.properties.kind === kind)
		);
		if (!f) throw new Error(`no point for ${sender} in ${city}`);
		return f.properties;
	};
	const rows: { sender: string; city: string; expected: Record<string, unknown> }[] = [
		{ sender: 'KZ', city: 'Baku', expected: { direction: 'abroad', approximate: false, accredited: false } },
		{ sender: 'AM', city: 'Almaty', expected: { direction: 'in-focus', grouped: true } },
		// bg 56: the Philippines serve Kazakhstan from their embassy in Moscow.
		{ sender: 'PH', city: 'Moscow', expected: { direction: 'other', accredited: true, host: 'RU' } },
		// bg 122-124: the UK embassy "in Kazakhstan", no city: placed at the capital, drawn as approximate.
		{ sender: 'GB', city: 'Astana', expected: { direction: 'in-focus', approximate: true } },
		{ sender: 'KZ', city: 'London', expected: { direction: 'abroad', approximate: true, grouped: false } },
		{ sender: 'KZ', city: 'Vilnius', expected: { accredited: true, grouped: false } },
		{ sender: 'KZ', city: 'Omsk', expected: { kind: 'consulate-general', host: 'RU', grouped: false } }
	];
	it.each(rows)('$sender in $city', ({ sender, city, expected }) => {
		expect(find(sender, city)).toMatchObject(expected);
	});
});

describe('connection arcs', () => {
	const arcs = connectionArcs(missions, focus, capitals).features;
	const arc = (from: string, to: string, dashed: boolean, at?: string) =>
		arcs.filter(
			(a) =>
				a.properties.from === from &&
				a.properties.to === to &&
				a.properties.dashed === dashed &&
				(!at || missions[a.properties.mission].city === at)
		);
	const near = (p: Position | undefined, q: Position) => {
		expect(p).toBeDefined();
		expect(angularDistance(p!, q)).toBeLessThan(0.01);
	};
	const rows: {
		name: string;
		from: string;
		to: string;
		dashed: boolean;
		at?: string;
		start: string;
		end: string;
	}[] = [
		// Kazakhstan's own missions start at its capital, not at any of its missions' cities.
		{ name: 'Astana to Baku', from: 'KZ', to: 'AZ', dashed: false, start: 'KZ', end: 'Baku' },
		{
			name: 'Moscow to Almaty (Russian consulate)',
			from: 'RU',
			to: 'KZ',
			dashed: false,
			at: 'Almaty',
			start: 'RU',
			end: 'Almaty'
		},
		{
			name: 'Manila to Moscow (Philippine embassy)',
			from: 'PH',
			to: 'RU',
			dashed: false,
			start: 'PH',
			end: 'Moscow'
		},
		// bg 56: that embassy serves Kazakhstan: a dashed arc Moscow to Astana.
		{ name: 'Moscow to Kazakhstan, dashed', from: 'RU', to: 'KZ', dashed: true, start: 'Moscow', end: 'KZ' },
		// bg 91: Kazakhstan's embassy in Vilnius serves Latvia.
		{ name: 'Vilnius to Latvia, dashed', from: 'LT', to: 'LV', dashed: true, start: 'Vilnius', end: 'LV' },
		// bg 83 and 111: Kazakhstan's embassy in Ankara serves Albania.
		{ name: 'Ankara to Albania, dashed', from: 'TR', to: 'AL', dashed: true, start: 'Ankara', end: 'AL' }
	];
	const place = (name: string): Position => {
		const capital = capitals[name];
		if (capital) return [capital.lon, capital.lat];
		const m = missions.find((x) => x.city === name)!;
		return [m.lon!, m.lat!];
	};
	it.each(rows)('$name', ({ from, to, dashed, at, start, end }) => {
		const found = arc(from, to, dashed, at);
		expect(found.length).toBeGreaterThan(0);
		const line = found[0].geometry.coordinates;
		near(line[0], place(start));
		near(line.at(-1), place(end));
	});

	it('gives every mission a solid arc from its sender’s capital', () => {
		const solid = arcs.filter((a) => !a.properties.dashed).map((a) => a.properties.mission);
		expect(solid.sort((a, b) => a - b)).toEqual(missions.map((_, i) => i));
	});

	it('has exactly the four dashed arcs the documents state', () => {
		expect(
			arcs
				.filter((a) => a.properties.dashed)
				.map((a) => `${a.properties.from}>${a.properties.to}`)
				.sort()
		).toEqual(['LT>LV', 'RU>KZ', 'RU>KZ', 'TR>AL']);
	});

	it('never jumps more than 180 degrees of longitude between two points (no streak across the map)', () => {
		for (const a of arcs) {
			const line = a.geometry.coordinates;
			for (let i = 1; i < line.length; i++) expect(Math.abs(line[i][0] - line[i - 1][0])).toBeLessThan(180);
		}
	});

	it('finds every capital it needs', () => {
		expect(missingCapitals(missions, capitals)).toEqual([]);
		expect(missingCapitals(missions, {})).toContain('KZ');
	});

	it('draws nothing for a mission in its sender’s own capital, and skips unknown capitals', () => {
		const own: MissionPlace = { ...missions[1], sender: 'AZ', host: 'AZ' };
		expect(connectionArcs([own], focus, capitals).features).toEqual([]);
		expect(connectionArcs([missions[1]], focus, {}).features).toEqual([]);
	});

	it('does not mutate its input', () => {
		const copy = structuredClone(missions);
		connectionArcs(missions, focus, capitals);
		missionPoints(missions, focus);
		groupPoints(missions, focus);
		expect(missions).toEqual(copy);
	});
});

describe('great circles', () => {
	const rows: { name: string; a: Position; b: Position; check: (line: Position[]) => void }[] = [
		{
			name: 'along the equator it stays on the equator',
			a: [0, 0],
			b: [90, 0],
			check: (line) => line.forEach(([, lat]) => expect(Math.abs(lat)).toBeLessThan(1e-9))
		},
		{
			name: 'across the antimeridian it runs on past 180',
			a: [170, 10],
			b: [-170, 10],
			check: (line) => {
				expect(line.at(-1)![0]).toBeCloseTo(190, 9);
				expect(Math.max(...line.map(([lon]) => lon))).toBeLessThanOrEqual(190);
			}
		},
		{
			name: 'Astana to Washington bends north of both',
			a: [71.45, 51.18],
			b: [-77.04, 38.9],
			check: (line) => expect(Math.max(...line.map(([, lat]) => lat))).toBeGreaterThan(70)
		},
		{
			name: 'the same point gives two points',
			a: [10, 10],
			b: [10, 10],
			check: (line) =>
				expect(line).toEqual([
					[10, 10],
					[10, 10]
				])
		}
	];
	it.each(rows)('$name', ({ a, b, check }) => {
		const line = greatCircle(a, b);
		expect(line[0]).toEqual(a);
		check(line);
	});

	it.each([
		{
			input: [
				[170, 0],
				[-175, 0],
				[-160, 0]
			] as Position[],
			expected: [
				[170, 0],
				[185, 0],
				[200, 0]
			]
		},
		{
			input: [
				[-170, 0],
				[175, 0]
			] as Position[],
			expected: [
				[-170, 0],
				[-185, 0]
			]
		},
		{
			input: [
				[10, 0],
				[20, 0]
			] as Position[],
			expected: [
				[10, 0],
				[20, 0]
			]
		}
	])('unwraps $input', ({ input, expected }) => {
		expect(unwrapLongitudes(input)).toEqual(expected);
	});
});

describe('words', () => {
	it.each([
		{ m: { since: '2009', until: null }, expected: 'since 2009' },
		{ m: { since: '1992-01', until: '2006' }, expected: 'January 1992 to 2006' },
		{ m: { since: null, until: '2006' }, expected: 'until 2006' },
		{ m: { since: null, until: null }, expected: '' }
	])('$expected', ({ m, expected }) => expect(missionPeriod(m)).toBe(expected));

	it('classes direction from the focus', () => {
		expect(direction({ sender: 'KZ', host: 'TR' }, 'KZ')).toBe('abroad');
		expect(direction({ sender: 'TR', host: 'KZ' }, 'KZ')).toBe('in-focus');
		expect(direction({ sender: 'AL', host: 'RU' }, 'KZ')).toBe('other');
	});
});

describe('the payload sent to the browser', () => {
	it('cuts each mission’s sentence out of its document and marks the words that name it', () => {
		const us = payload.missions.find((m) => m.sender === 'US' && m.kind === 'honorary-consulate');
		const s = us?.statements[0];
		expect(s?.lang).toBe('ko');
		expect(s?.text).toContain('명예영사관');
		expect(s?.marks.map((k) => s.text.slice(k.start, k.end))).toEqual(
			expect.arrayContaining([expect.stringContaining('알마티')])
		);
		for (const m of payload.missions)
			for (const st of m.statements)
				for (const k of st.marks)
					expect(0 <= k.start && k.start < k.end && k.end <= st.text.length).toBe(true);
	});
});

describe('marked segments of a sentence', () => {
	it.each([
		{ text: 'abcdef', marks: [], expected: [['abcdef', false]] },
		{
			text: 'abcdef',
			marks: [{ start: 1, end: 3 }],
			expected: [
				['a', false],
				['bc', true],
				['def', false]
			]
		},
		// A mark over the whole sentence singles nothing out, so it is not drawn.
		{ text: 'abcdef', marks: [{ start: 0, end: 6 }], expected: [['abcdef', false]] },
		{
			text: 'abcdef',
			marks: [
				{ start: 4, end: 5 },
				{ start: 0, end: 2 }
			],
			expected: [
				['ab', true],
				['cd', false],
				['e', true],
				['f', false]
			]
		},
		{
			text: 'abcdef',
			marks: [
				{ start: 1, end: 4 },
				{ start: 2, end: 5 }
			],
			// Overlapping marks make one marked run.
			expected: [
				['a', false],
				['bcde', true],
				['f', false]
			]
		},
		{
			text: 'abc',
			marks: [{ start: 2, end: 99 }],
			expected: [
				['ab', false],
				['c', true]
			]
		}
	])('$text $marks', ({ text, marks, expected }) => {
		const segments = segment(
			text,
			0,
			marks.map((m) => ({ ...m, kind: 'mission' as const }))
		);
		expect(segments.map((s) => [s.text, s.facts.length > 0])).toEqual(expected);
		expect(segments.map((s) => s.text).join('')).toBe(text);
	});

	it('names every country a mission names', () => {
		expect(payload.names).toMatchObject({ KZ: 'Kazakhstan', LV: 'Latvia', AL: 'Albania', PH: 'Philippines' });
	});
});
