/** The words the side panel's outlet (PanelOutlet) shows about the page on its way: kept here for translation. */
export const OUTLET_WORDS = {
	/** A pick whose page data is on its way, under the heading of the page still shown. */
	opening: (name: string) => `Opening ${name}…`,
	/** A pick whose page data could not be fetched. */
	failed: (name: string | null) => `${name ?? 'That page'} could not be loaded: the connection may be down.`,
	retry: 'Try again',
	/** Back or Forward to a page without a country (the home page, the table) while it loads. */
	travelling: 'Loading the page…'
} as const;
