/**
 * Publishers named in the interface's language (view/publishers.ts, atlas/publishers.ts): the manifest's publisher id
 * and edition, a copy's site, an older manifest's publisher line and a reader's own document's address. The
 * expected names are each Wikipedia's own titles for the editions ("영어 위키백과" and "한국어 위키백과" in Korean
 * Wikipedia, "Английская Википедия" in Russian, "Английска Уикипедия" in Bulgarian), not the program's output.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { getLocale, locales, overwriteGetLocale, type Locale } from '../../src/lib/paraglide/runtime';
import { publisherName } from '../../src/lib/view/publishers';
import { publisherOfAddress } from '../../src/lib/atlas/publishers';
import { parseManifest } from '../../src/lib/pipeline/manifest';
import { AtlasError } from '../../src/lib/pipeline/problems';

const original = getLocale;
const inEach = (doc: Parameters<typeof publisherName>[0]) =>
	Object.fromEntries(
		locales.map((locale: Locale) => {
			overwriteGetLocale(() => locale);
			return [locale, publisherName(doc)];
		})
	);
afterEach(() => overwriteGetLocale(original));

const EN_ARTICLE = 'https://en.wikipedia.org/wiki/Kazakhstan%E2%80%93Turkey_relations';

describe('publisherName', () => {
	it('names a Wikipedia edition as each Wikipedia titles it', () => {
		expect(inEach({ publisher: 'wikipedia', edition: 'en', source: EN_ARTICLE })).toEqual({
			en: 'English Wikipedia',
			bg: 'Английска Уикипедия',
			ko: '영어 위키백과',
			ru: 'Английская Википедия'
		});
		expect(
			inEach({ publisher: 'wikipedia', edition: 'ko', source: 'https://ko.wikipedia.org/wiki/x' })
		).toEqual({
			en: 'Korean Wikipedia',
			bg: 'Корейска Уикипедия',
			ko: '한국어 위키백과',
			ru: 'Корейская Википедия'
		});
	});

	it('names an edition without a message of its own by the language’s name', () => {
		// Korean Wikipedia's article on the Kazakh edition is "카자흐어 위키백과".
		const kk = inEach({ publisher: 'wikipedia', edition: 'kk', source: 'https://kk.wikipedia.org/wiki/x' });
		expect(kk.ko).toBe('카자흐어 위키백과');
		expect(kk.en).toBe('Kazakh Wikipedia');
		expect(kk.bg).toBe('Уикипедия на казахски');
	});

	it('says a copy on another site is one, with the site’s own name', () => {
		const copy = inEach({
			publisher: 'wikipedia',
			edition: 'en',
			via: 'WikiMili',
			source: 'https://wikimili.com/en/Japan%E2%80%93Kazakhstan_relations'
		});
		expect(copy.en).toBe('English Wikipedia, copy on WikiMili');
		expect(copy.ko).toBe('영어 위키백과, WikiMili 사본');
		expect(copy.ru).toBe('Английская Википедия, копия на сайте WikiMili');
	});

	it('names Namuwiki 나무위키 in Korean and the State Department in each language', () => {
		expect(inEach({ publisher: 'namuwiki', source: 'https://namu.wiki/w/x' }).ko).toBe('나무위키');
		expect(inEach({ publisher: 'us-state-department', source: 'https://2009-2017.state.gov/x' })).toEqual({
			en: 'U.S. Department of State',
			bg: 'Държавен департамент на САЩ',
			ko: '미국 국무부',
			ru: 'Государственный департамент США'
		});
	});

	it('keeps a publisher’s own name where the interface has none (a newspaper)', () => {
		expect(inEach({ publisher: 'Tajik Herald', source: 'https://tajikherald.com/x' })).toEqual({
			en: 'Tajik Herald',
			bg: 'Tajik Herald',
			ko: 'Tajik Herald',
			ru: 'Tajik Herald'
		});
	});

	it('names an older manifest’s publisher line and a reader’s own document from the address', () => {
		// The seed manifest before publisher ids: "Wikipedia (Bulgarian)".
		const old = inEach({
			publisher: 'Wikipedia (Bulgarian)',
			source: 'https://bg.wikipedia.org/wiki/Външна_политика_на_Казахстан'
		});
		expect(old.bg).toBe('Българска Уикипедия');
		expect(old.ko).toBe('불가리아어 위키백과');
		// A reader's own document: an address (the mobile site too), no publisher.
		expect(inEach({ source: 'https://ru.m.wikipedia.org/wiki/x' }).ru).toBe('Русская Википедия');
		expect(inEach({ source: 'https://namu.wiki/w/x' }).ko).toBe('나무위키');
		// An older line the address does not tell is shown as written; no address and no line is no name.
		expect(inEach({ publisher: 'Infogalactic (fork)', source: 'http://www.infogalactic.com/x' }).ko).toBe(
			'Infogalactic (fork)'
		);
		expect(inEach({ source: '' }).ko).toBeNull();
	});
});

describe('publisherOfAddress', () => {
	it('tells Wikipedia’s edition from its host, and no copy for the original', () => {
		expect(publisherOfAddress('https://en.m.wikipedia.org/wiki/x')).toEqual({
			id: 'wikipedia',
			edition: 'en'
		});
		expect(publisherOfAddress('https://www.wikipedia.org/')).toEqual({ id: 'wikipedia' });
		expect(publisherOfAddress('http://ru.m.wiki.x.io/wiki/x')).toBeNull();
		expect(publisherOfAddress('not an address')).toBeNull();
	});
});

describe('the manifests', () => {
	const manifest = (documents: object[]) => JSON.stringify({ focus: 'KZ', documents });
	const doc = {
		id: 'a',
		file: 'a.txt',
		title: 'A',
		lang: 'en',
		source: EN_ARTICLE,
		licence: 'CC BY-SA',
		licenceUrl: '',
		retrieved: null,
		about: []
	};
	const problems = (documents: object[]) => {
		try {
			parseManifest(manifest(documents), 'manifest.json', () => true);
			return [];
		} catch (e) {
			if (!(e instanceof AtlasError)) throw e;
			return e.problems.map((p) => p.message);
		}
	};

	it('refuse an unknown publisher id and an edition of a publisher without editions, naming the entry', () => {
		expect(problems([{ ...doc, publisher: 'wikipedai', edition: 'en' }])).toEqual([
			'documents[0] ("a"): unknown publisher id "wikipedai"',
			'documents[0] ("a"): "edition" is given, but the publisher "wikipedai" has no language editions'
		]);
		expect(problems([{ ...doc, publisher: 'namuwiki', edition: 'ko' }])).toHaveLength(1);
		expect(problems([{ ...doc, publisher: 'wikipedia', edition: 'en', via: 'WikiMili' }])).toEqual([]);
		expect(problems([{ ...doc, publisher: 'Tajik Herald' }])).toEqual([]);
	});

	it('give every built-in document a publisher named in every language, by id where its address tells it', () => {
		for (const file of ['data/documents/manifest.json', 'data/library/manifest.json']) {
			const { documents } = parseManifest(readFileSync(file, 'utf8'), file, () => true);
			for (const d of documents) {
				const names = inEach(d);
				for (const locale of locales) expect(names[locale], `${d.id} ${locale}`).toBeTruthy();
				// A document whose address is a known publisher's names it by id (with its edition).
				const fromAddress = publisherOfAddress(d.source);
				if (fromAddress)
					expect({ id: d.publisher, edition: d.edition }, d.id).toEqual({
						edition: undefined,
						...fromAddress
					});
			}
		}
	});
});
