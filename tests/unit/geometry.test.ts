/**
 * The geometry pipeline: world-atlas 50m -> shapes keyed on ISO codes, fixed for a flat map.
 * Expected values come from geography, not from the program's output.
 */
import type { Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { decodeAsset, SMALL_STATE_KM2, type DecodedAsset } from '$lib/map/asset';
import { isoLookup } from '$lib/server/geo/codes';
import { MAP_CODES } from '$lib/view/map-codes';
import {
	buildAsset,
	countryPoints,
	countryShapes,
	fixGeometry,
	unwrapRing,
	type CountryPoint,
	type CountryShape,
	type WorldTopology
} from '$lib/server/geo/geometry';

const topology = world as unknown as WorldTopology;

let shapes: CountryShape[];
let points: CountryPoint[];
let asset: DecodedAsset;
const shape = (code: string) => shapes.find((s) => s.code === code);
const point = (code: string) => {
	const p = points.find((x) => x.code === code);
	if (!p) throw new Error(`no point for ${code}`);
	return p;
};

beforeAll(() => {
	const before = JSON.stringify(topology);
	const built = countryShapes(topology, isoLookup);
	shapes = built.shapes;
	points = countryPoints(shapes, built.names);
	asset = decodeAsset(buildAsset(topology, isoLookup));
	// The pipeline must not touch world-atlas's module-level JSON (merge() marks arcs while it works).
	expect(JSON.stringify(topology)).toBe(before);
});

function signedArea(ring: Position[]): number {
	let a = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
		a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
	return a / 2;
}

describe('codes', () => {
	it('gives every shape a distinct ISO-style code', () => {
		const codes = shapes.map((s) => s.code);
		for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
		expect(new Set(codes).size).toBe(codes.length);
		// 241 world-atlas features: Somaliland, N. Cyprus and Ashmore merge into their states, the Indian Ocean
		// Territories split in two.
		expect(codes.length).toBe(241 - 3 + 1);
	});

	it('matches the golden list the legend counts with', () => {
		expect(shapes.map((s) => s.code)).toEqual(MAP_CODES);
	});

	it.each(['AD', 'MC', 'VA', 'GD', 'BB', 'SC', 'WS', 'TO', 'FJ', 'SM', 'LI', 'MT'])(
		'keeps the small state %s, which 110m drops, and marks it small',
		(code) => {
			expect(shape(code)).toBeDefined();
			expect(point(code).area).toBeLessThan(SMALL_STATE_KM2);
		}
	);

	it.each(['KZ', 'US', 'RU', 'CN', 'KR', 'BG', 'AQ'])('has %s', (code) => {
		expect(shape(code)).toBeDefined();
	});

	it('codes the features world-atlas leaves without an id', () => {
		expect(point('XK').name).toBe('Kosovo');
		// Christmas Island (~135 km2, 105.6 E) and the Cocos Islands (~14 km2, 96.8 E).
		expect(point('CX').label[0]).toBeCloseTo(105.6, 0);
		expect(point('CC').label[0]).toBeCloseTo(96.8, 0);
		// Somalia with Somaliland is about 638,000 km2; Cyprus with the north about 9,250 km2.
		expect(point('SO').area).toBeGreaterThan(600_000);
		expect(point('CY').area).toBeGreaterThan(8_500);
	});

	it('names countries in short English', () => {
		expect(point('RU').name).toBe('Russia');
		expect(point('KZ').name).toBe('Kazakhstan');
	});
});

describe('antimeridian and pole', () => {
	const rings = () =>
		shapes.flatMap((s) => s.geometry.coordinates.flatMap((p) => p.map((ring) => ({ code: s.code, ring }))));

	it('has no segment that jumps across the map (a horizontal streak), but along the pole', () => {
		for (const { code, ring } of rings()) {
			for (let i = 1; i < ring.length; i++) {
				const step = Math.abs(ring[i][0] - ring[i - 1][0]);
				// Along the pole itself a segment is a point on the sphere and off the Mercator map: no streak.
				const alongPole = Math.abs(ring[i][1]) === 90 && ring[i][1] === ring[i - 1][1];
				if (step > 180 && !alongPole) throw new Error(`${code}: a segment jumps ${step} degrees`);
			}
		}
	});

	it('has no ring wider than 180 degrees, except Antarctica which is closed along the pole', () => {
		for (const { code, ring } of rings()) {
			const xs = ring.map(([x]) => x);
			const width = Math.max(...xs) - Math.min(...xs);
			if (code === 'AQ' && width > 180) {
				expect(width).toBeCloseTo(360, 0);
				expect(Math.min(...ring.map(([, y]) => y))).toBe(-90);
			} else if (width > 180) throw new Error(`${code}: a ring spans ${width} degrees of longitude`);
		}
	});

	it('fills Antarctica: about 12-14 million km2, reaching the pole', () => {
		expect(point('AQ').area).toBeGreaterThan(11_000_000);
		expect(point('AQ').area).toBeLessThan(15_000_000);
		expect(point('AQ').bounds[1]).toBe(-90);
	});

	it('winds exteriors counterclockwise and holes clockwise (RFC 7946), as MapLibre expects', () => {
		for (const s of shapes) {
			for (const polygon of s.geometry.coordinates) {
				expect(signedArea(polygon[0]), `${s.code} exterior`).toBeGreaterThan(0);
				for (const hole of polygon.slice(1)) expect(signedArea(hole), `${s.code} hole`).toBeLessThan(0);
			}
		}
	});

	it('keeps Fiji in one span across 180 (its islands lie between 177 E and 178 W)', () => {
		const [w, s, e, n] = point('FJ').bounds;
		expect(w).toBeGreaterThan(176);
		expect(e).toBeGreaterThanOrEqual(180);
		expect(e - w).toBeLessThan(8);
		expect(s).toBeGreaterThan(-22);
		expect(n).toBeLessThan(-12);
	});

	it("continues Russia past 180 to Chukotka's Cape Dezhnev (169.7 W = 190.3 E)", () => {
		const [w, s, e, n] = point('RU').bounds;
		expect(w).toBeGreaterThan(19);
		expect(w).toBeLessThan(30);
		expect(e).toBeCloseTo(190.3, 0);
		expect(s).toBeGreaterThan(41);
		expect(n).toBeGreaterThan(77);
	});

	it('frames the United States on its 48 states and Alaska, not the Aleutians past 180', () => {
		const [w, , e] = point('US').bounds;
		expect(w).toBeGreaterThan(-180);
		expect(e).toBeCloseTo(-67, 0);
	});
});

describe('points', () => {
	it('puts one point per shape', () => {
		expect(points.map((p) => p.code)).toEqual(shapes.map((s) => s.code));
	});

	it('measures areas within a few per cent (Kazakhstan 2,725,000 km2, Australia 7,690,000 km2)', () => {
		expect(point('KZ').area / 2_725_000).toBeCloseTo(1, 1);
		expect(point('AU').area / 7_690_000).toBeCloseTo(1, 1);
	});

	it('labels Kazakhstan inside its borders, away from the edges', () => {
		const [x, y] = point('KZ').label;
		expect(x).toBeGreaterThan(55);
		expect(x).toBeLessThan(80);
		expect(y).toBeGreaterThan(44);
		expect(y).toBeLessThan(52);
	});
});

describe('asset', () => {
	it('decodes to the same countries and one point each, in TopoJSON', () => {
		expect(asset.countries.features.map((f) => f.properties.code)).toEqual(shapes.map((s) => s.code));
		expect(asset.points.features.map((f) => f.properties.code)).toEqual(shapes.map((s) => s.code));
		const fiji = asset.points.features.find((f) => f.properties.code === 'FJ');
		expect(fiji?.properties.small).toBe(true);
		expect(asset.points.features.find((f) => f.properties.code === 'KZ')?.properties.small).toBe(false);
	});
});

describe('unwrapRing and fixGeometry', () => {
	const rows: { name: string; ring: Position[]; expected: Position[] }[] = [
		{
			name: 'leaves a ring that does not cross alone',
			ring: [
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 0]
			],
			expected: [
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 0]
			]
		},
		{
			name: 'continues east past +180',
			ring: [
				[179, 0],
				[-179, 0],
				[-179, 1],
				[179, 0]
			],
			expected: [
				[179, 0],
				[181, 0],
				[181, 1],
				[179, 0]
			]
		},
		{
			name: 'continues west past -180',
			ring: [
				[-179, 0],
				[179, 0],
				[179, 1],
				[-179, 0]
			],
			expected: [
				[-179, 0],
				[-181, 0],
				[-181, 1],
				[-179, 0]
			]
		}
	];
	it.each(rows)('$name', ({ ring, expected }) => {
		const copy = structuredClone(ring);
		expect(unwrapRing(ring)).toEqual(expected);
		expect(ring).toEqual(copy);
	});

	it('closes a ring around the south pole along the pole, counterclockwise, without mutating its input', () => {
		const ring: Position[] = [
			[-180, -70],
			[-90, -70],
			[0, -70],
			[90, -70],
			[180, -70],
			[-180, -70]
		];
		// world-atlas writes the last point as the first again (-180 = +180): unwrapped it is +180.
		const input = { type: 'Polygon' as const, coordinates: [ring] };
		const copy = structuredClone(input);
		const fixed = fixGeometry(input);
		expect(input).toEqual(copy);
		const out = fixed.coordinates[0][0];
		expect(Math.min(...out.map(([, y]) => y))).toBe(-90);
		expect(signedArea(out)).toBeGreaterThan(0);
	});
});
