/** The line to cite the atlas by, from the documents as the manifest describes them. */
import { describe, expect, it } from 'vitest';
import { citation } from '../../src/lib/view/cite';
import type { DocRef } from '../../src/lib/view/panel';

const bg: DocRef = {
	id: 'bg-wikipedia',
	title: 'Външна политика на Казахстан',
	titleEn: 'Foreign policy of Kazakhstan',
	publisher: 'Wikipedia (Bulgarian)',
	lang: 'bg',
	language: 'Bulgarian',
	source: 'https://bg.wikipedia.org/wiki/Външна_политика_на_Казахстан',
	site: 'bg.wikipedia.org',
	licence: 'CC BY-SA',
	licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
	retrieved: null,
	own: false
};
const ko: DocRef = {
	...bg,
	id: 'ko-namuwiki',
	title: '미국-카자흐스탄 관계',
	titleEn: null,
	publisher: null,
	lang: 'ko',
	language: 'Korean',
	source: 'https://namu.wiki/w/미국-카자흐스탄 관계',
	site: 'namu.wiki',
	licence: 'CC BY-NC-SA 2.0 KR',
	retrieved: '11 February 2024'
};

describe('citation', () => {
	it('names the atlas and each document, with "date unknown" where the manifest gives no date', () => {
		expect(citation('Kazakhstan', [bg, ko], null)).toBe(
			'Relations Atlas: Kazakhstan’s foreign relations as the documents tell them, built from ' +
				'“Foreign policy of Kazakhstan” (Wikipedia (Bulgarian), Bulgarian, date unknown, CC BY-SA) and ' +
				'“미국-카자흐스탄 관계” (namu.wiki, Korean, retrieved 11 February 2024, CC BY-NC-SA 2.0 KR).'
		);
	});

	it('ends with the page read and the day, once the browser knows them', () => {
		expect(
			citation('Georgia', [bg], { url: 'https://atlas.example/country/TR/', today: '2026-12-04' })
		).toMatch(
			/^Relations Atlas: Georgia’s foreign .*\. https:\/\/atlas\.example\/country\/TR\/, accessed 4 December 2026\.$/
		);
	});

	it('says a reader’s own text is theirs when it gives no publisher or address', () => {
		const own: DocRef = {
			...bg,
			id: 'own-cuba',
			title: 'Cuba and Kazakhstan',
			titleEn: null,
			publisher: null,
			lang: 'en',
			language: 'English',
			source: '',
			site: '',
			licence: 'not given',
			licenceUrl: '',
			own: true
		};
		expect(citation('Kazakhstan', [own], null)).toContain(
			'“Cuba and Kazakhstan” (the reader’s own document, English, date unknown, not given)'
		);
	});
});
