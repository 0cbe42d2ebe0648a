/**
 * The map's style (src/lib/map/style.ts): the outline source holds only the countries to outline, one feature per
 * role, and each outline layer draws one role.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { FilterSpecification, LineLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { DecodedAsset, ShapeProperties } from '../../src/lib/map/asset';
import { buildStyle, LAYER, outlineData, SOURCE } from '../../src/lib/map/style';

type Shape = Feature<Polygon | MultiPolygon, ShapeProperties>;

/** A unit square at (x, y), standing in for a country's shape. */
function square(code: string, x: number, y: number): Shape {
	const ring = [
		[x, y],
		[x + 1, y],
		[x + 1, y + 1],
		[x, y + 1],
		[x, y]
	];
	return { type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { code } };
}

const shapes = new Map(
	[square('TR', 35, 39), square('KZ', 67, 48), square('AD', 1, 42)].map((f) => [f.properties.code, f])
);

describe('outlineData', () => {
	it('holds nothing when nothing is hovered, selected or highlighted', () => {
		expect(outlineData(shapes, {}).features).toEqual([]);
		expect(outlineData(shapes, { hover: [], selected: [], highlight: [] }).features).toEqual([]);
	});

	it('gives each role its own feature, with the country’s own shape', () => {
		const data = outlineData(shapes, { hover: ['KZ'], selected: ['TR'], highlight: ['AD', 'TR'] });
		const roles = data.features.map((f) => `${f.properties.role}:${f.properties.code}`);
		expect(roles.sort()).toEqual(['highlight:AD', 'highlight:TR', 'hover:KZ', 'selected:TR']);
		const kz = data.features.find((f) => f.properties.code === 'KZ');
		expect(kz?.geometry).toBe(shapes.get('KZ')?.geometry);
	});

	it('keeps a country that is both hovered and selected twice, once per role', () => {
		const data = outlineData(shapes, { hover: ['TR'], selected: ['TR'] });
		expect(data.features.map((f) => f.properties.role).sort()).toEqual(['hover', 'selected']);
	});

	it('skips a code the map has no shape for', () => {
		expect(outlineData(shapes, { hover: ['XX'], highlight: ['KZ', 'ZZ'] }).features).toHaveLength(1);
	});
});

describe('buildStyle', () => {
	const data: DecodedAsset = {
		countries: { type: 'FeatureCollection', features: [...shapes.values()] },
		points: { type: 'FeatureCollection', features: [] }
	};
	const style = buildStyle({ data, fontFaces: {} });

	it('starts with an empty outline source', () => {
		const source = style.sources[SOURCE.outline];
		expect(source.type).toBe('geojson');
		expect(source.type === 'geojson' && source.data).toEqual({ type: 'FeatureCollection', features: [] });
	});

	it('draws each outline from the outline source, filtered to its role, never over every country', () => {
		const outlines: [string, string][] = [
			[LAYER.highlight, 'highlight'],
			[LAYER.hover, 'hover'],
			[LAYER.selectedCasing, 'selected'],
			[LAYER.selected, 'selected']
		];
		for (const [id, role] of outlines) {
			const layer = style.layers.find((l) => l.id === id) as LineLayerSpecification | undefined;
			expect(layer?.type, id).toBe('line');
			expect(layer?.source, id).toBe(SOURCE.outline);
			expect(layer?.filter, id).toEqual(['==', ['get', 'role'], role] satisfies FilterSpecification);
		}
		// The selection's white casing lies under its dark line.
		const order = style.layers.map((l) => l.id);
		expect(order.indexOf(LAYER.selectedCasing)).toBeLessThan(order.indexOf(LAYER.selected));
		// Only the fill and the borders draw the whole countries source; the hatching reads it too, but starts
		// hidden and filtered to no country (CountryFill lists year mode's "No relations" codes in it).
		const overCountries = style.layers.filter((l) => 'source' in l && l.source === SOURCE.countries);
		expect(overCountries.map((l) => l.id).sort()).toEqual([LAYER.borders, LAYER.fill, LAYER.hatch].sort());
		const hatch = style.layers.find((l) => l.id === LAYER.hatch);
		expect(hatch?.layout?.visibility).toBe('none');
		expect(hatch && 'filter' in hatch ? hatch.filter : null).toEqual([
			'in',
			['get', 'code'],
			['literal', []]
		]);
	});
});
