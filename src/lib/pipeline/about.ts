/**
 * The pair a document without a manifest is about, from its title. A built-in document's manifest says which other
 * countries the whole text is about (`about`); a reader's document and a file in a folder without a manifest have only
 * a title. A bilateral article's title names the pair in every language the pipeline reads ("Kazakhstan–Latvia
 * relations", "Отношения Казахстана и Белоруссии", "미국-카자흐스탄 관계"), and with the pair known, what the text
 * says of "both countries" or of an embassy whose country it leaves out is placed as in a built-in article.
 */
import { findAdjectives, findCountries } from './lookup/countries';

/**
 * `[code]` when the title names the focus and exactly one other country (by name or by adjective: "Greek-Kazakh
 * relations"); otherwise `[]`, for a title that names no pair says nothing of what the whole text is about
 * ("Foreign relations of Kazakhstan", a news headline naming three countries).
 */
export function aboutFromTitle(title: string, lang: string, focus: string): string[] {
	const named = new Set([...findCountries(title, lang), ...findAdjectives(title, lang)].map((c) => c.code));
	if (!named.delete(focus) || named.size !== 1) return [];
	return [...named];
}
