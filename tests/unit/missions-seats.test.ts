/**
 * Where a mission whose sentence names no city stands, through time (view/missions-seats.ts), on hand-made fixtures.
 * The expected places and years are read from the sources of data/embassy-seats.json, not from the program: Akmola
 * became Kazakhstan's capital on 10 December 1997 (Kazinform), Germany's government moved from Bonn to Berlin in 1999
 * (US State Department), most embassies in the Netherlands stand in The Hague, and Myanmar's embassies stayed in
 * Yangon when the government moved to Naypyidaw (Wikipedia). The UK's embassy in Kazakhstan is the seed's: "The UK
 * opened an embassy in Kazakhstan in October 1992" (en-wikipedia-kazakhstan-uk), no city named.
 */
import { describe, expect, it } from 'vitest';
import type { FilterSpecification } from 'maplibre-gl';
import {
	fillSeats,
	holds,
	homeAsOf,
	missionsAsOf,
	placeAsOf,
	placements,
	seatOf,
	type Seats
} from '../../src/lib/view/missions-seats';
import type { MissionPlace, MissionsPayload } from '../../src/lib/view/missions';
import { markerTooltip, placementNote } from '../../src/lib/view/missions-by-city';
import { missionSources, NOT_VARIANT } from '../../src/lib/map/mission-style';
import { missionYearFilters, yearFeatureIds } from '../../src/lib/map/time-missions';
import { parseSeats } from '../../src/lib/server/view/seats-file';
import { AtlasError } from '../../src/lib/pipeline/problems';
import { describeMission } from '../../src/lib/view/panel/glosses';
import { context } from '../../src/lib/view/panel/context';
import type { Atlas, Mission } from '../../src/lib/atlas/types';

const ALMATY = { city: 'Almaty', geonameId: 1526384, lon: 76.92861, lat: 43.25667 };
const ASTANA = { city: 'Astana', geonameId: 1526273, lon: 71.44598, lat: 51.1801 };
const BONN = { city: 'Bonn', geonameId: 2946447, lon: 7.09549, lat: 50.73438 };
const BERLIN = { city: 'Berlin', geonameId: 2950159, lon: 13.41053, lat: 52.52437 };
const THE_HAGUE = { city: 'The Hague', geonameId: 2747373, lon: 4.29861, lat: 52.07667 };
const AMSTERDAM = { city: 'Amsterdam', geonameId: 2759794, lon: 4.88969, lat: 52.37403 };
const YANGON = { city: 'Yangon', geonameId: 1298824, lon: 96.15611, lat: 16.80528 };
const NAYPYIDAW = { city: 'Nay Pyi Taw', geonameId: 6611854, lon: 96.12972, lat: 19.745 };
const LONDON = { city: 'London', geonameId: 2643743, lon: -0.12574, lat: 51.50853 };

const SEATS: Seats = {
	KZ: fillSeats([{ ...ALMATY, from: null, until: '1997-12-10', seatOfGovernment: true }], ASTANA),
	DE: fillSeats([{ ...BONN, from: null, until: '1999', seatOfGovernment: true }], BERLIN),
	NL: fillSeats([{ ...THE_HAGUE, from: null, until: null, seatOfGovernment: true }], AMSTERDAM),
	MM: fillSeats([{ ...YANGON, from: null, until: null, seatOfGovernment: false }], NAYPYIDAW)
};

/** A mission as the pipeline places it: at its stated city, or at the gazetteer's capital of its host. */
function mission(
	sender: string,
	host: string,
	at: { city: string; geonameId: number; lon: number; lat: number },
	cityStated: boolean,
	since: string | null
): MissionPlace {
	return { sender, host, kind: 'embassy', ...at, cityStated, accreditedTo: [], since, until: null };
}

const UK_IN_KZ = mission('GB', 'KZ', ASTANA, false, '1992-10');
const US_IN_ALMATY = mission('US', 'KZ', ALMATY, true, '1992-01');
const KZ_IN_NL = mission('KZ', 'NL', AMSTERDAM, false, null);
const DE_IN_KZ = mission('DE', 'KZ', ASTANA, false, null);
const KZ_IN_MM = mission('KZ', 'MM', NAYPYIDAW, false, null);

describe('the table filled out with the capital', () => {
	it('holds Almaty until Akmola became the capital on 10 December 1997, and Astana after', () => {
		expect(SEATS.KZ.map((s) => [s.city, s.from, s.until, s.capital])).toEqual([
			['Almaty', null, '1997-12-10', false],
			['Astana', '1997-12-10', null, true]
		]);
	});

	it('leaves a country whose entry holds throughout with that entry alone', () => {
		expect(SEATS.NL.map((s) => s.city)).toEqual(['The Hague']);
	});

	it('fills the span before an entry that begins later, and none where the gazetteer names no capital', () => {
		const later = fillSeats([{ ...BERLIN, from: '1999', until: null, seatOfGovernment: true }], BONN);
		expect(later.map((s) => [s.city, s.from, s.until])).toEqual([
			['Bonn', null, '1999'],
			['Berlin', '1999', null]
		]);
		expect(fillSeats([{ ...ALMATY, from: null, until: '1997', seatOfGovernment: true }], null)).toHaveLength(
			1
		);
	});
});

describe('the rule: as of the end of the year', () => {
	it('places the embassies at Almaty through 1996, at Astana from 1997 (the move of 10 December) and today', () => {
		expect(seatOf(SEATS, 'KZ', 1991)?.city).toBe('Almaty');
		expect(seatOf(SEATS, 'KZ', 1996)?.city).toBe('Almaty');
		expect(seatOf(SEATS, 'KZ', 1997)?.city).toBe('Astana');
		expect(seatOf(SEATS, 'KZ', null)?.city).toBe('Astana');
	});

	it('places Germany’s at Bonn through 1998 and at Berlin from 1999', () => {
		expect(seatOf(SEATS, 'DE', 1998)?.city).toBe('Bonn');
		expect(seatOf(SEATS, 'DE', 1999)?.city).toBe('Berlin');
	});

	it('reads a day, a month and a year alike: by its year', () => {
		expect(holds({ from: '1992-10', until: null }, 1992)).toBe(true);
		expect(holds({ from: '1993', until: null }, 1992)).toBe(false);
		expect(holds({ from: null, until: '1999-06-30' }, 1998)).toBe(true);
		expect(holds({ from: null, until: '1999-06-30' }, 1999)).toBe(false);
		expect(holds({ from: null, until: '1999' }, null)).toBe(false);
	});

	it('knows nothing of a country the table does not name', () => {
		expect(seatOf(SEATS, 'FR', 1995)).toBeUndefined();
	});
});

describe('a mission whose sentence names no city', () => {
	it('stands at Almaty in 1995 and at Astana today: the UK’s embassy of October 1992', () => {
		expect(placeAsOf(UK_IN_KZ, SEATS, 1995)).toMatchObject({ city: 'Almaty', geonameId: 1526384 });
		expect(placeAsOf(UK_IN_KZ, SEATS, null)).toMatchObject({ city: 'Astana', geonameId: 1526273 });
	});

	it('stands in The Hague, not Amsterdam, in every year', () => {
		expect(placeAsOf(KZ_IN_NL, SEATS, 1995).city).toBe('The Hague');
		expect(placeAsOf(KZ_IN_NL, SEATS, null).city).toBe('The Hague');
	});

	it('keeps a stated city whatever the year: the US embassy stated in Almaty', () => {
		expect(placeAsOf(US_IN_ALMATY, SEATS, 2010)).toBe(US_IN_ALMATY);
	});

	it('says where it is placed and why', () => {
		expect(placementNote(UK_IN_KZ, SEATS, 1995)).toBe(
			'Placed at Almaty, where the embassies were in 1995: the sentence names no city.'
		);
		expect(placementNote(UK_IN_KZ, SEATS, null)).toBe(
			'Placed at Astana, the capital: the sentence names no city.'
		);
		expect(placementNote(UK_IN_KZ, SEATS, 2000)).toBe(
			'Placed at Astana, the capital in 2000: the sentence names no city.'
		);
		expect(placementNote(KZ_IN_NL, SEATS, null)).toBe(
			'Placed at The Hague, where the embassies are: the sentence names no city.'
		);
		expect(placementNote(US_IN_ALMATY, SEATS, 1995)).toBeNull();
	});
});

describe('the arcs from a sender’s capital', () => {
	const capitals = { KZ: ASTANA, DE: BERLIN, MM: NAYPYIDAW, GB: LONDON };

	it('start at its seat of government then: Almaty in 1995, Bonn in 1998', () => {
		expect(homeAsOf(capitals, SEATS, 'KZ', 1995)?.city).toBe('Almaty');
		expect(homeAsOf(capitals, SEATS, 'KZ', null)?.city).toBe('Astana');
		expect(homeAsOf(capitals, SEATS, 'DE', 1998)?.city).toBe('Bonn');
	});

	it('stay at the capital where the embassies stand elsewhere but the government does not: Naypyidaw', () => {
		expect(homeAsOf(capitals, SEATS, 'MM', 2010)?.city).toBe('Nay Pyi Taw');
	});
});

const PAYLOAD: MissionsPayload = {
	focus: 'KZ',
	missions: [UK_IN_KZ, US_IN_ALMATY, KZ_IN_NL, DE_IN_KZ, KZ_IN_MM].map((m) => ({ ...m, statements: [] })),
	capitals: { KZ: ASTANA, DE: BERLIN, GB: LONDON, US: { city: 'Washington', lon: -77.03637, lat: 38.89511 } },
	names: { GB: 'United Kingdom', KZ: 'Kazakhstan', US: 'United States', NL: 'Netherlands', DE: 'Germany' },
	seats: SEATS
};

describe('the missions as of a year (the SVG map of a year)', () => {
	it('moves the missions with no city and the arcs’ start, and nothing else', () => {
		const in1995 = missionsAsOf(PAYLOAD, 1995);
		expect(in1995.missions.map((m) => m.city)).toEqual(['Almaty', 'Almaty', 'The Hague', 'Almaty', 'Yangon']);
		expect(in1995.capitals.KZ.city).toBe('Almaty');
		expect(in1995.capitals.DE.city).toBe('Bonn');
		expect(in1995.capitals.US.city).toBe('Washington');
		expect(missionsAsOf(PAYLOAD, 2005).capitals.DE.city).toBe('Berlin');
	});
});

describe('the copies the map draws for past years', () => {
	const placed = placements(PAYLOAD);

	it('makes one copy per mission placed elsewhere than today, numbered after the missions', () => {
		// The UK's (Almaty), KZ's in the Netherlands and Myanmar (the arc from Almaty), Germany's (Almaty, from Bonn).
		expect(placed.variants.map((v) => [v.mission, v.id, v.place.city, v.home?.city])).toEqual([
			[0, 5, 'Almaty', 'London'],
			[2, 6, 'The Hague', 'Almaty'],
			[3, 7, 'Almaty', 'Bonn'],
			[4, 8, 'Yangon', 'Almaty'],
			[3, 9, 'Astana', 'Bonn']
		]);
	});

	it('shows each copy in its years only', () => {
		expect([...placed.at(1995)]).toEqual([
			[0, 5],
			[2, 6],
			[3, 7],
			[4, 8]
		]);
		// 1997: the capital is Astana; Germany's government still in Bonn.
		expect([...placed.at(1997)]).toEqual([[3, 9]]);
		expect([...placed.at(1999)]).toEqual([]);
		expect(yearFeatureIds([0, 1, 3], placed.at(1995))).toEqual([5, 1, 7]);
	});

	it('draws a copy as a feature of its own that answers a pick as its mission, hidden but on the timeline', () => {
		const sources = missionSources(PAYLOAD);
		const points = sources.missions.data as GeoJSON.FeatureCollection;
		const copy = points.features.find((f) => f.id === 5);
		expect(copy?.geometry).toEqual({ type: 'Point', coordinates: [ALMATY.lon, ALMATY.lat] });
		expect(copy?.properties).toMatchObject({ id: 0, variant: true, approximate: true, grouped: false });
		const arcs = sources.arcs.data as GeoJSON.FeatureCollection<GeoJSON.LineString>;
		const fromBonn = arcs.features.find((f) => f.properties?.mission === 7);
		expect(fromBonn?.geometry.coordinates[0]).toEqual([BONN.lon, BONN.lat]);
		expect(fromBonn?.geometry.coordinates.at(-1)).toEqual([ALMATY.lon, ALMATY.lat]);

		const has = (filter: unknown): boolean => JSON.stringify(filter).includes(JSON.stringify(NOT_VARIANT));
		const layers = new Set(['missions-abroad', 'missions-in-focus', 'connections'] as const);
		const own = missionYearFilters(layers, false);
		const timeline = missionYearFilters(layers, true);
		expect(has(own['missions-in-focus'])).toBe(true);
		expect(has(own['mission-arcs'])).toBe(true);
		expect(Object.values(timeline).some((f: FilterSpecification) => has(f))).toBe(false);
	});

	it('words the tooltip of a copy as of the year shown', () => {
		const tip = markerTooltip({ kind: 'mission', id: 0 }, PAYLOAD, new Set(['in-focus'] as const), 1995);
		expect(tip?.note).toBe('Placed at Almaty, where the embassies were in 1995: the sentence names no city.');
	});
});

describe('the table’s file', () => {
	const cities = new Map([
		[1526384, { name: 'Almaty', country: 'KZ', lon: ALMATY.lon, lat: ALMATY.lat }],
		[2946447, { name: 'Bonn', country: 'DE', lon: BONN.lon, lat: BONN.lat }]
	]);
	const capital = (code: string) => (code === 'KZ' ? ASTANA : code === 'DE' ? BERLIN : null);
	const entry = (over: Record<string, unknown>) => ({
		country: 'KZ',
		city: 'Almaty',
		geonameId: 1526384,
		from: null,
		until: '1997-12-10',
		seatOfGovernment: true,
		source: 'https://example.org/astana',
		quote: 'on December 10, 1997, Akmola has officially been declared the new capital',
		...over
	});
	const parse = (seats: unknown[]) =>
		parseSeats(
			JSON.stringify({ about: '', seats }),
			'data/embassy-seats.json',
			(id) => cities.get(id),
			capital
		);
	const problems = (seats: unknown[]): string => {
		try {
			parse(seats);
		} catch (e) {
			if (e instanceof AtlasError) return e.message;
			throw e;
		}
		throw new Error('no error');
	};

	it('resolves an entry and fills in the capital after it', () => {
		expect(parse([entry({})]).KZ.map((s) => s.city)).toEqual(['Almaty', 'Astana']);
	});

	it('names the file and the entry of an id the gazetteer gives another city', () => {
		expect(problems([entry({ geonameId: 2946447 })])).toMatch(
			/^data\/embassy-seats\.json: seats\[0\] \(KZ, Almaty\): GeoNames id 2946447 is Bonn \(DE\)/
		);
	});

	it('names an id the gazetteer lacks, a date not written as one, a missing source and a missing quote', () => {
		expect(problems([entry({ geonameId: 99 })])).toMatch(/no city with GeoNames id 99/);
		expect(problems([entry({ until: '10.12.1997' })])).toMatch(
			/seats\.0\.until \(KZ\): a date is written YYYY/
		);
		expect(problems([entry({ source: 'Kazinform' })])).toMatch(
			/seats\.0\.source \(KZ\): a source is a web address/
		);
		expect(problems([entry({ quote: '' })])).toMatch(/seats\.0\.quote \(KZ\): quote the words of the source/);
	});

	it('refuses two places at once, and a span that ends before it begins', () => {
		expect(problems([entry({}), entry({ from: '1995', until: null })])).toMatch(
			/KZ: Almaty and Almaty hold at the same time/
		);
		expect(problems([entry({ from: '1998', until: '1997' })])).toMatch(/ends \(1997\) in or before/);
	});

	it('names the file of text that is not JSON', () => {
		expect(() =>
			parseSeats(
				'{',
				'data/embassy-seats.json',
				() => undefined,
				() => null
			)
		).toThrow(/^data\/embassy-seats\.json: not valid JSON/);
	});
});

describe('the panel’s line of a mission with no city', () => {
	// A minimal atlas: the panel's look-ups read its documents and countries only.
	const atlas = { documents: [], countries: [] } as unknown as Atlas;
	const ISRAEL = { city: 'Tel Aviv', geonameId: 293397, lon: 34.78057, lat: 32.08088 };
	const seats: Seats = {
		...SEATS,
		IL: fillSeats([{ ...ISRAEL, from: null, until: null, seatOfGovernment: false }], null)
	};
	const line = (m: MissionPlace, withSeats: Seats) =>
		describeMission(context(atlas, undefined, withSeats), m as Mission, 'KZ', true);

	it('frames it where the map draws it: The Hague, not the capital the atlas gives', () => {
		expect(line(KZ_IN_NL, seats).at).toEqual([THE_HAGUE.lon, THE_HAGUE.lat]);
		expect(line(KZ_IN_NL, {}).at).toEqual([AMSTERDAM.lon, AMSTERDAM.lat]);
	});

	it('puts a mission in Israel, whose capital the gazetteer does not name, on the map at Tel Aviv', () => {
		const inIsrael = { ...KZ_IN_NL, host: 'IL', city: null, geonameId: null, lon: null, lat: null };
		expect(line(inIsrael, {}).notes).toContain('city not stated, not on the map');
		expect(line(inIsrael, seats).notes).toContain('city not stated');
		expect(line(inIsrael, seats).at).toEqual([ISRAEL.lon, ISRAEL.lat]);
	});
});
