/**
 * One copy of the app per interface language (scripts/locale-build/, issue 23's first-load budget): each page loads
 * its own language's copy, whose scripts hold that language's strings and no other's, it hydrates and works (search
 * and a click open a country's panel in the language), and the language switcher loads the other language's page
 * whole (a new document, so that its copy loads), with its words; the service worker keeps the last one's copy. One
 * page load per language: English at `/`, then the switcher to Bulgarian, Korean and Russian in turn. The words are
 * read from the message files.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Response } from '@playwright/test';
import { hydrated, watchCsp, watchErrors } from '../support/page';

const read = (locale: string) =>
	JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')) as Record<
		string,
		string
	>;
const LOCALES = ['en', 'bg', 'ko', 'ru'] as const;
const words = Object.fromEntries(LOCALES.map((l) => [l, read(l)]));

/**
 * Messages whose four translations differ, so that a copy holding another language's strings shows: the panel's
 * heading (in the country's chunk, loaded by the click), the search box's name and the add link (the home page's).
 */
const KEYS = ['panel_what_documents_say', 'search_label', 'nav_add'];

/** A country of the seed documents, and one to search for from there (both have a panel with its passages). */
const ROUTE = [
	{ locale: 'en', search: 'Turkey', code: 'TR' },
	{ locale: 'bg', search: 'China', code: 'CN' },
	{ locale: 'ko', search: 'United States', code: 'US' },
	{ locale: 'ru', search: 'Russia', code: 'RU' }
] as const;

/** The scripts a document loads (its workers' too), with their text, from the moment it is called. */
function watchScripts(page: Page): {
	list: () => Promise<{ path: string; text: string }[]>;
	reset: () => void;
} {
	let seen: Promise<{ path: string; text: string } | null>[] = [];
	page.context().on('response', (response: Response) => {
		const url = new URL(response.url());
		if (!url.pathname.endsWith('.js')) return;
		seen.push(
			response.text().then(
				(text) => ({ path: url.pathname, text }),
				() => null
			)
		);
	});
	return {
		list: async () => (await Promise.all(seen)).filter((s) => s !== null),
		reset: () => (seen = [])
	};
}

test('each language loads its own copy of the app, with its strings alone; the switcher loads the next whole', async ({
	page
}) => {
	test.setTimeout(240_000);
	const errors = watchErrors(page);
	const violations = await watchCsp(page);
	const scripts = watchScripts(page);
	await page.goto('/');
	for (const [i, { locale, search, code }] of ROUTE.entries()) {
		const say = words[locale];
		const prefix = locale === 'en' ? '' : `/${locale}`;
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await hydrated(page);

		// Every link to another language loads its page whole: Kit's router would keep this language's copy.
		const others = page.locator(`a[hreflang]:not([hreflang="${locale}"])`);
		expect(await others.count()).toBeGreaterThanOrEqual(3);
		for (const link of await others.all()) await expect(link).toHaveAttribute('data-sveltekit-reload', '');

		// It works: search, and a click on its answer opens the country's panel in the language.
		const box = page.getByRole('combobox', { name: say.search_label });
		await box.fill(search);
		await page.getByRole('listbox').getByRole('option').first().click();
		await expect(page).toHaveURL(new RegExp(`${prefix}/country/${code}/`));
		await expect(page.locator('main.panel')).toContainText(say.panel_what_documents_say);

		// Its scripts: all from its copy of the app, with its words and none of another language's.
		const loaded = await scripts.list();
		const app = loaded.filter((s) => s.path.includes('/_app/immutable/'));
		expect(app.length).toBeGreaterThan(5);
		const copy =
			locale === 'en' ? /^\/_app\/immutable\/(?!bg\/|ko\/|ru\/)/ : new RegExp(`^/_app/immutable/${locale}/`);
		expect(app.map((s) => s.path).filter((p) => !copy.test(p))).toEqual([]);
		const text = app.map((s) => s.text).join('\n');
		expect(
			KEYS.filter((key) => !text.includes(say[key])),
			`${locale}'s words missing`
		).toEqual([]);
		const foreign = LOCALES.filter((l) => l !== locale).flatMap((other) =>
			KEYS.filter((key) => text.includes(words[other][key])).map((key) => `${other}: ${key}`)
		);
		expect(foreign, `other languages' words in ${locale}'s scripts`).toEqual([]);
		expect(errors).toEqual([]);
		expect(await violations()).toEqual([]);

		// The switcher: the next language's page of this country, a new document (the marker goes) with its words.
		const next = ROUTE[i + 1];
		if (!next) {
			// The service worker keeps the copy of the app this language's pages load (registered on a page of another
			// language, it fetches this one's when its page opens): every page's script of the copy (Kit's `nodes`,
			// which the app's entry imports), those of pages never opened included, is in its cache.
			const preloaded = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
					(link) => new URL(link.href).pathname
				)
			);
			const entry = preloaded.find((path) => /\/entry\/app\.[\w-]+\.js$/.test(path));
			expect(entry && copy.test(entry)).toBe(true);
			const nodes = await page.evaluate(async (entry) => {
				const text = await (await fetch(entry)).text();
				return [...text.matchAll(/\.\.\/nodes\/[\w.-]+\.js/g)].map(
					(m) => new URL(m[0], location.origin + entry).pathname
				);
			}, entry!);
			expect(nodes.length).toBeGreaterThan(4);
			expect(nodes.every((path) => copy.test(path))).toBe(true);
			await expect
				.poll(
					() =>
						page.evaluate(async (paths) => {
							const keys = await caches.keys();
							if (keys.length === 0) return ['no cache yet'];
							const cache = await caches.open(keys[0]);
							const missing = [];
							for (const path of paths) if (!(await cache.match(path))) missing.push(path);
							return missing;
						}, nodes),
					{ timeout: 60_000 }
				)
				.toEqual([]);
			break;
		}
		await page.evaluate(() => ((window as unknown as { __before: boolean }).__before = true));
		scripts.reset();
		await page.locator(`nav.languages a[hreflang="${next.locale}"]`).click();
		await expect(page).toHaveURL(new RegExp(`/${next.locale}/country/${code}/`));
		await expect(page.locator('main.panel')).toContainText(words[next.locale].panel_what_documents_say);
		expect(await page.evaluate(() => (window as unknown as { __before?: boolean }).__before)).toBeUndefined();
	}
});
