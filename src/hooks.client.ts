/**
 * Kit's client hooks. `handleError` hears of a page's data that could not be fetched (no network): the shell's
 * navigation waits for a pick's data before it changes the address, and asks `page-data` whether it arrived.
 * https://svelte.dev/docs/kit/hooks#Shared-hooks-handleError
 */
import type { HandleClientError } from '@sveltejs/kit';
import { noteFailure } from '$lib/shell/page-data';

export const handleError: HandleClientError = ({ event, message }) => {
	noteFailure(event.url);
	return { message };
};
