/**
 * The no-WebGL map's SVG (SvgMap.svelte) from a hand-made model: each country the documents name is a link to its
 * page named by its description, with a hover title; a country they do not name is drawn but links nowhere; a small
 * state's marker repeats its country's link out of the tab order; names are text, never markup.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SvgMap from '$lib/components/map/SvgMap.svelte';
import type { SvgCountry, SvgMapModel } from '$lib/map/svg';

const square = (x: number) => `M${x},0L${x + 10},0L${x + 10},10L${x},10Z`;
const country = (
	code: string,
	name: string,
	description: string,
	x: number,
	mentioned = true
): SvgCountry => ({
	code,
	name,
	description,
	fill: mentioned ? '#095b89' : '#dddddd',
	hatched: false,
	d: square(x),
	mentioned
});

const model: SvgMapModel = {
	width: 100,
	height: 60,
	title: { x: 0, y: 10, text: 'Title' },
	subtitle: { x: 0, y: 20, text: 'Relations with Kazakhstan' },
	mapBox: { y: 0, height: 40 },
	sphere: 'M0,0L100,0L100,40L0,40Z',
	ocean: '#f1f7fb',
	countries: [
		country('AD', 'Andorra', 'Andorra: No relations', 0),
		country('TR', 'Turkey', 'Turkey: Embassy present, relations since 2 March 1992', 20),
		country('FR', 'France', 'France: not in the documents', 40, false),
		country('XX', '<b>Bold</b>', '<b>Bold</b>: Relations not stated', 60)
	],
	smallStates: [
		{ code: 'AD', cx: 5, cy: 5, r: 3.5, fill: '#ed7e35', stroke: '#fff', strokeWidth: 1, fillOpacity: 1 }
	],
	arcs: [],
	missions: [],
	groups: [],
	labels: [],
	key: { title: { x: 0, y: 50, text: 'Key' }, entries: [] },
	notes: [],
	source: []
};

describe('SvgMap', () => {
	it('links each country of the documents to its page, named by its name and status', () => {
		const { container } = render(SvgMap, { props: { model, selected: 'TR' } });
		const turkey = screen.getByRole('link', {
			name: 'Turkey: Embassy present, relations since 2 March 1992'
		});
		expect(turkey.getAttribute('href')).toBe('/country/TR/');
		expect(turkey.getAttribute('aria-current')).toBe('page');
		expect(turkey.querySelector('title')?.textContent).toBe(
			'Turkey: Embassy present, relations since 2 March 1992'
		);
		expect(screen.getByRole('link', { name: 'Andorra: No relations' }).getAttribute('href')).toBe(
			'/country/AD/'
		);
		// France is drawn, with its title, and is no link.
		const france = container.querySelector('path[data-code="FR"]');
		expect(france?.closest('a')).toBeNull();
		expect(france?.querySelector('title')?.textContent).toBe('France: not in the documents');
		expect(container.querySelectorAll('.countries a')).toHaveLength(3);
		// The open country is outlined on top.
		expect(container.querySelector('.chosen')?.getAttribute('d')).toBe(square(20));
	});

	it('repeats a small state’s link on its marker, out of the tab order and the accessibility tree', () => {
		const { container } = render(SvgMap, { props: { model } });
		const marker = container.querySelector('.small-states a');
		expect(marker?.getAttribute('href')).toBe('/country/AD/');
		expect(marker?.getAttribute('tabindex')).toBe('-1');
		expect(marker?.getAttribute('aria-hidden')).toBe('true');
	});

	it('shows a name as text, never as markup', () => {
		const { container } = render(SvgMap, { props: { model } });
		expect(container.querySelector('b')).toBeNull();
		expect(screen.getByRole('link', { name: '<b>Bold</b>: Relations not stated' })).toBeTruthy();
	});
});
