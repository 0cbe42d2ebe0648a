/**
 * What the interface's languages add to a page's first load, counted on the scripts the page loads (issue 23: at most
 * 10 KB gzip in any language). Before the languages the interface's words were English literals in the components;
 * since, each is a Paraglide message, which in a language's copy of the app (scripts/locale-build/) is that
 * language's string in a function, behind a wrapper that takes Paraglide's arguments:
 *
 *     Qt=()=>`Countries`,$t=((e={},t={})=>Qt(e))
 *
 * So a page carries, beyond an English page of literals:
 * - **the messages' code**: the bytes its scripts lose when each message is only its string again: the wrapper taken
 *   out with the name it binds, and the arrow before a string (`Qt=()=>\`Countries\`` → `Qt=\`Countries\``), gzip
 *   before and after (what is left does not run: it is measured, not loaded);
 * - **the runtime and helpers**: Paraglide's runtime, `src/lib/i18n/` and the city names' loader, each counted as the
 *   build rendered it (tree-shaken) and minified alone as the build minifies (`.svelte-kit/language-modules.json`,
 *   written by scripts/bench/bundle-modules.ts), gzip of each alone: more than their share of a larger chunk's gzip,
 *   so this errs high;
 * - **its strings beyond English's**: its scripts' gzip bytes less the English page's (the same code, other strings).
 *
 * Not counted: the call at each place a string was (`$t()` for a literal), two bytes each.
 */

/**
 * A message's wrapper as the minifier writes it, with the comma before it: `,name=((e={},t={})=>inner(e))` or
 * `,name=((e,t={})=>inner(e))`.
 */
const WRAPPER = /,?[\w$]+=\(\(([\w$]+)(?:=\{\})?,[\w$]+=\{\}\)=>[\w$]+\(\1\)\)/g;
/** A message without inputs: a function of no arguments returning a template literal without substitutions. */
const PLAIN = /([\w$]+)=\(\)=>(`[^`$\\]*`)/g;

/**
 * The script with each message only its string: every wrapper taken out, every plain message's arrow too; and how
 * many wrappers there were.
 */
export function stripMessageCode(code: string): { code: string; wrappers: number } {
	let wrappers = 0;
	const out = code
		.replace(WRAPPER, () => {
			wrappers += 1;
			return '';
		})
		.replace(PLAIN, '$1=$2');
	return { code: out, wrappers };
}

/** A script a page loaded: its path under the site (`_app/immutable/bg/chunks/x.js`) and its bytes. */
export interface LoadedScript {
	file: string;
	body: Buffer;
}

/** Per module of the languages (not the messages): its bytes rendered, minified alone, and that gzipped. */
export type LanguageModules = Record<string, { rendered: number; minified: number; gzip: number }>;

/** A page's scripts counted: all of them, their wrappers, and the runtime and helpers they hold, gzip. */
export interface PageScripts {
	scriptsGz: number;
	/** The messages' code (wrappers and arrows) in the page's scripts, gzip, and how many wrappers. */
	wrappersGz: number;
	wrappers: number;
	/** Paraglide's runtime and the helpers, gzip, each module counted once. */
	runtimeGz: number;
}

/**
 * A page's scripts counted, given the module map (chunk → module → bytes, for which language modules each loaded
 * chunk holds) and the language modules' sizes. A copy's chunk is looked up under the original's name (`original`).
 */
export function countScripts(
	scripts: readonly LoadedScript[],
	chunks: Record<string, Record<string, number>>,
	modules: LanguageModules,
	original: (file: string) => string,
	gzip: (bytes: Buffer | string) => number
): PageScripts {
	let scriptsGz = 0;
	let strippedGz = 0;
	let wrappers = 0;
	const seen = new Set<string>();
	for (const { file, body } of scripts) {
		scriptsGz += gzip(body);
		const stripped = stripMessageCode(body.toString('utf8'));
		strippedGz += gzip(stripped.code);
		wrappers += stripped.wrappers;
		for (const id of Object.keys(chunks[original(file)] ?? {})) if (modules[id]) seen.add(id);
	}
	const runtimeGz = [...seen].reduce((sum, id) => sum + modules[id].gzip, 0);
	return { scriptsGz, wrappersGz: scriptsGz - strippedGz, wrappers, runtimeGz };
}

export interface Growth {
	/** English's messages' code, and runtime and helpers: what an English page of literals would not have. */
	wrappersGz: number;
	runtimeGz: number;
	/** This page's scripts' gzip less the English page's: its strings (and their functions) beyond English's. */
	stringsGz: number;
	/** The sum: what the languages add to the page beyond an English page of literals. */
	totalGz: number;
}

/**
 * What the languages add to a page: the English page less its wrappers and runtime is the page of literals it
 * was, and the page's scripts are measured against that.
 */
export function languageGrowth(page: PageScripts, english: PageScripts): Growth {
	const stringsGz = page.scriptsGz - english.scriptsGz;
	return {
		wrappersGz: english.wrappersGz,
		runtimeGz: english.runtimeGz,
		stringsGz,
		totalGz: english.wrappersGz + english.runtimeGz + stringsGz
	};
}
