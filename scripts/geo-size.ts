/**
 * Measures what shipping the map's geometry costs, to decide what is done at build time and what in the browser.
 * Run: npx tsx scripts/geo-size.ts
 * Prints, for world-atlas 50m and 110m: bytes raw and gzipped of world-atlas as published, of the processed asset
 * (TopoJSON, what /geo/countries.json serves), of the same shapes as GeoJSON, and the time to build and to decode.
 */
import { gzipSync } from 'node:zlib';
import w110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import w50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import { decodeAsset } from '../src/lib/map/asset.ts';
import { isoLookup } from '../src/lib/server/geo/codes.ts';
import { buildAsset, type WorldTopology } from '../src/lib/server/geo/geometry.ts';
import { median } from './cli.ts';

const size = (value: unknown) => {
	const text = JSON.stringify(value);
	const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
	return `${kb(Buffer.byteLength(text))} raw, ${kb(gzipSync(text, { level: 9 }).length)} gzip`;
};

function time<T>(run: () => T, times = 7): { result: T; ms: number } {
	const ms: number[] = [];
	let result = run();
	for (let i = 0; i < times; i++) {
		const start = performance.now();
		result = run();
		ms.push(performance.now() - start);
	}
	return { result, ms: median(ms) };
}

for (const [label, world] of [
	['50m', w50],
	['110m', w110]
] as const) {
	const topology = world as unknown as WorldTopology;
	const built = time(() => buildAsset(topology, isoLookup), 3);
	const decoded = time(() => decodeAsset(built.result));
	console.log(`${label}: world-atlas as published: ${size(world)}`);
	console.log(`${label}: asset (TopoJSON):          ${size(built.result)}`);
	console.log(
		`${label}: same shapes as GeoJSON:    ${size(decoded.result.countries)} (+ points ${size(decoded.result.points)})`
	);
	const round = (x: number) => Math.round(x * 1000) / 1000;
	const rounded = {
		...decoded.result.countries,
		features: decoded.result.countries.features.map((f) => ({
			...f,
			geometry: JSON.parse(JSON.stringify(f.geometry), (_key, value) =>
				typeof value === 'number' ? round(value) : value
			)
		}))
	};
	console.log(`${label}: GeoJSON, 3 decimals:       ${size(rounded)}`);
	console.log(`${label}: build ${built.ms.toFixed(0)} ms, decode ${decoded.ms.toFixed(1)} ms (Node, median)`);
}
