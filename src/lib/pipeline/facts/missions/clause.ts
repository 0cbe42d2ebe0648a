/** One clause as the phases of the mission grammar read it. */
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
