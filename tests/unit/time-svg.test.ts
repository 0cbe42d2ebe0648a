/** The map download as of a year: its title carries the year, its fill and key are the year's (svg.ts `asOf`). */
import { beforeAll, describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { decodeAsset, type DecodedAsset } from '$lib/map/asset';
import { svgMapModel } from '$lib/map/svg';
import { isoLookup } from '$lib/server/geo/codes';
import { buildAsset, type WorldTopology } from '$lib/server/geo/geometry';
import { MAP_CODES } from '$lib/view/map-codes';
import { DEFAULT_LAYERS, layerSet } from '$lib/view/options';
import { docRef } from '$lib/view/panel';
import { summarize } from '$lib/view/summary';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import { timeFacts } from '$lib/view/time/facts';
import { statesAt } from '$lib/view/time/model';
import { colourYear } from '$lib/view/time/colour';

const { atlas } = buildAtlas('data/documents');
let asset: DecodedAsset;
beforeAll(() => {
	asset = decodeAsset(buildAsset(world as unknown as WorldTopology, isoLookup));
});

describe('svgMapModel as of a year', () => {
	it('titles the map with the year and colours it as of then', () => {
		const facts = timeFacts(atlas);
		const names = new Map(atlas.countries.map((c) => [c.code, c.name]));
		const colouring = colourYear(statesAt(facts, 1993), 1993, names, MAP_CODES);
		const model = svgMapModel({
			asset,
			summaries: summarize(atlas),
			mode: 'status',
			layers: layerSet(DEFAULT_LAYERS),
			focusName: 'Kazakhstan',
			documents: atlas.documents.map(docRef),
			missions: null,
			width: 1000,
			today: '2026-12-06',
			asOf: { year: 1993, colouring }
		});
		expect(model.title.text).toBe('Kazakhstan’s foreign relations, as 2 documents tell them, as of 1993');
		expect(model.subtitle.text).toBe('Relations with Kazakhstan as of 1993');
		// bg 87: Bulgaria's embassy opens in 1994, so as of 1993 it has relations (of 5 July 1992) only
		const bg = model.countries.find((c) => c.code === 'BG');
		expect(bg?.fill).toBe(colouring.colours.get('BG'));
		expect(colouring.legend.find((e) => e.key === 'relations')?.codes).toContain('BG');
		// Its link's name says the year's state, not the documents' state at any date (an embassy)
		expect(bg?.description).toBe('Bulgaria: Relations established, as of 1993');
		// bg 42: Armenia's embassies have no date, its relations begin in 2006: as of 1993, "Date not stated"
		expect(model.countries.find((c) => c.code === 'AM')?.description).toBe(
			'Armenia: Date not stated, as of 1993'
		);
	});
});
