/**
 * Countries a document abbreviates by the initials of their official names. Official and ministry texts name a
 * country in full once ("Республика Таджикистан", "Republic of Kazakhstan", "Република България") and then by its
 * initials ("РТ", "RK", "РБ"): "17 июня 1993 г. открыто посольство РТ в РК." Which initials stand for which
 * country is the document's own: РК is Kazakhstan in a Kazakh text and Korea in another, so the table is made
 * per document, from the full names it writes, and an abbreviation two of its names share stands for neither.
 */
import type { CountryMatch } from './trie';

/** A capitalised word, or "of" inside an English official name ("Republic of Kazakhstan"). */
const WORD = /[\p{Lu}][\p{L}’'-]*|of/uy;
/** At most this many words make an official name whose initials are used ("Соединённые Штаты Америки"). */
const MAX_WORDS = 4;

/** The initials of the capitalised words of `name`: "Республикой Таджикистан" -> "РТ". */
function initials(words: string[]): string {
	return words
		.filter((w) => /^\p{Lu}/u.test(w))
		.map((w) => w[0])
		.join('');
}

/**
 * The names around `match` in `text` whose initials may abbreviate it: the match itself and the runs of capitalised
 * words (one space apart) that hold it, up to MAX_WORDS words ("Республики Казахстан" and "Президента Республики
 * Казахстан" around "Казахстан"; "Соединённые Штаты Америки" is a match of its own).
 */
function officialNames(text: string, match: CountryMatch, official: boolean): string[][] {
	const own = match.surface.split(/\s+/u);
	const left: string[] = [];
	let start = match.start;
	while (left.length + own.length < MAX_WORDS) {
		const before = /(?:^|[^\p{L}])([\p{Lu}][\p{L}’'-]*|of) $/u.exec(
			text.slice(Math.max(0, start - 40), start)
		);
		if (!before) break;
		left.unshift(before[1]);
		start -= before[1].length + 1;
	}
	const right: string[] = [];
	let end = match.end;
	while (left.length + own.length + right.length < MAX_WORDS && text[end] === ' ') {
		WORD.lastIndex = end + 1;
		const after = WORD.exec(text);
		if (!after || /\p{L}/u.test(text[WORD.lastIndex] ?? '')) break;
		right.push(after[0]);
		end = WORD.lastIndex;
	}
	const names: string[][] = [];
	for (let i = 0; i <= left.length; i++)
		for (let j = 0; j <= right.length; j++) {
			const words = [...left.slice(i), ...own, ...right.slice(0, j)];
			// "of" only joins: a name neither begins nor ends with it. The match alone is a name to abbreviate only when
			// it is more than the country's common name ("Кыргызская Республика", not "Saudi Arabia": "Gazprom SA").
			if (words[0] === 'of' || words.at(-1) === 'of') continue;
			if (i === left.length && j === 0 && !official) continue;
			names.push(words);
		}
	return names;
}

/**
 * The abbreviations `text` uses for the countries of `names` (its country mentions): initials of two to four
 * capital letters that the text writes on their own somewhere, with the country each stands for. An abbreviation
 * that is already a name (`known`) keeps its meaning; `commonName` is a country's name in the text's language.
 */
export function documentAbbreviations(
	text: string,
	names: CountryMatch[],
	known: (abbreviation: string) => boolean,
	commonName: (code: string) => string
): Map<string, string> {
	const codes = new Map<string, Set<string>>();
	for (const match of names)
		for (const words of officialNames(text, match, match.surface !== commonName(match.code))) {
			const abbreviation = initials(words);
			if (abbreviation.length < 2) continue;
			codes.set(abbreviation, (codes.get(abbreviation) ?? new Set()).add(match.code));
		}
	const out = new Map<string, string>();
	for (const [abbreviation, of] of codes)
		if (of.size === 1 && !known(abbreviation) && standsAlone(text, abbreviation))
			out.set(abbreviation, [...of][0]);
	return out;
}

function standsAlone(text: string, abbreviation: string): boolean {
	return new RegExp(`(?<![\\p{L}\\p{N}])${abbreviation}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** Where `text[from, to)` writes one of `abbreviations` on its own, as country matches. */
export function findAbbreviations(
	text: string,
	abbreviations: Map<string, string>,
	from: number,
	to: number
): CountryMatch[] {
	if (abbreviations.size === 0) return [];
	const re = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${[...abbreviations.keys()].join('|')})(?![\\p{L}\\p{N}])`,
		'gu'
	);
	const out: CountryMatch[] = [];
	const slice = text.slice(from, to);
	for (const m of slice.matchAll(re))
		out.push({
			code: abbreviations.get(m[0])!,
			start: from + m.index,
			end: from + m.index + m[0].length,
			surface: m[0]
		});
	return out;
}
