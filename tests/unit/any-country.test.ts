/**
 * Nothing stops the reader: any country or territory of ISO 3166-1, named as the library names it in any language
 * the pipeline reads, in any kind of sentence the pipeline reads, gives an atlas and warnings, never an exception.
 * So does random and hostile text. The only error allowed is the clear one for a document with no text.
 *
 * Israel, Palestine, Western Sahara, Antarctica, Tokelau, Bouvet Island, Heard Island, the British Indian Ocean
 * Territory and the US Minor Outlying Islands have no capital in the gazetteer: a sentence about an embassy there
 * with no city once ended the build with a stack trace.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { SUPPORTED_LANGS } from '../../src/lib/pipeline/languages/codes';
import { isoCountries } from '../../src/lib/pipeline/lookup/countries';
import { capitalOf, setGazetteerSource } from '../../src/lib/pipeline/lookup/places';
import { AtlasError } from '../../src/lib/pipeline/problems';
import { readDocuments, type BuildResult } from '../../src/lib/pipeline/read';
import { readUserDocument } from '../../src/lib/reader/read-document';

// This file sets the browser's gazetteer as the lookup's source. The pipeline project shares one module graph
// between files (isolate: false): the next file imports the lookup afresh, with the Node gazetteer of tests/unit/setup.ts.
afterAll(() => vi.resetModules());

const FOCUS = 'KZ';
const CODES = Object.keys(isoCountries.getAlpha2Codes()).filter((c) => c !== FOCUS);
const NO_CAPITAL = ['IL', 'PS', 'EH', 'AQ', 'TK', 'BV', 'HM', 'IO', 'UM'];

/**
 * The kinds of sentence the pipeline reads, per language, as that language writes them: `{A}` is the country's
 * name, `{city}` a city of it (its capital where the gazetteer has one).
 */
const SENTENCES: Record<string, Record<string, string>> = {
	en: {
		established: '{A} and Kazakhstan established diplomatic relations on 12 March 1993.',
		'embassy in a city': 'Kazakhstan opened an embassy in {city}, {A}, in 1995.',
		'embassy, no city': 'Kazakhstan opened its embassy in {A} in 1996.',
		'embassy of A': "{A}'s embassy in Astana is also accredited to Kyrgyzstan.",
		consulate: 'Kazakhstan has a consulate general in {A}, and {A} has a consulate in Almaty.',
		'honorary consul': 'Kazakhstan has an honorary consul in {A}.',
		'no relations': 'Kazakhstan and {A} have no diplomatic relations.'
	},
	bg: {
		established: '{A} и Казахстан установяват дипломатически отношения на 12 март 1993 г.',
		'embassy in a city': 'Казахстан открива посолство в {city} ({A}) през 1995 г.',
		'embassy, no city': 'През 1996 г. Казахстан открива посолство в {A}.',
		'embassy of A': 'Посолството на {A} в Астана е акредитирано и за Киргизстан.',
		consulate: 'Казахстан има генерално консулство в {A}, а {A} има консулство в Алмати.',
		'honorary consul': 'Казахстан има почетен консул в {A}.',
		'no relations': 'Казахстан и {A} нямат дипломатически отношения.'
	},
	ko: {
		established: '카자흐스탄과 {A}는 1993년 3월 12일 외교 관계를 수립하였다.',
		'embassy in a city': '카자흐스탄은 1995년 {A}의 {city}에 대사관을 개설하였다.',
		'embassy, no city': '카자흐스탄은 1996년 주{A} 대사관을 개설하였다.',
		'embassy of A': '주카자흐스탄 {A} 대사관은 키르기스스탄을 겸임한다.',
		consulate: '카자흐스탄은 {A}에 총영사관을 두고 있으며, {A}는 알마티에 영사관을 두고 있다.',
		'honorary consul': '카자흐스탄은 {A}에 명예영사를 두고 있다.',
		'no relations': '카자흐스탄과 {A}는 외교 관계가 없다.'
	},
	// The library's names are nominatives: each stands where Russian keeps the nominative (after "государство",
	// "город", or as a subject).
	ru: {
		established: '{A} и Казахстан установили дипломатические отношения 12 марта 1993 г.',
		'embassy in a city': 'Казахстан открыл посольство в городе {city} (государство {A}) в 1995 г.',
		'embassy, no city': 'В 1996 г. Казахстан открыл посольство в государстве {A}.',
		'embassy of A': 'Посольство государства {A} в Астане аккредитовано также в Киргизии.',
		consulate: 'Казахстан имеет генеральное консульство в государстве {A}, а {A} имеет консульство в Алматы.',
		'honorary consul': 'У Казахстана есть почётный консул в государстве {A}.',
		'no relations': 'Казахстан и {A} не имеют дипломатических отношений.'
	}
};

const HEADING: Record<string, string> = { en: 'Relations', bg: 'Отношения', ko: '관계', ru: 'Отношения' };

/** Every name the library gives a country in `lang`: the official one and its aliases. */
function namesOf(code: string, lang: string): string[] {
	const names = isoCountries.getName(code, lang, { select: 'all' }) ?? [];
	return names.length ? names : [isoCountries.getName(code, 'en') ?? code];
}

function entry(id: string, lang: string) {
	return {
		id,
		file: `${id}.txt`,
		title: id,
		lang,
		source: '',
		licence: 'test',
		licenceUrl: '',
		retrieved: null,
		about: []
	};
}

/** Reads one document; an exception other than the clear one for an empty text fails the test. */
function read(id: string, lang: string, text: string): BuildResult | null {
	try {
		return readDocuments(FOCUS, [{ entry: entry(id, lang), file: `${id}.txt`, text }]);
	} catch (e) {
		if (e instanceof AtlasError && e.problems.every((p) => /holds no text/.test(p.message))) return null;
		throw e;
	}
}

/** One document per language and kind of sentence: a paragraph per country and name. */
function documentOf(lang: string, template: string): string {
	const paragraphs = CODES.flatMap((code) => {
		const city = capitalOf(code)?.name ?? 'Springfield';
		return namesOf(code, lang).map((name) => template.replaceAll('{A}', name).replaceAll('{city}', city));
	});
	return `${HEADING[lang]}\n\n${paragraphs.join('\n\n')}\n`;
}

describe('every country, in every language and every kind of sentence', () => {
	it('has sentences for every language the pipeline reads', () => {
		expect(Object.keys(SENTENCES).sort()).toEqual([...SUPPORTED_LANGS].sort());
	});

	it('knows the countries the gazetteer gives no capital', () => {
		for (const code of NO_CAPITAL) expect(capitalOf(code), code).toBeNull();
	});

	const rows = Object.entries(SENTENCES).flatMap(([lang, kinds]) =>
		Object.entries(kinds).map(([kind, template]) => ({ lang, kind, template }))
	);
	it.each(rows)('$lang, $kind: an atlas and warnings', ({ lang, kind, template }) => {
		const result = read(`${lang}-${kind.replace(/\W+/g, '-')}`, lang, documentOf(lang, template));
		expect(result).not.toBeNull();
		expect(result!.atlas.countries.length).toBeGreaterThan(1);
		expect(Array.isArray(result!.warnings)).toBe(true);
	});

	it.each(NO_CAPITAL)(
		'%s: an embassy there with no city is kept, with no point, and a warning says so',
		(code) => {
			const name = isoCountries.getName(code, 'en')!;
			const result = read(
				'no-capital',
				'en',
				`Relations\n\nKazakhstan opened its embassy in ${name} in 1996.\n`
			)!;
			expect(result.atlas.missions).toEqual([
				expect.objectContaining({
					sender: 'KZ',
					host: code,
					kind: 'embassy',
					city: null,
					lon: null,
					lat: null,
					since: '1996'
				})
			]);
			expect(result.warnings.map((w) => w.message)).toEqual([
				expect.stringMatching(
					/^a mission in .+, whose city the sentence does not name .*: kept, not on the map$/
				)
			]);
		}
	);

	it('Israel, in the sentence of the issue: the build goes on, the mission is kept', () => {
		const result = read(
			'israel',
			'en',
			'Relations\n\nIsrael and Kazakhstan established diplomatic relations on 10 April 1992. Kazakhstan opened its embassy in Israel in 1996. The Embassy of Israel in Astana is also accredited to Kyrgyzstan.\n'
		)!;
		expect(result.atlas.missions.map((m) => [m.sender, m.host, m.city])).toEqual(
			expect.arrayContaining([
				['KZ', 'IL', null],
				['IL', 'KZ', 'Astana']
			])
		);
		const messages = result.warnings.map((w) => w.message);
		expect(messages).toContain(
			'a mission in Israel, whose city the sentence does not name and whose capital the gazetteer does not know: kept, not on the map'
		);
		expect(messages).toContain(
			'the gazetteer knows no capital for Israel: the map draws no arc to or from it'
		);
	});
});

/** Text the pipeline should take in its stride: names, mission words and dates mixed with noise and markup. */
const WORDS = [
	...['Israel', 'Palestine', 'Antarctica', 'Tokelau', 'Kazakhstan', 'Bouvet Island', 'Western Sahara'],
	...['Израел', 'Палестина', 'Антарктида', 'Казахстан', '이스라엘', '팔레스타인', '남극', '카자흐스탄'],
	...['embassy', 'consulate', 'honorary consul', 'посолство', 'консулство', '대사관', '총영사관', '공관'],
	...[
		'established diplomatic relations',
		'установяват дипломатически отношения',
		'수교',
		'주',
		'에',
		'в',
		'in'
	],
	...[
		'1992',
		'31 February 1992',
		'1992년 13월',
		'32 март 1993 г.',
		'(',
		')',
		'.',
		',',
		'\n',
		'\n\n',
		'==',
		'|'
	],
	...['<script>alert(1)</script>', 'javascript:alert(1)', '\u0000', '\u202e', '\ufeff', '🇰🇿', 'D.C.']
];
const hostile = fc
	.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', maxLength: 12 })), {
		maxLength: 60
	})
	.map((parts) => parts.join(' '));

describe('random and hostile text', () => {
	it.each(SUPPORTED_LANGS)('%s: an atlas or the clear "no text" error, never an exception', (lang) => {
		fc.assert(
			fc.property(hostile, (text) => {
				const result = read('random', lang, text);
				if (result) expect(result.atlas.focus).toBe(FOCUS);
			}),
			{ numRuns: 150, seed: 20 }
		);
	});
});

describe('the browser reader, with its own gazetteer', () => {
	it('reads every kind of sentence about the countries with no capital', () => {
		setGazetteerSource(() => readFileSync('src/lib/reader/gazetteer.pbf'));
		for (const [lang, kinds] of Object.entries(SENTENCES)) {
			const text = NO_CAPITAL.flatMap((code) =>
				Object.values(kinds).map((t) =>
					t.replaceAll('{A}', namesOf(code, lang)[0]).replaceAll('{city}', 'Springfield')
				)
			).join('\n\n');
			const result = readUserDocument({ title: 'Test', text: `${HEADING[lang]}\n\n${text}`, lang }, FOCUS);
			expect(result.atlas.documents).toHaveLength(1);
		}
	});
});
