/** The panel's model: what the side panel shows for a country, the focus's overview or a country never named. */
import type { DocRef } from '../cite';
import type { MissionKind, PartialDate, Status } from '../../atlas/types';
import type { Atlas } from '../../atlas/types';
import type { TextSegment } from '../segments';

export type { DocRef };
export type Excerpt = Atlas['countries'][number]['excerpts'][number];
export type DatedSpan = NonNullable<Atlas['countries'][number]['established']>;

export interface PanelExcerpt {
	/** Stable anchor id: `<doc>-<start>`. */
	id: string;
	doc: DocRef;
	sectionTitle: string;
	primary: boolean;
	segments: TextSegment[];
	/**
	 * The facts the atlas read from this passage, each as a short English sentence ("Azerbaijan's embassy in
	 * Astana"): generated from the extracted facts, not a translation. Empty where it states none.
	 */
	gloss: string[];
}

/**
 * Which documents state a fact, in words ("Stated by 3 documents in 2 languages"), each with the passage on this page
 * that holds its sentence; `single` where one document alone states it.
 */
export interface SourceLine {
	text: string;
	single: boolean;
	docs: { doc: DocRef; excerptId: string | null }[];
}

/** One cell of the comparison: what a document states, and whether the others agree. */
export interface ComparedFact {
	label: string;
	/** agrees: another document states the same; differs: another states otherwise; only: no other states it. */
	mark: 'agrees' | 'differs' | 'only';
	excerptId: string | null;
}

/** One document's row in the comparison of sources. */
export interface ComparedDocument {
	doc: DocRef;
	/** "retrieved 11 February 2024", or "date not given". */
	date: string;
	status: ComparedFact;
	dates: ComparedFact[];
	missions: ComparedFact[];
	/** What other documents state and this one does not, in words ("when relations began and 2 missions"), or "". */
	leavesOut: string;
}

export interface PanelClaim {
	date: PartialDate;
	/** The documents that give this date (or one that may name the same day). */
	sources?: SourceLine;
	/** "19 March 1992", "1992": at the document's precision. */
	label: string;
	/** The first document that gives it (`statedBy[0]`). */
	doc: DocRef;
	/** The passage on this page that states it, if one does. */
	excerptId: string | null;
	/** Every document that gives this very date, once each, with the passage on this page that states it. */
	statedBy: { doc: DocRef; excerptId: string | null }[];
	/** The date the atlas uses for the map and the table. */
	chosen: boolean;
	/** Another line gives a date this one contradicts, and this is not the one the map uses. */
	differs: boolean;
}

/** Where the documents' facts about the country disagree: what, in words, and the sentences on each side. */
export interface PanelConflict {
	note: string;
	quotes: { doc: DocRef; text: string; excerptId: string | null }[];
}

export interface PanelMission {
	/** "Embassy in Ankara", "Embassy in Moscow (Russia)". */
	label: string;
	/** "since 16 December 1994", "city not stated", "also accredited to Albania"... */
	notes: string[];
	excerptId: string | null;
	/**
	 * Where the map draws it, [lon, lat], so that choosing it in the panel frames it on the map; null for a mission
	 * with no point (no city stated, and no capital known for the host).
	 */
	at: [number, number] | null;
	/** Which mission it is, to open its card on the map: the atlas's sender, host and kind. */
	sender: string;
	host: string;
	kind: MissionKind;
	/** The documents that state it. */
	sources?: SourceLine;
}

export interface MissionGroup {
	/** Whose missions for whom, in words: "Turkey’s missions for" the focus, say. */
	title: string;
	missions: PanelMission[];
}

export interface PanelEvent {
	date: PartialDate;
	label: string;
	doc: DocRef;
	text: string;
	/** The countries the sentence names, in English: what was read from it besides its date (not a translation). */
	countries: string[];
}

export interface LocalName {
	name: string;
	lang: string;
	language: string;
}

export interface CountryPanelModel {
	kind: 'country';
	code: string;
	name: string;
	/** English name of the focus country, for the words that name it. */
	focusName: string;
	localNames: LocalName[];
	status: Status;
	statusLabel: string;
	/** The passage that supports the status, if it is on this page. */
	statusExcerptId: string | null;
	/**
	 * What the status rests on, where it could be misread: a "no relations" status comes from a list as of its
	 * document's date, and such lists end "… and others". Null for other statuses.
	 */
	statusNote: string | null;
	/** Every date the documents give for the start of relations, the chosen one first. */
	established: PanelClaim[];
	missionGroups: MissionGroup[];
	events: PanelEvent[];
	/** Where the documents' own facts about this country disagree, each with both sentences. */
	conflicts: PanelConflict[];
	/** Passages about this country, then passages that only mention it. */
	excerpts: PanelExcerpt[];
	mentions: PanelExcerpt[];
	/** The documents that state the status. */
	statusSources: SourceLine;
	/** Each document that names the country, what it states; empty where one document alone names it. */
	compared: ComparedDocument[];
}

export interface OverviewPanelModel {
	kind: 'overview';
	code: string;
	name: string;
	/** English name of the focus country: the same as `name` on its own page. */
	focusName: string;
	localNames: LocalName[];
	/** The documents' general sections: memberships, the OSCE chairmanship, borders, drugs, the EU... */
	excerpts: PanelExcerpt[];
	/** Events that involve the focus alone. */
	events: PanelEvent[];
	missionGroups: MissionGroup[];
	statusCounts: { status: Status; count: number }[];
	/** How much the documents cover, in words: documents, languages, countries with a status, countries dated. */
	coverage: string;
}

/** A country the documents never name: its page exists and says so, rather than a "not found". */
export interface AbsentPanelModel {
	kind: 'absent';
	code: string;
	name: string;
	focusName: string;
	/** Its names in the documents' languages, from the country-name lists (not from the documents). */
	localNames: LocalName[];
}

export type PanelModel = CountryPanelModel | OverviewPanelModel | AbsentPanelModel;
