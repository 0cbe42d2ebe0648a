/**
 * The one-time offer of the browser's language on the home page: which interface language to offer, and whether
 * the reader already answered (remembered in localStorage, so that it is offered once). Never a redirect: a shared
 * link opens in its own language, and the offer is a line in the page.
 */
import { baseLocale, locales, type Locale } from '../paraglide/runtime';

/** Where the answer is kept: "accepted" or "dismissed". */
export const OFFER_KEY = 'relations-atlas-language-offer';

/**
 * The interface language the browser prefers, from `navigator.languages` in its order, if it is one of the
 * interface's languages other than the base (English is the page everyone starts from) and other than the one on
 * screen; null otherwise. The first language the interface has decides: a browser that prefers English, then
 * Korean, is offered nothing.
 */
export function offeredLocale(preferred: readonly string[], current: Locale): Locale | null {
	for (const tag of preferred) {
		const primary = tag.toLowerCase().split('-')[0];
		const locale = locales.find((l) => l === primary);
		if (!locale) continue;
		return locale === baseLocale || locale === current ? null : locale;
	}
	return null;
}

/**
 * The browser's localStorage, or undefined where there is none or reading it throws (a page framed on another site
 * with third-party storage blocked, storage switched off): the property's getter itself throws there.
 */
export function pageStorage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

/** Whether the reader answered the offer before (or the storage is not available: then it is not offered). */
export function offerAnswered(storage: Pick<Storage, 'getItem'> | undefined): boolean {
	try {
		return !storage || storage.getItem(OFFER_KEY) !== null;
	} catch {
		return true;
	}
}

/** Remembers the answer; a storage that refuses leaves the offer to be made again next time. */
export function answerOffer(storage: Pick<Storage, 'setItem'> | undefined, answer: 'accepted' | 'dismissed') {
	try {
		storage?.setItem(OFFER_KEY, answer);
	} catch {
		// Private windows may refuse: the offer comes back on the next visit, which is harmless.
	}
}
