/**
 * The dates phase of the mission grammar: since and until of each mission of a clause. "от <date>" / "since <date>"
 * is since, "до <date>" / "until <date>" until; with an opening verb, the clause's date is the opening; with a verb
 * of closing, its end.
 */
import type { DateMatch } from '../../lookup/dates';
import type { Token } from '../tokens';
import type { Clause } from './clause';

/** Where a group of missions begins: its first mission word's offset, and the index of its first mission. */
export interface GroupStart {
	at: number;
	from: number;
}

export interface MissionDates {
	since: DateMatch | null;
	until: DateMatch | null;
}

/** Before a chronology line's date: nothing, or one word ("In", "Since", "On"). */
const CHRONOLOGY_LEAD = /^\s*(?:\p{L}+\s+)?$/u;
/** After it: a dash, the line's event follows ("1992 – ", "1992 — ", "1992 - "). */
const CHRONOLOGY_DASH = /^\s*(?:[–—]|-\s)/u;

/** Inside an open parenthesis of the clause: a remark ("Nur-Sultan (Astana until 2019)"), not the mission's date. */
function inParentheses(text: string, from: number, at: number): boolean {
	const lead = text.slice(from, at);
	return (lead.match(/\(/g)?.length ?? 0) > (lead.match(/\)/g)?.length ?? 0);
}

/**
 * A mission's part in an upgrade the clause states: the kind it became ('new'), the kind it was ('old'), or none.
 */
export type Stage = 'new' | 'old' | null;

/**
 * The dates of the clause's missions, by index (one for each of `stages`, grouped as `groupStarts` says). In a clause
 * that states an upgrade ("was upgraded to an embassy in 2000", "получило статус посольства", "대사관으로 승격"),
 * the new kind's date is the upgrade's: after the verb, or, with none there and no opening verb before it, the
 * clause's ("In 2000 the consulate was granted the status of an embassy"); the old kind takes no date after the verb.
 */
export function missionDates(
	{ text, start: cStart, end: cEnd, lex }: Clause,
	tokens: readonly Token[],
	groupStarts: readonly GroupStart[],
	stages: readonly Stage[]
): MissionDates[] {
	const missionCount = stages.length;
	const clauseText = text.slice(cStart, cEnd);
	// "от <date>" is since, "до <date>" until; with an opening verb, the clause's date is the opening.
	// A date before the first group is the whole clause's ("In 1994 X opened an embassy in A and a consulate in
	// B"); one inside a group's stretch is that group's ("X opened an embassy in A in 1992 and Y one in B in 1996").
	const clauseDates = tokens.filter((t) => t.type === 'date' && !inParentheses(text, cStart, t.start));
	const moved = lex.moved.test(clauseText);
	// In Korean the date precedes its mission word ("2008년 개설한 두샨베 분관이 2021년 대사관으로"): it is the
	// next group's, and a date after the last mission word is the last group's.
	const groupOf = (at: number) => {
		if (lex.placeFirst && groupStarts.length) {
			const next = groupStarts.findIndex((g) => g.at > at);
			return next < 0 ? groupStarts.length - 1 : next;
		}
		let k = -1;
		for (let g = 0; g < groupStarts.length; g++) if (groupStarts[g].at <= at) k = g;
		return k;
	};
	// A chronology line, "December, 2004 – the Diplomatic Mission … has started to work": the date that opens the
	// clause before a dash is the date of the event the line states, the mission's opening unless it says it closed.
	const headed = clauseDates.find(
		(d) => CHRONOLOGY_LEAD.test(text.slice(cStart, d.start)) && CHRONOLOGY_DASH.test(text.slice(d.end, cEnd))
	);
	const upgradeVerb = lex.upgraded.exec(clauseText);
	const upgradeAt = upgradeVerb ? cStart + upgradeVerb.index : -1;
	const openedBefore = upgradeVerb ? lex.openVerb.test(clauseText.slice(0, upgradeVerb.index)) : false;
	const out: MissionDates[] = [];
	for (let index = 0; index < missionCount; index++) {
		let g = -1;
		for (let k = 0; k < groupStarts.length; k++) if (groupStarts[k].from <= index) g = k;
		const inGroup = clauseDates.filter((d) => groupOf(d.start) === g);
		let candidates = inGroup.length ? inGroup : clauseDates.filter((d) => groupOf(d.start) === -1);
		let since: DateMatch | null = null;
		let until: DateMatch | null = null;
		const stage = upgradeVerb ? stages[index] : null;
		if (stage === 'old') candidates = candidates.filter((d) => d.start < upgradeAt);
		else if (stage === 'new') {
			// A verb-final language (Korean) puts the date before the verb.
			const after = lex.placeFirst ? undefined : clauseDates.find((d) => d.start > upgradeAt);
			const upgraded =
				after ?? (openedBefore ? undefined : candidates.filter((d) => d.start < upgradeAt).at(-1));
			if (upgraded) {
				out.push({ since: upgraded.date!, until: null });
				continue;
			}
		}
		const closedAt = clauseText.search(lex.closeVerb);
		for (const d of candidates) {
			const lead = text.slice(cStart, d.start);
			// "closed in 1998"; in Korean the date comes first ("2012년 폐쇄").
			const closing =
				closedAt >= 0 &&
				(!lex.openVerb.test(clauseText) ||
					(lex.placeFirst ? closedAt >= d.end - cStart : closedAt < d.start - cStart));
			if (lex.untilBeforeDate.test(lead) || closing) until = d.date!;
			else if (lex.sinceBeforeDate.test(lead) || lex.openVerb.test(clauseText) || moved || d === headed)
				since ??= d.date!;
		}
		out.push({ since, until });
	}
	return out;
}
