// @vitest-environment jsdom
/**
 * The map as SVG (src/lib/map/svg.ts), drawn from the real geometry asset and the hand-made fixture atlas. Expected
 * categories and counts are read off the fixture (tests/fixtures/atlas.fixture.ts: Turkey and the United States
 * have an embassy, China, the Philippines and Albania relations, Andorra none, Russia is only named), and the
 * colours are the palette's constants; the comparison with the MapLibre map goes through the colour model and the
 * style's own fallback colour. In jsdom, for its XML parser.
 */
import type { ExpressionSpecification, FillLayerSpecification } from 'maplibre-gl';
import { beforeAll, describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { decodeAsset, type DecodedAsset } from '$lib/map/asset';
import { DIRECTION_COLOURS, KIND_RADIUS, WORLD_ZOOM_SCALE } from '$lib/map/mission-style';
import { buildStyle, INK, LAYER } from '$lib/map/style';
import { svgMapDocument, svgMapModel, wrapText, type SvgMapInput } from '$lib/map/svg';
import { LINE_HEIGHT, textWidth } from '$lib/map/svg/labels';
import { SMALL_SIZE, TEXT_SIZE } from '$lib/map/svg/types';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import type { MissionsPayload } from '$lib/view/missions';
import { MAX_LAT, viewExtent } from '$lib/map/first-view';
import { isoLookup } from '$lib/server/geo/codes';
import { buildAsset, type WorldTopology } from '$lib/server/geo/geometry';
import { colourCountries, NO_DATA, STATUS_COLOURS } from '$lib/view/colour';
import { MAP_CODES } from '$lib/view/map-codes';
import { ALL_LAYERS, layerSet } from '$lib/view/options';
import { docRef } from '$lib/view/panel';
import { summarize } from '$lib/view/summary';
import { fixtureAtlas } from '../fixtures/atlas.fixture';
import { missionsFixture } from '../fixtures/missions.fixture';

const original = getLocale;
let asset: DecodedAsset;
beforeAll(() => {
	asset = decodeAsset(buildAsset(world as unknown as WorldTopology, isoLookup));
});

const summaries = summarize(fixtureAtlas);
const documents = fixtureAtlas.documents.map(docRef);

function input(fields: Partial<SvgMapInput> = {}): SvgMapInput {
	return {
		asset,
		summaries,
		mode: 'status',
		layers: layerSet(ALL_LAYERS),
		focusName: 'Kazakhstan',
		documents,
		missions: null,
		width: 1000,
		today: '2026-12-04',
		...fields
	};
}

/** Parses the file as XML, as an SVG viewer would; fails on anything not well-formed. */
function parse(svg: string): Document {
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
	expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
	expect(doc.documentElement.localName).toBe('svg');
	return doc;
}

const fillOf = (doc: Document, code: string) =>
	doc.querySelector(`.countries path[data-code="${code}"]`)?.getAttribute('fill');

/** The key's entries as "label count", in order. */
const keyEntries = (doc: Document) =>
	[...doc.querySelectorAll('.key-entry')].map((g) => g.textContent?.replace(/\s+/g, ' ').trim());

describe('svgMapDocument', () => {
	it('is well-formed SVG with a path for every country of the documents and of the map', () => {
		const doc = parse(svgMapDocument(svgMapModel(input())));
		const codes = [...doc.querySelectorAll('.countries path')].map((p) => p.getAttribute('data-code'));
		for (const s of summaries) expect(codes).toContain(s.code);
		expect(new Set(codes)).toEqual(new Set(MAP_CODES));
		for (const path of doc.querySelectorAll('.countries path')) expect(path.getAttribute('d')).toMatch(/^M/);
	});

	// Several whole models: some 5 s on two cores shared with other work, so more than the default 5 s.
	it('fills each country as the MapLibre map does: the colour model’s colour, else the style’s fallback', () => {
		const doc = parse(svgMapDocument(svgMapModel(input())));
		// Read off the fixture.
		expect(fillOf(doc, 'TR')).toBe(STATUS_COLOURS.embassy);
		expect(fillOf(doc, 'US')).toBe(STATUS_COLOURS.embassy);
		expect(fillOf(doc, 'CN')).toBe(STATUS_COLOURS.relations);
		expect(fillOf(doc, 'AD')).toBe(STATUS_COLOURS.none);
		expect(fillOf(doc, 'RU')).toBe(STATUS_COLOURS.unstated);
		expect(fillOf(doc, 'KZ')).toBe(STATUS_COLOURS.focus);
		expect(fillOf(doc, 'FR')).toBe(NO_DATA);

		// What MapLibre paints: CountryFill sets the model's colour as feature-state, the fill layer falls back
		// to the last value of its coalesce.
		const fill = buildStyle({ data: asset, fontFaces: {} }).layers.find(
			(l) => l.id === LAYER.fill
		) as FillLayerSpecification;
		const coalesce = (fill.paint?.['fill-color'] as ExpressionSpecification)[1] as unknown[];
		const fallback = coalesce.at(-1);
		for (const mode of ['status', 'year', 'none'] as const) {
			const doc = parse(svgMapDocument(svgMapModel(input({ mode }))));
			const colours = colourCountries(summaries, mode, MAP_CODES).colours;
			for (const code of ['TR', 'US', 'CN', 'PH', 'AL', 'AD', 'RU', 'KZ', 'FR', 'BR'])
				expect(fillOf(doc, code), `${mode} ${code}`).toBe(colours.get(code) ?? fallback);
		}
	}, 20_000);

	it('holds the key with its counts, in status and in year mode', () => {
		const status = parse(svgMapDocument(svgMapModel(input())));
		expect(keyEntries(status)).toEqual([
			'Kazakhstan 1',
			'Embassy present 2',
			'Relations established 3',
			'No relations 1',
			'Relations not stated 1',
			`Not in the documents ${MAP_CODES.length - 8}`
		]);
		// Turkey, China and the Philippines began relations in 1992; Albania, the United States and Russia
		// have no year; Andorra has no relations.
		const year = parse(svgMapDocument(svgMapModel(input({ mode: 'year' }))));
		expect(keyEntries(year)).toEqual([
			'Kazakhstan 1',
			'1992 3',
			'Year not stated 3',
			'No relations 1',
			`Not in the documents ${MAP_CODES.length - 8}`
		]);
		expect(year.querySelector('.subtitle')?.textContent).toBe('Year relations began');
	});

	// Walk-through finding (stop 21): in Bulgarian the key's entries ran into the next column's. The widths are the
	// labels module's estimates, which are within a tenth of DejaVu Sans's for these scripts (labels.ts).
	it('keeps each key entry clear of the next one in its row, in every interface language', () => {
		for (const locale of ['en', 'bg', 'ko', 'ru'] as const) {
			overwriteGetLocale(() => locale);
			try {
				for (const mode of ['status', 'year'] as const) {
					const model = svgMapModel(input({ mode, missions: missionsFixture, width: 1000 }));
					const rows = new Map<number, typeof model.key.entries>();
					for (const e of model.key.entries) rows.set(e.y, [...(rows.get(e.y) ?? []), e]);
					expect(rows.size, `${locale} ${mode}: the key fills more than one row`).toBeGreaterThan(1);
					for (const row of rows.values()) {
						const xs = row.toSorted((a, b) => a.x - b.x);
						for (let i = 0; i + 1 < xs.length; i++) {
							const end =
								xs[i].x +
								18 +
								textWidth(`${xs[i].label} `, TEXT_SIZE) +
								textWidth(String(xs[i].count), SMALL_SIZE);
							expect(end, `${locale} ${mode}: “${xs[i].label}” reaches “${xs[i + 1].label}”`).toBeLessThan(
								xs[i + 1].x
							);
						}
						expect(xs.at(-1)!.x + 18, `${locale}: the last entry starts inside the picture`).toBeLessThan(
							1000
						);
					}
				}
			} finally {
				overwriteGetLocale(original);
			}
		}
	});

	it('names each document with its licence and date, and has no address in it', () => {
		const svg = svgMapDocument(svgMapModel(input()));
		const doc = parse(svg);
		const source = [...doc.querySelectorAll('.source')].map((t) => t.textContent).join(' ');
		expect(source).toContain('Външна политика на Казахстан');
		expect(source).toContain('미국-카자흐스탄 관계');
		expect(source).toContain('licence CC BY-SA)');
		expect(source).toContain('licence CC BY-NC-SA 2.0 KR');
		expect(source).toContain('retrieved 11 February 2024');
		expect(source).toContain('date unknown');
		expect(source).toContain('Made with Relations Atlas, 4 December 2026.');
		// The only "http" is the SVG namespace, which names the format and loads nothing.
		expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(
			/https?:|href|<image|url\((?!#)/i
		);
		const style = doc.querySelector('style')?.textContent ?? '';
		expect(style).toMatch(/font-family:system-ui,.*"Noto Sans CJK KR"/);
	});

	it('escapes a document’s title: text stays text', () => {
		const hostile = {
			...documents[0],
			title: '</text><script>alert("x")</script> & \'q\' <image href="http://x/">'
		};
		const svg = svgMapDocument(svgMapModel(input({ documents: [hostile] })));
		const doc = parse(svg);
		expect(doc.getElementsByTagName('script')).toHaveLength(0);
		expect(doc.getElementsByTagName('image')).toHaveLength(0);
		const source = [...doc.querySelectorAll('.source')].map((t) => t.textContent).join(' ');
		expect(source).toContain('</text><script>alert("x")</script> & \'q\'');
	});

	it('draws small-state markers, missions and city groups as the MapLibre layers do, only for the layers on', () => {
		const all = parse(svgMapDocument(svgMapModel(input({ missions: missionsFixture }))));
		// Andorra is a small state with no relations.
		const andorra = all.querySelector('.small-states circle[data-code="AD"]');
		expect(andorra?.getAttribute('fill')).toBe(STATUS_COLOURS.none);
		// Almaty holds two missions for the focus, Moscow one of the focus's and one for it; Ankara and Istanbul
		// one each of the focus's own.
		const groups = [...all.querySelectorAll('.missions text')].map((t) => t.textContent);
		expect(groups).toEqual(['2', '2']);
		const rings = [...all.querySelectorAll('.missions circle[fill="#ffffff"]')].map((c) =>
			c.getAttribute('stroke')
		);
		expect(rings.sort()).toEqual([DIRECTION_COLOURS['in-focus'], INK].sort());
		const dots = [...all.querySelectorAll(`.missions circle[fill="${DIRECTION_COLOURS.abroad}"]`)];
		const radii = dots.map((d) => Number(d.getAttribute('r'))).sort();
		expect(radii).toHaveLength(2);
		expect(radii[0]).toBeCloseTo(KIND_RADIUS.consulate * WORLD_ZOOM_SCALE, 1);
		expect(radii[1]).toBeCloseTo(KIND_RADIUS.embassy * WORLD_ZOOM_SCALE, 1);
		expect(keyEntries(all)).toContain('Kazakhstan’s mission abroad 3');
		expect(keyEntries(all)).toContain('Foreign mission in Kazakhstan 2');

		const countriesOnly = parse(
			svgMapDocument(svgMapModel(input({ missions: missionsFixture, layers: layerSet(['labels']) })))
		);
		expect(countriesOnly.querySelectorAll('.missions, .small-states, .arcs')).toHaveLength(0);
		expect(keyEntries(countriesOnly).some((e) => e?.includes('mission'))).toBe(false);
	});

	it('is as wide as asked, with the whole world in Equal Earth (about twice as wide as tall)', () => {
		const model = svgMapModel(input({ width: 1280 }));
		expect(model.width).toBe(1280);
		const doc = parse(svgMapDocument(model));
		expect(doc.documentElement.getAttribute('width')).toBe('1280');
		expect(doc.documentElement.getAttribute('viewBox')).toBe(`0 0 1280 ${model.height}`);
		expect(model.height).toBeGreaterThan(1280 / 2.1);
	});
});

describe('the part of the world on screen', () => {
	// Europe and Anatolia, as a map zoomed on Turkey might show them.
	const europe: [number, number, number, number] = [-12, 34, 46, 62];

	it('draws the countries of that part, not those far from it, cut to the map box', () => {
		const model = svgMapModel(input({ extent: europe }));
		const codes = new Set(model.countries.map((c) => c.code));
		for (const code of ['TR', 'FR', 'DE', 'PL']) expect(codes.has(code), code).toBe(true);
		for (const code of ['US', 'AU', 'CN', 'BR']) expect(codes.has(code), code).toBe(false);
		// Andorra's marker is inside; the Pacific's small states are not drawn at all.
		expect(model.smallStates.map((s) => s.code)).toContain('AD');
		expect(model.smallStates.map((s) => s.code)).not.toContain('TO');
		for (const s of model.smallStates) {
			expect(s.cy).toBeGreaterThanOrEqual(model.mapBox.y);
			expect(s.cy).toBeLessThanOrEqual(model.mapBox.y + model.mapBox.height);
		}
		// Wider than tall, as the part is (58° of longitude against 28° of latitude at 48°N).
		expect(model.mapBox.height).toBeLessThan(model.width);
		const sources = [...parse(svgMapDocument(model)).querySelectorAll('.source')].map((t) => t.textContent);
		expect(sources.join(' ')).toContain('Projection: Equal Earth, the part of the world on screen');
	});

	it('is the whole world when the view spans nearly all of it, with latitudes kept on the Mercator map', () => {
		expect(viewExtent(null)).toBeNull();
		expect(viewExtent([-250, -80, 250, 80])).toBeNull();
		expect(viewExtent([20, -89, 120, 89])).toEqual([20, -MAX_LAT, 120, MAX_LAT]);
		expect(MAX_LAT).toBeCloseTo(85.0511, 4);
	});
});

describe('country names, and markers that would overprint (walk-through finding 20)', () => {
	it('names the documents’ countries and the largest others at world scale, each inside the map', () => {
		const model = svgMapModel(input({ width: 1280 }));
		const named = new Set(model.labels.map((l) => l.code));
		// The fixture's countries: the focus, Turkey, China, the United States (Albania and the Philippines may give
		// way to their neighbours' names at this scale, as on the map).
		for (const code of ['KZ', 'TR', 'CN', 'US']) expect(named.has(code), code).toBe(true);
		// Brazil (8.5 million km2) is named though the documents do not name it; Bulgaria (111,000) is not, at world
		// scale.
		expect(named.has('BR')).toBe(true);
		expect(named.has('BG')).toBe(false);
		for (const label of model.labels) {
			expect(label.y).toBeGreaterThan(model.mapBox.y);
			expect(label.y).toBeLessThan(model.mapBox.y + model.mapBox.height);
		}
		const doc = parse(svgMapDocument(model));
		expect(doc.querySelector('.labels text[data-code="TR"]')?.textContent).toBe('Turkey');
		expect(doc.querySelector('.labels text[data-code="KZ"]')?.textContent).toBe('Kazakhstan');
		// With the labels layer off, none.
		const off = svgMapModel(input({ layers: layerSet(['small-states']) }));
		expect(off.labels).toEqual([]);
	});

	it('names every country of a part zoomed in on the Balkans, no two names overlapping', () => {
		const model = svgMapModel(input({ width: 1280, extent: [18, 37, 30, 47] }));
		const named = model.labels.map((l) => l.code);
		for (const code of ['BG', 'RO', 'AL', 'GR', 'RS', 'MK']) expect(named, code).toContain(code);
		const boxes = model.labels.map((l) => {
			const width = Math.max(...l.lines.map((line) => textWidth(line, l.size)));
			const height = l.lines.length * l.size * LINE_HEIGHT;
			return {
				code: l.code,
				x0: l.x - width / 2,
				x1: l.x + width / 2,
				y0: l.y - height / 2,
				y1: l.y + height / 2
			};
		});
		for (const a of boxes)
			for (const b of boxes)
				if (a !== b)
					expect(
						a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1,
						`${a.code} and ${b.code} overlap`
					).toBe(false);
	});

	// Two missions in Sofia and two in Bucharest, 300 km apart (coordinates from an atlas): each city's own and one
	// that serves the focus from there.
	const SOFIA = { city: 'Sofia', lon: 23.32, lat: 42.7 };
	const BUCHAREST = { city: 'Bucharest', lon: 26.1, lat: 44.43 };
	const base = missionsFixture.missions[1];
	const balkans: MissionsPayload = {
		...missionsFixture,
		missions: [
			{ ...base, sender: 'KZ', host: 'BG', ...SOFIA },
			{ ...base, sender: 'VN', host: 'BG', accreditedTo: ['KZ'], ...SOFIA },
			{ ...base, sender: 'KZ', host: 'RO', ...BUCHAREST },
			{ ...base, sender: 'PH', host: 'RO', accreditedTo: ['KZ'], ...BUCHAREST }
		]
	};

	it('draws Sofia’s and Bucharest’s markers as one disc of four at world scale, and says which', () => {
		const model = svgMapModel(input({ missions: balkans }));
		// At 1,000 pixels the world is 2.7 pixels to a degree: the two discs (9 px and their 3 px rings) are some 8 px
		// apart and would overprint.
		expect(model.groups).toHaveLength(1);
		expect(model.groups[0]).toMatchObject({ count: 4, places: ['Sofia', 'Bucharest'], stroke: INK });
		const doc = parse(svgMapDocument(model));
		expect([...doc.querySelectorAll('.missions text')].map((t) => t.textContent)).toEqual(['4']);
		expect(doc.querySelector('.missions circle title')?.textContent).toBe('Sofia and Bucharest (4 missions)');
		const notes = [...doc.querySelectorAll('.note')].map((t) => t.textContent).join(' ');
		expect(notes).toContain('drawn as one numbered disc: Sofia and Bucharest (4 missions).');
	});

	it('draws them apart, with no such note, on a part zoomed in on the Balkans', () => {
		const model = svgMapModel(input({ missions: balkans, width: 1280, extent: [18, 37, 30, 47] }));
		expect(model.groups.map((g) => [g.count, g.places])).toEqual([
			[2, undefined],
			[2, undefined]
		]);
		const notes = [...parse(svgMapDocument(model)).querySelectorAll('.note')].map((t) => t.textContent);
		expect(notes.join(' ')).not.toContain('drawn as one');
	});
});

describe('wrapText', () => {
	it('breaks at spaces, never inside a word', () => {
		expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
		expect(wrapText('unbreakable', 4)).toEqual(['unbreakable']);
	});
});

describe('hatching: year mode tells "No relations" from the other kinds without a year by a pattern', () => {
	it("Andorra (in the fixture's no-relations list) is hatched, in the map and in the key; status mode has none", () => {
		const year = svgMapModel(input({ mode: 'year' }));
		expect(year.countries.filter((c) => c.hatched).map((c) => c.code)).toEqual(['AD']);
		expect(year.key.entries.find((e) => e.key === 'no-relations')?.hatched).toBe(true);
		const svg = svgMapDocument(year);
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		expect(doc.querySelector('pattern#hatch')).not.toBeNull();
		expect(doc.querySelectorAll('g.hatched path')).toHaveLength(1);
		const status = svgMapModel(input({ mode: 'status' }));
		expect(status.countries.some((c) => c.hatched)).toBe(false);
		expect(svgMapDocument(status)).not.toContain('url(#hatch)');
	});
});
