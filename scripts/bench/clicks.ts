/** A click on a country to its panel, timed inside the page, over many countries. */
import type { Browser, Page } from '@playwright/test';
import { wakeMap } from '../../tests/support/map';
import { newContext } from './probes';
import { URLS } from './serve';

/** One click, in ms from its event: heading in the DOM, heading painted, the whole panel in the DOM. */
export interface ClickTime {
	heading: number;
	paint: number;
	full: number;
}

/** A point of the canvas where a click hits `code`'s fill and nothing of the page lies over the map. */
async function pointOf(page: Page, codes: string[]): Promise<{ code: string; x: number; y: number }[]> {
	return page.evaluate((wanted) => {
		const map = window.__map;
		if (!map) throw new Error('no map');
		const canvas = map.getCanvas();
		const box = canvas.getBoundingClientRect();
		// What a click hits: the top-most fill or circle (the app's small-state markers sit over their neighbours,
		// Isle of Man over Britain), as the app's own hit test sees it.
		const clickable = map
			.getStyle()
			.layers.filter((l) => l.type === 'fill' || l.type === 'circle')
			.map((l) => l.id);
		if (clickable.length === 0) throw new Error('the map has no fill layer');
		const hits = new Map<string, { x: number; y: number }[]>();
		const step = 8;
		for (let y = step; y < box.height; y += step)
			for (let x = step; x < box.width; x += step) {
				if (document.elementFromPoint(box.left + x, box.top + y) !== canvas) continue;
				const code: unknown = map.queryRenderedFeatures([x, y], { layers: clickable })[0]?.properties?.code;
				if (typeof code !== 'string' || !wanted.includes(code)) continue;
				hits.set(code, [...(hits.get(code) ?? []), { x: box.left + x, y: box.top + y }]);
			}
		// Largest first; the middle hit in scan order lies well inside the shape for most countries.
		return [...hits.entries()]
			.sort((a, b) => b[1].length - a[1].length)
			.map(([code, points]) => ({ code, ...points[Math.floor(points.length / 2)] }));
	}, codes);
}

/** Click to panel heading, painted and whole, in the page's own clock, for `count` countries of the documents. */
export async function measureClicks(browser: Browser, count: number): Promise<ClickTime[]> {
	// Reduced motion: the app then frames a selected country without a 0.9 s flight, so the map is still again at
	// once and the next country can be found. The click-to-panel path is the same either way.
	const context = await newContext(browser, 'reduce');
	const page = await context.newPage();
	await page.goto(URLS.app);
	await wakeMap(page, 50);
	await page.waitForFunction(
		() => (window as unknown as { __bench: { idle: number | null } }).__bench.idle !== null,
		null,
		{ timeout: 90_000 }
	);
	const atlas = (await (await fetch(`${URLS.app}data/atlas.json`)).json()) as {
		focus: string;
		countries: { code: string; name: string }[];
	};
	const names = new Map(atlas.countries.filter((c) => c.code !== atlas.focus).map((c) => [c.code, c.name]));
	const camera = await page.evaluate(() => {
		const map = window.__map;
		if (!map) throw new Error('no map');
		return { center: map.getCenter().toArray() as [number, number], zoom: map.getZoom() };
	});
	const chosen = (await pointOf(page, [...names.keys()])).slice(0, count).map((p) => p.code);
	if (chosen.length < count)
		console.error(`only ${chosen.length} countries of the documents can be clicked at world view`);

	const times: ClickTime[] = [];
	for (const code of chosen) {
		// Back to the world view: selecting a country frames it, which moves the next one.
		await page.evaluate((c) => {
			window.__map?.jumpTo(c);
		}, camera);
		await page.waitForFunction(() => window.__map?.loaded() === true && !window.__map.isMoving());
		const [target] = await pointOf(page, [code]);
		if (!target) {
			console.error(`${code}: not found on the map at world view, skipped`);
			continue;
		}
		const name = names.get(code) ?? code;
		// Armed and awaited before the click: an evaluate still in flight may lose the race with the input event.
		await page.evaluate(
			([wantedCode, wantedName]) =>
				void ((window as unknown as { __click: Promise<ClickTime> }).__click = new Promise<ClickTime>(
					(resolve, reject) => {
						let start = -1;
						let heading = -1;
						let paint = -1;
						let full = -1;
						window.addEventListener('click', (e) => (start = e.timeStamp), { capture: true, once: true });
						const finish = () => {
							if (paint < 0 || full < 0) return;
							observer.disconnect();
							resolve({ heading, paint, full });
						};
						const done = () => {
							const title = document.getElementById('panel-title')?.textContent?.trim();
							// The heading is what the reader waits for; Kit may update the address just after it.
							if (start < 0 || title !== wantedName) return;
							const now = performance.now() - start;
							if (heading < 0) {
								heading = now;
								// requestAnimationFrame runs just before the frame's paint, a task queued there just after.
								requestAnimationFrame(() =>
									setTimeout(() => {
										paint = performance.now() - start;
										finish();
									}, 0)
								);
							}
							// The whole panel: the page's own, with its passages, not the preview drawn from the summary.
							if (full < 0 && !document.querySelector('[data-preview]')) {
								full = now;
								finish();
							}
						};
						const observer = new MutationObserver(done);
						observer.observe(document.body, { subtree: true, childList: true, characterData: true });
						setTimeout(() => {
							const seen = `${location.pathname}, heading "${document.getElementById('panel-title')?.textContent?.trim()}"`;
							reject(new Error(`no panel for ${wantedCode} "${wantedName}" after 15 s: at ${seen}`));
						}, 15_000);
					}
				)),
			[code, name] as const
		);
		// The map frames the country once its page is in: wait for that too, or the frame would land on the next
		// click, or move the world view after the next jump.
		await page.evaluate(
			() =>
				void ((window as unknown as { __framed: Promise<void> }).__framed = new Promise<void>((resolve) => {
					window.__map?.once('moveend', () => resolve());
					setTimeout(resolve, 15_000);
				}))
		);
		await page.mouse.click(target.x, target.y);
		times.push(await page.evaluate(() => (window as unknown as { __click: Promise<ClickTime> }).__click));
		await page.evaluate(() => (window as unknown as { __framed: Promise<void> }).__framed);
		await page.waitForFunction(() => window.__map?.loaded() === true && !window.__map.isMoving());
	}
	await context.close();
	return times;
}
