/**
 * No blank screen (issue 24): an error while a part of the page draws (the panel, the reader's documents) shows a
 * message in that part with Try again, and the rest of the page keeps working. The map's own boundary is MapStage's
 * (map-stage-boundary.test.ts).
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tick } from 'svelte';
import { BOUNDARY_WORDS } from '../../src/lib/components/shell/boundary-words';
import BoundaryHost from './boundary/BoundaryHost.svelte';

afterEach(() => vi.restoreAllMocks());

describe('PartBoundary', () => {
	for (const part of ['panel', 'reader'] as const) {
		it(`an error in the ${part} shows a message there, and the rest keeps working`, async () => {
			const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
			let throwing = true;
			render(BoundaryHost, { props: { part, when: () => throwing } });
			await tick();
			const alert = screen.getByRole('alert');
			expect(alert.textContent).toContain(BOUNDARY_WORDS.failed(part));
			expect(screen.queryByText('Part content')).toBeNull();
			// Never a stack trace on the page; the error goes to the console.
			expect(document.body.textContent).not.toContain('forced for the test');
			expect(logged).toHaveBeenCalled();
			// Outside the part, the page still answers.
			await fireEvent.click(screen.getByRole('button', { name: 'Outside 0' }));
			expect(screen.getByRole('button', { name: 'Outside 1' })).toBeTruthy();
			// Try again, once the cause is gone, draws the part.
			throwing = false;
			await fireEvent.click(screen.getByRole('button', { name: BOUNDARY_WORDS.retry }));
			await tick();
			expect(screen.getByText('Part content')).toBeTruthy();
			expect(screen.queryByRole('alert')).toBeNull();
		});
	}

	it('tries the part again by itself when the page changes', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		let throwing = true;
		const { rerender } = render(BoundaryHost, {
			props: { part: 'panel', when: () => throwing, resetKey: '/country/TR/' }
		});
		await tick();
		expect(screen.getByRole('alert')).toBeTruthy();
		// The same page again: still the message.
		await rerender({ part: 'panel', when: () => throwing, resetKey: '/country/TR/' });
		expect(screen.getByRole('alert')).toBeTruthy();
		throwing = false;
		await rerender({ part: 'panel', when: () => throwing, resetKey: '/country/JP/' });
		await tick();
		expect(screen.getByText('Part content')).toBeTruthy();
		expect(screen.queryByRole('alert')).toBeNull();
	});
});
