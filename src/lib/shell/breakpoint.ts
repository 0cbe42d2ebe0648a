/**
 * The one phone breakpoint, for scripts: the bottom sheet, the key as a button, the folded layer control. The CSS
 * writes the same width as `@media (max-width: 640px)` beside each part it changes (a custom property cannot stand
 * in a media query); tests/unit/tokens.test.ts checks that every such rule uses this width.
 */
import { MediaQuery } from 'svelte/reactivity';

export const PHONE_WIDTH = 640;

/**
 * The phone query, made when asked for (in a component's onMount), not when the module loads: `.current` is true on
 * a phone-sized window and follows the window as it is resized when read in an effect; false on the server.
 */
export function phoneQuery(): MediaQuery {
	return new MediaQuery(`max-width: ${PHONE_WIDTH}px`, false);
}
