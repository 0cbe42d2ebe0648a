/**
 * Publishers the interface names in its own language, by id (the manifest's `publisher`, with `edition` for one
 * that has language editions), and how a document's address tells them where the manifest does not say (an older
 * manifest, a reader's own document): `view/publishers.ts` writes the names. A publisher not listed here is a name
 * as it writes itself ("Tajik Herald"), shown as written.
 */

/** The publishers the interface has names for; `editions`: one per language, told by `edition`. */
export const PUBLISHERS = {
	wikipedia: { editions: true, hosts: /^(?:([a-z][a-z-]*)\.)?(?:m\.)?wikipedia\.org$/ },
	namuwiki: { editions: false, hosts: /^(?:www\.)?namu\.wiki$/ },
	'us-state-department': { editions: false, hosts: /^(?:[\w-]+\.)*state\.gov$/ }
} as const;

export type PublisherId = keyof typeof PUBLISHERS;

export function isPublisherId(id: string): id is PublisherId {
	return Object.hasOwn(PUBLISHERS, id);
}

/** A publisher id: lower-case letters, digits and dashes; any other `publisher` is a name as written. */
export const PUBLISHER_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The publisher an address is from, and its edition's language, or null: "https://bg.wikipedia.org/wiki/…" is
 * Wikipedia's Bulgarian edition, "https://namu.wiki/w/…" Namuwiki. A copy on another site (WikiMili) is not.
 */
export function publisherOfAddress(source: string): { id: PublisherId; edition?: string } | null {
	let host: string;
	try {
		host = new URL(source).hostname.toLowerCase();
	} catch {
		return null;
	}
	for (const [id, publisher] of Object.entries(PUBLISHERS) as [
		PublisherId,
		(typeof PUBLISHERS)[PublisherId]
	][]) {
		const match = publisher.hosts.exec(host);
		if (!match) continue;
		if (!publisher.editions) return { id };
		// en.m.wikipedia.org is the English edition's mobile site; www.wikipedia.org is the portal, no edition.
		const edition = match[1] && match[1] !== 'www' ? match[1] : undefined;
		return edition ? { id, edition } : { id };
	}
	return null;
}
