// See https://svelte.dev/docs/kit/types#app.d.ts
// for information about these interfaces
declare global {
	/** YlGnBu colours of the year classes, `[n][i]`, computed at build time (src/lib/view/year-ramp.ts). */
	const __YEAR_RAMP__: string[][];
	interface Window {
		/** The map instance, in every build, for the browser tests (src/lib/components/map/MapCanvas.svelte). */
		__map?: import('maplibre-gl').Map;
	}
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
