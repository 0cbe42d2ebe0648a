/**
 * A passage cut into runs of plain and marked text, so a page can mark the facts a document states without ever
 * treating document text as HTML. The panel's passages and the map's mission card both cut their text here.
 */

export type FactKind = 'date' | 'mission' | 'status';
/** Fixed order, so a segment's `facts` compare equal however the spans were listed. */
const FACT_ORDER: FactKind[] = ['date', 'mission', 'status'];

export interface TextSegment {
	text: string;
	/** The facts stated by this stretch of text; empty for plain text. */
	facts: FactKind[];
}

/** A stretch of a document (offsets into the whole document) that states a fact. */
export interface Mark {
	start: number;
	end: number;
	kind: FactKind;
}

/**
 * Cuts `text` (which starts at offset `base` of its document) at every mark edge. Marks are clipped to the text;
 * a mark that would cover the whole text says nothing and is dropped.
 */
export function segment(text: string, base: number, marks: readonly Mark[]): TextSegment[] {
	const end = base + text.length;
	const clipped = marks
		.map((m) => ({ start: Math.max(m.start, base), end: Math.min(m.end, end), kind: m.kind }))
		.filter((m) => m.end > m.start && !(m.start === base && m.end === end));
	const cuts = [...new Set([base, end, ...clipped.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
	const segments: TextSegment[] = [];
	for (let i = 0; i + 1 < cuts.length; i++) {
		const [from, to] = [cuts[i], cuts[i + 1]];
		const kinds = new Set(clipped.filter((m) => m.start <= from && m.end >= to).map((m) => m.kind));
		const facts = FACT_ORDER.filter((k) => kinds.has(k));
		const piece = text.slice(from - base, to - base);
		const last = segments.at(-1);
		if (last && last.facts.join() === facts.join()) last.text += piece;
		else segments.push({ text: piece, facts });
	}
	return segments;
}
