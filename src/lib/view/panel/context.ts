/** Look-ups over one atlas that every panel builder shares: documents, their citations, countries' names. */
import type { Atlas, AtlasDocument } from '../../atlas/types';
import { docRef, type DocRef } from '../cite';
import { regionName } from '../words';
import type { LocalName } from './types';
import type { Seats } from '../missions-seats';

/**
 * A country's name as a page shows it: the atlas's English name by default; the server passes the names of the
 * interface's language (`rename(code, english)`).
 */
export type Rename = (code: string, english: string) => string;

/**
 * Look-ups shared by both panel kinds. `seats`: where each country's embassies stand (data/embassy-seats.json, in
 * the missions payload), so that a mission whose sentence names no city is framed where the map draws it.
 */
export function context(atlas: Atlas, rename: Rename = (_code, english) => english, seats: Seats = {}) {
	const docs = new Map(atlas.documents.map((d) => [d.id, d]));
	const refs = new Map(atlas.documents.map((d) => [d.id, docRef(d)]));
	const records = new Map(atlas.countries.map((c) => [c.code, c]));
	const doc = (id: string): AtlasDocument => {
		const found = docs.get(id);
		if (!found)
			throw new Error(`The atlas cites document "${id}", which it does not contain: rebuild the atlas.`);
		return found;
	};
	return {
		doc,
		ref: (id: string): DocRef => refs.get(id) ?? docRef(doc(id)),
		nameOf: (code: string): string => rename(code, records.get(code)?.name ?? regionName(code)),
		record: (code: string) => records.get(code),
		docOrder: (id: string) => atlas.documents.findIndex((d) => d.id === id),
		seats
	};
}

export type Context = ReturnType<typeof context>;

export function localNames(ctx: Context, names: Record<string, string>): LocalName[] {
	const seen = new Set<string>();
	const out: LocalName[] = [];
	const entries = Object.entries(names).sort(([a], [b]) => ctx.docOrder(a) - ctx.docOrder(b));
	for (const [docId, name] of entries) {
		const { lang, language } = ctx.ref(docId);
		if (seen.has(`${lang}:${name}`)) continue;
		seen.add(`${lang}:${name}`);
		out.push({ name, lang, language });
	}
	return out;
}
