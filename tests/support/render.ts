/** Renders a component under Host.svelte, so it finds the view state, map and missions contexts it reads. */
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import type { MapContext } from '../../src/lib/map/context.svelte';
import type { MissionsData } from '../../src/lib/view/missions-data.svelte';
import type { ViewState } from '../../src/lib/view/state.svelte';
import Host from './Host.svelte';

export function renderInHost<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P,
	contexts: { view?: ViewState; map?: MapContext; missions?: MissionsData } = {}
) {
	return render(Host, {
		props: { component: component as Component<Record<string, unknown>>, props, ...contexts }
	});
}
