/** One clause as the phases of the mission grammar read it. */
import type { MissionKind, PartialDate, Span } from '../../../atlas/types';
import type { Place } from '../../lookup/places';
import type { Lexicon } from '../../languages';

export interface Clause {
	/** The whole document's text: offsets are into it. */
	text: string;
	start: number;
	end: number;
	lex: Lexicon;
}

export function escapeRegExp(word: string): string {
	return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A mission a sentence states, with the passage that states it. */
export interface MissionFact {
	sender: string;
	host: string;
	kind: MissionKind;
	/** Null when no city is stated and the gazetteer has no capital for the host: kept, with no point. */
	place: Place | null;
	cityStated: boolean;
	accreditedTo: string[];
	since: PartialDate | null;
	until: PartialDate | null;
	span: Span;
	highlight: Span[];
}

/** A mission as the grammar reads it, before the sentence's span is added. */
export type Draft = Omit<MissionFact, 'span'>;
