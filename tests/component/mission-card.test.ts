/**
 * The mission card: a city's list of the missions shown, one mission's detail with its sentence marked, the way
 * back, and closing by button or Escape. The card calls back with the card to show; the dock keeps it.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import MissionCard from '$lib/components/map/MissionCard.svelte';
import type { Direction } from '$lib/view/missions';
import { groupKey } from '$lib/view/missions';
import type { MissionCardView } from '$lib/view/missions-by-city';
import { missionsFixture } from '../fixtures/missions.fixture';

const ALL: ReadonlySet<Direction> = new Set(['abroad', 'in-focus', 'other']);
const almaty = { key: groupKey(missionsFixture.missions[0]), city: 'Almaty' };
const moscow = { key: groupKey(missionsFixture.missions[3]), city: 'Moscow' };

function setup(card: MissionCardView, shown = ALL) {
	const onchange = vi.fn<(card: MissionCardView | null) => void>();
	const result = render(MissionCard, { props: { card, payload: missionsFixture, shown, onchange } });
	return { ...result, onchange };
}

describe("a city's card", () => {
	it("lists the city's missions by sender and kind", () => {
		setup({ kind: 'group', ...almaty });
		expect(screen.getByRole('heading', { level: 2 }).textContent?.trim()).toBe('Almaty: 2 missions');
		const items = screen.getAllByRole('listitem');
		expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual(['Turkey', 'United States']);
		expect(items[1].textContent).toContain('Consulate-general');
		expect(items[0].textContent).toContain('since 1992');
	});

	it('lists only the directions the toggles leave on', () => {
		setup({ kind: 'group', ...moscow }, new Set(['abroad']));
		expect(screen.getByRole('heading', { level: 2 }).textContent?.trim()).toBe('Moscow: 1 mission');
		expect(screen.getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent)).toEqual([
			'Kazakhstan'
		]);
	});

	it('choosing a mission asks for its detail, with the way back to this city', async () => {
		const { onchange } = setup({ kind: 'group', ...almaty });
		await fireEvent.click(screen.getByRole('button', { name: /United States/ }));
		expect(onchange).toHaveBeenCalledWith({ kind: 'mission', id: 2, back: almaty });
	});

	it('takes focus on its heading, so the keyboard lands on what it opened', async () => {
		setup({ kind: 'group', ...almaty });
		await vi.waitFor(() => expect(document.activeElement?.id).toBe('mission-card-title'));
	});
});

describe("a mission's card", () => {
	it('shows the mission, its sentence with the words naming it marked, and a link to the sender', () => {
		setup({ kind: 'mission', id: 0, back: null });
		expect(screen.getByRole('heading', { level: 2 }).textContent?.trim()).toBe('Embassy of Turkey');
		const quote = document.querySelector('blockquote[lang="bg"]');
		expect(quote?.textContent?.trim()).toBe('Турция има посолство в Алмати.');
		expect([...(quote?.querySelectorAll('mark') ?? [])].map((m) => m.textContent)).toEqual(['посолство']);
		expect(screen.getByRole('link', { name: 'Turkey’s relations' }).getAttribute('href')).toBe(
			'/country/TR/'
		);
		expect(screen.queryByRole('button', { name: /All missions in/ })).toBeNull();
	});

	it('goes back to the city it was opened from', async () => {
		const { onchange } = setup({ kind: 'mission', id: 0, back: almaty });
		await fireEvent.click(screen.getByRole('button', { name: '‹ All missions in Almaty' }));
		expect(onchange).toHaveBeenCalledWith({ kind: 'group', ...almaty });
	});

	it('follows a new card from the dock', async () => {
		const { rerender } = setup({ kind: 'group', ...almaty });
		await rerender({ card: { kind: 'mission', id: 3, back: moscow } });
		expect(screen.getByRole('heading', { level: 2 }).textContent?.trim()).toBe('Embassy of Philippines');
		expect(screen.getByText('Also serves Kazakhstan.')).toBeTruthy();
	});

	it('says where a mission whose sentence names no city is placed, as of the timeline’s year', async () => {
		// The UK's embassy of October 1992, no city named; Kazakhstan's capital was Almaty until 10 December 1997.
		const ASTANA = { city: 'Astana', geonameId: 1526273, lon: 71.45, lat: 51.18 };
		const ALMATY = { city: 'Almaty', geonameId: 1526384, lon: 76.95, lat: 43.25 };
		const seat = { seatOfGovernment: true };
		const payload = {
			...missionsFixture,
			missions: [
				{
					...missionsFixture.missions[0],
					sender: 'GB',
					...ASTANA,
					cityStated: false,
					since: '1992-10'
				}
			],
			names: { ...missionsFixture.names, GB: 'United Kingdom' },
			seats: {
				KZ: [
					{ ...ALMATY, ...seat, from: null, until: '1997-12-10', capital: false },
					{ ...ASTANA, ...seat, from: '1997-12-10', until: null, capital: true }
				]
			}
		};
		const card: MissionCardView = { kind: 'mission', id: 0, back: null };
		const { rerender } = render(MissionCard, {
			props: { card, payload, shown: ALL, onchange: vi.fn(), year: 1995 }
		});
		expect(document.querySelector('.where')?.textContent).toMatch(/^Almaty, Kazakhstan/);
		expect(
			screen.getByText('Placed at Almaty, where the embassies were in 1995: the sentence names no city.')
		).toBeTruthy();
		await rerender({ year: null });
		expect(document.querySelector('.where')?.textContent).toMatch(/^Astana, Kazakhstan/);
		expect(screen.getByText('Placed at Astana, the capital: the sentence names no city.')).toBeTruthy();
	});
});

describe('closing', () => {
	it('the close button closes the card', async () => {
		const { onchange } = setup({ kind: 'group', ...almaty });
		await fireEvent.click(screen.getByRole('button', { name: 'Close missions' }));
		expect(onchange).toHaveBeenCalledWith(null);
	});

	it("Escape inside the card closes it and keeps the page's own Escape from acting", async () => {
		const { onchange } = setup({ kind: 'group', ...almaty });
		const button = within(screen.getByRole('list')).getAllByRole('button')[0];
		button.focus();
		const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
		button.dispatchEvent(event);
		expect(event.defaultPrevented).toBe(true);
		expect(onchange).toHaveBeenCalledWith(null);
	});

	it('Escape elsewhere on the page leaves the card open', async () => {
		const { onchange } = setup({ kind: 'group', ...almaty });
		const outside = document.body.appendChild(document.createElement('button'));
		outside.focus();
		await fireEvent.keyDown(outside, { key: 'Escape' });
		expect(onchange).not.toHaveBeenCalled();
		outside.remove();
	});
});
