/**
 * The shell's navigation state, as a class in context (OWID's MapChartState is the model): which country the URL
 * names, the country being navigated to while its page loads (the panel's preview), opening a country, the hover
 * prefetch, the Back guard, Escape, and where focus returns when the panel closes. It draws nothing and reads
 * SvelteKit only through the `NavigationEnv` it is given, so it is tested without a browser
 * (tests/component/navigation.test.ts); the root layout gives it Kit's `page`, `navigating`, `goto` and
 * `preloadData`, and hands it Kit's navigation callbacks.
 */
import { resolve } from '$lib/i18n/paths';
import { getContext, setContext } from 'svelte';
import type { CountrySummary } from '../view/summary';
import type { ViewState } from '../view/state.svelte';

/** A page as Kit's `page` and `navigating.to` describe it: enough to know its route and country. */
export interface Where {
	route: { id: string | null };
	params?: Partial<Record<string, string>> | null;
}
export interface NavigationEnv {
	/** The page shown (Kit's `page`). */
	page(): Where & { url?: { pathname: string } };
	/** The navigation under way (Kit's `navigating`): its type and target are null when none is. */
	navigating(): { type: string | null; to: Where | null };
	goto(
		url: string,
		options?: { noScroll?: boolean; replaceState?: boolean; keepFocus?: boolean }
	): Promise<unknown>;
	preload(url: string): Promise<unknown>;
}
/** What the guard and the focus hooks read of Kit's BeforeNavigate and AfterNavigate. */
export interface Passage {
	type: string;
	from: (Where & { url?: { pathname: string } }) | null;
	to: (Where & { url?: { pathname: string } }) | null;
	delta?: number;
	cancel?: () => void;
}

const COUNTRY = '/country/[code]';
/** How long the pointer rests on a country before its page is fetched: sweeping across the map fetches nothing. */
const HOVER_PREFETCH_MS = 150;

/** The address of a page that has no country: the home page, the table, the reader's documents. */
function pathOf(route: string | null, code: string | null): string {
	if (route === '/table') return resolve('/table/');
	if (route === '/documents') return resolve('/documents/');
	if (route === '/documents/add') return resolve('/documents/add/');
	return code === null ? resolve('/') : resolve(`/country/${code}/`);
}

export class Navigation {
	readonly #view: ViewState;
	readonly #summaries: () => readonly CountrySummary[];
	readonly #env: NavigationEnv;
	/** Where focus was when a country's panel opened (map, search, table row): it goes back there on closing. */
	#returnFocus: HTMLElement | null = null;
	#arrivals: ((toCountry: boolean) => void)[] = [];

	constructor(view: ViewState, summaries: () => readonly CountrySummary[], env: NavigationEnv) {
		this.#view = view;
		this.#summaries = summaries;
		this.#env = env;
	}

	/** The country the URL names, or null on a page without one. */
	readonly urlCode = $derived.by(() => this.#env.page().params?.code ?? null);
	readonly routeId = $derived.by(() => this.#env.page().route.id);

	/**
	 * The country being navigated to, while its page loads: the panel shows its summary at once (PanelPreview)
	 * rather than the previous page until the passages arrive. A click on the map, a search, a link, back/forward.
	 */
	readonly preview = $derived.by((): CountrySummary | null => {
		const to = this.#env.navigating().to;
		const code = to?.params?.code;
		if (to?.route.id !== COUNTRY || !code || code === this.urlCode) return null;
		return this.#summaries().find((s) => s.code === code) ?? null;
	});

	/** A country's page, or the home page for null. */
	open(code: string | null): void {
		this.#env.goto(code === null ? resolve('/') : resolve(`/country/${code}/`), { noScroll: true });
	}

	/**
	 * A country picked on the map: its page, or the home page for null. A country the documents never name has a
	 * page that says so.
	 */
	select(code: string | null): void {
		if (code !== this.urlCode) this.open(code);
	}

	/**
	 * A pointer resting on a country fetches its page, as Kit does for a hovered link, so that a click opens it with
	 * its passages. Run in an effect: it returns the cleanup that forgets a pointer which moved on.
	 */
	prefetchHovered(): (() => void) | undefined {
		const code = this.#view.hovered;
		// Not once it is chosen: its navigation is already fetching it.
		if (!code || code === this.urlCode || code === this.#env.navigating().to?.params?.code) return;
		const timer = setTimeout(
			() => this.#env.preload(resolve(`/country/${code}/`)).catch(() => {}),
			HOVER_PREFETCH_MS
		);
		return () => clearTimeout(timer);
	}

	/**
	 * Kit's beforeNavigate. Back while a chosen country's page is still loading: the panel already shows that country
	 * (its preview), so the reader means back from it, to the page the URL still names. The loading stops, and a
	 * navigation to that page (once the browser has returned to its entry) settles the view on it, as if the reader
	 * had waited. Also notes where focus is when a country's panel opens.
	 */
	leaving(navigation: Passage): void {
		const { type } = this.#env.navigating();
		const opening = type === 'goto' || type === 'link';
		if (navigation.type === 'popstate' && navigation.delta === -1 && this.preview && opening) {
			navigation.cancel?.();
			const back = pathOf(this.routeId, this.urlCode);
			const settle = () =>
				this.#env.goto(back, { replaceState: true, noScroll: true, keepFocus: true }).catch(() => {});
			addEventListener('popstate', () => setTimeout(settle), { once: true });
		}
		const entering = navigation.to?.route.id === COUNTRY && navigation.from?.route.id !== COUNTRY;
		if (entering && document.activeElement instanceof HTMLElement) this.#returnFocus = document.activeElement;
	}

	/** Kit's afterNavigate: tells the panel (onArrive) that another page is shown, unless only the query changed. */
	arrived(navigation: Passage): void {
		if (navigation.type === 'enter' || navigation.from?.url?.pathname === navigation.to?.url?.pathname)
			return;
		const toCountry = navigation.to?.route.id === COUNTRY;
		for (const listener of this.#arrivals) listener(toCountry);
	}

	/** Called after each arrival on another page with whether it is a country's; returns the unsubscribe. */
	onArrive(listener: (toCountry: boolean) => void): () => void {
		this.#arrivals.push(listener);
		return () => {
			this.#arrivals = this.#arrivals.filter((other) => other !== listener);
		};
	}

	/** Focus back where it was before a country's panel opened, if that element is still on the page. */
	restoreFocus(): void {
		if (this.#returnFocus?.isConnected) {
			this.#returnFocus.focus();
			this.#returnFocus = null;
		}
	}

	/** Escape closes a country's panel: back to the home page, unless something on the page used the key. */
	onkeydown(event: KeyboardEvent): void {
		if (event.key === 'Escape' && !event.defaultPrevented && this.urlCode !== null) this.open(null);
	}
}

const KEY = Symbol('navigation');

export function setNavigation(navigation: Navigation): Navigation {
	return setContext(KEY, navigation);
}

export function getNavigation(): Navigation {
	const navigation = getContext<Navigation | undefined>(KEY);
	if (!navigation)
		throw new Error('getNavigation() called outside a component tree that called setNavigation()');
	return navigation;
}
