/** The embed snippet (src/lib/view/share.ts): an iframe of the view's link, its attribute values escaped. */
import { describe, expect, it } from 'vitest';
import { embedSnippet } from '$lib/view/share';

describe('embedSnippet', () => {
	it('frames the link, with a title and a size', () => {
		expect(embedSnippet('https://atlas.example/?mode=year', 'Relations Atlas', 640, 400)).toBe(
			'<iframe src="https://atlas.example/?mode=year" title="Relations Atlas" width="640" height="400" style="border: 0" loading="lazy"></iframe>'
		);
	});

	it('escapes the query’s ampersands and any quote or angle bracket, so the markup stays one element', () => {
		const snippet = embedSnippet('https://atlas.example/?mode=year&layers=labels', 'A "quoted" <title>');
		expect(snippet).toContain('src="https://atlas.example/?mode=year&amp;layers=labels"');
		expect(snippet).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
		expect(snippet.match(/</g)).toHaveLength(2);
	});
});
