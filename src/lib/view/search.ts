/**
 * Country search over the names the atlas knows: the English name, the names as the documents write them
 * (Bulgarian, Korean, Russian) and the ISO code; and, once the names list has loaded (`/data/names.json`), every
 * country's names in every language the pipeline reads, short forms and codes ("UK", "America", "Türkiye", "중국",
 * "Кыргызстан"), the countries the documents never name included. Pure and DOM-free; the Search component only renders its answer.
 */
import { languageOfScript } from '../pipeline/languages/codes';
import type { CountrySummary } from './summary';
import { cityName } from './city-names.svelte';

export interface SearchHit {
	code: string;
	/** English name, shown first in a suggestion. */
	name: string;
	/** The name that matched when it is not the English one ("Турция", "미국"), else null. */
	matched: string | null;
	/**
	 * Language of `matched`, told by its script for the `lang` attribute: the one language the pipeline reads in that
	 * script (`languageOfScript`), else undefined.
	 */
	matchedLang: string | undefined;
	/** False for a country the documents never name: it is found, and says so. */
	inDocuments: boolean;
}

/** Every country's names, the English display name first: the shape of `/data/names.json`. */
export type NamesIndex = Readonly<Record<string, readonly string[]>>;

/**
 * Lower case, without accents, in Unicode's compatibility decomposition. NFKD splits a Hangul syllable into its
 * jamo, so "미구" (what an IME shows while "미국" is still being typed) is a prefix of "미국"; jamo are letters, not
 * combining marks, so stripping the marks leaves them alone.
 */
export function normalise(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[\s\u2010-\u2015-]+/g, ' ')
		.trim();
}

/**
 * 0 = the whole name, 1 = a whole word of it ("America" in "United States of America" before "American Samoa"),
 * 2 = the start of the name, 3 = the start of a word in it, 4 = elsewhere in it.
 */
function rank(candidate: string, query: string): number | null {
	if (candidate === query) return 0;
	const words = candidate.split(' ');
	if (words.includes(query) || (query.includes(' ') && ` ${candidate} `.includes(` ${query} `))) return 1;
	if (candidate.startsWith(query)) return 2;
	if (words.some((word) => word.startsWith(query))) return 3;
	// Inside a word only from three letters on, so "a" does not list half the world. Letters as written, not as
	// normalised: NFKD splits a Hangul syllable into two or three jamo, and "중국" (two syllables, China) would
	// otherwise be found inside "미합중국" (the United States).
	if (letters(query) >= 3 && candidate.includes(query)) return 4;
	return null;
}

/** How many letters a normalised query has as a reader typed it (a Hangul syllable's jamo joined again). */
function letters(query: string): number {
	return [...query.normalize('NFC')].length;
}

/**
 * Countries whose English, Bulgarian or Korean name (or ISO code) matches `query`, best first; at the same rank a
 * country of the documents before one they never name. `names` adds every country's other names.
 */
export function searchCountries(
	summaries: readonly CountrySummary[],
	query: string,
	names: NamesIndex = {},
	limit = 8
): SearchHit[] {
	const q = normalise(query);
	if (q === '') return [];
	const known = new Map(summaries.map((s) => [s.code, s]));
	const codes = new Set([...known.keys(), ...Object.keys(names)]);
	const scored: { hit: SearchHit; score: number }[] = [];
	for (const code of codes) {
		const summary = known.get(code);
		const listed = names[code] ?? [];
		const name = summary?.name ?? listed[0] ?? code;
		let best: { score: number; name: string } | null = null;
		for (const candidate of [name, ...(summary?.localNames ?? []), ...listed]) {
			// Two-letter names are codes or acronyms ("UK", "US"): matched whole, so "u" does not list them.
			const normal = normalise(candidate);
			const score =
				normal.length <= 3 && /^\p{Lu}+$/u.test(candidate) ? (normal === q ? 0 : null) : rank(normal, q);
			if (score !== null && (best === null || score < best.score)) best = { score, name: candidate };
		}
		if (code.toLowerCase() === q && (best === null || best.score > 0)) best = { score: 0, name };
		if (best === null) continue;
		const matched = normalise(best.name) === normalise(name) ? null : best.name;
		const matchedLang = matched === null ? undefined : languageOfScript(matched);
		scored.push({
			hit: { code, name, matched, matchedLang, inDocuments: summary !== undefined },
			score: best.score
		});
	}
	scored.sort(
		(a, b) =>
			a.score - b.score ||
			Number(b.hit.inDocuments) - Number(a.hit.inDocuments) ||
			a.hit.name.localeCompare(b.hit.name, 'en')
	);
	return scored.slice(0, limit).map((s) => s.hit);
}

/** A city with missions, as search lists it: the key of its group on the map and how many missions it holds. */
export interface CityHit {
	key: string;
	city: string;
	count: number;
}

/** Every name of each city with missions, by its group's key: the shape of `/data/place-names.json`. */
export type PlaceNamesIndex = Readonly<Record<string, readonly string[]>>;

/**
 * Cities with missions whose name matches `query`, best first (the same ranking as countries). `names` adds each
 * city's other names (older, in other languages: "Nur-Sultan", "Alma-Ata", "Алмати"), once they have loaded.
 */
export function searchCities(
	places: readonly { key: string; city: string | null; geonameId?: number | null; count: number }[],
	query: string,
	names: PlaceNamesIndex = {},
	limit = 3
): CityHit[] {
	const q = normalise(query);
	if (q === '') return [];
	return places
		.flatMap((p) => {
			// Shown in the interface's language (Анкара); found by that name, the English one and every other.
			const shown = cityName(p);
			if (p.city === null || shown === null) return [];
			const scores = [shown, p.city, ...(names[p.key] ?? [])]
				.map((name) => rank(normalise(name), q))
				.filter((x): x is number => x !== null);
			if (scores.length === 0) return [];
			return [{ hit: { key: p.key, city: shown, count: p.count }, score: Math.min(...scores) }];
		})
		.sort((a, b) => a.score - b.score || b.hit.count - a.hit.count)
		.slice(0, limit)
		.map((s) => s.hit);
}
