/** The words a part of the page shows when it stopped with an error (PartBoundary, MapStage): kept here for translation. */
export const BOUNDARY_WORDS = {
	/** What stopped, by part: the side panel, the reader of the reader's own documents. */
	failed: {
		panel:
			'This panel could not be shown: something went wrong while drawing it. The map and search still work.',
		reader:
			'The documents part could not be shown: something went wrong while drawing it. Documents already saved are kept.'
	},
	retry: 'Try again'
} as const;

export type BoundaryPart = keyof typeof BOUNDARY_WORDS.failed;
