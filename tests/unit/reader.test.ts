/**
 * The browser's reader runs the build's pipeline: `src/lib/pipeline/` holds it with no Node module, and a
 * document read through `readUserDocument` (what the worker calls) gives the facts the Node build gives it.
 */
import {
	copyFileSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Atlas } from '../../src/lib/atlas/types';
import { buildAtlas } from '../../src/lib/server/atlas/build';
import {
	documentText,
	inputProblem,
	MAX_TEXT_LENGTH,
	suggestTitle,
	userDocumentId
} from '../../src/lib/reader/read-user';
import { readUserDocument } from '../../src/lib/reader/read-document';

const DOCS = 'data/documents';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
	});
}

/** The facts of an atlas without the document ids its spans carry. */
function facts(atlas: Atlas) {
	return {
		countries: atlas.countries.map((c) => [c.code, c.status, c.established?.date ?? null]),
		missions: atlas.missions.map((m) => [m.sender, m.host, m.kind, m.city, m.since, m.until]),
		events: atlas.events.map((e) => [e.date, e.countries.join(',')])
	};
}

describe('the pipeline is importable by browser code', () => {
	it('imports no Node module and nothing of $lib/server', () => {
		const offenders = [...files('src/lib/pipeline'), ...files('src/lib/reader')].filter((file) =>
			/from '(node:|fs'|path'|.*\/server\/)/.test(readFileSync(file, 'utf8'))
		);
		expect(offenders).toEqual([]);
	});
});

describe('readUserDocument reads as the build reads', () => {
	it('gives the Bulgarian document the facts the Node build gives it', () => {
		const manifest = JSON.parse(readFileSync(join(DOCS, 'manifest.json'), 'utf8'));
		const entry = manifest.documents.find((d: { id: string }) => d.id === 'bg-wikipedia');
		const dir = mkdtempSync(join(tmpdir(), 'atlas-reader-'));
		try {
			copyFileSync(join(DOCS, entry.file), join(dir, entry.file));
			writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ focus: 'KZ', documents: [entry] }));
			const built = buildAtlas(dir).atlas;
			const text = readFileSync(join(DOCS, entry.file), 'utf8');
			const read = readUserDocument({ text, title: entry.title, lang: 'bg' }, 'KZ').atlas;
			expect(read.countries.length).toBeGreaterThan(50);
			expect(facts(read)).toEqual(facts(built));
			expect(read.documents[0].text).toBe(built.documents[0].text);
		} finally {
			rmSync(dir, { recursive: true });
		}
	});

	it('reads a pasted English sentence: Cuba has an embassy in Astana since 2008', () => {
		const text = 'Cuba opened its embassy in Astana in 2008.';
		const { atlas, warnings } = readUserDocument({ text, title: 'Cuba', lang: 'en' }, 'KZ');
		expect(atlas.documents).toHaveLength(1);
		expect(atlas.documents[0].id).toBe(userDocumentId(text));
		expect(atlas.countries.find((c) => c.code === 'CU')?.status).toBe('embassy');
		const [mission] = atlas.missions;
		expect([mission.sender, mission.host, mission.kind, mission.city, mission.since]).toEqual([
			'CU',
			'KZ',
			'embassy',
			'Astana',
			'2008'
		]);
		// The title goes on the first line, as a dumped page has it; the sentence is read below it.
		expect(atlas.documents[0].text).toBe(`Cuba\n\n${text}`);
		expect(atlas.documents[0].text.slice(mission.span.start, mission.span.end)).toBe(text);
		expect(warnings).toEqual([]);
	});
});

describe('what the form refuses or suggests', () => {
	const ok = { text: 'Cuba opened its embassy in Astana in 2008.', title: 'Cuba', lang: 'en' };
	it('accepts a text in a language the pipeline reads', () => {
		expect(inputProblem(ok)).toBeNull();
	});
	it('refuses an empty text', () => {
		expect(inputProblem({ ...ok, text: ' \n\t' })).toMatch(/no text/);
	});
	it('refuses a text over the limit and says the limit and why', () => {
		const problem = inputProblem({ ...ok, text: 'a'.repeat(MAX_TEXT_LENGTH + 1) });
		expect(problem).toMatch(/limit is 2 million/);
		expect(problem).toMatch(/so that reading it in the browser/);
	});
	it('refuses a binary text', () => {
		expect(inputProblem({ ...ok, text: 'PK\u0003\u0004\u0000\u0000' })).toMatch(/binary/);
	});
	it('refuses a language the atlas does not read, naming it and those it reads, in words without jargon', () => {
		const problem = inputProblem({ ...ok, lang: 'fr' }) ?? '';
		expect(problem).toMatch(/^The atlas reads .*, not French \(fr\)\.$/);
		for (const language of ['English (en)', 'Bulgarian (bg)', 'Korean (ko)', 'Russian (ru)'])
			expect(problem).toContain(language);
		expect(problem).not.toMatch(/pipeline|"fr"/);
		expect(inputProblem({ ...ok, lang: 'de' })).toMatch(/, not German \(de\)\.$/);
	});
	it('keeps HTML as text: tags are read as characters, not markup', () => {
		const text = '<p>Cuba opened its embassy in <b>Astana</b> in 2008.</p>';
		const { atlas } = readUserDocument({ text, title: 'HTML', lang: 'en' }, 'KZ');
		expect(atlas.documents[0].text).toBe(`HTML\n\n${text}`);
		expect(atlas.countries.find((c) => c.code === 'CU')?.status).toBe('embassy');
	});
	it('suggests the first line as the title when it reads as one', () => {
		expect(suggestTitle('\n\n  Cuba and   Kazakhstan \nbody')).toBe('Cuba and Kazakhstan');
	});
	it('finds the first line with words in any line ending, and none in a blank text', () => {
		expect(suggestTitle('\r\n \t\r\nCuba and Kazakhstan\r\nbody')).toBe('Cuba and Kazakhstan');
		expect(suggestTitle('Cuba and Kazakhstan')).toBe('Cuba and Kazakhstan');
		expect(suggestTitle('\n\n\n')).toBe('');
		expect(suggestTitle('  \r\n\t')).toBe('');
		expect(suggestTitle('')).toBe('');
		// A pasted 50 KB text: its first line, wherever the blank lines before it end.
		const body = 'Посолството на Казахстан в София е открито през 2004 година.\n\n'.repeat(800);
		expect(suggestTitle(`\n \nКазахстан и България\n${body}`)).toBe('Казахстан и България');
	});
	it('suggests the first words when the first line is a sentence, which is then read', () => {
		const text = 'Cuba opened its embassy in Astana in 2008, the year it named an ambassador.';
		const title = suggestTitle(text);
		expect(title).toBe('Cuba opened its embassy in Astana in 2008…');
		expect(documentText(text, title)).toBe(`${title}\n\n${text}`);
	});
	it('suggests a short sentence whole, without its full stop and without an ellipsis (walk-through finding 11)', () => {
		const text = 'Cuba has an embassy in Astana.';
		expect(suggestTitle(text)).toBe('Cuba has an embassy in Astana');
		// The sentence is still read: the title goes above it.
		expect(documentText(text, suggestTitle(text))).toBe(`Cuba has an embassy in Astana\n\n${text}`);
	});
	it('reads a text that starts with its title as it is', () => {
		expect(documentText('Cuba\n\nBody.', 'Cuba')).toBe('Cuba\n\nBody.');
	});
	it('puts the title above a text of one line, even when the line is the title', () => {
		const line = '<p>Cuba opened its embassy in <b>Astana</b> in 2008.</p>';
		expect(suggestTitle(line)).toBe(line);
		expect(documentText(line, line)).toBe(`${line}\n\n${line}`);
	});
	it('gives the same text the same id, and another text another', () => {
		expect(userDocumentId('a text')).toBe(userDocumentId('a text'));
		expect(userDocumentId('a text')).not.toBe(userDocumentId('a text.'));
	});
});
