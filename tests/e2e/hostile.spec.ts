/**
 * Hostile document text in the browser: the second site (tests/support/second-site.ts) reads tests/fixtures/hostile
 * beside the seeds and the library: markup, event handlers, `javascript:` addresses and a 5000-character unbroken
 * string in its country sections, and markup in its title. It shows all of it as text. Nothing runs (no dialog ever
 * opens, no element is injected), the text appears literally, and the long string does not push the page or the
 * panel wider than the window.
 */
import { expect, test, type Page } from '@playwright/test';
import { secondSite } from '../support/second-site';

const LONG = 'А'.repeat(2500) + 'Z'.repeat(2500);

let BASE = '';

test.describe.configure({ mode: 'serial', timeout: 60_000 });

test.beforeAll(async () => {
	test.setTimeout(300_000);
	BASE = (await secondSite()).replace(/\/$/, '');
});

/** Fails the test on any dialog (alert, confirm, prompt): the payloads all call alert(). */
function forbidDialogs(page: Page): string[] {
	const opened: string[] = [];
	page.on('dialog', (d) => {
		opened.push(`${d.type()}: ${d.message()}`);
		void d.dismiss();
	});
	return opened;
}

/** Elements the payloads would have created had they been parsed as HTML. */
async function injected(page: Page): Promise<string[]> {
	return page.evaluate(() => [
		// Kit's own inline script carries the page data, payloads included, as escaped strings: only a script that
		// *is* a payload counts.
		...[...document.querySelectorAll('script')]
			.filter((s) => /^\s*alert\(/.test(s.textContent ?? ''))
			.map((s) => `script: ${s.outerHTML.slice(0, 80)}`),
		// A raw `</script` inside an inline script would end it early and let the rest parse as HTML.
		...[...document.querySelectorAll('script:not([src])')]
			.filter((s) => /<\/script/i.test(s.textContent ?? ''))
			.map((s) => `unescaped </script in: ${s.textContent?.slice(0, 80)}`),
		...[...document.querySelectorAll('img[src="x"], [onerror], [onclick]')].map((e) =>
			e.outerHTML.slice(0, 80)
		),
		...[...document.querySelectorAll('a[href^="javascript:" i]')].map((e) => e.outerHTML.slice(0, 80))
	]);
}

const PAGES = [
	{ path: '/country/TR/', text: '<script>alert(1)</script>' },
	{ path: '/country/GE/', text: '<img src=x onerror=alert(2)>' },
	{ path: '/country/AM/', text: '<a href="javascript:alert(3)">връзка</a>' }
];

for (const { path, text } of PAGES) {
	test(`${path}: the payload is shown as text and nothing runs`, async ({ page }) => {
		const dialogs = forbidDialogs(page);
		await page.goto(BASE + path);
		await expect(page.locator('main').getByText(text, { exact: false }).first()).toBeVisible();
		// Let the map's script and any deferred work run before concluding nothing ran.
		await page.waitForLoadState('networkidle');
		expect(await injected(page)).toEqual([]);
		expect(dialogs).toEqual([]);
	});
}

test('the 5000-character word stays inside the panel and the window', async ({ page }) => {
	const dialogs = forbidDialogs(page);
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(`${BASE}/country/PL/`);
	await expect(page.locator('main').getByText(LONG.slice(0, 200), { exact: false }).first()).toBeAttached();
	const sizes = await page.evaluate(() => {
		// The panel's scrolling box (inside <main>) is what would scroll sideways.
		const box = document.querySelector('main .panel-scroll');
		return {
			page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			panel: box ? box.scrollWidth - box.clientWidth : -1
		};
	});
	expect(sizes.page, 'the page scrolls sideways').toBeLessThanOrEqual(0);
	expect(sizes.panel, 'the panel scrolls sideways').toBeLessThanOrEqual(1);
	expect(dialogs).toEqual([]);
});

test('home, table and downloads show the hostile title as text', async ({ page }) => {
	const dialogs = forbidDialogs(page);
	for (const path of ['/', '/table/']) {
		await page.goto(BASE + path);
		await page.waitForLoadState('networkidle');
		expect(await injected(page)).toEqual([]);
	}
	const json = await page.request.get(`${BASE}/data/atlas.json`);
	expect(json.headers()['content-type']).toMatch(/json/);
	expect(await json.text()).toContain('<script>alert(1)</script>');
	expect(dialogs).toEqual([]);
});
