/**
 * Sharing a view: the embed snippet, an iframe of the view's link for another site's page. Pure: the link and the
 * title come from the page. Every attribute value is escaped, since the link carries a query (`&`) and the title the
 * focus's name.
 */

const escapeAttribute = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** `<iframe src="…" title="…" width="800" height="500" …></iframe>`: the view at `url`, framed. */
export function embedSnippet(url: string, title: string, width = 800, height = 500): string {
	return `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" width="${width}" height="${height}" style="border: 0" loading="lazy"></iframe>`;
}
