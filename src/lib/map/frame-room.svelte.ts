/**
 * The room the page's boxes leave over the map, measured whenever one of them changes size: `padding` for framing a
 * place (framePadding: the app, the search bar, the panel and the open key) and `world` for the first view (the
 * world frame, `--frame-*` in app.css, which the SVG first map fills too). The parts hand over their boxes with
 * attachments, `{@attach room.track('panel')}`; `observe()` runs in the layout's effect.
 */
import type { Attachment } from 'svelte/attachments';
import { frameRoom } from './first-view';
import { framePadding, type Padding } from './padding';

export type RoomBox = 'app' | 'bar' | 'panel' | 'key' | 'frame';

export class FrameRoom {
	#boxes = $state<Record<RoomBox, HTMLElement | null>>({
		app: null,
		bar: null,
		panel: null,
		key: null,
		frame: null
	});
	/** The room around a framed place, once the app, the bar and the panel are on the page. */
	padding = $state.raw<Padding>();
	/** The world frame's distance from the map's edges. */
	world = $state.raw<Padding>();

	/** An attachment that measures its element as the box `name` while it is on the page. */
	track(name: RoomBox): Attachment<HTMLElement> {
		return (element) => {
			this.#boxes[name] = element;
			return () => {
				if (this.#boxes[name] === element) this.#boxes[name] = null;
			};
		};
	}

	/** Measures now and whenever a box changes size; returns the cleanup. Run in an effect. */
	observe(): () => void {
		const { app, bar, panel, key, frame } = this.#boxes;
		const measure = () => {
			if (!app || !panel || !bar) return;
			const box = (element: HTMLElement) => element.getBoundingClientRect();
			this.padding = framePadding(box(app), box(panel), box(bar), key ? box(key) : null);
			if (frame) this.world = frameRoom(box(app), box(frame));
		};
		measure();
		const observer = new ResizeObserver(measure);
		for (const element of [app, bar, panel, key, frame]) if (element) observer.observe(element);
		return () => observer.disconnect();
	}
}
