// @vitest-environment jsdom
/**
 * The SVG first map (src/lib/server/view/first-map.ts) and the first view it shares with MapLibre
 * (src/lib/map/first-view.ts). Web Mercator's values come from its definition (EPSG:3857 as MapLibre tiles it: a
 * 512-pixel world at zoom 0, latitude 85.0511 at its top edge); the colours are the palette's constants for the
 * fixture atlas's statuses (tests/fixtures/atlas.fixture.ts: Turkey has an embassy, Andorra none, Russia is only
 * named). That MapLibre draws the same view is the browser test's part (tests/e2e/first-map.spec.ts).
 * In jsdom, for its XML parser.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { CountriesTopology } from '$lib/map/asset';
import { boundsBox, firstViewCss, frameRoom, mercator, TILE, worldWidth } from '$lib/map/first-view';
import { countryPath, firstMapGeometry, pathData, WORLD_UNITS } from '$lib/server/geo/first-map';
import { firstMapMarkup } from '$lib/server/view/first-map';
import { isoLookup } from '$lib/server/geo/codes';
import { buildAsset, type WorldTopology } from '$lib/server/geo/geometry';
import { NO_DATA, STATUS_COLOURS } from '$lib/view/colour';
import { summarize } from '$lib/view/summary';
import { fixtureAtlas } from '../fixtures/atlas.fixture';

describe('the first view', () => {
	it('projects as Web Mercator on a 512-pixel world', () => {
		expect(mercator(0, 0)).toEqual([256, 256]);
		const [x0, y0] = mercator(-180, 85.0511287798066);
		expect(x0).toBe(0);
		expect(y0).toBeCloseTo(0, 6);
		const [x1, y1] = mercator(180, -90);
		expect(x1).toBe(TILE);
		// Beyond the limit, the edge.
		expect(y1).toBeCloseTo(TILE, 6);
		// 60°N: y = 256 - 256/π · ln(tan(75°)) = 256 - 107.3
		expect(mercator(0, 60)[1]).toBeCloseTo(
			256 - (256 / Math.PI) * Math.log(Math.tan((75 * Math.PI) / 180)),
			9
		);
	});

	it('fits the bounds into the frame, width or height whichever binds', () => {
		const box = boundsBox();
		expect(worldWidth(box.width * 2, box.height * 10)).toBeCloseTo(2 * TILE, 9);
		expect(worldWidth(box.width * 10, box.height * 1.5)).toBeCloseTo(1.5 * TILE, 9);
	});

	it('writes the same fit as CSS for the SVG', () => {
		const css = firstViewCss();
		const [, kw, kh] = /min\(calc\(100cqw\*([\d.]+)\),calc\(100cqh\*([\d.]+)\)\)/.exec(css) ?? [];
		for (const [w, h] of [
			[788, 448],
			[358, 388],
			[1428, 716]
		])
			expect(Math.min(w * Number(kw), h * Number(kh))).toBeCloseTo(worldWidth(w, h), 2);
		const [, cx] = /left:calc\(50cqw - var\(--world\)\*([\d.]+)\)/.exec(css) ?? [];
		const [, cy] = /top:calc\(50cqh - var\(--world\)\*([\d.]+)\)/.exec(css) ?? [];
		expect(Number(cx)).toBeCloseTo(boundsBox().cx / TILE, 4);
		expect(Number(cy)).toBeCloseTo(boundsBox().cy / TILE, 4);
	});

	it('gives MapLibre the frame as padding', () => {
		const rect = (left: number, top: number, right: number, bottom: number) =>
			({ left, top, right, bottom }) as DOMRectReadOnly;
		expect(frameRoom(rect(0, 0, 1280, 800), rect(16, 120, 804, 568))).toEqual({
			top: 120,
			right: 476,
			bottom: 232,
			left: 16
		});
	});
});

describe('path data', () => {
	it('writes a ring as integer moves relative to the last point, in a 4096-unit world', () => {
		// A square from (0°, 0°) to (9°, 9°): x = 4096 · (lon + 180) / 360, so 2048 and 2150.4 → 2150.
		const d = pathData([
			[
				[
					[0, 0],
					[9, 0],
					[9, 9],
					[0, 9],
					[0, 0]
				]
			]
		]);
		const [, x, y] = /^M(\d+) (\d+)l/.exec(d) ?? [];
		expect(Number(x)).toBe(WORLD_UNITS / 2);
		expect(Number(y)).toBe(WORLD_UNITS / 2);
		expect(d).toMatch(/^M2048 2048l102 0 0-\d+-102 0 0 \d+z$/);
	});

	it('drops a ring that rounds to fewer than three points', () => {
		expect(
			pathData([
				[
					[
						[0, 0],
						[0.001, 0],
						[0.001, 0.001],
						[0, 0]
					]
				]
			])
		).toBe('');
	});

	it('draws the part beyond 180° again a world to the west, as MapLibre wraps it', () => {
		const d = countryPath({
			type: 'Polygon',
			coordinates: [
				[
					[175, 60],
					[190, 60],
					[190, 65],
					[175, 65],
					[175, 60]
				]
			]
		});
		const starts = [...d.matchAll(/M(\d+) /g)].map((m) => Number(m[1]));
		// 175°E at 4096 · 355/360 = 4039; drawn again from 175 - 360 = -185°, at 4096 · -5/360 = -57.
		expect(starts[0]).toBe(Math.round((WORLD_UNITS * 355) / 360));
		expect(d).toContain(`M${Math.round((WORLD_UNITS * -5) / 360)} `);
	});
});

describe('the first map', () => {
	let markup: string;
	let svg: Document;
	beforeAll(() => {
		const asset = buildAsset(world as unknown as WorldTopology, isoLookup) as CountriesTopology;
		markup = firstMapMarkup({
			geometry: firstMapGeometry(asset),
			summaries: summarize(fixtureAtlas),
			base: '/atlas',
			pages: new Set(['TR', 'AD', 'RU', 'DE'])
		});
		svg = new DOMParser().parseFromString(markup, 'text/html');
	});

	it('colours each country as the map does in the status mode', () => {
		const fill = (code: string) =>
			svg.querySelector(`.countries path[data-code="${code}"]`)?.getAttribute('fill');
		expect(fill('TR')).toBe(STATUS_COLOURS.embassy);
		expect(fill('RU')).toBe(STATUS_COLOURS.unstated);
		expect(fill('DE')).toBe(NO_DATA);
		// Andorra is a small state: its dot carries the colour.
		expect(svg.querySelector('.small-states .dot[data-code="AD"]')?.getAttribute('stroke')).toBe(
			STATUS_COLOURS.none
		);
	});

	it('links the countries that have a page, under the base path, out of the tab order', () => {
		const link = svg.querySelector('a:has(path[data-code="TR"])');
		expect(link?.getAttribute('href')).toBe('/atlas/country/TR/');
		expect(link?.getAttribute('tabindex')).toBe('-1');
		// France has no page in this list: drawn, not linked.
		expect(svg.querySelector('path[data-code="FR"]')?.closest('a')).toBeNull();
	});

	it('is hidden from assistive technology and refers to nothing outside itself', () => {
		expect(svg.getElementById('first-map')?.getAttribute('aria-hidden')).toBe('true');
		expect(markup).not.toMatch(/https?:|url\(|<image|<script/);
	});
});
