/** The camera constraint that lets the one world drawn sit beside the panel instead of under it. */
import { LngLat } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { keepCentreOnWorld } from '../../src/lib/map/world';

describe('keepCentreOnWorld', () => {
	it('leaves a centre on the world and the zoom as they are', () => {
		const centre = new LngLat(71.4, 51.2);
		expect(keepCentreOnWorld(centre, 1.5)).toEqual({ center: centre, zoom: 1.5 });
	});

	it.each([
		[
			[200, 10],
			[180, 10]
		],
		[
			[-181, -10],
			[-180, -10]
		],
		[
			[30, 89],
			[30, 85.0511287798066]
		],
		[
			[30, -90],
			[30, -85.0511287798066]
		]
	])('moves %j back onto the world, to %j', ([lng, lat], [toLng, toLat]) => {
		const { center, zoom } = keepCentreOnWorld(new LngLat(lng, lat), 3);
		expect([center.lng, center.lat]).toEqual([toLng, toLat]);
		expect(zoom).toBe(3);
	});
});
