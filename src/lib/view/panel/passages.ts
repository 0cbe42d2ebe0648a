/**
 * A record's passages as the panel quotes them: each a slice of its document, primary ones first, cut into segments
 * at the spans of the facts it states (marks), so the page can mark them without treating document text as HTML.
 */
import type { AtlasDocument, Span } from '../../atlas/types';
import { cleanQuote } from '../quote';
import { segment, type Mark } from '../segments';
import type { Context } from './context';
import type { Excerpt, PanelExcerpt } from './types';

/** The span without the white space at its edges (table rows start with two spaces). */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	return { start, end };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
	return a.start < b.end && b.start < a.end;
}

/** Finds the id of the passage on the page that holds a span, or null. */
export type Holder = (span: Span) => string | null;

function sectionTitle(doc: AtlasDocument, id: string): string {
	return doc.sections.find((s) => s.id === id)?.title ?? doc.title;
}

export interface Passages {
	excerpts: PanelExcerpt[];
	mentions: PanelExcerpt[];
	/** The first passage on the page (primary ones come first) that overlaps a span, or null. */
	holding: Holder;
}

/** A fact read from a sentence, in English words, with the sentence's span. */
export interface StatedFact {
	span: Span;
	words: string;
}

/** A record's passages, primary first, each in document order, cut at the facts' spans. */
export function passages(
	ctx: Context,
	excerpts: readonly Excerpt[],
	marks: ReadonlyMap<string, Mark[]>,
	facts: readonly StatedFact[] = []
): Passages {
	const spans = new Map<string, Span>();
	const all: PanelExcerpt[] = [];
	const ordered = [...excerpts].sort(
		(a, b) =>
			Number(b.primary) - Number(a.primary) ||
			ctx.docOrder(a.span.doc) - ctx.docOrder(b.span.doc) ||
			a.span.start - b.span.start
	);
	for (const excerpt of ordered) {
		const doc = ctx.doc(excerpt.span.doc);
		const { start, end } = trimSpan(doc.text, excerpt.span.start, excerpt.span.end);
		const id = `${doc.id}-${start}-${end}`;
		if (end <= start || spans.has(id)) continue;
		spans.set(id, { doc: doc.id, start, end });
		all.push({
			id,
			doc: ctx.ref(doc.id),
			sectionTitle: sectionTitle(doc, excerpt.section),
			primary: excerpt.primary,
			segments: cleanQuote(segment(doc.text.slice(start, end), start, marks.get(doc.id) ?? [])),
			gloss: [
				...new Set(
					facts.filter((f) => f.span.doc === doc.id && overlaps({ start, end }, f.span)).map((f) => f.words)
				)
			]
		});
	}
	return {
		excerpts: all.filter((e) => e.primary),
		mentions: all.filter((e) => !e.primary),
		holding: (span) => [...spans].find(([, s]) => s.doc === span.doc && overlaps(s, span))?.[0] ?? null
	};
}
