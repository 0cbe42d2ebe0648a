/**
 * The map's buttons beside the panel: zoom, "Whole world", the region choice (World, Europe, Asia, Africa, the
 * Americas, Oceania) and "Full screen", which is there only where the browser has the Fullscreen API. The map is a
 * stand-in recording the camera calls, since jsdom has no WebGL.
 */
import { fireEvent, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import ZoomControls from '$lib/components/map/ZoomControls.svelte';
import { MapContext } from '$lib/map/context.svelte';
import { REGIONS } from '$lib/map/regions';
import { WORLD_BOUNDS } from '$lib/map/first-view';
import { renderInHost } from '../support/render';

function setup() {
	const map = { zoomIn: vi.fn(), zoomOut: vi.fn(), fitBounds: vi.fn() };
	const context = new MapContext();
	context.map = map as unknown as MapLibreMap;
	renderInHost(ZoomControls, { world: { top: 10, right: 20, bottom: 30, left: 40 } }, { map: context });
	return map;
}

function setFullscreen(enabled: boolean) {
	Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: enabled });
	Object.defineProperty(document, 'fullscreenElement', { configurable: true, writable: true, value: null });
}

afterEach(() => {
	delete (document as { fullscreenEnabled?: boolean }).fullscreenEnabled;
	delete (document as { fullscreenElement?: Element | null }).fullscreenElement;
});

describe('ZoomControls: regions', () => {
	it('offers the six regions, folded under "Region"', async () => {
		setup();
		const toggle = screen.getByRole('button', { name: 'Region' });
		expect(toggle.getAttribute('aria-expanded')).toBe('false');
		expect(screen.queryByRole('list', { name: 'Regions' })).toBeNull();
		await fireEvent.click(toggle);
		expect(toggle.getAttribute('aria-expanded')).toBe('true');
		const names = screen
			.getAllByRole('button')
			.map((b) => b.textContent?.trim())
			.filter((t) => ['World', 'Europe', 'Asia', 'Africa', 'The Americas', 'Oceania'].includes(t ?? ''));
		expect(names).toEqual(['World', 'Europe', 'Asia', 'Africa', 'The Americas', 'Oceania']);
		// The first region takes the focus, for the keyboard.
		expect(document.activeElement?.textContent?.trim()).toBe('World');
	});

	it('frames the chosen region in the room the panel leaves, then folds the list and gives the focus back', async () => {
		const map = setup();
		const toggle = screen.getByRole('button', { name: 'Region' });
		await fireEvent.click(toggle);
		await fireEvent.click(screen.getByRole('button', { name: 'Africa' }));
		const africa = REGIONS.find((r) => r.key === 'africa')!;
		expect(map.fitBounds).toHaveBeenCalledWith(
			africa.bounds,
			expect.objectContaining({ padding: { top: 10, right: 20, bottom: 30, left: 40 } })
		);
		expect(screen.queryByRole('list', { name: 'Regions' })).toBeNull();
		expect(document.activeElement).toBe(toggle);
		await fireEvent.click(toggle);
		await fireEvent.click(screen.getByRole('button', { name: 'World' }));
		expect(map.fitBounds).toHaveBeenLastCalledWith(WORLD_BOUNDS, expect.anything());
	});

	it('each region box holds a capital of its own region and not one of another', () => {
		// Capitals' positions from an atlas: Paris, Beijing, Nairobi, Brasília, Canberra.
		const inside = (key: string, [lon, lat]: [number, number]) => {
			const [w, s, e, n] = REGIONS.find((r) => r.key === key)!.bounds as [number, number, number, number];
			return lon >= w && lon <= e && lat >= s && lat <= n;
		};
		expect(inside('europe', [2.35, 48.86])).toBe(true);
		expect(inside('europe', [116.4, 39.9])).toBe(false);
		expect(inside('asia', [116.4, 39.9])).toBe(true);
		expect(inside('asia', [71.45, 51.17])).toBe(true); // Astana
		expect(inside('africa', [36.82, -1.29])).toBe(true);
		expect(inside('africa', [-47.93, -15.78])).toBe(false);
		expect(inside('americas', [-47.93, -15.78])).toBe(true);
		expect(inside('americas', [-77.04, 38.9])).toBe(true); // Washington
		expect(inside('oceania', [149.13, -35.28])).toBe(true);
		expect(inside('oceania', [2.35, 48.86])).toBe(false);
	});

	it('Esc folds the list and returns the focus to "Region"', async () => {
		setup();
		const toggle = screen.getByRole('button', { name: 'Region' });
		await fireEvent.click(toggle);
		await fireEvent.keyDown(screen.getByRole('button', { name: 'Asia' }), { key: 'Escape' });
		expect(screen.queryByRole('list', { name: 'Regions' })).toBeNull();
		expect(document.activeElement).toBe(toggle);
	});

	it('a press outside folds the list and leaves the page’s Escape alone; a press inside keeps it (walk-through finding 15)', async () => {
		setup();
		const toggle = screen.getByRole('button', { name: 'Region' });
		await fireEvent.click(toggle);
		await fireEvent.pointerDown(screen.getByRole('button', { name: 'Europe' }));
		expect(screen.getByRole('list', { name: 'Regions' })).toBeTruthy();
		await fireEvent.pointerDown(document.body);
		expect(screen.queryByRole('list', { name: 'Regions' })).toBeNull();
		expect(toggle.getAttribute('aria-expanded')).toBe('false');
		// Folded, Escape is the page's again (it closes the country's panel): not used up here.
		const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
		toggle.dispatchEvent(escape);
		expect(escape.defaultPrevented).toBe(false);
	});
});

describe('ZoomControls: full screen', () => {
	it('is hidden where the browser has no full screen', async () => {
		setFullscreen(false);
		setup();
		await tick();
		expect(screen.queryByRole('button', { name: 'Full screen' })).toBeNull();
	});

	it('asks for the whole page full screen, says it is on, and leaves it when pressed again', async () => {
		setFullscreen(true);
		const request = vi.fn(async () => {
			(document as { fullscreenElement: Element | null }).fullscreenElement = document.documentElement;
			document.dispatchEvent(new Event('fullscreenchange'));
		});
		const exit = vi.fn(async () => {
			(document as { fullscreenElement: Element | null }).fullscreenElement = null;
			document.dispatchEvent(new Event('fullscreenchange'));
		});
		document.documentElement.requestFullscreen = request;
		document.exitFullscreen = exit;
		setup();
		await tick();
		const button = screen.getByRole('button', { name: 'Full screen' });
		expect(button.getAttribute('aria-pressed')).toBe('false');
		await fireEvent.click(button);
		await tick();
		expect(request).toHaveBeenCalledOnce();
		expect(button.getAttribute('aria-pressed')).toBe('true');
		expect(button.title).toBe('Leave full screen');
		await fireEvent.click(button);
		await tick();
		expect(exit).toHaveBeenCalledOnce();
		expect(button.getAttribute('aria-pressed')).toBe('false');
	});
});
