/**
 * The room a framed place leaves for the page's boxes drawn over the map, from the boxes as the layout has
 * measured them (`getBoundingClientRect()`), so the camera follows the page's CSS without repeating it.
 */

/** A box in page coordinates, as a DOMRect gives it. */
export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Pixels to leave at each side of the map: MapLibre's PaddingOptions. */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * A panel as wide as the map (a phone's bottom sheet) takes the bottom, a narrower one the side it stands on. The
 * search bar takes the top and heads the left column of map controls, which takes at most a quarter of the width
 * so that a framed place keeps room beside the panel.
 */
export function framePadding(map: Box, panel: Box, bar: Box, key: Box | null = null, margin = 16): Padding {
	const width = map.right - map.left;
	const top = Math.max(0, bar.bottom - map.top) + margin;
	const sheet = panel.left <= map.left && panel.right >= map.right;
	if (sheet)
		return { top, right: margin, bottom: Math.max(0, map.bottom - panel.top) + margin, left: margin };
	const column = Math.min(Math.max(0, bar.right - map.left), width / 4);
	const onRight = panel.left - map.left > map.right - panel.right;
	const side = (onRight ? map.right - panel.left : panel.right - map.left) + margin;
	// The key stands in the lower corner beside the panel: a framed place keeps above it (London's marker, the lower
	// 48 states), so the frame's bottom is the key's top while the key is open.
	const bottom = key && key.bottom > key.top ? Math.max(0, map.bottom - key.top) + margin : margin;
	return onRight
		? { top, right: side, bottom, left: column }
		: { top, right: margin, bottom, left: Math.max(side, column) };
}

/**
 * The part of a map of `width` x `height` pixels that the page's boxes leave in sight (`padding`: the panel, the
 * search bar, the key), as its upper-left and lower-right corners: "the part on screen" a download takes. The whole
 * map where the boxes would leave nothing.
 */
export function unobscured(
	width: number,
	height: number,
	padding: Partial<Padding> | undefined
): [[number, number], [number, number]] {
	const whole: [[number, number], [number, number]] = [
		[0, 0],
		[width, height]
	];
	if (!padding) return whole;
	const left = Math.max(0, padding.left ?? 0);
	const top = Math.max(0, padding.top ?? 0);
	const right = Math.min(width, width - (padding.right ?? 0));
	const bottom = Math.min(height, height - (padding.bottom ?? 0));
	return right > left && bottom > top
		? [
				[left, top],
				[right, bottom]
			]
		: whole;
}
