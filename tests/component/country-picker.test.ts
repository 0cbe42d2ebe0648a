/**
 * Enter on the keyboard map picks the country in the middle of the room the panel leaves, and a cross marks that
 * point while the map has the keyboard's focus (walk-through finding 18: Enter opened Iran, "the country at the
 * centre" of the whole canvas, partly behind the panel, and nothing marked it).
 */
import { fireEvent, render } from '@testing-library/svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import CountryPicker from '$lib/components/map/CountryPicker.svelte';
import { MapContext } from '$lib/map/context.svelte';
import { roomCentre } from '$lib/map/pick';
import Host from '../support/Host.svelte';

function setup(padding = { top: 100, right: 400, bottom: 0, left: 0 }) {
	const canvas = document.createElement('canvas');
	canvas.tabIndex = 0;
	Object.defineProperty(canvas, 'clientWidth', { value: 1200 });
	Object.defineProperty(canvas, 'clientHeight', { value: 800 });
	document.body.append(canvas);
	const queried: unknown[] = [];
	const map = {
		getCanvas: () => canvas,
		on: vi.fn(),
		off: vi.fn(),
		getZoom: () => 2,
		getLayoutProperty: () => 'visible',
		queryRenderedFeatures: (point: unknown) => {
			queried.push(point);
			return [{ source: 'countries', properties: { code: 'KZ' } }];
		}
	};
	const context = new MapContext();
	context.map = map as unknown as MapLibreMap;
	const onselect = vi.fn();
	const view = render(Host, {
		props: { component: CountryPicker as never, props: { onselect, padding }, map: context }
	});
	return { canvas, queried, onselect, view };
}

describe('roomCentre', () => {
	it.each([
		[{ width: 1200, height: 800 }, undefined, [600, 400]],
		// A side panel of 400 px and a search bar of 100: the middle of what is left
		[{ width: 1200, height: 800 }, { top: 100, right: 400, bottom: 0, left: 0 }, [400, 450]],
		// A phone's sheet over the bottom half
		[{ width: 390, height: 844 }, { top: 60, right: 0, bottom: 422, left: 0 }, [195, 241]],
		// No room left: the canvas's middle
		[{ width: 300, height: 200 }, { top: 0, right: 300, bottom: 0, left: 0 }, [150, 100]]
	])('%j with %j → %j', (size, padding, expected) => {
		expect(roomCentre(size, padding)).toEqual(expected);
	});
});

describe('CountryPicker', () => {
	it('picks under the room’s middle on Enter, not the canvas’s', async () => {
		const { canvas, queried, onselect } = setup();
		await fireEvent.keyDown(canvas, { key: 'Enter' });
		expect(queried[0]).toEqual([400, 450]);
		expect(onselect).toHaveBeenCalledWith('KZ');
	});

	it('marks the point while the canvas has the keyboard’s focus, and not after', async () => {
		const { canvas, view } = setup();
		const target = () => view.container.querySelector<HTMLElement>('.target');
		expect(target()).toBeNull();
		canvas.focus();
		await fireEvent.focus(canvas);
		expect([target()?.style.left, target()?.style.top]).toEqual(['400px', '450px']);
		await fireEvent.blur(canvas);
		expect(target()).toBeNull();
	});
});
