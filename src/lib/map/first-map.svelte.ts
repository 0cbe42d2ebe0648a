/**
 * The SVG first map: the home page's HTML carries the map as SVG (src/lib/server/view/first-map.ts, written outside
 * Svelte's tree by hooks.server.ts), so the first paint is the coloured map; MapLibre replaces it once it has drawn
 * the same view. MapStage adopts the element, recolours it in the reader's colours, hides it while something else
 * stands in the stage and removes it once MapLibre shows. Its CSS is first-map.css.
 */
import { colourCountries, NO_DATA } from '../view/colour';
import { MAP_CODES } from '../view/map-codes';
import { DEFAULT_MODE, type FillMode } from '../view/options';
import type { CountrySummary } from '../view/summary';
import { hasFirstMap } from './first-view';

export class FirstMap {
	/** The element, once adopted; null once MapLibre shows. */
	#element = $state.raw<HTMLElement | null>(null);
	/** Expected from the route (the server renders by the same rule), then the element itself once adopted. */
	expected = $state(false);
	/**
	 * What it shows: to start with, what the server drew (the built atlas in the default mode), so that it is not
	 * repainted while the page starts.
	 */
	#painted: { summaries: readonly CountrySummary[]; mode: FillMode };

	constructor(routeId: string | null, summaries: readonly CountrySummary[]) {
		this.expected = hasFirstMap(routeId);
		this.#painted = { summaries, mode: DEFAULT_MODE };
	}

	/** Finds the prerendered first map on the page; null when this page has none. */
	adopt(): HTMLElement | null {
		this.#element = document.getElementById('first-map');
		if (!this.#element) this.expected = false;
		return this.#element;
	}

	/** The first map in the colours of the reader's documents and the chosen mode, until MapLibre shows. */
	paint(summaries: readonly CountrySummary[], mode: FillMode): void {
		const element = this.#element;
		if (!element) return;
		if (this.#painted.summaries === summaries && this.#painted.mode === mode) return;
		this.#painted = { summaries, mode };
		const { colours } = colourCountries(summaries, mode, MAP_CODES);
		for (const shape of element.querySelectorAll<SVGElement>('[data-code]')) {
			const colour = colours.get(shape.dataset.code ?? '') ?? NO_DATA;
			shape.setAttribute(shape.classList.contains('dot') ? 'stroke' : 'fill', colour);
		}
	}

	/** Shown while it stands in for the map; gone for good once MapLibre has drawn (it is a copy of its first view). */
	show(visible: boolean, mapDrawn: boolean): void {
		const element = this.#element;
		if (!element) return;
		if (mapDrawn) {
			element.remove();
			this.#element = null;
		} else element.hidden = !visible;
	}
}
