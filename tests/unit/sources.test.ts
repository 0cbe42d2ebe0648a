/**
 * Every fact with its sources, and where documents disagree: the seeds, the library and documents of the evaluation
 * corpus read together. Each expected value is read from the documents' sentences (quoted beside it), not from the
 * program's output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Atlas, CountryRecord } from '../../src/lib/atlas/types';
import { mergeAtlases } from '../../src/lib/pipeline/merge';
import type { ManifestEntry } from '../../src/lib/pipeline/manifest';
import { readDocuments, type SourceDocument } from '../../src/lib/pipeline/read';
import { pasted } from '../support/read-facts';
import { BUILT_IN_DIRS, buildAtlas } from '../../src/lib/server/atlas/build';
import { buildPanel, type CountryPanelModel } from '../../src/lib/view/panel';
import {
	dateSources,
	documentView,
	missionSources,
	missionsBetween,
	statusSources
} from '../../src/lib/view/sources';

const seedFolder = join('data', 'documents');
const seedManifest = JSON.parse(readFileSync(join(seedFolder, 'manifest.json'), 'utf8')) as {
	documents: ManifestEntry[];
};
const seeds: SourceDocument[] = seedManifest.documents.map((entry) => ({
	entry,
	file: join(seedFolder, entry.file),
	text: readFileSync(join(seedFolder, entry.file), 'utf8')
}));
/** A document of the evaluation corpus, with its manifest entry as its expected file gives it. */
function evalDocument(id: string): SourceDocument {
	const expected = JSON.parse(readFileSync(join('data', 'eval', 'expected', `${id}.json`), 'utf8')) as {
		document: ManifestEntry & { focus: string };
	};
	const entry: ManifestEntry = { ...expected.document };
	delete (entry as Partial<typeof expected.document>).focus;
	const file = join('data', 'eval', 'documents', entry.file);
	return { entry, file, text: readFileSync(file, 'utf8') };
}
const read = (...docs: SourceDocument[]) => readDocuments('KZ', docs).atlas;
const record = (atlas: Atlas, code: string): CountryRecord => atlas.countries.find((c) => c.code === code)!;
const dateConflicts = (atlas: Atlas, code: string) =>
	record(atlas, code)
		.conflicts.filter((c) => c.kind === 'relations-dates-differ')
		.map((c) => ({ dates: c.dates, docs: c.spans.map((s) => s.doc) }));

const builtIn = buildAtlas(BUILT_IN_DIRS).atlas;

describe('the documents that state each fact', () => {
	it('Bulgaria, 5 July 1992: the Bulgarian article and the Korean one, two documents in two languages', () => {
		// "България 1992-07-05" (bg-wikipedia); "양국은 1992년 7월 5일에 수교하였고" (ko-chinapedia).
		const atlas = read(...seeds, evalDocument('ko-chinapedia-kazakhstan-foreign-relations'));
		const stated = dateSources(atlas, record(atlas, 'BG'), '1992-07-05');
		expect(stated.docs).toEqual(['bg-wikipedia', 'ko-chinapedia-kazakhstan-foreign-relations']);
		expect(stated.languages).toEqual(['bg', 'ko']);
		expect(dateConflicts(atlas, 'BG')).toEqual([]);
	});

	it('Turkey in the built-in atlas: its embassy and date stated by three documents in two languages', () => {
		// "Турция 1992-03-02" and "Казахстан има посолство в Анкара" (bg-wikipedia); "Diplomatic relations between the
		// two countries were established on 2 March 1992" and "Kazakhstan has an embassy in Ankara" in today's English
		// article and in its older revision.
		const tr = record(builtIn, 'TR');
		const three = ['bg-wikipedia', 'en-wikipedia-kazakhstan-turkey', 'en-worldlibrary-kazakhstan-turkey-old'];
		expect(statusSources(builtIn, tr)).toEqual({ docs: three, languages: ['bg', 'en'] });
		expect(dateSources(builtIn, tr, '1992-03-02').docs).toEqual(three);
		const ankara = missionsBetween(builtIn, 'TR').find((m) => m.sender === 'KZ' && m.city === 'Ankara')!;
		expect(missionSources(builtIn, ankara).docs).toEqual(three);
	});

	it('a fact one document alone states', () => {
		// Only the Kazakhstan–Poland article speaks of Poland: "Poland and Kazakhstan established formal diplomatic
		// relations in 1992."
		const pl = record(builtIn, 'PL');
		expect(pl.established?.date).toBe('1992');
		expect(dateSources(builtIn, pl, '1992')).toEqual({
			docs: ['en-wikipedia-kazakhstan-poland'],
			languages: ['en']
		});
	});

	it('what one document states of a country, for the comparison', () => {
		// The older revision: "Turkey has an embassy in Almaty and a branch office in Astana", relations on 2 March 1992.
		const old = documentView(builtIn, record(builtIn, 'TR'), 'en-worldlibrary-kazakhstan-turkey-old')!;
		expect(old.status).toBe('embassy');
		expect(old.dates).toEqual(['1992-03-02']);
		expect(old.missions.map((m) => `${m.sender} ${m.kind} ${m.city}`).sort()).toEqual([
			'KZ consulate-general Istanbul',
			'KZ embassy Ankara',
			'TR embassy Almaty',
			'TR office Astana'
		]);
		// The Korean article on the US names no Turkey at all.
		expect(documentView(builtIn, record(builtIn, 'TR'), 'ko-namuwiki')).toBeNull();
	});
});

describe('documents that disagree are flagged as conflicts', () => {
	it('Bulgaria: 5 June 1992 (Kazakhstan’s foreign ministry) against 5 July 1992 (the Bulgarian article)', () => {
		// "June 5th, 1992 – the Protocol on the Establishment of Diplomatic Relations … was signed."
		const atlas = read(...seeds, evalDocument('en-mfakz-kazakhstan-bulgaria'));
		expect(dateConflicts(atlas, 'BG')).toEqual([
			{ dates: ['1992-06-05', '1992-07-05'], docs: ['bg-wikipedia', 'en-mfakz-kazakhstan-bulgaria'] }
		]);
	});

	it('the United Kingdom in the built-in atlas: 19 February 1992 against 19 January 1992', () => {
		// "Великобритания 1992-02-19" is the Bulgarian table's row; Infogalactic: "relations were formally
		// established on 19 January 1992".
		expect(dateConflicts(builtIn, 'GB')).toEqual([
			{ dates: ['1992-01-19', '1992-02-19'], docs: ['bg-wikipedia', 'en-wikipedia-kazakhstan-uk'] }
		]);
	});

	it('Turkey’s embassy: Almaty in the Bulgarian article and the older revision, Astana in today’s article', () => {
		const cities = record(builtIn, 'TR')
			.conflicts.filter((c) => c.kind === 'embassy-city-differs')
			.map((c) => [...(c.values ?? [])].sort());
		expect(cities).toContainEqual(['Almaty', 'Astana']);
	});

	it('a reader’s document that gives another date, merged with the built atlas', () => {
		const own = pasted('Kazakhstan and Bulgaria established diplomatic relations on 5 June 1992.').atlas;
		const merged = mergeAtlases(buildAtlas(seedFolder).atlas, [own]);
		const ownId = own.documents[0].id;
		expect(dateConflicts(merged, 'BG')).toEqual([
			{ dates: ['1992-06-05', '1992-07-05'], docs: ['bg-wikipedia', ownId] }
		]);
		expect(dateSources(merged, record(merged, 'BG'), '1992-06-05').docs).toEqual([ownId]);
		const panel = buildPanel(merged, 'BG') as CountryPanelModel;
		expect(panel.conflicts.map((c) => c.note)).toContain(
			'Two dates are given for the start of relations: 5 June 1992 and 5 July 1992.'
		);
		// The comparison: the reader's document states the date, which the Bulgarian article contradicts.
		const mine = panel.compared.find((row) => row.doc.id === ownId)!;
		expect(mine.dates.map((d) => [d.label, d.mark])).toEqual([['5 June 1992', 'differs']]);
		expect(mine.leavesOut).toContain('mission');
	});
});
