/**
 * Country search over the names the atlas knows: the English name, the names as the documents write them
 * (Bulgarian, Korean) and the ISO code. Pure and DOM-free; the Search component only renders its answer.
 */
import type { CountrySummary } from './summary';

export interface SearchHit {
	code: string;
	/** English name, shown first in a suggestion. */
	name: string;
	/** The name that matched when it is not the English one ("Турция", "미국"), else null. */
	matched: string | null;
	/** Language of `matched`, guessed from its script for the `lang` attribute: the documents' Cyrillic is Bulgarian. */
	matchedLang: 'bg' | 'ko' | undefined;
}

function scriptLang(name: string): 'bg' | 'ko' | undefined {
	if (/\p{Script=Hangul}/u.test(name)) return 'ko';
	if (/\p{Script=Cyrillic}/u.test(name)) return 'bg';
	return undefined;
}

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

/** 0 = the whole name, 1 = the start of the name, 2 = the start of a word in it, 3 = elsewhere in it. */
function rank(candidate: string, query: string): number | null {
	if (candidate === query) return 0;
	if (candidate.startsWith(query)) return 1;
	if (candidate.split(' ').some((word) => word.startsWith(query))) return 2;
	// Inside a word only from three characters on, so "a" does not list half the world.
	if (query.length >= 3 && candidate.includes(query)) return 3;
	return null;
}

/** Countries whose English, Bulgarian or Korean name (or ISO code) matches `query`, best first. */
export function searchCountries(summaries: readonly CountrySummary[], query: string, limit = 8): SearchHit[] {
	const q = normalise(query);
	if (q === '') return [];
	const scored: { hit: SearchHit; score: number }[] = [];
	for (const country of summaries) {
		let best: { score: number; name: string } | null = null;
		for (const name of [country.name, ...country.localNames]) {
			const score = rank(normalise(name), q);
			if (score !== null && (best === null || score < best.score)) best = { score, name };
		}
		if (country.code.toLowerCase() === q && (best === null || best.score > 0)) {
			best = { score: 0, name: country.name };
		}
		if (best !== null) {
			const matched = best.name === country.name ? null : best.name;
			const matchedLang = matched === null ? undefined : scriptLang(matched);
			scored.push({
				hit: { code: country.code, name: country.name, matched, matchedLang },
				score: best.score
			});
		}
	}
	scored.sort((a, b) => a.score - b.score || a.hit.name.localeCompare(b.hit.name, 'en'));
	return scored.slice(0, limit).map((s) => s.hit);
}
