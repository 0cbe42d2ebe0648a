/**
 * A page's data fetched ahead of its navigation, and whether it arrived. Kit's `preloadData` does not say when the
 * data could not be fetched: it answers with the page already shown. Kit reports such a failure (no network, a
 * request refused) to the client hook `handleError` with the page's address (`src/hooks.client.ts`), which notes it
 * here; a fetch whose address was noted while it ran failed. An answer with an error status (a page that does not
 * exist) is not a failure: the navigation goes on and shows the error page, as a link would.
 */

/** How many failed fetches each address has had. */
const failures = new Map<string, number>();

/** Called by the client hook `handleError` for a load that failed. */
export function noteFailure(url: URL): void {
	failures.set(url.pathname, (failures.get(url.pathname) ?? 0) + 1);
}

/** Fetches the data of the page at `path` with `preload` (Kit's `preloadData`): true once it is there. */
export async function fetchPageData(
	path: string,
	preload: (href: string) => Promise<unknown>
): Promise<boolean> {
	const key = new URL(path, location.href).pathname;
	const before = failures.get(key) ?? 0;
	try {
		await preload(path);
	} catch {
		return false;
	}
	return (failures.get(key) ?? 0) === before;
}
