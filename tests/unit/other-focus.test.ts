/**
 * The focus is data: the atlas built over tests/fixtures/other-focus (a manifest whose focus is Georgia, one short
 * English document) gives pages that name Georgia wherever the real documents' pages name Kazakhstan, and never
 * Kazakhstan. The routes' own load functions run over the fixture (ATLAS_DOCUMENTS_DIR, read when the atlas module
 * is first imported), and the pages and components are rendered on the server as the prerender renders them.
 * The layout itself and the map need the browser: the layout's data and the map's words are checked here instead.
 */
import type { Component } from 'svelte';
import { afterAll, describe, expect, it, vi } from 'vitest';

// The pipeline project shares one module graph between files (isolate: false): the modules are imported afresh over
// the fixture, and afresh again for the next file once this one is done.
process.env.ATLAS_DOCUMENTS_DIR = 'tests/fixtures/other-focus';
vi.resetModules();
afterAll(() => {
	delete process.env.ATLAS_DOCUMENTS_DIR;
	vi.resetModules();
});

// Svelte's server renderer too: the components below must use the same copy of Svelte's internals.
const { render } = await import('svelte/server');
const { buildAtlas } = await import('../../src/lib/server/atlas/build');
const { getAtlas } = await import('../../src/lib/server/atlas');
const { load: layoutLoad } = await import('../../src/routes/+layout.server');
const { load: pageLoad, entries } = await import('../../src/routes/country/[code]/+page.server');
const { builtMissionsPayload: missionsPayload } = await import('../../src/lib/server/view/missions-payload');
const { colourCountries } = await import('../../src/lib/view/colour');
const { default: Home } = await import('../../src/routes/+page.svelte');
const { default: TablePage } = await import('../../src/routes/table/+page.svelte');
const { default: CountryPage } = await import('../../src/routes/country/[code]/+page.svelte');
const { default: PanelPreview } = await import('../../src/lib/components/panel/PanelPreview.svelte');
const { default: Legend } = await import('../../src/lib/components/controls/Legend.svelte');
const { default: LayerControl } = await import('../../src/lib/components/map/LayerControl.svelte');
const { default: MissionDetail } = await import('../../src/lib/components/map/MissionDetail.svelte');
const { default: CityMissionList } = await import('../../src/lib/components/map/CityMissionList.svelte');
const { default: Host } = await import('../support/Host.svelte');

type Loaded = Record<string, unknown>;
// The load functions read only what these tests pass; SvelteKit's full event is not needed.
const layout = (await layoutLoad({} as never)) as Loaded & {
	focus: string;
	focusName: string;
	summaries: { code: string; status: string }[];
};
const { panelCodes } = await import('../../src/lib/view/panel');
const allCodes = (await entries()).map((e) => e.code);
/** The pages of the atlas's own countries, and one of a country the document never names. */
const codes = [...panelCodes(getAtlas()), 'DE'];

/** The component rendered on the server inside a ViewState, head and body, as the prerender writes them. */
function html(component: unknown, props: Record<string, unknown>): string {
	const inner = component as Component<Record<string, unknown>>;
	const { head, body } = render(Host, { props: { component: inner, props, focusName: layout.focusName } });
	return head + body;
}

const pages: [string, string][] = [
	['/', html(Home, { data: layout })],
	['/table/', html(TablePage, { data: layout })],
	...(await Promise.all(
		codes.map(async (code): Promise<[string, string]> => {
			const data = (await pageLoad({ params: { code } } as never)) as Loaded;
			return [`/country/${code}/`, html(CountryPage, { data: { ...layout, ...data } })];
		})
	))
];

describe('an atlas whose focus is Georgia', () => {
	it('builds from the fixture without warnings, with Georgia as its focus', () => {
		expect(buildAtlas('tests/fixtures/other-focus').warnings).toEqual([]);
		expect(getAtlas().focus).toBe('GE');
		expect(layout.focusName).toBe('Georgia');
		expect(panelCodes(getAtlas()).sort()).toEqual(['AM', 'GE', 'TR', 'UA']);
		// Every country has a page; those the document never names say so.
		expect(allCodes).toEqual(expect.arrayContaining(['AM', 'GE', 'TR', 'UA', 'DE', 'KZ']));
		expect(allCodes.length).toBeGreaterThan(240);
	});

	it.each(pages.map(([path, text]) => ({ path, text })))(
		'$path names Georgia, never Kazakhstan',
		({ text }) => {
			expect(text).toContain('Georgia');
			expect(text).not.toMatch(/Kazakhstan|Казахстан|카자흐스탄/);
		}
	);

	it('titles and describes each page after the focus', () => {
		const page = (path: string) => pages.find(([p]) => p === path)![1];
		expect(page('/')).toContain(
			'<title>Relations Atlas: Georgia’s foreign relations in one document</title>'
		);
		expect(page('/')).toContain('Georgia’s relations, country by country');
		// The coverage line: the fixture's one English document names Turkey, Armenia and Ukraine, each dated.
		expect(page('/')).toContain(
			'One document (English 1). Countries whose relations they state: 3; with the date relations began: 3.'
		);
		expect(page('/')).toContain('relations with each country, from one document in English');
		expect(page('/table/')).toContain('with its relations with Georgia');
		expect(page('/country/TR/')).toContain('<title>Turkey: relations with Georgia · Relations Atlas</title>');
		expect(page('/country/TR/')).toContain('Relations with Georgia');
		expect(page('/country/TR/')).toContain('Georgia’s missions for Turkey');
		expect(page('/country/TR/')).toContain('since 2005');
		expect(page('/country/GE/')).toContain('Georgia’s missions abroad');
		expect(page('/country/GE/')).toContain('Missions for Georgia');
		expect(page('/country/DE/')).toContain('The documents say nothing about Germany.');
		expect(page('/country/DE/')).toContain('that Germany and Georgia have no relations');
	});

	it('puts the focus in the legend, the layer control, the preview and the mission card', () => {
		const summaries = layout.summaries as never[];
		const legend = html(Legend, { summaries, documents: layout.documents });
		expect(colourCountries(summaries, 'status').title).toBe('Relations with Georgia');
		expect(legend).toContain('Relations with Georgia');
		const layers = html(LayerControl, {});
		expect(layers).toContain('Georgia’s missions abroad');
		expect(layers).toContain('Foreign missions for Georgia');
		const tr = layout.summaries.find((s) => s.code === 'TR');
		const preview = html(PanelPreview, { summary: tr, focusName: layout.focusName });
		expect(preview).toContain('Relations with Georgia');

		const payload = missionsPayload(getAtlas());
		expect(payload.focus).toBe('GE');
		const cards = payload.missions.map((mission) =>
			html(MissionDetail, { mission, focus: payload.focus, names: payload.names })
		);
		const istanbul = cards[payload.missions.findIndex((m) => m.city === 'Istanbul')];
		expect(istanbul).toContain('Consulate-general of Georgia');
		expect(istanbul).toContain('since 2005');
		expect(istanbul).toContain('Georgia’s mission abroad');
		const tbilisi = payload.missions.flatMap((m, i) => (m.city === 'Tbilisi' ? [i] : []));
		const list = html(CityMissionList, {
			city: 'Tbilisi',
			ids: tbilisi,
			missions: payload.missions,
			names: payload.names,
			onselect: () => {}
		});
		expect(cards.some((c) => c.includes('Foreign mission in Georgia'))).toBe(true);
		for (const text of [legend, layers, preview, list, ...cards]) {
			expect(text).not.toMatch(/Kazakhstan/);
		}
	});
});
