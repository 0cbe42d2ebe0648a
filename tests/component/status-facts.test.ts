/**
 * The dates of relations at the top of a country's panel (StatusFacts.svelte): one line per date, every document
 * that gives it named on it with a link to its passage, a contradicted date flagged. Hand-made claims after
 * Turkey's three documents (the Bulgarian article, today's English article and its older revision).
 */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import StatusFacts from '$lib/components/panel/StatusFacts.svelte';
import type { DocRef } from '$lib/view/panel';

const ref = (id: string, title: string, lang: string, language: string) =>
	({ id, title, lang, language, publisher: null, retrieved: null }) as DocRef;
const bg = ref('bg-wikipedia', 'Външна политика на Казахстан', 'bg', 'Bulgarian');
const en = ref('en-tr', 'Kazakhstan–Turkey relations', 'en', 'English');
const old = ref('en-tr-old', 'Kazakhstan–Turkey relations (2019)', 'en', 'English');

describe('StatusFacts', () => {
	it('lists a date three documents give once, with each document one click away', () => {
		render(StatusFacts, {
			props: {
				status: 'embassy',
				statusLabel: 'Diplomatic relations, with a resident embassy',
				claims: [
					{
						date: '1992-03-02',
						label: '2 March 1992',
						doc: bg,
						excerptId: 'bg-1',
						chosen: true,
						differs: false,
						statedBy: [
							{ doc: bg, excerptId: 'bg-1' },
							{ doc: en, excerptId: 'en-2' },
							{ doc: old, excerptId: 'old-3' }
						]
					}
				]
			}
		});
		const items = screen.getAllByRole('listitem');
		expect(items).toHaveLength(1);
		expect(items[0].querySelector('time')?.textContent).toBe('2 March 1992');
		const links = within(items[0]).getAllByRole('link');
		expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
			['Външна политика на Казахстан', '#bg-1'],
			['Kazakhstan–Turkey relations', '#en-2'],
			['Kazakhstan–Turkey relations (2019)', '#old-3']
		]);
		expect(items[0].textContent).not.toContain('not the date the map uses');
	});

	it('keeps a differing date on its own line, flagged', () => {
		render(StatusFacts, {
			props: {
				status: 'relations',
				statusLabel: 'Diplomatic relations',
				claims: [
					{
						date: '1992-07-05',
						label: '5 July 1992',
						doc: bg,
						excerptId: null,
						chosen: true,
						differs: false,
						statedBy: [{ doc: bg, excerptId: null }]
					},
					{
						date: '1992-06-05',
						label: '5 June 1992',
						doc: en,
						excerptId: 'en-1',
						chosen: false,
						differs: true,
						statedBy: [{ doc: en, excerptId: 'en-1' }]
					}
				]
			}
		});
		const [chosen, other] = screen.getAllByRole('listitem');
		expect(chosen.textContent).toContain('used on the map');
		expect(chosen.textContent).not.toContain('not the date the map uses');
		expect(other.textContent).toContain('not the date the map uses');
		expect(within(other).getByRole('link').getAttribute('href')).toBe('#en-1');
	});
});
