/**
 * Shared by the accessibility specs: runs axe-core (https://github.com/dequelabs/axe-core-npm) over the page against
 * WCAG 2.2 A and AA (2.2 adds `target-size`: 24 px of room around each control) and returns the serious and
 * critical violations as readable lines, one per rule and element, so a failing test names what to fix and where.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** `exclude`: selectors of parts left out of the check (a known fault another change is fixing, named where used). */
export async function seriousViolations(page: Page, exclude: string[] = []): Promise<string[]> {
	const builder = new AxeBuilder({ page }).withTags([
		'wcag2a',
		'wcag2aa',
		'wcag21a',
		'wcag21aa',
		'wcag22aa',
		'best-practice'
	]);
	for (const selector of exclude) builder.exclude(selector);
	const results = await builder.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} — ${n.target.join(' ')}`));
}
