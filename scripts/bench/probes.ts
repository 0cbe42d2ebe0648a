/** What the benchmark installs in every page before the page's own scripts: paint and map-idle marks. */
import type { Browser, BrowserContext } from '@playwright/test';

const VIEWPORT = { width: 1280, height: 800 };

/**
 * Installed before any page script: records FCP and LCP, and the first `idle` of whatever map instance the page
 * assigns to `window.__map` (the app's MapView and the floor both do), by turning that property into a setter.
 */
function probe(): void {
	const marks: { idle: number | null; fcp: number | null; lcp: number | null; lcpElement: string | null } = {
		idle: null,
		fcp: null,
		lcp: null,
		lcpElement: null
	};
	(window as unknown as { __bench: typeof marks }).__bench = marks;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') marks.fcp = e.startTime;
	}).observe({ type: 'paint', buffered: true });
	new PerformanceObserver((list) => {
		const last = list.getEntries().at(-1) as (PerformanceEntry & { element?: Element | null }) | undefined;
		if (!last) return;
		marks.lcp = last.startTime;
		const e = last.element;
		marks.lcpElement = e
			? `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${[...e.classList].map((c) => `.${c}`).join('')}`
			: null;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	let map: Window['__map'];
	Object.defineProperty(window, '__map', {
		configurable: true,
		get: () => map,
		set: (m: Window['__map']) => {
			map = m;
			if (m && marks.idle === null) m.once('idle', () => (marks.idle = performance.now()));
		}
	});
}

/** A context of the benchmark's window, with service workers blocked and the probe installed. */
export async function newContext(
	browser: Browser,
	reducedMotion: 'reduce' | 'no-preference' = 'no-preference'
): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block', reducedMotion });
	// tsx compiles with esbuild's keepNames, which wraps named inner functions in a `__name()` helper that does not
	// exist in the page when Playwright sends those functions there as source text.
	await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
	await context.addInitScript(probe);
	return context;
}

export type Bench = {
	idle: number | null;
	fcp: number | null;
	lcp: number | null;
	lcpElement: string | null;
};
