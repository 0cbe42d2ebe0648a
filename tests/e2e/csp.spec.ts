/**
 * Content Security Policy (kit.csp in svelte.config.js): a <meta http-equiv> tag in every prerendered page, no
 * inline script allowed except Kit's hashed bootstrap, and the whole app (map, worker, font, geometry) runs under
 * it without a single violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { wakeMap } from '../support/map';

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

/** Collects CSP violations (reported as DOM events before any page script runs) and console errors. */
async function watch(page: Page): Promise<{ violations: () => Promise<string[]>; errors: string[] }> {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`
			)
		);
	});
	return {
		errors,
		violations: () =>
			page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
	};
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

for (const path of ['/', '/country/TR/', '/table/']) {
	test(`${path} runs with no CSP violation and no console error`, async ({ page }) => {
		const { violations, errors } = await watch(page);
		await page.goto(path);
		if (path !== '/table/') {
			// The map is the part most likely to need something the policy forbids: worker, blob:, fonts, fetch.
			await wakeMap(page);
			await page.waitForFunction(() => window.__map?.loaded() === true, null, { timeout: 45_000 });
		}
		await page.waitForLoadState('networkidle');
		expect(await violations()).toEqual([]);
		expect(errors).toEqual([]);
	});
}

test('an injected inline script is refused', async ({ page }) => {
	const { violations } = await watch(page);
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
