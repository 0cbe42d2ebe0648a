/**
 * Countries a sentence names only as a group of countries listed before: a count of three or more ("이들 4개국",
 * "these five countries", "пяти государств"; "the two countries" is the pair the text is about), a plural ("이날 축하 서한을 주고받은 국가들은", "these countries"), or the rest of
 * a list ("나머지 국가들에도 대사관을 개설했다", "the remaining countries": those of the list the sentence does not
 * name). The group stands for the most recent list of that many countries (for a count) or the most recent list (for
 * a plural or the rest) named earlier in the document; a sentence that names countries of its own before the group
 * word ("카자흐스탄, 우즈베키스탄, 키르기스스탄, 몰도바 등 4개국") names them itself, and nothing is added.
 */
import type { CountryMatch } from '../lookup/countries';
import type { Lexicon } from '../languages';

export class GroupMemory {
	/** The lists of two or more countries other than the focus, in the order the document names them. */
	#lists: string[][] = [];

	constructor(private readonly focus: string) {}

	/**
	 * The countries the sentence's group words stand for, as matches at those words (one a country, all at the same
	 * place), to be read with the countries it names.
	 */
	expand(sentence: string, offset: number, named: CountryMatch[], lex: Lexicon): CountryMatch[] {
		const words = lex.groups;
		if (!words || this.#lists.length === 0) return [];
		const others = (before: number) => named.some((c) => c.code !== this.focus && c.start < offset + before);
		const at = (m: RegExpExecArray, codes: string[]): CountryMatch[] =>
			codes.map((code) => ({
				code,
				start: offset + m.index,
				end: offset + m.index + m[0].length,
				surface: m[0]
			}));
		const rest = words.rest.exec(sentence);
		if (rest) {
			const own = new Set(named.map((c) => c.code));
			const last = this.#lists.at(-1)!;
			const left = last.filter((code) => !own.has(code));
			return left.length && left.length < last.length ? at(rest, left) : [];
		}
		const count = words.count.exec(sentence);
		if (count) {
			const n = words.number(count[1]);
			// "The two countries" ("두 나라", "двух стран") is the pair a text is about, not a list.
			if (n === null || n < 3 || others(count.index)) return [];
			const list = this.#lists.findLast((l) => l.length === n);
			return list ? at(count, list) : [];
		}
		const plural = words.plural.exec(sentence);
		if (plural && !others(plural.index)) return at(plural, this.#lists.at(-1)!);
		return [];
	}

	/** Remembers the sentence's countries (named or expanded) when it names two or more besides the focus. */
	remember(countries: CountryMatch[]): void {
		const codes = [...new Set(countries.map((c) => c.code))].filter((c) => c !== this.focus);
		if (codes.length >= 2) this.#lists.push(codes);
	}
}
