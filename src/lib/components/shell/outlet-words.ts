/**
 * The words the side panel's outlet (PanelOutlet) shows about the page on its way, in the interface's language (the
 * `shell_` messages), read when used: prerendering writes every language in one process.
 */
import { m } from '../../paraglide/messages';

export const OUTLET_WORDS = {
	/** A pick whose page data is on its way, under the heading of the page still shown. */
	opening: (name: string) => m.shell_opening({ name }),
	/** A pick whose page data could not be fetched. */
	failed: (name: string | null) => (name ? m.shell_failed({ name }) : m.shell_failed_unnamed()),
	get retry() {
		return m.shell_retry();
	},
	/** Back or Forward to a page without a country (the home page, the table) while it loads. */
	get travelling() {
		return m.shell_travelling();
	}
};
