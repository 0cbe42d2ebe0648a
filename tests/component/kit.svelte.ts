/**
 * SvelteKit's page state and navigation functions as the shell's Navigation class reads them (NavigationEnv), in
 * rune state that a test changes: the page shown, the navigation under way, and spies for goto, preloadData and the pick's data fetch.
 */
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { vi } from 'vitest';
import MapStage from '../../src/lib/components/map/MapStage.svelte';
import Host from '../support/Host.svelte';
import type { NavigationEnv, Where } from '../../src/lib/shell/navigation.svelte';
import type { CountrySummary } from '../../src/lib/view/summary';
import { summary as build } from '../support/summary';

export class FakeKit {
	page = $state<Where & { url: { pathname: string } }>({
		route: { id: '/' },
		params: {},
		url: { pathname: '/' }
	});
	navigating = $state<{ type: string | null; to: Where | null }>({ type: null, to: null });
	goto = vi.fn(async (url: string, options?: object) => void [url, options]);
	preload = vi.fn(async (url: string): Promise<unknown> => void url);
	/** A pick's page data: arrives at once unless a test says otherwise. */
	load = vi.fn(async (url: string): Promise<boolean> => (void url, true));

	get env(): NavigationEnv {
		return {
			page: () => this.page,
			navigating: () => this.navigating,
			goto: this.goto,
			preload: this.preload,
			load: this.load
		};
	}

	/** The page of a country (`TR`) or, for null, the home page. */
	show(code: string | null): void {
		this.page =
			code === null
				? { route: { id: '/' }, params: {}, url: { pathname: '/' } }
				: { route: { id: '/country/[code]' }, params: { code }, url: { pathname: `/country/${code}/` } };
	}

	/** A navigation under way to a country's page, started by a link or goto. */
	loading(code: string | null, type = 'link'): void {
		this.navigating =
			code === null
				? { type: null, to: null }
				: { type, to: { route: { id: '/country/[code]' }, params: { code } } };
	}
}

/** A country with relations and nothing more, as the shell's tests need it (the harness's one builder). */
export function summary(code: string, name: string): CountrySummary {
	return build(code, { name, status: 'relations' });
}

/** A passage (Kit's BeforeNavigate or AfterNavigate) from one page to another, by path. */
export function passage(
	type: string,
	from: string,
	to: string,
	extra: { delta?: number; cancel?: () => void } = {}
) {
	const where = (path: string) => {
		const code = path.match(/^\/country\/([A-Z]{2})\/$/)?.[1];
		return {
			route: { id: code ? '/country/[code]' : path === '/' ? '/' : path.replace(/\/$/, '') },
			params: code ? { code } : {},
			url: { pathname: path }
		};
	};
	return { type, from: where(from), to: where(to), ...extra };
}

/** MapStage on Turkey's page (the map starts at once, no first map), mounted in the test host. */
export function renderStageOnTurkey(): void {
	vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener() {}, removeEventListener() {} }));
	render(Host, {
		props: {
			component: MapStage as unknown as Component<Record<string, unknown>>,
			props: {
				summaries: [summary('TR', 'Turkey')],
				documents: [],
				focusName: 'Kazakhstan',
				routeId: '/country/[code]',
				wide: false,
				selected: 'TR',
				onselect: () => {}
			}
		}
	});
}
