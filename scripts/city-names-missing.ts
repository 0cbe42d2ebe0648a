/**
 * Lists every city of the built atlas (seeds and library: each mission's city) that has no name of its own in an
 * interface language's table (src/lib/view/city-names/{lang}.json), so the interface writes it in English there.
 *
 * Run: npx tsx scripts/city-names-missing.ts   (after `npx tsx scripts/place-names.ts`)
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAtlas, BUILT_IN_DIRS } from '../src/lib/server/atlas/build.ts';

const TABLES = join(dirname(fileURLToPath(import.meta.url)), '../src/lib/view/city-names');
const LANGS = ['bg', 'ko', 'ru'] as const;

const { atlas } = buildAtlas(BUILT_IN_DIRS);
const cities = new Map<number, string>();
for (const mission of atlas.missions)
	if (mission.geonameId !== null && mission.city !== null) cities.set(mission.geonameId, mission.city);

console.log(`${cities.size} cities in the built atlas's missions`);
for (const lang of LANGS) {
	const table = JSON.parse(readFileSync(join(TABLES, `${lang}.json`), 'utf8')) as Record<string, string>;
	const missing = [...cities]
		.filter(([id]) => table[id] === undefined)
		.sort((a, b) => a[1].localeCompare(b[1]));
	console.log(
		`${lang}: ${missing.length} without a name: ${missing.map(([id, name]) => `${name} (${id})`).join(', ')}`
	);
}
