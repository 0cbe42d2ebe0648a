/**
 * The registry of the languages the pipeline reads: one module per language in this folder, as chrono-node keeps
 * `locales/<code>/`. Nothing outside this folder branches on a language code (an ESLint rule holds it): it asks
 * `languageFor(tag)` for the language's data instead.
 */
import { bg } from './bg';
import { en } from './en';
import { ko } from './ko';
import { ru } from './ru';
import { LANGUAGE_CODES } from './codes';
import type { Language } from './types';

export type { AliasTarget, DateWords, Language, Lexicon, PlaceNames } from './types';

/** Every language, in the order of `codes.ts`. */
export const LANGUAGES: readonly Language[] = [bg, ko, en, ru];

if (LANGUAGES.map((l) => l.code).join() !== LANGUAGE_CODES.map((l) => l.code).join())
	throw new Error('languages: index.ts and codes.ts must list the same languages in the same order');

const BY_CODE = new Map(LANGUAGES.map((l) => [l.code, l]));

/** The language of a BCP 47 tag ("bg", "en-GB"), or undefined if the pipeline does not read it. */
export function languageFor(tag: string): Language | undefined {
	return BY_CODE.get(tag.split('-')[0]);
}
