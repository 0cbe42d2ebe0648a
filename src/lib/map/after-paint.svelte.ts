/**
 * Map changes that answer the page wait for the page to paint first: a frame of the map takes a quarter of a
 * second in software WebGL (one frame with a GPU), and drawn first it would hold back the text the reader asked for.
 */

/**
 * Runs `fn` just after the next frame's paint (requestAnimationFrame runs just before it, a task queued there
 * just after); returns a cancel.
 */
function afterPaint(fn: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(fn, 0)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

/**
 * A value that follows `source()` just after the page's next paint, and not while `hold()` is true. Create it
 * during a component's initialisation: it runs an effect.
 */
export class AfterPaint<T> {
	current = $state.raw<T>() as T;

	constructor(source: () => T, initial: T, hold: () => boolean = () => false) {
		this.current = initial;
		$effect(() => {
			const value = source();
			if (hold()) return;
			return afterPaint(() => (this.current = value));
		});
	}
}
