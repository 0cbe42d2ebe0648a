/**
 * The mission grammar: missions stated in one sentence, clause by clause, in phases: tokens (`../tokens.ts`), the
 * role of each country (`roles.ts`), groups and places (`place.ts`), dates (`dates.ts`), then the sender the
 * sentence leaves out and non-resident accreditation (here).
 */
import type { CountryMatch } from '../../lookup/countries';
import type { DateMatch } from '../../lookup/dates';
import type { Lexicon } from '../../languages';
import { shorten } from '../../problems';
import type { Sentence } from '../../sentences';
import { clauses, tokenize, type Token } from '../tokens';
import type { Clause, Draft } from './clause';
import { missionDates } from './dates';
import { placeMissions, type Carry } from './place';
import { countryRoles } from './roles';

/** The clause's tokens but the mission words it says do not exist ("няма посолство", "has no embassy", "대사관이 없다"). */
function withoutAbsent(clause: Clause, tokens: Token[]): Token[] {
	const absent = clause.lex.absent;
	if (!absent) return tokens;
	const re = new RegExp(absent.source, absent.flags.replace('g', '') + 'g');
	const negated: [number, number][] = [];
	const body = clause.text.slice(clause.start, clause.end);
	for (const m of body.matchAll(re))
		negated.push([clause.start + m.index, clause.start + m.index + m[0].length]);
	if (!negated.length) return tokens;
	return tokens.filter((t) => t.type !== 'kind' || !negated.some(([s, e]) => t.start < e && t.end > s));
}

/**
 * The clauses, with a parenthesis that names the city where the mission stands since a date cut out as a clause of its own, a
 * move (true): "the Embassy … was opened (since April, 2005 is in Astana)", "посольство открыто в 1993 году (с 2006
 * года — в Астане)". A parenthesis with a mission word of its own is left as it is.
 */
function withMoves(
	text: string,
	ranges: [number, number][],
	dates: DateMatch[],
	lex: Lexicon,
	namesCity: (start: number, end: number) => boolean
): [number, number, boolean][] {
	const out: [number, number, boolean][] = [];
	for (const [start, end] of ranges) {
		let from = start;
		for (const m of text.slice(start, end).matchAll(/\(([^()]*)\)/gu)) {
			const open = start + m.index;
			const close = open + m[0].length;
			const inner = m[1];
			const since = dates.some(
				(d) => d.start > open && d.end < close && lex.sinceBeforeDate.test(text.slice(open + 1, d.start))
			);
			if (!since || lex.kinds.some((k) => k.re.test(inner)) || !namesCity(open + 1, close - 1)) continue;
			out.push([from, open, false], [open + 1, close - 1, true]);
			from = close;
		}
		out.push([from, end, false]);
	}
	return out.filter(([s, e]) => text.slice(s, e).trim() !== '');
}

/**
 * Missions stated in one sentence. Each mission word (or a run of them, "an embassy and a consulate") forms a group;
 * the places after it (or, in Korean, before it) are where the group's missions stand. A group's sender is the
 * country attached to its word ("Japan's embassy", "the embassy of Japan", "미국 대사관", "посолството на Япония"),
 * else the nearest subject before it ("Germany has an embassy in A and Japan has one in B"), else the clause's
 * subject. The host is the place's country, a country named as the place ("an embassy in the UK", "주카자흐스탄"),
 * or, in a passage about one other country, the other side of the pair.
 */
export function readMissions(
	text: string,
	sentence: Sentence,
	countries: CountryMatch[],
	adjectives: CountryMatch[],
	dates: DateMatch[],
	lex: Lexicon,
	lang: string,
	focus: string,
	sectionCountry: string | null,
	warn: (at: number, message: string, snippet: string, fix: string) => void,
	earlier: Draft | null = null
): Draft[] {
	const out: Draft[] = [];
	const carry: Carry = { inherited: [], inheritedSender: null, inheritedCo: [], previousSender: null };
	// A clause may leave out its subject when the one before named it ("대한민국은 ... 수립하고 ... 설치하였다").
	let lastSubject: string | null = null;
	const namesCity = (start: number, end: number) =>
		tokenize(text, start, end, countries, adjectives, dates, lex, lang).some((t) => t.type === 'city');
	const parts = withMoves(text, clauses(text, sentence, lex), dates, lex, namesCity);
	for (const [cStart, cEnd, inParentheses] of parts) {
		const clauseText = text.slice(cStart, cEnd);
		const clause: Clause = { text, start: cStart, end: cEnd, lex };
		// A mission only planned or considered is not on the map.
		if (lex.modal.test(clauseText)) continue;
		const tokens = withoutAbsent(
			clause,
			tokenize(text, cStart, cEnd, countries, adjectives, dates, lex, lang)
		);

		// The role of each country: attached to a mission word, host, served, or subject.
		const roles = countryRoles(clause, tokens, focus);
		const { subjects, hostMark, hostMarks, target, targets, subjectGroups, hostRuns } = roles;
		const [clauseSender = lastSubject, ...clauseCo] = [
			...new Set((subjectGroups[0] ?? []).map((t) => t.code!))
		];
		if (subjects.length) lastSubject = subjects[subjects.length - 1].code!;
		// Korean states a mission with a verb of being or opening, or names it "주(host) (sender) 대사관".
		if (lex.exists && !lex.exists.test(clauseText) && !hostMarks.some((t) => t.hostPrefixed)) continue;
		const placed = placeMissions({
			clause,
			tokens,
			roles,
			clauseSender,
			clauseCo,
			carry,
			lang,
			focus,
			sectionCountry,
			warn,
			earlier: out.at(-1) ?? earlier
		});
		const { missions: clauseMissions, groupStarts, upgradedFrom, undated, fromUnstated, servedWith } = placed;

		const before = out.at(-1) ?? earlier;
		const [only] = clauseMissions;
		if (
			lex.upgraded.test(clauseText) &&
			upgradedFrom.size === 0 &&
			clauseMissions.length === 1 &&
			before &&
			samePost(only, before)
		)
			// "…알마티 분관을 설립했는데, 이는 이후 2015년에 주알마티 대한민국 총영사관으로 승격되었다": the clause
			// names the new mission in full, in the city of the one before it.
			upgradedFrom.set(only, before);
		const moved = inParentheses || lex.moved.test(clauseText);
		const stages = clauseMissions.map((m) =>
			upgradedFrom.has(m) ? 'new' : [...upgradedFrom.values()].includes(m) ? 'old' : null
		);
		const byIndex = missionDates(clause, tokens, groupStarts, stages);
		const dated = new Map(clauseMissions.map((m, i) => [m, byIndex[i]]));
		const dropped = new Set<Draft>();
		for (const [now, before] of upgradedFrom) {
			const begins = dated.get(now)?.since;
			if (now.kind === before.kind) {
				// A mission of unstated kind "granted the status of an embassy" stays one embassy, since its opening
				// (data/eval/README.md): the upgrade is no new stage. Said in the same sentence, it is that mission's.
				if (out.includes(before) || clauseMissions.includes(before)) dropped.add(now);
				else dated.set(now, { since: null, until: null });
				continue;
			}
			// The old kind ends when the new one begins; one of an earlier sentence ends with no mark in this one.
			const old = dated.get(before);
			if (begins && old) old.until = begins;
			else if (begins && !clauseMissions.includes(before)) before.until ??= begins.date;
		}
		for (const m of clauseMissions) {
			if (dropped.has(m)) continue;
			const { since, until } = (!undated.has(m) && dated.get(m)) || { since: null, until: null };
			if (moved && out.length) {
				// "…, което е преместено в Астана 2006 година": the previous mission, moved; it ends where this begins.
				const prev = out[out.length - 1];
				m.sender = prev.sender;
				m.kind = prev.kind;
				if (since) prev.until = since.date;
			}
			if (since) {
				m.since = since.date;
				m.highlight.push({ doc: '', start: since.start, end: since.end });
			}
			if (until) {
				m.until = until.date;
				m.highlight.push({ doc: '', start: until.start, end: until.end });
			}
		}
		for (const m of clauseMissions) {
			if (dropped.has(m)) continue;
			if ((!m.sender || m.sender === m.host) && fromUnstated.has(m)) continue;
			if (!m.sender || m.sender === m.host) {
				// The sentence leaves the sender out: in a section about country X, a mission in the focus is X's, and a
				// mission in X is the focus's.
				if (sectionCountry && m.host === focus) m.sender = sectionCountry;
				else if (sectionCountry && m.host === sectionCountry) m.sender = focus;
			}
			if (hostMark && hostMark !== m.host && !hostRuns.some((r) => r.some((h) => h.code === m.host)))
				warn(
					cStart,
					`the mission's city is not in ${hostMark}, the country the sentence names as host`,
					shorten(clauseText),
					'Check the city and the host country'
				);
			if (!m.sender || m.sender === m.host) {
				warn(
					cStart,
					'a mission whose sending country the sentence does not say',
					shorten(clauseText),
					'Name the sending country in the sentence'
				);
				continue;
			}
			const served = (targets.length ? targets : target ? [target] : []).filter(
				(c) => c !== m.host && c !== m.sender
			);
			const together = servedWith.get(m)?.filter((c) => c !== m.host && c !== m.sender);
			if (together?.length) m.accreditedTo = together;
			else if (target && served.length) m.accreditedTo = served;
			else if (!target && m.sender !== focus && m.host !== focus) m.accreditedTo = [focus];
			out.push(m);
		}
	}
	return honoraryConsulates(out).map((m) => ({ ...m, highlight: m.highlight.map((h) => ({ ...h })) }));
}

/** Another kind of mission of the same sender in the same place: what an upgrade makes of the one before. */
function samePost(now: Draft, before: Draft): boolean {
	return (
		now.kind !== before.kind &&
		now.sender === before.sender &&
		now.host === before.host &&
		(!now.cityStated || !before.cityStated || now.place?.geonameId === before.place?.geonameId)
	);
}

/**
 * "opened a consulate in Belgrade, and named Milanka Karić honorary consul of Kazakhstan to Serbia": a consulate the
 * sentence places and an honorary consul it names for the same sender and host, with no city of the consul's own, are
 * one post, an honorary consulate in the consulate's city.
 */
function honoraryConsulates(missions: Draft[]): Draft[] {
	const same = (a: Draft, b: Draft) => a.sender === b.sender && a.host === b.host;
	const placed = missions.filter((m) => m.kind === 'consulate' && m.cityStated);
	const merged = missions.filter(
		(m) => m.kind === 'honorary-consulate' && !m.cityStated && placed.filter((c) => same(c, m)).length === 1
	);
	for (const m of merged) {
		const consulate = placed.find((c) => same(c, m))!;
		consulate.kind = 'honorary-consulate';
		consulate.highlight.push(...m.highlight);
		consulate.since ??= m.since;
	}
	return missions.filter((m) => !merged.includes(m));
}
