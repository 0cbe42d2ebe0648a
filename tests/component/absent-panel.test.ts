/**
 * The page of a country the documents never name, in the interface's language: its list of documents says when each
 * was retrieved, or that its date is unknown, in that language too (the words were English literals on every page).
 * Expected words from messages/ko.json's glossary terms: "{date} 수집" and "날짜 미상".
 */
import { screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import AbsentPanel from '$lib/components/panel/AbsentPanel.svelte';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { absentPanel } from '$lib/view/panel';
import { docRef } from '$lib/view/cite';
import { fixtureAtlas } from '../fixtures/atlas.fixture';
import { renderInHost } from '../support/render';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

describe('AbsentPanel', () => {
	it('dates each document in Korean on a Korean page, with no English word left', () => {
		overwriteGetLocale(() => 'ko');
		// The fixture's Korean document was retrieved on 11 February 2024; its Bulgarian one gives no date.
		const documents = fixtureAtlas.documents.map(docRef);
		renderInHost(AbsentPanel, {
			panel: absentPanel(fixtureAtlas, 'AU', '오스트레일리아', {}),
			documents
		});
		const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
		expect(items).toHaveLength(2);
		expect(items.join(' ')).not.toMatch(/retrieved|date unknown/);
		expect(items.some((text) => text.includes('2024년 2월 11일 수집'))).toBe(true);
		expect(items.some((text) => text.includes('날짜 미상'))).toBe(true);
	});
});
