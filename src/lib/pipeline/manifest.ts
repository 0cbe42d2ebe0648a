/**
 * The documents manifest (`data/documents/manifest.json`): which files make the atlas, in which language, under
 * which licence. Adding a document is adding a file and an entry here.
 */
import * as v from 'valibot';
import { CodeSchema, PartialDateSchema } from '../atlas/schema';
import { AtlasError, type Problem } from './problems';
import { SUPPORTED_LANGS } from './languages/codes';
import { isPublisherId, PUBLISHER_ID, PUBLISHERS } from '../atlas/publishers';

/** A web address. `v.url()` alone accepts `javascript:` and `data:`, which must never become a link. */
const WebUrl = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i, 'an http(s):// address'));
/**
 * A web address, or "" where there is none: a reader's own document exported from the browser may have no address
 * and no licence page (see README, "Your own documents"); the panel then shows no link.
 */
const WebUrlOrNone = v.union(
	[v.literal(''), WebUrl],
	'an http(s):// address, or "" where the document has none'
);

const LangTag = v.pipe(
	v.string(),
	v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a BCP 47 language tag such as "bg"')
);

/** One document of the manifest. */
export const ManifestEntrySchema = v.object({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and dashes')),
	file: v.pipe(v.string(), v.regex(/^[^/\\]+\.txt$/, 'a .txt file name in the documents folder')),
	title: v.pipe(v.string(), v.nonEmpty()),
	titleEn: v.optional(v.string()),
	lang: LangTag,
	source: WebUrlOrNone,
	/**
	 * Who published the text: the id of a publisher the interface names in its own language (`atlas/publishers.ts`:
	 * "wikipedia", "namuwiki", "us-state-department"), or the publisher's own name as it writes it ("Tajik Herald").
	 */
	publisher: v.optional(v.pipe(v.string(), v.nonEmpty())),
	/** The language of the publisher's edition the text is from ("en": English Wikipedia), for one with editions. */
	edition: v.optional(LangTag),
	/** The site the text was copied from when it is a copy of the publisher's page ("WikiMili"), by its own name. */
	via: v.optional(v.pipe(v.string(), v.nonEmpty())),
	licence: v.pipe(v.string(), v.nonEmpty()),
	licenceUrl: WebUrlOrNone,
	retrieved: v.nullable(PartialDateSchema),
	about: v.array(CodeSchema)
});

export const ManifestSchema = v.object({
	focus: CodeSchema,
	documents: v.pipe(v.array(ManifestEntrySchema), v.minLength(1, 'at least one document'))
});

export type Manifest = v.InferOutput<typeof ManifestSchema>;
export type ManifestEntry = Manifest['documents'][number];

/** Parses and checks the manifest's text; throws an AtlasError naming the entry and field at fault. */
export function parseManifest(json: string, file: string, exists: (name: string) => boolean): Manifest {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (e) {
		const message = e instanceof Error ? e.message : String(e);
		const line = json.slice(0, syntaxErrorOffset(json)).split('\n').length;
		throw new AtlasError([
			{ file, line, message: `not valid JSON (${message})`, fix: 'Fix the JSON syntax' }
		]);
	}
	const parsed = v.safeParse(ManifestSchema, data);
	if (!parsed.success) {
		throw new AtlasError(
			parsed.issues.map((issue) => ({
				file,
				line: null,
				message: `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`,
				fix: 'Correct that field of the manifest'
			}))
		);
	}
	const manifest = parsed.output;
	const problems: Problem[] = [];
	const seen = new Set<string>();
	manifest.documents.forEach((d, i) => {
		const where = `documents[${i}] ("${d.id}")`;
		if (seen.has(d.id))
			problems.push({
				file,
				line: null,
				message: `${where}: the id "${d.id}" is used twice`,
				fix: 'Give each document its own id'
			});
		seen.add(d.id);
		if (!SUPPORTED_LANGS.includes(d.lang.split('-')[0]))
			problems.push({
				file,
				line: null,
				message: `${where}: unknown language "${d.lang}"`,
				fix: `Use one the pipeline reads (${SUPPORTED_LANGS.join(', ')}), or add a module for it to src/lib/pipeline/languages/`
			});
		const known = d.publisher !== undefined && isPublisherId(d.publisher);
		if (d.publisher !== undefined && !known && PUBLISHER_ID.test(d.publisher))
			problems.push({
				file,
				line: null,
				message: `${where}: unknown publisher id "${d.publisher}"`,
				fix: `Use one the interface names (${Object.keys(PUBLISHERS).join(', ')}), or write the publisher's own name as it writes it ("Tajik Herald")`
			});
		if (d.edition !== undefined && !(known && PUBLISHERS[d.publisher as keyof typeof PUBLISHERS].editions))
			problems.push({
				file,
				line: null,
				message: `${where}: "edition" is given, but the publisher ${d.publisher === undefined ? '(none)' : `"${d.publisher}"`} has no language editions`,
				fix: `Give "edition" only with a publisher that has them (${Object.entries(PUBLISHERS)
					.filter(([, p]) => p.editions)
					.map(([id]) => id)
					.join(', ')}), or leave it out`
			});
		if (!exists(d.file))
			problems.push({
				file,
				line: null,
				message: `${where}: the file "${d.file}" does not exist`,
				fix: 'Put the file next to manifest.json or correct its name'
			});
	});
	if (problems.length) throw new AtlasError(problems);
	return manifest;
}

/**
 * Offset of a JSON syntax error. Node 20's JSON.parse does not say where the error is, so find the shortest prefix
 * that fails for another reason than ending early: a prefix of valid JSON only ever fails by ending early.
 */
function syntaxErrorOffset(json: string): number {
	const failsEarly = (n: number) => {
		try {
			JSON.parse(json.slice(0, n));
			return false;
		} catch (e) {
			const message = e instanceof Error ? e.message : '';
			const at = /at position (\d+)/.exec(message);
			// Ending early: "Unexpected end of JSON input", or an error placed at the very end of the prefix.
			return !/end of JSON input/.test(message) && !(at && Number(at[1]) >= n);
		}
	};
	let lo = 1;
	let hi = json.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (failsEarly(mid)) hi = mid;
		else lo = mid + 1;
	}
	return lo - 1;
}
