import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	buildPanel,
	panelCodes,
	type CountryPanelModel,
	type MissionGroup,
	type OverviewPanelModel,
	type PanelExcerpt
} from '../../src/lib/view/panel';
import { AtlasSchema } from '../../src/lib/atlas/schema';
import { segment } from '../../src/lib/view/segments';
import { fixtureAtlas } from '../fixtures/atlas.fixture';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import { readUserDocument } from '../../src/lib/reader/read-document';

/** A passage with its facts bracketed, e.g. "Казахстан има «mission+status:посолство в Анкара»". */
function marked(excerpt: PanelExcerpt): string {
	return excerpt.segments.map((s) => (s.facts.length ? `«${s.facts.join('+')}:${s.text}»` : s.text)).join('');
}

function country(code: string): CountryPanelModel {
	const panel = buildPanel(fixtureAtlas, code);
	if (panel?.kind !== 'country') throw new Error(`expected a country panel for ${code}`);
	return panel;
}

/** Mission groups without their sources lines, which the sources tests check (sources.test.ts). */
const withoutSources = (groups: MissionGroup[]) =>
	groups.map((g) => ({
		...g,
		missions: g.missions.map((m) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== 'sources')))
	}));

describe('the fixture', () => {
	it('conforms to the atlas schema', () => {
		expect(() => v.parse(AtlasSchema, fixtureAtlas)).not.toThrow();
	});
});

describe('segment', () => {
	const rows: {
		name: string;
		marks: { start: number; end: number; kind: 'date' | 'mission' | 'status' }[];
		expected: string;
	}[] = [
		{ name: 'no marks', marks: [], expected: 'abcdefghij' },
		{ name: 'one mark', marks: [{ start: 12, end: 15, kind: 'date' }], expected: 'ab«date:cde»fghij' },
		{
			name: 'overlapping marks split into their union',
			marks: [
				{ start: 11, end: 15, kind: 'status' },
				{ start: 13, end: 17, kind: 'mission' }
			],
			expected: 'a«status:bc»«mission+status:de»«mission:fg»hij'
		},
		{
			name: 'clipped at the edges',
			marks: [{ start: 5, end: 12, kind: 'date' }],
			expected: '«date:ab»cdefghij'
		},
		{ name: 'outside the text', marks: [{ start: 30, end: 40, kind: 'date' }], expected: 'abcdefghij' },
		{
			name: 'covering the whole text says nothing',
			marks: [{ start: 0, end: 99, kind: 'status' }],
			expected: 'abcdefghij'
		},
		{
			name: 'adjacent marks of one kind merge',
			marks: [
				{ start: 11, end: 13, kind: 'mission' },
				{ start: 13, end: 15, kind: 'mission' }
			],
			expected: 'a«mission:bcde»fghij'
		}
	];
	it.each(rows)('$name', ({ marks, expected }) => {
		const before = structuredClone(marks);
		const segments = segment('abcdefghij', 10, marks);
		expect(segments.map((s) => (s.facts.length ? `«${s.facts.join('+')}:${s.text}»` : s.text)).join('')).toBe(
			expected
		);
		expect(marks).toEqual(before);
	});
});

describe('buildPanel: countries', () => {
	it('Turkey: the row date, missions both ways, the passage with its facts marked', () => {
		const tr = country('TR');
		expect(tr.name).toBe('Turkey');
		expect(tr.localNames).toEqual([{ name: 'Турция', lang: 'bg', language: 'Bulgarian' }]);
		expect(tr.statusLabel).toBe('Diplomatic relations, with a resident embassy');
		expect(tr.established.map((c) => [c.label, c.doc.id, c.chosen])).toEqual([
			['2 March 1992', 'bg-wikipedia', true]
		]);
		// The seed documents: the Bulgarian article alone states Kazakhstan's embassy in Ankara (the Korean one is about the US).
		expect(tr.missionGroups[0].missions[0].sources?.text).toBe('Stated by one document only');
		expect(tr.missionGroups[0].missions[0].sources?.docs.map((d) => d.doc.id)).toEqual(['bg-wikipedia']);
		expect(withoutSources(tr.missionGroups)).toEqual([
			{
				title: 'Kazakhstan’s missions for Turkey',
				missions: [
					{
						label: 'Embassy in Ankara',
						notes: ['also accredited to Albania'],
						excerptId: tr.excerpts[0].id,
						at: [32.85, 39.92],
						sender: 'KZ',
						host: 'TR',
						kind: 'embassy'
					},
					{
						label: 'Consulate-general in Istanbul',
						notes: [],
						excerptId: tr.excerpts[0].id,
						at: [28.95, 41.01],
						sender: 'KZ',
						host: 'TR',
						kind: 'consulate-general'
					}
				]
			},
			{
				title: 'Turkey’s missions for Kazakhstan',
				missions: [
					{
						label: 'Embassy in Almaty',
						notes: [],
						excerptId: tr.excerpts[0].id,
						at: [76.95, 43.25],
						sender: 'TR',
						host: 'KZ',
						kind: 'embassy'
					}
				]
			}
		]);
		expect(tr.excerpts).toHaveLength(1);
		const [passage] = tr.excerpts;
		expect(passage.primary).toBe(true);
		expect(passage.sectionTitle).toBe('Турция 1992-03-02');
		expect(passage.doc).toMatchObject({
			lang: 'bg',
			site: 'bg.wikipedia.org',
			licence: 'CC BY-SA',
			retrieved: null
		});
		expect(marked(passage)).toBe(
			'«date:Турция 1992-03-02»\n\nТурция признава Казахстан на 16 декември 1991 г., в същия ден, от обявяването на независимост на Казахстан. ' +
				'«status:Казахстан има »«mission+status:посолство в Анкара»«status: и »«mission+status:генералното консулство в Истанбул»«status:.» ' +
				'Турция има свое «mission:посолство в Алмати» и офис в Астана.'
		);
		expect(tr.statusExcerptId).toBe(passage.id);
		// Albania's row names Turkey only in passing.
		expect(tr.mentions.map((m) => m.sectionTitle)).toEqual(['Албания']);
		expect(tr.mentions[0].primary).toBe(false);
	});

	it('China: both dates the article gives, the chosen one first', () => {
		const cn = country('CN');
		expect(cn.established.map((c) => [c.label, c.chosen])).toEqual([
			['3 January 1992', true],
			['April 1994', false]
		]);
		expect(marked(cn.excerpts[0])).toContain('«date:април 1994 година»');
		expect(cn.established.every((c) => c.excerptId === cn.excerpts[0].id)).toBe(true);
	});

	it('Philippines: the day from the sentence, stated twice, listed once', () => {
		const ph = country('PH');
		// The row and the sentence give the same day: one claim, not two.
		expect(ph.established).toEqual([expect.objectContaining({ label: '19 March 1992', chosen: true })]);
		expect(marked(ph.excerpts[0])).toContain('формално «date:на 19 март 1992 година»');
	});

	it('Albania: non-resident missions both ways', () => {
		const al = country('AL');
		expect(al.missionGroups.map((g) => [g.title, g.missions.map((m) => [m.label, m.notes])])).toEqual([
			['Kazakhstan’s missions for Albania', [['Embassy in Ankara (Turkey)', ['non-resident']]]],
			['Albania’s missions for Kazakhstan', [['Embassy in Moscow (Russia)', ['non-resident']]]]
		]);
	});

	it('Russia: a mission it hosts for a third country', () => {
		const ru = country('RU');
		expect(withoutSources(ru.missionGroups)).toEqual([
			{
				title: 'Other missions in or of Russia',
				missions: [
					{
						label: 'Albania: Embassy in Moscow',
						notes: ['also accredited to Kazakhstan'],
						excerptId: ru.mentions[0].id,
						at: [37.62, 55.75],
						sender: 'AL',
						host: 'RU',
						kind: 'embassy'
					}
				]
			}
		]);
		expect(ru.excerpts).toEqual([]);
	});

	it('United States: both names, a timeline, Korean passages in document order', () => {
		const us = country('US');
		expect(us.localNames.map((n) => [n.name, n.lang])).toEqual([
			['САЩ', 'bg'],
			['미국', 'ko']
		]);
		expect(us.missionGroups[0].title).toBe('United States’ missions for Kazakhstan');
		expect(us.events).toEqual([
			{
				date: '2018-01-17',
				label: '17 January 2018',
				doc: expect.objectContaining({
					id: 'ko-namuwiki',
					lang: 'ko',
					site: 'namu.wiki',
					licence: 'CC BY-NC-SA 2.0 KR',
					retrieved: '11 February 2024'
				}),
				text: '2018년 1월 17일 나자르바예프 대통령이 미국을 방문하여 도널드 트럼프 미국 대통령과 정상회담을 가졌다.',
				// The fixture's event involves both (Nazarbayev stands for Kazakhstan), named in English.
				countries: ['Kazakhstan', 'United States']
			}
		]);
		expect(us.excerpts.map((e) => e.sectionTitle)).toEqual(['2010년대', '대사관']);
		// Beside the embassy passage, what was read from it, in English: "카자흐스탄 주재 미국대사관은 아스타나에".
		expect(us.excerpts[1].gloss).toEqual(
			expect.arrayContaining([expect.stringMatching(/^United States’ embassy in Astana/)])
		);
		expect(marked(us.excerpts[1])).toContain(
			'«status:카자흐스탄 주재 »«mission+status:미국대사관은 아스타나»'
		);
	});

	it('Andorra: no relations, the list that says so marked at its name', () => {
		const ad = country('AD');
		expect(ad.statusLabel).toBe('No diplomatic relations established');
		// The sentence that gives Andorra its status is its evidence, not a mere mention.
		expect(ad.excerpts).toHaveLength(1);
		expect(ad.mentions).toEqual([]);
		expect(marked(ad.excerpts[0])).toContain('със страни като «status:Андора», Монако');
		expect(ad.statusExcerptId).toBe(ad.excerpts[0].id);
	});

	it('returns null for a code the atlas does not hold', () => {
		expect(buildPanel(fixtureAtlas, 'ZZ')).toBeNull();
		expect(buildPanel(fixtureAtlas, 'tr')).toBeNull();
	});

	it('does not mutate the atlas', () => {
		const before = structuredClone(fixtureAtlas);
		for (const code of panelCodes(fixtureAtlas)) buildPanel(fixtureAtlas, code);
		expect(fixtureAtlas).toEqual(before);
	});
});

describe('buildPanel: the focus', () => {
	const kz = buildPanel(fixtureAtlas, 'KZ') as OverviewPanelModel;

	it('shows the passages filed under the focus, in document order, and its own events', () => {
		expect(kz.kind).toBe('overview');
		expect(kz.localNames.map((n) => n.name)).toEqual(['Казахстан', '카자흐스탄']);
		expect(kz.excerpts.map((e) => e.sectionTitle)).toEqual([
			'Международни отношения на Казахстан',
			'Председателство на Казахстан на ОССЕ',
			'Обзор'
		]);
		expect(kz.excerpts[1].segments).toEqual([
			{
				text: expect.stringMatching(/^Председателство на Казахстан на ОССЕ\n\nПрез януари 2010 година/),
				facts: []
			}
		]);
		// The 2018 visit involves the United States too: it belongs on that panel, not here.
		expect(kz.events.map((e) => e.label)).toEqual(['January 2010']);
	});

	it('lists missions abroad and for Kazakhstan by country', () => {
		expect(kz.missionGroups.map((g) => [g.title, g.missions.map((m) => m.label)])).toEqual([
			[
				'Kazakhstan’s missions abroad',
				['Embassy in Ankara (Turkey)', 'Consulate-general in Istanbul (Turkey)']
			],
			[
				'Missions for Kazakhstan',
				[
					'Albania: Embassy in Moscow (Russia)',
					'Turkey: Embassy in Almaty',
					'United States: Embassy in Astana'
				]
			]
		]);
	});

	it('counts countries by status', () => {
		expect(kz.statusCounts.map((s) => [s.status, s.count])).toEqual([
			['embassy', 2],
			['relations', 3],
			['none', 1],
			['unstated', 1]
		]);
	});
});

describe('panelCodes', () => {
	it('is the focus and every country, once each', () => {
		expect(panelCodes(fixtureAtlas)).toEqual(['KZ', 'TR', 'CN', 'PH', 'AL', 'US', 'AD', 'RU']);
	});
});

describe('buildPanel over the documents', () => {
	const { atlas } = buildAtlas('data/documents');

	it("Nepal: the Bulgarian list of states with no contact is its evidence, marked at 'Непал'", () => {
		const np = buildPanel(atlas, 'NP') as CountryPanelModel;
		expect(np.status).toBe('none');
		expect(np.excerpts).toHaveLength(1);
		const text = marked(np.excerpts[0]);
		expect(text).toContain('Все още няма установен дипломатически контакт със страни като');
		expect(text).toContain('«status:Непал»');
		expect(np.statusExcerptId).toBe(np.excerpts[0].id);
	});
});

describe('the timeline over the documents', () => {
	const { atlas } = buildAtlas('data/documents');

	it('lists a sentence once even when it holds two years', () => {
		for (const code of ['US', 'UZ', 'AM', 'IL']) {
			const panel = buildPanel(atlas, code) as CountryPanelModel;
			const texts = panel.events.map((e) => `${e.doc.id}:${e.text}`);
			expect(new Set(texts).size, code).toBe(texts.length);
		}
	});
});

describe('a passage that states a fact is evidence, not a mention (walk-through 2, finding 12)', () => {
	// A reader's own document has no section per country: every passage starts as a mention.
	const text = [
		'Kazakhstan in Latin America',
		'Cuba and Kazakhstan established diplomatic relations on 24 March 1992.',
		'Kazakhstan has an embassy in Havana.',
		'Trade with Cuba is small.'
	].join('\n\n');
	const { atlas } = readUserDocument({ title: 'Latin America', text, lang: 'en' }, 'KZ');
	const cu = buildPanel(atlas, 'CU') as CountryPanelModel;
	const texts = (list: PanelExcerpt[]) => list.map((e) => e.segments.map((s) => s.text).join(''));

	it('files the sentence that dates the relations under what the documents say', () => {
		expect(texts(cu.excerpts)).toEqual(
			expect.arrayContaining([
				expect.stringContaining('Cuba and Kazakhstan established diplomatic relations on 24 March 1992')
			])
		);
		expect(texts(cu.mentions).join(' ')).not.toContain('established diplomatic relations');
		// The date's line points at the passage that now holds it.
		expect(cu.established[0].excerptId).toBe(cu.excerpts.find((e) => texts([e])[0].includes('24 March'))?.id);
	});

	it('leaves a sentence that states nothing of Cuba among the mentions', () => {
		expect(texts(cu.mentions).join(' ')).toContain('Trade with Cuba is small');
	});
});
