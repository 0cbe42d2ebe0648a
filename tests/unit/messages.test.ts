/**
 * The interface's message files (messages/{locale}.json, one per language of project.inlang/settings.json): every
 * key in every file, with the same parameters, and plural forms for every category the language's Intl.PluralRules
 * gives. Read from the JSON the translators edit, not from Paraglide's output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const settings = JSON.parse(readFileSync(new URL('project.inlang/settings.json', ROOT), 'utf8')) as {
	baseLocale: string;
	locales: string[];
};

type Variant = { declarations: string[]; selectors: string[]; match: Record<string, string> };
type Message = string | Variant[];

function load(locale: string): Record<string, Message> {
	const messages = JSON.parse(readFileSync(new URL(`messages/${locale}.json`, ROOT), 'utf8')) as Record<
		string,
		Message
	>;
	delete messages.$schema;
	return messages;
}

const files = Object.fromEntries(settings.locales.map((l) => [l, load(l)]));
const base = files[settings.baseLocale];

/** The names a message takes: `{name}` in its text, and the inputs its plural declares. */
function parameters(message: Message): string[] {
	const texts = typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));
	const used = texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));
	const declared =
		typeof message === 'string'
			? []
			: message.flatMap((v) => v.declarations.filter((d) => d.startsWith('input ')).map((d) => d.slice(6)));
	return [...new Set([...used, ...declared])].sort();
}

describe('message files', () => {
	it('lists the four interface languages, English first', () => {
		expect(settings.locales).toEqual(['en', 'bg', 'ko', 'ru']);
		expect(settings.baseLocale).toBe('en');
		expect(Object.keys(base).length).toBeGreaterThan(100);
	});

	for (const locale of settings.locales) {
		describe(locale, () => {
			const messages = files[locale];
			it('has every key of the English file and no other', () => {
				expect(Object.keys(messages).sort()).toEqual(Object.keys(base).sort());
			});
			it('gives each message the same parameters as English', () => {
				const differ = Object.keys(base).filter(
					(key) => key in messages && parameters(messages[key]).join() !== parameters(base[key]).join()
				);
				expect(differ).toEqual([]);
			});
			it('has no empty message and no message left in English (bar the same words)', () => {
				const empty = Object.keys(messages).filter((key) => messages[key] === '');
				expect(empty).toEqual([]);
				if (locale === settings.baseLocale) return;
				// A message identical to the English one is untranslated, unless it has no letters (a symbol, a pattern).
				const same = Object.keys(base).filter(
					(key) =>
						JSON.stringify(messages[key]) === JSON.stringify(base[key]) &&
						/\p{L}/u.test(JSON.stringify(base[key]).replace(/\{\w+\}/g, ''))
				);
				expect(same).toEqual([]);
			});
			it('gives every plural the forms Intl.PluralRules asks for in this language', () => {
				const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
				for (const [key, message] of Object.entries(messages)) {
					if (typeof message === 'string') continue;
					const [variant] = message;
					const selector = variant.selectors[0];
					const forms = Object.keys(variant.match).map((k) => k.slice(selector.length + 1));
					expect(forms.sort(), key).toEqual([...categories].sort());
				}
			});
		});
	}
});
