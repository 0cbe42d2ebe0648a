/**
 * The atlas as some of its documents tell it (pipeline/restrict.ts): statuses, dates, missions and conflicts made
 * again from the chosen documents' sentences alone. Expected values are read from the documents: the Bulgarian
 * article's table row "Великобритания 1992-02-19" and Infogalactic's "relations were formally established on 19
 * January 1992"; the Korean Wikipedia's "카자흐스탄 정부는 1996년에 대한민국 서울에 주한 카자흐스탄 대사관을 열었다" and
 * the embassy page's "1995년에는 카자흐스탄 정부가 대한민국 서울에 주한 카자흐스탄 대사관을 정식 설립했다".
 */
import { describe, expect, it } from 'vitest';
import type { Atlas } from '../../src/lib/atlas/types';
import { restrictAtlas } from '../../src/lib/pipeline/restrict';
import { buildAtlas, BUILT_IN_DIRS } from '../../src/lib/server/atlas/build';
import { searchPlaces } from '../../src/lib/view/missions-by-city';

const full = buildAtlas(BUILT_IN_DIRS).atlas;
const seeds = buildAtlas('data/documents').atlas;
const ids = (pick: (d: Atlas['documents'][number]) => boolean) =>
	full.documents.filter(pick).map((d) => d.id);
const country = (atlas: Atlas, code: string) => atlas.countries.find((c) => c.code === code);
const text = (span: { doc: string; start: number; end: number }) =>
	full.documents.find((d) => d.id === span.doc)!.text.slice(span.start, span.end);

/** What the map, the key and the table show of each country. */
const facts = (atlas: Atlas) =>
	atlas.countries.map((c) => ({
		code: c.code,
		status: c.status,
		established: c.established?.date ?? null,
		statusDocs: [...new Set(c.statusSpans.map((s) => s.doc))].sort(),
		conflicts: c.conflicts.map((k) => `${k.kind} ${k.dates.join(' ')}`).sort()
	}));
const missions = (atlas: Atlas) =>
	atlas.missions
		.map((m) => `${m.sender}>${m.host} ${m.kind} ${m.city} ${m.since}..${m.until} ${m.span.doc}`)
		.sort();

describe('the atlas of a choice of documents', () => {
	it('of every document is the atlas itself', () => {
		expect(
			restrictAtlas(
				full,
				ids(() => true)
			)
		).toEqual(full);
	});

	it('of the seeds alone is the atlas the seed folder builds by itself', () => {
		const chosen = restrictAtlas(
			full,
			ids((d) => !d.library)
		);
		expect(chosen.documents.map((d) => d.id)).toEqual(['bg-wikipedia', 'ko-namuwiki']);
		expect(facts(chosen)).toEqual(facts(seeds));
		expect(missions(chosen)).toEqual(missions(seeds));
		// The library's countries (Germany, Greece, Poland…) are no longer in the documents.
		expect(country(full, 'DE')?.status).toBe('embassy');
		expect(country(chosen, 'DE')).toBeUndefined();
	});

	it("one language: the United Kingdom's start of relations as that language's documents give it", () => {
		const bg = country(
			restrictAtlas(
				full,
				ids((d) => d.lang === 'bg')
			),
			'GB'
		)!;
		expect(bg.established?.date).toBe('1992-02-19');
		expect(text(bg.established!.span)).toContain('1992-02-19');
		expect(bg.conflicts).toEqual([]);
		const en = country(
			restrictAtlas(
				full,
				ids((d) => d.lang === 'en')
			),
			'GB'
		)!;
		expect(en.established?.date).toBe('1992-01-19');
		expect(text(en.established!.span)).toContain('19 January 1992');
		// Both state the embassies ("открива посолство в Казахстан през октомври 1992"; "opened an embassy in October 1992").
		expect([bg.status, en.status]).toEqual(['embassy', 'embassy']);
		expect(bg.statusSpans.every((s) => s.doc === 'bg-wikipedia')).toBe(true);
		// Together, the two dates disagree.
		expect(country(full, 'GB')!.conflicts.map((c) => c.dates)).toContainEqual(['1992-01-19', '1992-02-19']);
	});

	it("a mission is dated by the chosen documents' sentences only", () => {
		const seoul = (atlas: Atlas) =>
			atlas.missions.find((m) => m.sender === 'KZ' && m.host === 'KR' && m.city === 'Seoul');
		expect(seoul(restrictAtlas(full, ['ko-wikipedia-south-korea-kazakhstan']))?.since).toBe('1996');
		expect(seoul(restrictAtlas(full, ['ko-siakadpt-korean-embassy-kazakhstan']))?.since).toBe('1995');
		// Neither seed document states it.
		expect(
			seoul(
				restrictAtlas(
					full,
					ids((d) => !d.library)
				)
			)
		).toBeUndefined();
	});

	it('a status stronger in the whole atlas falls back to what the chosen document states', () => {
		// Bulgaria in the Korean foreign-relations page: "양국은 1992년 7월 5일에 수교하였고, 1994년에 불가리아는
		// 알마티에 대사관을 두고 있다" (relations on 5 July 1992, Bulgaria's embassy in Almaty).
		const bg = country(restrictAtlas(full, ['ko-chinapedia-kazakhstan-foreign-relations']), 'BG')!;
		expect(bg.status).toBe('embassy');
		expect(bg.established?.date).toBe('1992-07-05');
		expect(bg.statusSpans.every((s) => s.doc === 'ko-chinapedia-kazakhstan-foreign-relations')).toBe(true);
		// Armenia: the Bulgarian article's embassy; the Korean seed alone does not name it.
		const ko = restrictAtlas(full, ['ko-namuwiki']);
		expect(country(ko, 'AM')).toBeUndefined();
		// Nepal is in the Bulgarian list of states with no diplomatic contact ("Все още няма установен
		// дипломатически контакт със страни като …").
		const nepal = country(restrictAtlas(full, ['bg-wikipedia']), 'NP')!;
		expect(nepal.status).toBe('none');
		expect(text(nepal.statusSpans[0])).toContain('Все още няма установен дипломатически контакт');
	});

	it('keeps only the sentences, passages and names of the chosen documents', () => {
		const chosen = restrictAtlas(full, ['en-wikipedia-kazakhstan-uk']);
		const gb = country(chosen, 'GB')!;
		const spans = [
			...gb.statusSpans,
			...gb.establishedClaims.map((c) => c.span),
			...gb.excerpts.map((e) => e.span),
			...chosen.missions.flatMap((m) => [m.span, ...m.alsoStated, ...m.highlight]),
			...chosen.events.map((e) => e.span)
		];
		expect(spans.length).toBeGreaterThan(0);
		expect(new Set(spans.map((s) => s.doc))).toEqual(new Set(['en-wikipedia-kazakhstan-uk']));
		expect(Object.keys(gb.names)).toEqual(['en-wikipedia-kazakhstan-uk']);
	});
});

/**
 * Search's cities (`searchPlaces`) made from the missions of the chosen documents, as the layout makes them from the
 * composed atlas: a city whose missions only unchosen documents state is not offered.
 */
describe("search's cities under a choice", () => {
	const korean = restrictAtlas(
		full,
		ids((d) => d.lang === 'ko')
	);
	const city = (places: { city: string | null; count: number }[], name: string) =>
		places.find((p) => p.city === name);

	it('leaves out a city only an unchosen document names', () => {
		// Berlin: "Kazakhstan has an embassy in Berlin with a branch in Bonn" (the English article on Germany, the only
		// document naming Berlin or Bonn).
		expect(city(searchPlaces(full.missions, full.focus), 'Berlin')?.count).toBe(1);
		expect(city(searchPlaces(full.missions, full.focus), 'Bonn')?.count).toBe(1);
		const shown = searchPlaces(korean.missions, korean.focus);
		expect(city(shown, 'Berlin')).toBeUndefined();
		expect(city(shown, 'Bonn')).toBeUndefined();
		// Seoul stays: "서울에 주한 카자흐스탄 대사관이 개설되어 있다" (Kazakhstan's embassy in Seoul, in three Korean
		// documents, one mission).
		expect(city(shown, 'Seoul')?.count).toBe(1);
	});

	it('keeps the name the built list gives a city', () => {
		const [almaty] = searchPlaces(korean.missions, korean.focus);
		const named = [{ key: almaty.key, city: 'Алмати', count: 99 }];
		const [first] = searchPlaces(korean.missions, korean.focus, named);
		// The name from the built list, the count from the chosen documents' missions, and the city's GeoNames id
		// (Almaty, 1526384), by which the interface names it in its language.
		expect(first).toEqual({ key: almaty.key, city: 'Алмати', geonameId: 1526384, count: almaty.count });
	});
});
