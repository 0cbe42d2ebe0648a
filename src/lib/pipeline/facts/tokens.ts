/**
 * A clause's words as the mission grammar reads them: clause boundaries, and the countries, mission words, cities and
 * dates of a clause in order (`tokenize`), with the words that may be a city (`cityCandidates`).
 */
import type { MissionKind } from '../../atlas/types';
import type { CountryMatch } from '../lookup/countries';
import type { DateMatch } from '../lookup/dates';
import { resolveCity, type Place } from '../lookup/places';
import { LANGUAGES, type Lexicon } from '../languages';
import type { Sentence } from '../sentences';

export interface Token {
	type: 'country' | 'kind' | 'city' | 'date';
	start: number;
	end: number;
	code?: string;
	kind?: MissionKind;
	place?: Place;
	date?: DateMatch;
	/** An adjective of nationality ("Japanese"): a sender only when it stands before a mission word. */
	adjective?: boolean;
	/** Marked as the host by the word before it (Korean "주카자흐스탄", "주한"). */
	hostPrefixed?: boolean;
	/** A mission word of unstated kind ("diplomatic mission"), read as an embassy. */
	unstated?: boolean;
	/** A mission word that is an ambassador ("ambassador", "посланик", "대사"), standing for the embassy. */
	envoy?: boolean;
}

/** Clause boundaries of a sentence. */
export function clauses(text: string, sentence: Sentence, lex: Lexicon): [number, number][] {
	const body = text.slice(sentence.start, sentence.end);
	const out: [number, number][] = [];
	let start = 0;
	lex.clauseBreak.lastIndex = 0;
	for (let m = lex.clauseBreak.exec(body); m; m = lex.clauseBreak.exec(body)) {
		out.push([sentence.start + start, sentence.start + m.index]);
		start = m.index + m[0].length;
	}
	out.push([sentence.start + start, sentence.end]);
	return out;
}

/** Countries, mission words, cities and dates of a clause, in order, none overlapping. */
export function tokenize(
	text: string,
	from: number,
	to: number,
	countries: CountryMatch[],
	adjectives: CountryMatch[],
	dates: DateMatch[],
	lex: Lexicon,
	lang: string
): Token[] {
	const tokens: Token[] = [];
	const free = (s: number, e: number) => !tokens.some((t) => s < t.end && e > t.start);
	const hostPrefixed = (start: number) =>
		lex.hostPrefix !== null && lex.hostPrefix.re.test(text.slice(from, start));
	// A city whose name holds a country's ("Mexico City", "Kuwait City", "Guatemala City"): the whole name is the city.
	const citiesFirst = citiesOverCountries(text, from, to, countries, lex, lang);
	tokens.push(...citiesFirst);
	// Only such a city hides a country: countries a group stands for share the group's span ("나머지 국가들").
	for (const c of countries)
		if (c.start >= from && c.end <= to && !citiesFirst.some((t) => c.start < t.end && c.end > t.start))
			tokens.push({
				type: 'country',
				start: c.start,
				end: c.end,
				code: c.code,
				hostPrefixed: hostPrefixed(c.start)
			});
	for (const a of adjectives)
		if (a.start >= from && a.end <= to && free(a.start, a.end))
			tokens.push({ type: 'country', start: a.start, end: a.end, code: a.code, adjective: true });
	for (const d of dates)
		if (d.start >= from && d.end <= to) tokens.push({ type: 'date', start: d.start, end: d.end, date: d });
	const clause = text.slice(from, to);
	if (lex.hostPrefix)
		for (const [word, code] of Object.entries(lex.hostPrefix.abbreviations)) {
			const re = lex.hostPrefix.wordAt(word);
			for (let m = re.exec(clause); m; m = re.exec(clause)) {
				const s = from + m.index;
				if (free(s, s + word.length))
					tokens.push({ type: 'country', start: s, end: s + word.length, code, hostPrefixed: true });
			}
		}
	for (const { kind, re, unstated } of lex.kinds) {
		const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
		for (let m = g.exec(clause); m; m = g.exec(clause)) {
			const s = from + m.index;
			const e = s + m[0].length;
			if (free(s, e)) tokens.push({ type: 'kind', start: s, end: e, kind, unstated });
		}
	}
	// An ambassador in one country accredited also to others ("Kazakhstan's ambassador in Brasília is also accredited
	// to Peru", "посол КР в Китае и Монголии") stands for the sender's embassy where the ambassador resides, serving
	// the others.
	const accredited = lex.representedAny.test(clause);
	const g = new RegExp(lex.envoy.source, lex.envoy.flags.replace('g', '') + 'g');
	for (let m = g.exec(clause); m; m = g.exec(clause)) {
		const s = from + m.index;
		const e = s + m[0].length;
		if (free(s, e) && (accredited || hostsTogether(text, e, to, countries, lex)))
			tokens.push({ type: 'kind', start: s, end: e, kind: 'embassy', envoy: true });
	}
	for (const cand of cityCandidates(clause, lex)) {
		const s = from + cand.start;
		const e = s + cand.surface.length;
		if (!free(s, e)) continue;
		if (lex.nearBefore && lex.nearBefore.test(clause.slice(0, cand.start))) continue;
		// "Ambassador Stanley Escudero": a title, then a name and a surname, is a person.
		if (cand.before !== null && lex.personTitle?.test(clause.slice(0, cand.start))) continue;
		const place = cachedCity(cand.surface, lang);
		if (place) {
			tokens.push({ type: 'city', start: s, end: e, place, hostPrefixed: hostPrefixed(s) });
		}
	}
	tokens.sort((a, b) => a.start - b.start);
	// "주카자흐스탄 대한민국 대사관 알마티 분관", "the embassy's office in …": an embassy word that only names the office
	// after it (with the office's city between, or nothing) is not a mission of its own.
	const blank = (a: Token, b: Token) => /^\s*$/u.test(text.slice(a.end, b.start));
	return tokens.filter((t, i) => {
		if (t.type !== 'kind' || t.kind !== 'embassy') return true;
		const next = tokens[i + 1];
		const office = next?.type === 'city' ? tokens[i + 2] : next;
		return !(
			office?.type === 'kind' &&
			office.kind === 'office' &&
			blank(t, next) &&
			(next === office || blank(next, office))
		);
	});
}

const AND = LANGUAGES.flatMap((l) => l.clauses.and).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
/** Between two names of one list ("в Китае и Монголии", "in Shanghai, Hong Kong and Ürümqi", "A, B, and C"). */
export const LIST_GAP = new RegExp(`^\\s*,?\\s*(?:${AND.join('|')})?\\s*$`, 'u');

/**
 * After an ambassador's word, two or more countries named together as where the ambassador serves, the sender's name
 * between if the language puts it after the word: "посол КР в Китае и Монголии", "ambassador to China and Mongolia".
 */
function hostsTogether(
	text: string,
	from: number,
	to: number,
	countries: CountryMatch[],
	lex: Lexicon
): boolean {
	const after = countries.filter((c) => c.start >= from && c.end <= to);
	let k = 0;
	if (after[0] && lex.possessiveGap.test(text.slice(from, after[0].start))) k = 1;
	const first = after[k];
	const second = after[k + 1];
	return (
		first !== undefined &&
		second !== undefined &&
		lex.hostGap.test(text.slice(k ? after[0].end : from, first.start)) &&
		LIST_GAP.test(text.slice(first.end, second.start))
	);
}

const cityCache = new Map<string, Place | null>();
/** The same few words come back in every sentence with a mission word: look each up once. */
export function cachedCity(surface: string, lang: string): Place | null {
	const key = `${lang}\u0000${surface}`;
	let place = cityCache.get(key);
	if (place === undefined) {
		place = resolveCity(surface, lang);
		cityCache.set(key, place);
	}
	return place;
}

/**
 * Words that may be a city: capitalised runs (two words first: "Санкт Петербург", "Куала Лампур"), or Korean word runs
 * without their particle. A single word directly followed by another capitalised one carries that one's offset in
 * `before`, so that a title before the two ("Ambassador Stanley Escudero") can tell a person from a place.
 */
function cityCandidates(
	clause: string,
	lex: Lexicon
): { start: number; surface: string; before: number | null }[] {
	const out: { start: number; surface: string; before: number | null }[] = [];
	const words = [...clause.matchAll(/[\p{L}\p{N}.-]+/gu)].map((m) => ({ start: m.index!, text: m[0] }));
	const strip = (w: string) => {
		let s = w.replace(/\.$/, w.endsWith('D.C.') ? '.' : '');
		if (lex.cityParticles) s = s.replace(lex.cityParticles, '');
		return s;
	};
	const isName = (w: string) => (lex.cityParticles ? /[\p{L}]/u.test(w) : /^\p{Lu}/u.test(w));
	for (let i = 0; i < words.length; i++) {
		const a = words[i];
		if (!isName(a.text)) continue;
		const b = words[i + 1];
		const pair = b && isName(b.text) && clause.slice(a.start + a.text.length, b.start) === ' ';
		if (pair) out.push({ start: a.start, surface: `${a.text} ${strip(b.text)}`, before: null });
		const personLike = pair && !a.text.endsWith('.');
		// A name may end in what looks like a particle (상하이: 이), so the word as written is tried first.
		if (lex.cityParticles && strip(a.text) !== a.text.replace(/\.$/, ''))
			out.push({ start: a.start, surface: a.text.replace(/\.$/, ''), before: null });
		out.push({ start: a.start, surface: strip(a.text), before: personLike ? b.start : null });
		// "주알마티 대한민국 총영사관", and link texts glued on ("알마티주알마티"): the city after the host mark 주.
		if (lex.hostPrefix)
			for (const m of a.text.matchAll(/주(?=[\uAC00-\uD7A3]{2})/gu))
				out.push({ start: a.start + m.index + 1, surface: strip(a.text.slice(m.index + 1)), before: null });
	}
	return out.filter((c) => c.surface.length > 1);
}

/**
 * Two-word names that hold a country's name and that the gazetteer knows as a city in that very country ("Mexico
 * City", "Kuwait City", "Guatemala City", "Panama City"): city tokens, read before the country inside them.
 */
function citiesOverCountries(
	text: string,
	from: number,
	to: number,
	countries: CountryMatch[],
	lex: Lexicon,
	lang: string
): Token[] {
	const inside = countries.filter((c) => c.start >= from && c.end <= to);
	if (inside.length === 0) return [];
	const out: Token[] = [];
	for (const cand of cityCandidates(text.slice(from, to), lex)) {
		if (!cand.surface.includes(' ')) continue;
		const s = from + cand.start;
		const e = s + cand.surface.length;
		const country = inside.find((c) => c.start >= s && c.end <= e && e - s > c.end - c.start);
		if (!country) continue;
		const place = cachedCity(cand.surface, lang);
		if (place && place.country === country.code) out.push({ type: 'city', start: s, end: e, place });
	}
	return out;
}
