/** The table's words for its filter, in one place for the interface's translation. */
export const TABLE_WORDS = {
	filter: 'Filter by name',
	filterPlaceholder: 'Country, or its name in the documents',
	relations: 'Relations',
	allRelations: 'Any',
	shown: (shown: number, all: number) =>
		shown === all ? `All ${all} countries` : `${shown} of ${all} countries`
} as const;
