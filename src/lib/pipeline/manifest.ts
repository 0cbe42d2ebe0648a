/**
 * The documents manifest (`data/documents/manifest.json`): which files make the atlas, in which language, under
 * which licence. Adding a document is adding a file and an entry here.
 */
import * as v from 'valibot';
import { CodeSchema, PartialDateSchema } from '../atlas/schema';
import { AtlasError, type Problem } from './problems';
import { SUPPORTED_LANGS } from './languages/codes';

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

/** One document of the manifest. */
export const ManifestEntrySchema = v.object({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and dashes')),
	file: v.pipe(v.string(), v.regex(/^[^/\\]+\.txt$/, 'a .txt file name in the documents folder')),
	title: v.pipe(v.string(), v.nonEmpty()),
	titleEn: v.optional(v.string()),
	lang: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a BCP 47 language tag such as "bg"')),
	source: WebUrlOrNone,
	publisher: v.optional(v.string()),
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
