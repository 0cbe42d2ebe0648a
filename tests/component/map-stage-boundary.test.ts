/**
 * No blank screen (issue 24), the map's part: an error while MapLibre's view draws is caught by MapStage's boundary,
 * which puts the fallback in its place with the reason in words; nothing of the error reaches the page.
 */
import { screen } from '@testing-library/svelte';
import { afterEach, expect, it, vi } from 'vitest';
import { m } from '../../src/lib/paraglide/messages';
import { renderStageOnTurkey } from './kit.svelte';

vi.mock('../../src/lib/components/map/MapView.svelte', async () => ({
	default: (await import('./boundary/MapViewThrows.svelte')).default
}));

afterEach(() => vi.unstubAllGlobals());

it('an error while the map draws shows the fallback with a message, not a blank stage', async () => {
	const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
	renderStageOnTurkey();
	expect(
		await screen.findByText(new RegExp(`not shown because ${m.map_reason_error()}`), {}, { timeout: 5000 })
	).toBeTruthy();
	expect(document.body.textContent).not.toContain('forced for the test');
	expect(logged).toHaveBeenCalled();
});
