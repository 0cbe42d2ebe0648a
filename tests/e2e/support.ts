/** Helpers shared by the browser specs. */
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
