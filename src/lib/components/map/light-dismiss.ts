/**
 * A box the map's controls open (the layer box, "Missions by city", the region list), closed as a popover is: on
 * Escape while the focus is in it, the focus going back to its button and the page's own Escape (which closes the
 * country's panel) not acting; and on a press outside it, where the focus stays on what was pressed, or goes back to
 * the button if the press gave it nowhere (the box's own controls fold away with it). A press on the button itself
 * is inside the box's element: the button's own toggle acts.
 *
 * Usage: `<details bind:open {@attach lightDismiss({ open: () => open, close: () => (open = false) })}>`
 */
import type { Attachment } from 'svelte/attachments';

export interface LightDismiss {
	open: () => boolean;
	close: () => void;
	/** The element that opens the box, inside it or not: where the focus returns. A <details>'s <summary> if not given. */
	button?: (box: HTMLElement) => HTMLElement | null | undefined;
}

export function lightDismiss({
	open,
	close,
	button = (box) => box.querySelector('summary')
}: LightDismiss): Attachment<HTMLElement> {
	return (box) => {
		function onkeydown(event: KeyboardEvent) {
			if (event.key !== 'Escape' || event.defaultPrevented || !open()) return;
			event.preventDefault();
			close();
			button(box)?.focus();
		}
		function onpointerdown(event: Event) {
			if (!open() || (event.target instanceof Node && box.contains(event.target))) return;
			const hadFocus = box.contains(document.activeElement);
			close();
			if (!hadFocus) return;
			// After the press has moved the focus (or not): only a focus left on nothing comes back to the button.
			setTimeout(() => {
				const now = document.activeElement;
				if (now === null || now === document.body || box.contains(now))
					button(box)?.focus({ preventScroll: true });
			});
		}
		box.addEventListener('keydown', onkeydown);
		document.addEventListener('pointerdown', onpointerdown, true);
		return () => {
			box.removeEventListener('keydown', onkeydown);
			document.removeEventListener('pointerdown', onpointerdown, true);
		};
	};
}
