/**
 * The words a part of the page shows when it stopped with an error (PartBoundary), in the interface's language (the
 * `shell_` messages), read when used.
 */
import { m } from '../../paraglide/messages';

/** What stopped, by part: the side panel, the reader of the reader's own documents. */
const FAILED = {
	panel: () => m.shell_boundary_panel(),
	reader: () => m.shell_boundary_reader()
};

export type BoundaryPart = keyof typeof FAILED;

export const BOUNDARY_WORDS = {
	failed: (part: BoundaryPart) => FAILED[part](),
	get retry() {
		return m.shell_retry();
	}
};
