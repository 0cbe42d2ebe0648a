/**
 * The reader's words in the interface's language: the worker reports what it could not read as codes
 * (`readWarning`: the pipeline's warnings sorted into kinds), and the page words them in each language; the
 * one-time offer of the browser's language picks the language to offer from `navigator.languages`.
 */
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import { buildFolder } from '../../src/lib/server/atlas/folder';
import { readWarning } from '../../src/lib/reader/warnings';
import { offeredLocale, offerAnswered, answerOffer, OFFER_KEY } from '../../src/lib/i18n/offer';
import { m } from '../../src/lib/paraglide/messages';

describe('the pipeline’s warnings as the review words them', () => {
	it('sorts every warning the evaluation corpus and the seeds give into a kind the page words', () => {
		const warnings = [
			...buildAtlas(['data/documents', 'data/library']).warnings,
			// The folder's own "not read: …" of a whole file is the command line's; the add page says those itself.
			...buildFolder('data/eval/documents', 'KZ').warnings.filter((w) => !w.message.startsWith('not read: '))
		];
		expect(warnings.length).toBeGreaterThan(0);
		const kinds = warnings.map(readWarning);
		const other = warnings.filter((_, i) => kinds[i].code === 'other').map((w) => w.message);
		expect(other).toEqual([]);
		expect(new Set(kinds.map((k) => k.code)).size).toBeGreaterThan(2);
		// The unread sentence, the most common, is quoted with its kind.
		const unread = kinds.find((k) => k.code === 'unread');
		expect(unread?.text).toBeTruthy();
		// Builds the built-in atlas and reads the 74 evaluation documents: seconds, more on a loaded machine.
	}, 60_000);

	it('keeps the name a warning concerns, and leaves an unknown kind to "other"', () => {
		const at = { file: 'f.txt', line: 1, fix: '' };
		expect(
			readWarning({ ...at, message: 'unknown city "Шимкент": the mission is not placed', text: 'x' })
		).toEqual({ code: 'unknownCity', name: 'Шимкент', text: 'x' });
		expect(
			readWarning({
				...at,
				message: 'the gazetteer knows no capital for Tuvalu: the map draws no arc to or from it'
			})
		).toEqual({ code: 'noCapital', name: 'Tuvalu', text: null });
		expect(readWarning({ ...at, message: 'a new kind of warning' })).toEqual({
			code: 'other',
			name: null,
			text: null
		});
	});

	it('words each kind in each language, none in English outside English', () => {
		for (const locale of ['bg', 'ko', 'ru'] as const) {
			const said = m.review_warn_unknown_city({ name: 'Шимкент' }, { locale });
			expect(said).toContain('Шимкент');
			expect(said).not.toBe(m.review_warn_unknown_city({ name: 'Шимкент' }, { locale: 'en' }));
		}
		// Plurals by the language's rules: Russian's few and many.
		expect(m.review_files_problems({ count: 3 }, { locale: 'ru' })).toBe('3 файла не удалось прочитать');
		expect(m.review_files_problems({ count: 5 }, { locale: 'ru' })).toBe('5 файлов не удалось прочитать');
		expect(m.review_files_problems({ count: 21 }, { locale: 'ru' })).toBe('21 файл не удалось прочитать');
	});
});

describe('the one-time offer of the browser’s language', () => {
	it('offers the first interface language the browser prefers, unless it is English or the one on screen', () => {
		expect(offeredLocale(['ko-KR', 'ko', 'en-US'], 'en')).toBe('ko');
		expect(offeredLocale(['de-DE', 'ru'], 'en')).toBe('ru');
		expect(offeredLocale(['en-US', 'ko'], 'en')).toBeNull();
		expect(offeredLocale(['ko-KR'], 'ko')).toBeNull();
		expect(offeredLocale(['bg'], 'ru')).toBe('bg');
		expect(offeredLocale(['fr-FR', 'de'], 'en')).toBeNull();
		expect(offeredLocale([], 'en')).toBeNull();
	});

	it('is made once: an answer is remembered, and no storage means no offer', () => {
		const kept = new Map<string, string>();
		const storage = {
			getItem: (k: string) => kept.get(k) ?? null,
			setItem: (k: string, v: string) => void kept.set(k, v)
		};
		expect(offerAnswered(storage)).toBe(false);
		answerOffer(storage, 'dismissed');
		expect(kept.get(OFFER_KEY)).toBe('dismissed');
		expect(offerAnswered(storage)).toBe(true);
		expect(offerAnswered(undefined)).toBe(true);
		const refusing = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			}
		};
		expect(offerAnswered(refusing)).toBe(true);
	});
});
