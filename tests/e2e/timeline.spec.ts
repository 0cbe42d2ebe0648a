/**
 * The map as of a year (the timeline under the map): the colours at 1992, 2000 and the latest year differ as the
 * documents' dates say, for countries and missions; `time=` round-trips; play runs from the first year to the last
 * and stops on a touch; axe passes on the opened timeline.
 * Expected colours from the documents (bg = data/documents/bg-wikipedia-foreign-policy-of-kazakhstan.txt):
 * - Bulgaria (bg 85/87): relations 1992-07-05; "От 1994 г. България има посолство в Алмати." So 1991 nothing,
 *   1992 relations, 2000 embassy.
 * - Armenia (bg 40-42): embassies with no date; relations "започват през 2006 година". So 1992 and 2000 date not
 *   stated, the latest year relations (its embassies still undated: hatched).
 * - The United States (bg 130): an embassy in Almaty from January 1992. So 1992 embassy.
 * The missions drawn in each year (the mission layers, both directions), from the dates the seeds state; a mission
 * whose city no sentence names (drawn "about here", `approximate`) is written "city not stated, at" the city where its
 * host's embassies stood that year (data/embassy-seats.json): Kazakhstan's capital was Almaty until Akmola (Astana)
 * became the capital on 10 December 1997, so the UK's embassy of October 1992 stands at Almaty in 1992 and at Astana
 * in 2000; Kazakhstan's in the UK at London throughout:
 * - bg 130: "САЩ открива посолство в Алмати януари 1992 година, което е преместено в Астана 2006 година. От 2009
 *   година в Алмати има и Генерално Консулство." The US embassy in Almaty from 1992 to 2006, then in Astana; its
 *   consulate-general in Almaty from 2009. "Посолството на Казахстан във Вашингтон е отворено през октомври 1992
 *   година." Kazakhstan's embassy in Washington from 1992.
 * - bg 119: "Обединеното кралство открива посолство в Казахстан през октомври 1992 година. Казахстан открива
 *   посолство във Великобритания през февруари 1996 година." No city in either sentence.
 * - bg 87: "От 1994 г. България има посолство в Алмати. От ноември 2004 г. Казахстан има посолство и почетно
 *   консулство в София."
 * - bg 23: "Казахстан има посолоство в Баку от 16 декември 1994 година."
 * Every other mission of the seeds has no date (bg 23, 30, 42, 58, 66, 87-111, 126; ko 70) and is not drawn.
 */
import { expect, test } from '@playwright/test';
import { fillOf, mapIdle } from '../support/map';
import { watchErrors } from '../support/page';
import { seriousViolations } from './axe';
import { NO_YEAR, STATUS_COLOURS } from '../../src/lib/view/colour';
import { NOTHING_YET } from '../../src/lib/view/time/colour';

type Page = import('@playwright/test').Page;
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });

/** The missions the map draws (not transparent by the year's feature-state), "sender>host kind city". */
const drawnMissions = (page: Page) =>
	page.evaluate(() =>
		[
			...new Set(
				window.__map
					?.queryRenderedFeatures({ layers: ['missions-in-focus', 'missions-abroad'] })
					.filter((f) => f.state?.hidden !== true)
					.map(
						({ properties: p }) =>
							`${p.sender}>${p.host} ${p.kind} ${p.approximate ? `city not stated, at ${p.city}` : p.city}`
					)
			)
		].sort()
	);

test('the map at 1992, 2000 and the latest year follows the documents’ dates', async ({ page }) => {
	// Four page loads, each starting MapLibre in software WebGL.
	test.slow();
	const errors = watchErrors(page);
	const expected: [string, Record<string, string>, string[]][] = [
		['1991', { BG: NOTHING_YET }, []],
		[
			'1992',
			{ BG: STATUS_COLOURS.relations, AM: NO_YEAR, US: STATUS_COLOURS.embassy },
			['GB>KZ embassy city not stated, at Almaty', 'KZ>US embassy Washington', 'US>KZ embassy Almaty']
		],
		[
			'2000',
			{ BG: STATUS_COLOURS.embassy, AM: NO_YEAR },
			[
				'BG>KZ embassy Almaty',
				'GB>KZ embassy city not stated, at Astana',
				'KZ>AZ embassy Baku',
				'KZ>GB embassy city not stated, at London',
				'KZ>US embassy Washington',
				'US>KZ embassy Almaty'
			]
		],
		[
			'latest',
			{ BG: STATUS_COLOURS.embassy, AM: STATUS_COLOURS.relations },
			[
				'BG>KZ embassy Almaty',
				'GB>KZ embassy city not stated, at Astana',
				'KZ>AZ embassy Baku',
				'KZ>BG embassy Sofia',
				'KZ>BG honorary-consulate Sofia',
				'KZ>GB embassy city not stated, at London',
				'KZ>US embassy Washington',
				'US>KZ consulate-general Almaty',
				'US>KZ embassy Astana'
			]
		]
	];
	for (const [time, fills, missions] of expected) {
		await page.goto(`/?time=${time}`);
		await mapIdle(page, { layer: 'missions-in-focus' });
		await expect(slider(page)).toHaveAttribute('aria-valuenow', time === 'latest' ? '2024' : time);
		for (const [code, colour] of Object.entries(fills))
			await expect.poll(() => fillOf(page, code), { message: `${code} at ${time}` }).toBe(colour);
		// The whole world is in sight on the home page, so every mission is among the rendered features.
		await expect.poll(() => drawnMissions(page), { message: `missions at ${time}` }).toEqual(missions);
	}
	// Armenia's embassies have no date: hatched over its colour in the latest year.
	// The hatching's filter lists every country of the documents on the timeline; the year's feature-state shows it.
	const hatched = await page.evaluate(() => JSON.stringify(window.__map?.getFilter('country-hatch')));
	expect(hatched).toContain('"AM"');
	const unhatched = (code: string) =>
		page.evaluate(
			(id) => window.__map?.getFeatureState({ source: 'countries', id }).unhatched === true,
			code
		);
	expect(await unhatched('AM')).toBe(false);
	// Bulgaria: relations and an embassy, all dated (bg 87: "От 1994 г. България има посолство в Алмати"): no hatching.
	expect(await unhatched('BG')).toBe(true);
	expect(errors).toEqual([]);
});

test('time= round-trips, the keys move the year, axe passes, play runs to the last year and stops on a touch', async ({
	page
}) => {
	test.slow();
	await page.goto('/');
	await mapIdle(page);
	await page.getByRole('button', { name: 'Over time' }).click();
	await expect(slider(page)).toHaveAttribute('aria-valuenow', '2024');
	await expect(page).toHaveURL(/[?&]time=latest(&|$)/);

	await slider(page).focus();
	await page.keyboard.press('Home');
	await expect(slider(page)).toHaveAttribute('aria-valuenow', '1991');
	await page.keyboard.press('PageUp'); // the next year with events: 1992
	await expect(slider(page)).toHaveAttribute('aria-valuenow', '1992');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/[?&]time=1993(&|$)/);
	await expect(page.locator('[aria-live="polite"]').filter({ hasText: '1993:' })).toHaveCount(1);

	// A range: what was added between two years, with counts (read from the documents: the time-model test).
	await page.goto('/?time=1995..2024');
	await mapIdle(page);
	await expect(page).toHaveURL(/[?&]time=1995\.\.2024(&|$)/);
	await expect(page.locator('.timeline .summary')).toHaveText(
		/^relations with 1 more country, 3 more embassies, 1 embassy gone/
	);

	await page.locator('.chronology summary').click();
	expect(await seriousViolations(page)).toEqual([]);

	// Play from the first year to the last, on Playwright's clock (installed once the map has loaded, so that MapLibre
	// started on real time). Play's steps are timeouts: the clock jumps a step's time at a time (`fastForward` fires each
	// due timer once and draws one frame, where `runFor` would draw every frame of the time in software WebGL). From 1991 play shows each later year
	// with events once, in order, and ends on the last year: 1992 (bg 85: "България 1992-07-05", and the embassies of
	// bg 119 and 130), 1994 (bg 87: "От 1994 г. България има посолство в Алмати"; bg 23: Baku, "16 декември 1994";
	// bg 62: China's "април 1994"), 1996 (bg 119: "Казахстан открива посолство във Великобритания през февруари 1996
	// година"), 2004 (bg 87: "От ноември 2004 г. Казахстан има посолство и почетно консулство в София"), 2006 (bg 42:
	// Armenia's relations "започват през 2006 година"; bg 130: the US embassy "преместено в Астана 2006 година"), 2009
	// (bg 130: "От 2009 година в Алмати има и Генерално Консулство"), 2024 (the last document's year: ko, retrieved
	// 2024-02-11). No other sentence dates an opening, a move, a closing or relations (ko 48's consulate of 2019 is
	// one the US "will open", 개설할 것이라고 밝혔다).
	await page.goto('/?time=earliest');
	await mapIdle(page);
	await expect(slider(page)).toHaveAttribute('aria-valuenow', '1991');
	await page.evaluate(() => {
		const track = document.querySelector('.timeline [role="slider"]');
		const shown: (string | null)[] = [];
		Object.assign(window, { shownYears: shown });
		new MutationObserver(() => shown.push(track?.getAttribute('aria-valuenow') ?? null)).observe(track!, {
			attributeFilter: ['aria-valuenow']
		});
	});
	await page.clock.install();
	const play = page.locator('.timeline .play');
	await expect(play).toHaveAccessibleName('Play through the years with events');
	await play.click();
	await expect(play).toHaveAttribute('aria-pressed', 'true');
	for (let step = 0; step < 20 && (await play.getAttribute('aria-pressed')) === 'true'; step++)
		await page.clock.fastForward(1_200);
	await expect(play).toHaveAttribute('aria-pressed', 'false');
	expect(await page.evaluate(() => (window as unknown as { shownYears: string[] }).shownYears)).toEqual([
		'1992',
		'1994',
		'1996',
		'2004',
		'2006',
		'2009',
		'2024'
	]);
	await expect(page).toHaveURL(/[?&]time=2024(&|$)/);

	// From the last year play starts again at the first; a key on the timeline stops it where it is…
	await play.click();
	await page.clock.fastForward(1_200);
	await expect(play).toHaveAttribute('aria-pressed', 'true');
	await slider(page).press('ArrowRight');
	await expect(play).toHaveAttribute('aria-pressed', 'false');
	const stopped = await slider(page).getAttribute('aria-valuenow');
	await page.clock.fastForward(1_200);
	await expect(slider(page)).toHaveAttribute('aria-valuenow', stopped!);
	// …and so does a press on its track (here at its left end: the first year).
	await play.click();
	await page.clock.fastForward(1_200);
	await expect(play).toHaveAttribute('aria-pressed', 'true');
	const track = (await slider(page).boundingBox())!;
	await page.mouse.click(track.x + 1, track.y + track.height / 2);
	await expect(play).toHaveAttribute('aria-pressed', 'false');
	await expect(slider(page)).toHaveAttribute('aria-valuenow', '1991');
	await page.clock.fastForward(1_200);
	await expect(slider(page)).toHaveAttribute('aria-valuenow', '1991');
});

test('the open timeline fits a 390 px phone in every language', async ({ page }) => {
	test.slow();
	await page.setViewportSize({ width: 390, height: 844 });
	for (const prefix of ['/', '/bg/', '/ru/', '/ko/']) {
		// A range and the chronology open: the timeline's longest lines (the comparison's counts, the events' sentences).
		await page.goto(`${prefix}?time=1995..2024`);
		await page.locator('.timeline .summary').waitFor();
		await page.locator('.chronology summary').click();
		const overflow = await page.evaluate(() => {
			const timeline = document.querySelector('[role="slider"]')?.closest('section');
			if (!timeline) return ['no timeline'];
			const edge = Math.min(window.innerWidth, timeline.getBoundingClientRect().right) + 0.5;
			const wide = [...timeline.querySelectorAll('*')]
				.filter((el) => el.getBoundingClientRect().right > edge)
				.map((el) => `${el.tagName.toLowerCase()}.${el.className} «${el.textContent?.slice(0, 30)}»`);
			if (timeline.getBoundingClientRect().right > window.innerWidth) wide.push('the timeline itself');
			if (timeline.scrollWidth > timeline.clientWidth) wide.push('the timeline scrolls sideways');
			if (document.documentElement.scrollWidth > window.innerWidth) wide.push('the page scrolls sideways');
			return wide;
		});
		expect(overflow, `${prefix} at 390 px`).toEqual([]);
	}
});
