/** The one builder of a country's summary (what the map, key and search read) for hand-made test fixtures. */
import type { Status } from '$lib/atlas/types';
import type { CountrySummary } from '$lib/view/summary';

/**
 * A country named `name` (its code if not given), with `status` (an embassy if not given) since `year` (none if not
 * given, the date then the year alone), known locally by `localNames`, with no missions and no conflicts.
 */
export function summary(
	code: string,
	{
		name = code,
		status = 'embassy',
		year = null,
		localNames = []
	}: { name?: string; status?: Status; year?: number | null; localNames?: string[] } = {}
): CountrySummary {
	return {
		code,
		name,
		localNames,
		status,
		established: year === null ? null : String(year),
		year,
		missions: 0,
		conflicts: 0
	};
}
