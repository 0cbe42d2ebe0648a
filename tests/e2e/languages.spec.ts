/**
 * The interface in each language (issue 23): `/bg/`, `/ko/`, `/ru/` are the same pages with the language's words
 * (`<html lang>`, hreflang alternates), no message key shows, the converted parts say nothing in English, the
 * switcher keeps the view, and axe finds no serious violation. The expected words are read from the message files
 * the translators edit (messages/{locale}.json), the English ones from messages/en.json.
 *
 * A country page starts MapLibre, which costs 10–40 s in software WebGL: each language's country page is loaded once
 * and its checks (words, axe, the timeline, the sources lines and a mission card) run in turn on that one page.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { hydrated, watchErrors } from '../support/page';
import { wakeMap } from '../support/map';

const read = (locale: string) =>
	JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')) as Record<
		string,
		unknown
	>;
const en = read('en');

/** Messages without parameters that each page shows in its interface parts (not the documents' text). */
const SHOWN: Record<string, string[]> = {
	'': ['nav_map', 'nav_table', 'nav_add', 'status_short_embassy', 'status_short_unstated'],
	'country/TR/': [
		'panel_status',
		'panel_established',
		'panel_what_documents_say',
		'panel_marked',
		'layers_title'
	],
	'table/': ['table_country', 'table_relations', 'table_since', 'table_missions']
};

/** The page's visible words outside the documents' quotations and the names the documents write. */
async function interfaceText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const clone = document.querySelector('.app')!.cloneNode(true) as HTMLElement;
		clone.querySelectorAll('blockquote, cite, [lang]:not(html)').forEach((e) => e.remove());
		return clone.innerText;
	});
}

/** Waits until the messages `keys` are all on screen in `words`' language; the interface text then. */
async function shownWords(page: Page, words: Record<string, unknown>, keys: string[]): Promise<string> {
	await expect
		.poll(async () => {
			const shown = await interfaceText(page);
			return keys.filter((key) => !shown.includes(words[key] as string));
		})
		.toEqual([]);
	return interfaceText(page);
}

/**
 * Checks that the page is in `locale`: `<html lang>`, its hreflang alternate, the messages `keys` on screen in the
 * language, none of their English phrases, and no message key.
 */
async function expectInLanguage(page: Page, locale: string, words: Record<string, unknown>, keys: string[]) {
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	await expect(page.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveCount(1);
	// Some parts (the layer box) arrive once the map has started: wait until every word is on screen.
	const text = await shownWords(page, words, keys);
	for (const key of keys) {
		expect(text, key).toContain(words[key] as string);
		// One English word may be part of a proper name ("Relations Atlas"); a phrase may not.
		if ((en[key] as string).includes(' ')) expect(text, `English ${key}`).not.toContain(en[key] as string);
	}
	// A message key is lower case with underscores ("panel_status"): none is on screen.
	expect(text.match(/\b[a-z]+_[a-z_]+\b/g) ?? []).toEqual([]);
}

test('the switcher keeps the country and the view in the query', async ({ page }) => {
	await page.goto('/country/TR/?mode=year&layers=labels');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	// The link carries the view's query once the page's script has taken over.
	await hydrated(page);
	await page.locator('nav.languages a[hreflang="ru"]').click();
	await expect(page).toHaveURL(/\/ru\/country\/TR\/\?/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	const url = new URL(page.url());
	expect(url.searchParams.get('mode')).toBe('year');
	expect(url.searchParams.get('layers')).toBe('labels');
	await expect(page.locator('#panel-title')).toHaveText('Турция');
	// And back to English, at the unprefixed address.
	await page.locator('nav.languages a[hreflang="en"]').click();
	await expect(page).toHaveURL(/\/country\/TR\/\?/);
	expect(new URL(page.url()).pathname).toBe('/country/TR/');
	expect(new URL(page.url()).searchParams.get('mode')).toBe('year');
});

/**
 * The map side's own parts in each language (issue 23, i23-map): the country page's, the table's and the home page's
 * interface words (SHOWN) and axe, the timeline opened with its chronology, a country's sources lines, the documents
 * compared and a mission card, the table page's controls, the downloads and Share. Each part's text is read without the documents' quotations and names (`[lang]`, `cite`, `q`); it must hold
 * the language's own words for that part (read from the message files), no message key, and none of the English
 * function words an untranslated phrase of these parts would bring ("the", "of", "with"…; the proper names these
 * parts show, Natural Earth or world-atlas, have none).
 */
test.describe('the map side in each language', () => {
	const ENGLISH =
		/\b(the|of|and|with|by|for|to|in|is|not|no|one|as|from|on|all|missions?|documents?|countries)\b/i;

	/** The visible text of each element matched, without quotations and the documents' names. */
	async function partText(page: Page, selector: string): Promise<string> {
		return page.evaluate((selector) => {
			return [...document.querySelectorAll(selector)]
				.map((part) => {
					const clone = part.cloneNode(true) as HTMLElement;
					clone.querySelectorAll('blockquote, cite, q, [lang]:not(html)').forEach((e) => e.remove());
					// innerText only lays out an attached element: read a hidden copy in the page.
					clone.style.position = 'absolute';
					clone.style.visibility = 'hidden';
					document.body.append(clone);
					const text = clone.innerText || (clone.textContent ?? '');
					clone.remove();
					return text;
				})
				.join('\n');
		}, selector);
	}

	function expectLocal(text: string, part: string) {
		expect(text.trim().length, `${part} is on screen`).toBeGreaterThan(0);
		expect(text.match(/\b[a-z]+_[a-z_]+\b/g) ?? [], `${part}: a message key`).toEqual([]);
		expect(text.match(ENGLISH) ?? [], `${part}: English words`).toEqual([]);
	}

	/**
	 * Cities as each language writes them (its foreign ministry's and Wikipedia's spelling), where the gazetteer says
	 * Ankara and Almaty: Turkey's page names Kazakhstan's embassy in Ankara, and Almaty holds the most missions.
	 */
	const ANKARA: Record<string, string> = { bg: 'Анкара', ko: '앙카라', ru: 'Анкара' };
	const ALMATY: Record<string, string> = { bg: 'Алмати', ko: '알마티', ru: 'Алматы' };

	/** What of the side panel lies past the right edge of the window, outside a box that scrolls it sideways. */
	async function pastTheEdge(page: Page): Promise<string[]> {
		return page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			return [...document.querySelectorAll('main.panel *')]
				.filter((e) => !e.closest('.table-scroll.overflowing > table') && e.getClientRects().length > 0)
				.filter((e) => e.getBoundingClientRect().right > width + 1)
				.map(
					(e) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`
				)
				.slice(0, 5);
		});
	}

	for (const locale of ['bg', 'ko', 'ru']) {
		const words = read(locale) as Record<string, string>;

		// One load of the country page (it starts MapLibre), its checks in turn; a failed check skips the rest.
		test.describe(`/${locale}/country/TR/`, () => {
			test.describe.configure({ mode: 'serial' });
			let context: BrowserContext;
			let page: Page;
			let errors: string[];

			test.beforeAll(async ({ browser }) => {
				// A context of its own, not browser.newPage(): axe opens pages in the page's context.
				context = await browser.newContext();
				page = await context.newPage();
				errors = watchErrors(page);
				await page.goto(`/${locale}/country/TR/`);
				await page.locator('#panel-title').waitFor();
				await hydrated(page);
			});

			test.afterAll(async () => {
				await context.close();
			});

			test(`/${locale}/country/TR/ is in ${locale}: its words, no message key, no English of those parts; axe passes`, async () => {
				// Axe on the page as loaded, once its requests have settled (the map's geometry and font).
				await page.waitForLoadState('networkidle');
				expect(await seriousViolations(page)).toEqual([]);
				await expectInLanguage(page, locale, words, SHOWN['country/TR/']);
				expect(errors).toEqual([]);
			});

			test(`/${locale}/country/TR/: the timeline opened, its chronology, in ${locale}`, async () => {
				await page.getByRole('button', { name: words.time_open }).click();
				const timeline = page.getByRole('region', { name: words.time_region });
				await expect(timeline.locator('.summary')).not.toBeEmpty();
				await expect(timeline).toContainText(words.time_compare);
				await timeline.locator('details.chronology summary').click();
				// The summary is announced too (aria-live), and the play button is named.
				await expect(timeline.locator('.live')).toContainText(/^\d{4}: /);
				await expect(timeline.locator('button.play')).toHaveAttribute('aria-label', words.time_play);
				const text = await partText(page, 'section.timeline[aria-label]');
				expectLocal(text, 'timeline');
				expectLocal(await timeline.locator('.live').innerText(), 'announced summary');
				// Closed again: the page is as loaded for the next test.
				await timeline.getByRole('button', { name: words.time_close_timeline }).click();
				await expect(page.getByRole('button', { name: words.time_open })).toBeVisible();
				expect(errors).toEqual([]);
			});

			test(`/${locale}/country/TR/: sources lines, the documents compared and a mission card in ${locale}`, async () => {
				await expect(page.locator('small.sources').first()).toBeVisible();
				expectLocal(await partText(page, 'small.sources'), 'sources lines');
				// The panel's own words name Ankara in the language (the quoted sentences keep the documents' spelling).
				const panelWords = await partText(page, 'main.panel');
				expect(panelWords).toContain(ANKARA[locale]);
				expect(panelWords).not.toContain('Ankara');
				const compared = page.locator('details.compared');
				if ((await compared.count()) > 0) {
					await compared.locator('summary').click();
					await expect(compared).toContainText(words.src_compare_title);
					expectLocal(await partText(page, 'details.compared'), 'the documents compared');
				}
				// "Missions by city" and a city's card: the dock arrives once the map has started.
				await wakeMap(page);
				const places = page.locator('details.places');
				await places.locator('summary').click();
				await expect(places.getByRole('button').first()).toContainText(ALMATY[locale]);
				expect(await places.locator('ul').innerText()).not.toMatch(/Almaty|Astana|Moscow/);
				await places.getByRole('button').first().click();
				const card = page.locator('section.card');
				await expect(card.getByRole('heading', { level: 2 })).toBeVisible();
				expectLocal(await partText(page, 'details.places summary'), 'Missions by city');
				await expect(card.getByRole('heading', { level: 2 })).toContainText(ALMATY[locale]);
				expectLocal(await partText(page, 'section.card'), 'mission card (a city)');
				await card.getByRole('listitem').first().getByRole('button').click();
				await expect(card.locator('p.kind')).toBeVisible();
				// The card of one mission: its title, place, direction and links (the quoted sentence is the document's).
				expectLocal(await partText(page, 'section.card'), 'mission card (a mission)');
				await expect(card.getByRole('button', { name: words.map_close_missions })).toBeVisible();
				expect(errors).toEqual([]);
			});
		});

		test(`/${locale}/table/ and /${locale}/ are in ${locale}: their words, axe, the table's controls, the downloads box and Share`, async ({
			page
		}) => {
			const errors = watchErrors(page);
			await page.goto(`/${locale}/table/`);
			await page.locator('table').waitFor();
			await expectInLanguage(page, locale, words, SHOWN['table/']);
			expect(await seriousViolations(page)).toEqual([]);
			await expect(page.locator('h1')).toHaveText(words.table_heading);
			// On a 390 px phone nothing of the page passes the screen's edge: a table wider than the sheet scrolls in
			// its own box, which takes the focus (Bulgarian and Russian column names are long; Korean's fit).
			await page.setViewportSize({ width: 390, height: 844 });
			await expect.poll(() => pastTheEdge(page)).toEqual([]);
			if (locale !== 'ko') await expect(page.locator('.table-scroll')).toHaveAttribute('tabindex', '0');
			await page.setViewportSize({ width: 1280, height: 800 });
			await expect(page.locator('.filter')).toContainText(words.table_filter);
			await expect(page.locator('section.downloads h2')).toHaveText(words.dl_title);
			expectLocal(
				await partText(page, 'h1, .filter, table.countries caption, table.countries thead, .year-choice'),
				'table controls'
			);
			// The table as of a year (a shared `time=` address opens at it): its caption and CSV button.
			await page.goto(`/${locale}/table/?time=2000`);
			await expect(page.locator('.year-csv button')).toBeVisible();
			expectLocal(
				await partText(page, 'table.countries caption, .year-choice, .year-csv'),
				'table as of a year'
			);
			// The downloads box, but for its file names (atlas.json…), the citation's quoted titles and the licences'
			// names (CC BY-SA).
			const downloads = (await partText(page, 'section.downloads'))
				.replace(/\b[\w-]+\.(json|csv)\b/g, '')
				.replace(/[“„«][^”“»]*[”“»]/g, '')
				.replace(/\bCC BY[\w .-]*/g, '');
			expectLocal(downloads, 'downloads');
			// The home page (its SVG first map: MapLibre waits for the reader's first move), then Share on its panel.
			await page.goto(`/${locale}/`);
			await page.locator('#panel-title, h1').first().waitFor();
			await expectInLanguage(page, locale, words, SHOWN['']);
			expect(await seriousViolations(page)).toEqual([]);
			const share = page.locator('details.share');
			await share.locator('summary').click();
			await expect(share.locator('label').first()).toHaveText(words.dl_share_link_label);
			expectLocal(
				await partText(page, 'details.share label, details.share summary, details.share button'),
				'Share'
			);
			expect(errors).toEqual([]);
		});
	}
});

/**
 * The reader's side in each language (issue 23): the documents page, the add page with a pasted document read and
 * reviewed, the many-files review with a file it cannot read, and "Keep for offline reading" say nothing in English
 * (no message of theirs in its English words) and show no message key; axe passes on them (on a country page, in
 * the map side's tests above); the one-time offer of the browser's language. The words are read from the message files.
 */
test.describe('the reader in each language', () => {
	test.describe.configure({ timeout: 150_000 });

	/** The reader's messages without parameters, in English: none may show on a page in another language. */
	const READER_PREFIXES = /^(docs|add|review|offline)_/;
	const englishPhrases = Object.entries(en)
		.filter(([key, text]) => READER_PREFIXES.test(key) && typeof text === 'string' && !text.includes('{'))
		.map(([key, text]) => [key, text as string])
		// One English word can be a name or a format ("JSON"); a phrase cannot.
		.filter(([, text]) => text.includes(' '));

	/** Checks the page's interface words: the `keys` shown in the language, no English phrase of the reader's, no key. */
	async function inLanguage(page: Page, words: Record<string, unknown>, keys: string[]) {
		const text = await shownWords(page, words, keys);
		expect(englishPhrases.filter(([, phrase]) => text.includes(phrase)).map(([key]) => key)).toEqual([]);
		expect(text.match(/\b[a-z]+_[a-z_]+\b/g) ?? []).toEqual([]);
	}

	/** A sentence the reader reads (its text is the document's, quoted as written, never translated). */
	const SENTENCE = 'Cuba opened its embassy in Astana in 2008.';
	const ASTANA: Record<string, string> = { bg: 'Астана', ko: '아스타나', ru: 'Астана' };

	for (const locale of ['bg', 'ko', 'ru']) {
		const words = read(locale);
		const say = (key: string) => words[key] as string;

		test(`/${locale}/documents/ and the add page, with a document read and files reviewed, in ${locale}`, async ({
			page
		}) => {
			const errors = watchErrors(page);
			await page.goto(`/${locale}/documents/`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('nav_documents'));
			// The built-in documents, the reader's (none yet) and offline reading, once the page has asked the browser.
			await expect(page.getByText(say('docs_none'))).toBeVisible();
			// The browser has answered (the Keep button, or why it cannot keep: a service worker still installing).
			const offline = page.getByRole('region', { name: say('offline_heading') });
			await expect(offline).toBeVisible();
			await expect(offline.getByText(say('offline_asking'))).toHaveCount(0, { timeout: 30_000 });
			const list = page.getByRole('list', { name: say('docs_built_in') });
			await expect(list.getByRole('listitem').first()).toContainText(say('docs_publisher'));
			// The seed's publisher (manifest: wikipedia, edition bg) in the interface's language ("영어 위키백과"'s kin).
			await expect(list.getByRole('listitem').first()).toContainText(say('pub_wikipedia_bg'));
			await inLanguage(page, words, [
				'docs_lead',
				'docs_built_in',
				'docs_own',
				'docs_language',
				'docs_licence',
				'docs_facts_label',
				'offline_heading',
				'offline_lead'
			]);
			// A document's text, folded under its own line.
			await expect(list.locator('summary').first()).not.toContainText('Read its text');
			expect(await seriousViolations(page)).toEqual([]);

			await page.goto(`/${locale}/documents/add/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('nav_add'));
			await page.getByLabel(say('add_text')).fill(SENTENCE);
			await page.getByLabel(say('add_language'), { exact: true }).selectOption('en');
			// The language list names each language in the interface's language, through Intl.DisplayNames.
			const english = new Intl.DisplayNames([locale], { type: 'language' }).of('en') as string;
			await expect(page.locator('#doc-lang option[value="en"]')).toHaveText(`${english} (en)`);
			await page.getByRole('button', { name: say('add_read') }).click();
			const review = page.getByRole('region', { name: say('review_heading') });
			await expect(review).toBeVisible({ timeout: 60_000 });
			// Cuba's name in the interface's language (CLDR), its status in the language's words.
			const cuba = new Intl.DisplayNames([locale], { type: 'region' }).of('CU') as string;
			await expect(review.getByRole('heading', { level: 3 }).first()).toContainText(cuba);
			await expect(review.locator('blockquote')).toContainText(SENTENCE);
			// The worker names the embassy's city in the interface's language, as the language writes it (its
			// foreign ministry's spelling), while the quoted sentence keeps the document's "Astana".
			await expect(review).toContainText(ASTANA[locale]);
			await inLanguage(page, words, [
				'add_text',
				'add_title',
				'add_files_heading',
				'add_files_drop_zone',
				'review_heading',
				'review_unread_heading',
				'add_keep',
				'add_cancel'
			]);
			expect(await seriousViolations(page)).toEqual([]);
			await page.getByRole('button', { name: say('add_cancel') }).click();

			// Many files: one read, one of a type the atlas does not read, said why in the language.
			await page.getByLabel(say('add_files_choose'), { exact: true }).setInputFiles([
				{ name: 'cuba.txt', mimeType: 'text/plain', buffer: Buffer.from(`Cuba\n\n${SENTENCE}\n`) },
				{ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 not a text') }
			]);
			const files = page.getByRole('region', { name: say('review_files_heading') });
			await expect(files).toBeVisible({ timeout: 60_000 });
			await expect(files.getByRole('listitem').filter({ hasText: 'report.pdf' })).toContainText(
				(words.add_why_wrong_type as string).replace('{ext}', 'pdf')
			);
			await inLanguage(page, words, ['review_files_heading', 'review_select_all', 'review_drop_all']);
			expect(errors).toEqual([]);
		});
	}

	test('offers the browser’s language once on the home page, in that language, and not after “no”', async ({
		browser
	}) => {
		const ko = read('ko');
		const context = await browser.newContext({ locale: 'ko-KR' });
		const page = await context.newPage();
		await page.goto('/');
		const offer = page.locator('aside.offer');
		await expect(offer).toBeVisible();
		await expect(offer).toHaveAttribute('lang', 'ko');
		await expect(offer).toContainText((ko.language_offer as string).replace('{language}', '한국어'));
		// The offer leads to the same page in Korean; the page itself is not redirected.
		await expect(offer.getByRole('link', { name: ko.offer_switch as string })).toHaveAttribute(
			'href',
			'/ko/'
		);
		expect(new URL(page.url()).pathname).toBe('/');
		await offer.getByRole('button', { name: ko.language_offer_dismiss as string }).click();
		await expect(offer).toHaveCount(0);
		expect(await page.evaluate(() => localStorage.getItem('relations-atlas-language-offer'))).toBe(
			'dismissed'
		);
		// Said no once: not offered again.
		await page.reload();
		await page.locator('h1').waitFor();
		await page.waitForLoadState('networkidle');
		await expect(page.locator('aside.offer')).toHaveCount(0);
		// Already in Korean: nothing to offer.
		await page.evaluate(() => localStorage.clear());
		await page.goto('/ko/');
		await page.waitForLoadState('networkidle');
		await expect(page.locator('aside.offer')).toHaveCount(0);
		await context.close();

		// A browser that prefers English (or a language the interface does not have) is offered nothing.
		const other = await browser.newContext({ locale: 'en-US' });
		const english = await other.newPage();
		await english.goto('/');
		await english.waitForLoadState('networkidle');
		await expect(english.locator('aside.offer')).toHaveCount(0);
		await other.close();
	});
});
