/**
 * Content Security Policy (kit.csp in svelte.config.js): a <meta http-equiv> tag in every prerendered page, no
 * inline script allowed except Kit's hashed bootstrap, and an injected inline script is refused. That the whole app
 * (map, worker, font, geometry) runs under it without a single violation is checked on every route by pages.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchCsp } from '../support/page';

/** Directive name -> its sources, from the page's CSP meta tag. */
async function policy(page: Page): Promise<Map<string, string[]>> {
	const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(content, 'every page carries the CSP as a meta tag').toBeTruthy();
	return new Map(
		(content ?? '')
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name, sources])
	);
}

test('the policy allows no inline script and no other origin', async ({ page }) => {
	await page.goto('/');
	const csp = await policy(page);
	const script = csp.get('script-src') ?? csp.get('default-src') ?? [];
	expect(script).toContain("'self'");
	expect(script).not.toContain("'unsafe-inline'");
	expect(script).not.toContain("'unsafe-eval'");
	// Only our own origin, data: and blob: appear anywhere: no CDN, no tile server.
	for (const [name, sources] of csp)
		for (const source of sources)
			expect(source, `${name} ${source}`).toMatch(
				/^('self'|'none'|'unsafe-inline'|'sha256-[^']+'|data:|blob:)$/
			);
	expect(csp.get('worker-src')).toEqual(expect.arrayContaining(["'self'", 'blob:']));
	expect(csp.get('connect-src')).toEqual(["'self'"]);
});

// That every route, the map started, runs with no violation and no console error is checked in pages.spec.ts
// ("every route"), with the page's other checks, rather than by starting the map a second time here.

test('an injected inline script is refused', async ({ page }) => {
	const violations = await watchCsp(page);
	await page.goto('/table/');
	const ran = await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__inlineRan = true';
		document.body.append(s);
		return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
	});
	expect(ran).toBe(false);
	expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
});
