/** What a browser spec watches on a page while it runs: errors, and requests to other origins. */
import type { Page } from '@playwright/test';

/** Collects every uncaught page error and console error, for a test to assert there were none. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	return errors;
}

/**
 * Collects every request the page (and its workers: they report on the context) makes outside `origin`, `data:`
 * and `blob:` aside, for a test to assert there were none: the app asks nothing of another site.
 */
export function watchOrigin(page: Page, origin: string): string[] {
	const own = new URL(origin).origin;
	const foreign: string[] = [];
	page.context().on('request', (r) => {
		const url = r.url();
		if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== own)
			foreign.push(url);
	});
	return foreign;
}

/**
 * Collects the Content Security Policy's violations, reported as DOM events from before any page script runs; call
 * it before `goto`. Returns a function that reads what the page has seen so far.
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`
			)
		);
	});
	return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

/**
 * Waits until the page's script has taken over the prerendered page (the root layout marks `<html data-hydrated>`
 * once it has mounted). `goto` returns at the load event, which does not wait for the app's script (SvelteKit
 * imports it dynamically): a click or a key pressed before then reaches a button with no handler yet and is lost,
 * more often the busier the machine. Call it before the first click or key press after a `goto`.
 */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
