/**
 * The bench's count of what the interface's languages add to a page (scripts/bench/language-growth.ts): the message
 * wrappers found and taken out as the minifier writes them, and the sums.
 */
import { describe, expect, it } from 'vitest';
import { countScripts, languageGrowth, stripMessageCode } from '../../scripts/bench/language-growth';

// As the English copy of the app has them: a string's function, then its wrapper; a plural's wrapper takes inputs.
const SCRIPT =
	'Xt=()=>`Find a country`,Zt=((e={},t={})=>Xt(e)),' +
	'Jt=e=>{let t=xe(`en`,e?.count,{});return t===`one`?`city: ${e?.count} mission`:`city: ${e?.count} missions`},' +
	'Yt=((e,t={})=>Jt(e)),f=((a,b)=>g(a))';

describe('stripMessageCode', () => {
	it('leaves each message its string alone: the wrappers and the arrows before plain strings go, nothing else', () => {
		const { code, wrappers } = stripMessageCode(SCRIPT);
		expect(wrappers).toBe(2);
		expect(code).toBe(
			'Xt=`Find a country`,' +
				'Jt=e=>{let t=xe(`en`,e?.count,{});return t===`one`?`city: ${e?.count} mission`:`city: ${e?.count} missions`},' +
				'f=((a,b)=>g(a))'
		);
	});

	it('does not take a call of another argument for a wrapper, nor a template with a substitution for a string', () => {
		expect(stripMessageCode('a=((e={},t={})=>b(t))').wrappers).toBe(0);
		expect(stripMessageCode('a=()=>`${b}`').code).toBe('a=()=>`${b}`');
	});
});

describe('countScripts and languageGrowth', () => {
	/** A gzip that counts characters: the sums are then checked by hand. */
	const size = (bytes: Buffer | string) => Buffer.byteLength(bytes);
	const chunks = {
		'_app/immutable/chunks/a.js': { 'src/lib/paraglide/runtime.js': 100, 'src/lib/x.ts': 50 },
		'_app/immutable/chunks/b.js': { 'src/lib/paraglide/runtime.js': 0, 'src/lib/i18n/format.ts': 20 }
	};
	const modules = {
		'src/lib/paraglide/runtime.js': { rendered: 100, minified: 40, gzip: 30 },
		'src/lib/i18n/format.ts': { rendered: 20, minified: 10, gzip: 8 }
	};
	const original = (file: string) => file.replace('/bg/', '/');

	it('counts a module held by two loaded chunks once, and the wrappers in bytes', () => {
		const english = countScripts(
			[
				{ file: '_app/immutable/chunks/a.js', body: Buffer.from('o=((e={},t={})=>a(e))') },
				{ file: '_app/immutable/chunks/b.js', body: Buffer.from('x=1') }
			],
			chunks,
			modules,
			original,
			size
		);
		// 21 + 3 characters; the wrapper "o=((e={},t={})=>a(e))" goes, all 21.
		expect(english).toEqual({ scriptsGz: 24, wrappersGz: 21, wrappers: 1, runtimeGz: 38 });

		const bulgarian = countScripts(
			[{ file: '_app/immutable/bg/chunks/a.js', body: Buffer.from('o=((e={},t={})=>a(e)),s=`Държави`') }],
			chunks,
			modules,
			original,
			size
		);
		expect(bulgarian.runtimeGz).toBe(30);
		const growth = languageGrowth(bulgarian, english);
		// Its scripts: 21 + 5 (",s=`" and "`") + 14 (seven Cyrillic letters, two bytes each) = 40, 16 above English's.
		expect(growth).toEqual({ wrappersGz: 21, runtimeGz: 38, stringsGz: 16, totalGz: 75 });
		expect(languageGrowth(english, english).totalGz).toBe(59);
	});
});
