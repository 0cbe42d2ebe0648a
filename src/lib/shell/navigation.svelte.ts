/**
 * The shell's navigation state, as a class in context (OWID's MapChartState is the model): which country the URL
 * names, the country being opened while its page data loads, opening a country, the hover prefetch, Escape, and where
 * focus returns when the panel closes.
 *
 * History in step: the heading, the address and the history change together, in one Kit navigation, whatever the
 * network does. A country picked (map, search, table link, Escape) has its page data fetched first (preloadData);
 * only once it has arrived does the navigation run, and it commits at once from that data. Meanwhile the panel keeps
 * the page the address names and says which country is on its way. Picks made while one loads wait their turn, so each
 * gets its own history entry, in order. Back or Forward drops the picks still waiting. A fetch that fails changes
 * nothing and offers a retry (`failed`); whether it failed is page-data's to say (Kit's preloadData does not). Back and
 * Forward change the address before Kit acts: from the browser's popstate on, the panel shows the country returned
 * to (`returning`) or, for a page without a country, hides the page left behind (`travelling`). It draws nothing and
 * reads SvelteKit only through the `NavigationEnv` it is given, so it is tested without a browser
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
	/** Kit's preloadData, for the hover prefetch: its answer is not read. */
	preload(url: string): Promise<unknown>;
	/** A page's data fetched ahead of its navigation: true once it has arrived, false if it could not be fetched. */
	load(url: string): Promise<boolean>;
}
/** What the guard and the focus hooks read of Kit's BeforeNavigate and AfterNavigate. */
export interface Passage {
	type: string;
	from: (Where & { url?: { pathname: string } }) | null;
	to: (Where & { url?: { pathname: string; search?: string } }) | null;
	delta?: number;
	cancel?: () => void;
}

const COUNTRY = '/country/[code]';
/** How long the pointer rests on a country before its page is fetched: sweeping across the map fetches nothing. */
const HOVER_PREFETCH_MS = 150;

/**
 * Whether the reader is typing in a text field that holds text (a new search while the last pick loads): an arriving
 * page then leaves the focus there, neither Kit's reset to the page's start nor the panel's move to its heading,
 * which would send the next keys nowhere. An empty field (the search box its pick just cleared) gives the focus up.
 */
export function typingInField(active: Element | null = globalThis.document?.activeElement ?? null): boolean {
	if (active instanceof HTMLTextAreaElement) return active.value !== '';
	if (active instanceof HTMLInputElement)
		return /^(text|search|email|url|tel|number)$/.test(active.type) && active.value !== '';
	return active instanceof HTMLElement && active.isContentEditable && (active.textContent ?? '') !== '';
}

/** The country an address names, or null. */
function codeOf(path: string | null): string | null {
	return path?.match(/\/country\/([^/]+)\/?$/)?.[1] ?? null;
}

export class Navigation {
	readonly #view: ViewState;
	readonly #summaries: () => readonly CountrySummary[];
	readonly #env: NavigationEnv;
	/** Where focus was when a country's panel opened (map, search, table row): it goes back there on closing. */
	#returnFocus: HTMLElement | null = null;
	#arrivals: ((toCountry: boolean) => void)[] = [];
	/** Addresses picked while another was loading, in the order picked. */
	#queue: string[] = [];
	/** Bumped by Back and Forward: a fetch started before it no longer leads anywhere. */
	#turn = 0;
	#running = false;
	/** The address whose page data is being fetched before its navigation, or null. */
	opening = $state<string | null>(null);
	/** The address whose page data could not be fetched: the panel says so and offers `retry()`. */
	failed = $state<string | null>(null);

	constructor(view: ViewState, summaries: () => readonly CountrySummary[], env: NavigationEnv) {
		this.#view = view;
		this.#summaries = summaries;
		this.#env = env;
	}

	/** The country the URL names, or null on a page without one. */
	readonly urlCode = $derived.by(() => this.#env.page().params?.code ?? null);
	readonly routeId = $derived.by(() => this.#env.page().route.id);

	/**
	 * The country picked, while its page data loads: the panel names it in a status line and keeps its heading, the
	 * address's country, until the page arrives with the address.
	 */
	readonly preview = $derived.by((): CountrySummary | null => {
		const code = codeOf(this.opening);
		if (!code || code === this.urlCode) return null;
		return this.#summaries().find((s) => s.code === code) ?? null;
	});

	/**
	 * The address Back or Forward has put in the address bar while its page loads, or null once the page shown is the
	 * address's. Read from the browser's own popstate (`listen`), not from Kit's `navigating`: Kit reaches the
	 * navigation a task or two later, and a frame drawn between would show the old heading at the new address.
	 */
	#travelled = $state<string | null>(null);
	/** The path of the page shown. */
	readonly #shownPath = $derived.by(() => this.#env.page().url?.pathname ?? null);

	/** Whether Back or Forward is on its way to another page than the one shown: the panel then hides it. */
	readonly travelling = $derived.by(() => this.#travelled !== null && this.#travelled !== this.#shownPath);

	/**
	 * The country Back or Forward returns to, while its page loads: the browser has already put its address in the
	 * address bar, so the panel shows its heading at once (PanelPreview) from its summary, until the passages arrive.
	 */
	readonly returning = $derived.by((): CountrySummary | null => {
		const code = this.travelling ? codeOf(this.#travelled) : null;
		if (!code || code === this.urlCode) return null;
		return this.#summaries().find((s) => s.code === code) ?? null;
	});

	/**
	 * Follows the browser's Back and Forward from the moment the address changes. Run in an effect: it returns the
	 * cleanup.
	 */
	listen(): () => void {
		const popped = () => (this.#travelled = location.pathname);
		addEventListener('popstate', popped, true);
		return () => removeEventListener('popstate', popped, true);
	}

	/** The name of the country whose page failed to load, or null for another page. */
	readonly failedName = $derived.by((): string | null => {
		const code = codeOf(this.failed);
		return code === null ? null : (this.#summaries().find((s) => s.code === code)?.name ?? code);
	});

	/** A country's page, or the home page for null. */
	open(code: string | null): void {
		this.go(code === null ? resolve('/') : resolve(`/country/${code}/`));
	}

	/** Any page of the app by its address: its data first, then the navigation, after the picks before it. */
	go(path: string): void {
		this.failed = null;
		this.#queue.push(path);
		if (!this.#running) void this.#drain();
	}

	/** The address that failed, again. */
	retry(): void {
		if (this.failed !== null) this.go(this.failed);
	}

	async #drain(): Promise<void> {
		this.#running = true;
		const turn = this.#turn;
		for (let path = this.#queue.shift(); path !== undefined; path = this.#queue.shift()) {
			this.opening = path;
			const ok = await this.#env.load(path).catch(() => false);
			if (turn !== this.#turn) return;
			if (!ok) {
				this.failed = path;
				this.#queue = [];
				break;
			}
			const keepFocus = typingInField() ? { keepFocus: true } : {};
			await this.#env.goto(path, { noScroll: true, ...keepFocus }).catch(() => {});
			if (turn !== this.#turn) return;
		}
		this.opening = null;
		this.#running = false;
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
	 * Kit's beforeNavigate. A link to another page (the table's rows, the panel's links) goes the way of a pick: its
	 * data first, in turn. Back and Forward drop the picks still waiting: the reader moved through what they saw. Also
	 * notes where focus is when a country's panel opens.
	 */
	leaving(navigation: Passage): void {
		const url = navigation.to?.url;
		if (navigation.type === 'link' && url && navigation.to?.route.id !== null && navigation.cancel) {
			navigation.cancel();
			this.go(url.pathname + (url.search ?? ''));
			return;
		}
		if (navigation.type === 'popstate') {
			this.#turn++;
			this.#queue = [];
			this.#running = false;
			this.opening = null;
			this.failed = null;
		}
		const entering = navigation.to?.route.id === COUNTRY && navigation.from?.route.id !== COUNTRY;
		if (entering && document.activeElement instanceof HTMLElement) this.#returnFocus = document.activeElement;
	}

	/** Kit's afterNavigate: tells the panel (onArrive) that another page is shown, unless only the query changed. */
	arrived(navigation: Passage): void {
		this.#travelled = null;
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

	/**
	 * Focus back where it was before a country's panel opened, if that element is still on the page and the reader
	 * is not typing elsewhere.
	 */
	restoreFocus(): void {
		if (this.#returnFocus?.isConnected && !typingInField()) {
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
