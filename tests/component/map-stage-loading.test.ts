/**
 * No blank map while MapLibre loads (issue 25, finding 14): where no first map stands in (a country's page), the
 * stage says in the map's place that the map is loading and what works meanwhile, until the map's first frame is
 * drawn. MapView is a stand-in that draws when told to.
 */
import { fireEvent, screen } from '@testing-library/svelte';
import { afterEach, expect, it, vi } from 'vitest';
import { renderStageOnTurkey } from './kit.svelte';

vi.mock('../../src/lib/components/map/MapView.svelte', async () => ({
	default: (await import('./stage/MapViewPending.svelte')).default
}));

afterEach(() => vi.unstubAllGlobals());

it('says "Loading the map…" in its place until the first frame, then nothing', async () => {
	renderStageOnTurkey();
	const status = await screen.findByRole('status', {}, { timeout: 5000 });
	expect(status.textContent).toContain('Loading the map…');
	expect(status.textContent).toContain('Search, the panel and each country’s page work meanwhile.');
	await fireEvent.click(screen.getByRole('button', { name: 'draw the first frame' }));
	expect(screen.queryByText('Loading the map…')).toBeNull();
});
