/**
 * The first phase of the mission grammar: the role of each country of a clause. A country is the sender of a mission
 * word it is attached to ("Japan's embassy", "the embassy of Japan", "미국 대사관"), a host named as such ("주카자흐스탄",
 * "카자흐스탄에"), the country a non-resident mission serves ("accredited to Latvia"), or a subject; subjects joined
 * by "and" or a comma send together.
 */
import type { Token } from '../tokens';
import { LANGUAGES } from '../../languages';
import { escapeRegExp, type Clause } from './clause';

const AND_OR = LANGUAGES.flatMap((l) => [...l.clauses.and, ...l.clauses.or]).map(escapeRegExp);
/** What joins two subjects: "A and B", "A, B", "A и B", "A과 B". Every language's words: texts quote each other. */
const COORDINATION = new RegExp(`^\\s*(?:,\\s*)?(?:${AND_OR.join('|')})?\\s*(?:the\\s+)?$`, 'iu');

/** A remark in parentheses after a name ("우즈베키스탄(약 20만)과"): not part of what joins it to the next. */
const REMARK = /^\s*\([^)]*\)/u;

export interface Roles {
	/** Mission word -> the country attached to it as its sender. */
	senderOf: Map<Token, string>;
	/** Countries attached to a mission word as its sender: not subjects of anything else. */
	roled: Set<Token>;
	/** Mission word -> the country its adjective names as host after a possessive ("its Hungarian embassy"). */
	hostOf: Map<Token, string>;
	subjects: Token[];
	/** The last country named as the host, and every such mark. */
	hostMark: string | null;
	hostMarks: Token[];
	/** The country a non-resident mission serves (the focus when the clause says so without naming one). */
	target: string | null;
	/** Every country the clause names as served: the target and those joined to it ("in Argentina and Chile"). */
	targets: string[];
	/** Subjects that send together, in order. */
	subjectGroups: Token[][];
	/** Hosts named together ("우즈베키스탄과 카자흐스탄에", "in Germany and France"), each run ending at its mark. */
	hostRuns: Token[][];
}

export function countryRoles(
	{ text, start: cStart, end: cEnd, lex }: Clause,
	tokens: readonly Token[],
	focus: string
): Roles {
	const clauseText = text.slice(cStart, cEnd);
	const before = (t: Token) => text.slice(cStart, t.start);
	const gap = (a: Token, b: Token) => text.slice(a.end, b.start);
	const senderOf = new Map<Token, string>();
	const hostOf = new Map<Token, string>();
	/** Countries attached to a mission word as its sender: not subjects of anything else. */
	const roled = new Set<Token>();
	const subjects: Token[] = [];
	let hostMark: string | null = null;
	const hostMarks: Token[] = [];
	let target: string | null = null;
	const targets: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (t.type !== 'country') continue;
		const prev = tokens[i - 1];
		const next = tokens[i + 1];
		// Countries a group word stands for ("나머지 국가들에도") share its place: the last takes the role, and the others
		// are joined to it.
		if (next?.type === 'country' && next.start === t.start) continue;
		// A remark in parentheses after a name is not what follows it: "카자흐스탄(약 10만)에".
		const after = text.slice(t.end, cEnd).replace(REMARK, '');
		if (t.hostPrefixed) {
			hostMark = t.code!;
			hostMarks.push(t);
		} else if (prev?.type === 'kind' && lex.possessiveGap.test(gap(prev, t))) {
			senderOf.set(prev, t.code!);
			roled.add(t);
		} else if (lex.hostMarkAfter && lex.hostMarkAfter.test(after)) hostMark = t.code!;
		else if (
			lex.represented.test(before(t)) ||
			(prev?.type === 'country' && targets.includes(prev.code!) && COORDINATION.test(gap(prev, t)))
		) {
			target ??= t.code!;
			if (!targets.includes(t.code!)) targets.push(t.code!);
		} else if (
			t.adjective &&
			next?.type === 'kind' &&
			lex.possessorBefore?.test(before(t)) &&
			lex.senderGapBefore.test(gap(t, next))
		) {
			hostOf.set(next, t.code!);
			roled.add(t);
		} else if (
			next?.type === 'kind' &&
			lex.senderGapBefore.test(gap(t, next)) &&
			// "В Казахстане посольство ...": a bare name after a preposition is where, not whose.
			(t.adjective || gap(t, next).trim() !== '' || !lex.prepositionBefore.test(before(t)))
		) {
			senderOf.set(next, t.code!);
			roled.add(t);
		} else if (t.adjective) continue;
		else if (lex.hostAfter && lex.hostAfter.test(after)) {
			hostMark = t.code!;
			hostMarks.push(t);
		} else if (lex.subjectAfter.test(after)) subjects.push(t);
		else if (
			lex.subjectByPosition &&
			!/\($/.test(before(t).trimEnd()) &&
			!lex.prepositionBefore.test(before(t)) &&
			!(prev?.type === 'kind')
		)
			subjects.push(t);
	}
	if (!target && lex.representedAny.test(clauseText)) target = focus;
	// Subjects joined by "and" or a comma send together ("the UAE and the DPRK have embassies", "САЩ, КНР и ОАЕ
	// имат посолства", "미국과 일본은"): a country with no other role joined to a subject belongs to it.
	const joined = (a: Token, b: Token) => COORDINATION.test(gap(a, b).replace(REMARK, ''));
	const subjectGroups: Token[][] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (!subjects.includes(t)) continue;
		const last = subjectGroups.at(-1);
		if (last && tokens[i - 1] === last.at(-1) && joined(last.at(-1)!, t)) last.push(t);
		else subjectGroups.push([t]);
	}
	const free = (t: Token | undefined): t is Token =>
		t !== undefined &&
		t.type === 'country' &&
		!t.adjective &&
		!t.hostPrefixed &&
		!roled.has(t) &&
		!subjects.includes(t) &&
		!hostMarks.includes(t);
	for (const g of subjectGroups) {
		for (let k = tokens.indexOf(g[0]); free(tokens[k - 1]) && joined(tokens[k - 1], tokens[k]); k--)
			g.unshift(tokens[k - 1]);
		for (let k = tokens.indexOf(g.at(-1)!); free(tokens[k + 1]) && joined(tokens[k], tokens[k + 1]); k++)
			g.push(tokens[k + 1]);
	}
	// Countries with no other role joined to a host ("우즈베키스탄(약 20만)과 카자흐스탄(약 10만)에") are hosts too.
	const hostRuns = hostMarks
		.filter((h) => !h.hostPrefixed)
		.map((h) => {
			const run = [h];
			for (let k = tokens.indexOf(h); free(tokens[k - 1]) && joined(tokens[k - 1], tokens[k]); k--)
				run.unshift(tokens[k - 1]);
			return run;
		});
	return { senderOf, roled, hostOf, subjects, hostMark, hostMarks, target, targets, subjectGroups, hostRuns };
}
