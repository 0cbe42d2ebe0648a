import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Excerpt from '../../src/lib/components/panel/Excerpt.svelte';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import { buildPanel, type CountryPanelModel } from '../../src/lib/view/panel';

describe('Excerpt', () => {
	it("shows Nepal's evidence, the Bulgarian no-contact list, with 'Непал' marked", () => {
		const { atlas } = buildAtlas('data/documents');
		const np = buildPanel(atlas, 'NP') as CountryPanelModel;
		const { container } = render(Excerpt, { props: { excerpt: np.excerpts[0] } });
		expect(container.querySelector('blockquote')?.textContent).toContain(
			'няма установен дипломатически контакт'
		);
		const marks = [...container.querySelectorAll('mark.status')].map((m) => m.textContent);
		expect(marks).toContain('Непал');
		// Beside it, in English, what was read from it, marked as generated rather than translated.
		const gloss = container.querySelector('p.gloss');
		expect(gloss?.getAttribute('lang')).toBe('en');
		expect(gloss?.textContent).toMatch(/Read here:\s+No diplomatic relations between Nepal and Kazakhstan\./);
		expect(gloss?.querySelector('[title]')?.getAttribute('title')).toContain('not a translation');
	});

	it('names a section once: a passage under no heading of its own (a pasted text) shows the title alone', () => {
		const { atlas } = buildAtlas('data/documents');
		const np = buildPanel(atlas, 'NP') as CountryPanelModel;
		const withHeading = render(Excerpt, { props: { excerpt: np.excerpts[0] } });
		const caption = withHeading.container.querySelector('figcaption');
		// The Bulgarian article: its title › the section the list stands in
		expect(caption?.textContent).toContain('›');
		withHeading.unmount();
		const doc = np.excerpts[0].doc;
		const untitled = { ...np.excerpts[0], sectionTitle: doc.title };
		const { container } = render(Excerpt, { props: { excerpt: untitled } });
		const cite = container.querySelector('figcaption cite');
		expect(cite?.textContent).toBe(doc.title);
		expect(container.querySelector('figcaption')?.textContent).not.toContain('›');
	});
});
