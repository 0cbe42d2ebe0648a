/** The table's words for its filter, in one place; read when used (getters), in the page's language. */
import { m } from '$lib/paraglide/messages';

export const TABLE_WORDS = {
	get filter() {
		return m.table_filter();
	},
	get filterPlaceholder() {
		return m.table_filter_placeholder();
	},
	get relations() {
		return m.table_filter_relations();
	},
	get allRelations() {
		return m.table_any();
	},
	shown: (shown: number, all: number) =>
		shown === all ? m.table_shown_all({ count: all }) : m.table_shown_some({ shown, count: all })
};
