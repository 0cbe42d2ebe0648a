/**
 * One home for the style tokens: every custom property the components read with `var(--x)` is defined in
 * src/app.css (or set by the same file that reads it, as Legend sets `--hatch` on a swatch), none is read with a
 * fallback that could disagree with the token, and every phone rule uses the one breakpoint.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_STACK, MUTED, RULE_STRONG } from '../../src/lib/map/theme';
import { PHONE_WIDTH } from '../../src/lib/shell/breakpoint';

const SRC = join(import.meta.dirname, '../../src');
const APP_CSS = readFileSync(join(SRC, 'app.css'), 'utf8');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(svelte|ts|css)$/.test(entry.name) ? [path] : [];
	});
}

/** Custom properties a stylesheet or component sets: `--x:` in CSS, `style:--x=` in markup. */
function defined(text: string): Set<string> {
	return new Set([...text.matchAll(/(?:^|[\s;{`'"]|style:)(--[a-z0-9-]+)\s*[:=]/g)].map((m) => m[1]));
}

const files = sourceFiles(SRC).map((path) => ({
	path: path.slice(SRC.length + 1),
	text: readFileSync(path, 'utf8')
}));
const tokens = defined(APP_CSS);

describe('style tokens', () => {
	it('app.css defines the tokens the components share', () => {
		for (const token of ['--ink', '--muted', '--quote', '--mark-mission', '--mark-status', '--mark-date'])
			expect(tokens.has(token), token).toBe(true);
	});

	it('every var(--x) in src is defined in app.css or in the file that reads it', () => {
		const undefinedUses = files.flatMap(({ path, text }) => {
			const own = defined(text);
			return [...text.matchAll(/var\((--[a-z0-9-]+)/g)]
				.map((m) => m[1])
				.filter((name) => !tokens.has(name) && !own.has(name))
				.map((name) => `${path}: ${name}`);
		});
		expect(undefinedUses).toEqual([]);
	});

	it('no token is read with a fallback of its own', () => {
		const fallbacks = files.flatMap(({ path, text }) =>
			[...text.matchAll(/var\((--[a-z0-9-]+)\s*,/g)].map((m) => `${path}: ${m[1]}`)
		);
		expect(fallbacks).toEqual([]);
	});

	it('the check finds a property nobody defines', () => {
		const own = defined('.a { --here: 1px; color: var(--here); }');
		expect(own.has('--here')).toBe(true);
		expect(own.has('--elsewhere')).toBe(false);
		expect(tokens.has('--elsewhere')).toBe(false);
	});

	it('every width media query is the phone breakpoint', () => {
		const queries = files.flatMap(({ path, text }) =>
			[...text.matchAll(/@media[^{]*\((?:max|min)-width:\s*([^)]+)\)/g)].map((m) => `${path}: ${m[1]}`)
		);
		expect(queries.length).toBeGreaterThan(4);
		for (const query of queries) expect(query).toMatch(new RegExp(`: ${PHONE_WIDTH}px$`));
	});

	it('the SVG renderer writes the colours and fonts app.css defines (map/theme.ts)', () => {
		const value = (token: string) => APP_CSS.match(new RegExp(`${token}:\\s*([^;]+);`))?.[1];
		expect(value('--muted')).toBe(MUTED);
		expect(value('--rule-strong')).toBe(RULE_STRONG);
		const fonts = APP_CSS.match(/font-family:([^;]+);/)?.[1]
			.split(',')
			.map((font) => font.trim());
		expect(fonts).toEqual(FONT_STACK.split(',').map((font) => font.trim()));
	});
});
