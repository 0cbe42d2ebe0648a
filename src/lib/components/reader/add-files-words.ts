/**
 * The words of AddFiles.svelte (many files at once on the add page), in one place for the interface's translation.
 */
import { counted } from '../../view/words';

/** A sentence that starts with a number in words: its first letter capital. */
const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const ADD_FILES_WORDS = {
	heading: 'Many files at once',
	intro:
		'Drop or choose any number of files: plain text (.txt), Markdown (.md), web pages saved from a browser (.html), or a .zip of them. Each is turned into text here (a page’s menus, scripts and reference lists left out; nothing of it is shown as a web page), its language detected, and read one after another. You then see what each states and choose which to add.',
	dropZone: 'Drop files here',
	choose: 'Choose files',
	opening: (done: number, total: number, name: string) => `Opening ${done} of ${total}: ${name}`,
	reading: (done: number, total: number, name: string) => `Reading ${done} of ${total}: ${name}`,
	loading: 'Loading the reader (country names, dates and the gazetteer of cities)…',
	cancel: 'Cancel',
	stopped: (read: number, total: number) =>
		`Cancelled: ${counted(read, 'document')} of ${total} read; the others were not.`,
	reviewHeading: 'What the files say',
	readSummary: (docs: number, statuses: number, dates: number, missions: number) =>
		`${sentence(counted(docs, 'document'))} read: ${counted(statuses, 'status', 'statuses')}, ${counted(dates, 'date relations began', 'dates relations began')}, ${counted(missions, 'mission')}.`,
	nothingRead: 'No document could be read from these files.',
	facts: (statuses: number, dates: number, missions: number) =>
		`${counted(statuses, 'status', 'statuses')}, ${counted(dates, 'date', 'dates')}, ${counted(missions, 'mission')}`,
	warnings: (n: number) => counted(n, 'sentence it could not read', 'sentences it could not read'),
	keepLabel: (title: string) => `Add “${title}”`,
	file: 'file',
	show: 'What it read',
	hide: 'Hide',
	selectAll: 'Select all',
	selectNone: 'Select none',
	addSelected: (n: number) => `Add ${counted(n, 'document')} to the atlas`,
	drop: 'Drop them all',
	problemsHeading: (n: number) => sentence(`${counted(n, 'file')} could not be read`),
	failed: (why: string) => `it could not be read: ${why}`,
	saving: (n: number) => `Storing ${counted(n, 'document')} in this browser…`,
	added: (n: number) => sentence(`${counted(n, 'document')} added to the atlas.`),
	known: (titles: string[]) =>
		`Already in the atlas, so not added again: ${titles.map((t) => `“${t}”`).join(', ')}.`,
	seeThem: ['See them on the ', 'map', ', in the ', 'table', ' or among ', 'your documents', '.'],
	noneChosen: 'Choose at least one document to add, or drop them all.',
	unreadable: (why: string) => `The files could not be opened: ${why}`
} as const;
