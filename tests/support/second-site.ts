/**
 * The browser suite's second site, built once per run and shared by the specs that need documents other than the
 * seeds: the built-in atlas (seeds and library, for sources.spec.ts) with the hostile-text fixture beside it (for
 * hostile.spec.ts). One build of about 35 s in place of one per spec.
 *
 * The first spec that asks builds a copy of the project over the three folders (buildCopy: two builds in one folder
 * would overwrite each other's output) and serves it on E2E_PORT + 10 in a process of its own, which outlives the
 * Playwright worker that started it; later specs, in that worker or another, find it by the state file and reuse it.
 * Two workers asking at once: the one that takes the lock (an atomic mkdir) builds, the other waits for the state
 * file. A whole run (`npm run test:e2e`) starts the build beside the suite's own instead, from the web server's
 * command (second-site-early.ts), and the specs wait for it the same way. `second-site-reset.ts` (Playwright's
 * globalTeardown) stops the server and removes the copy at the end of the run, and a run that finds a state file
 * whose server does not answer (a killed run) builds afresh.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { answers, buildCopy, VITE } from './serve';

/** The documents folders of the second site, relative to the project (and to its copy). */
const SECOND_SITE_DOCUMENTS = ['data/documents', 'data/library', 'tests/fixtures/hostile'] as const;

const SECOND_SITE_PORT = Number(process.env.E2E_PORT ?? 4173) + 10;
/** Where the second site is served, for a spec's `baseURL` (`secondSite()` in its `beforeAll` starts it). */
export const SECOND_SITE_URL = `http://127.0.0.1:${SECOND_SITE_PORT}`;

interface State {
	url: string;
	/** The server's process group, to stop it. */
	pid: number;
	/** The copy of the project it serves. */
	dir: string;
}

/** Where this port's second site is recorded: one per E2E_PORT, so that runs on other ports do not meet. */
const STATE_DIR = join(tmpdir(), `atlas-second-site-${SECOND_SITE_PORT}`);
const STATE_FILE = join(STATE_DIR, 'state.json');
const LOCK = join(STATE_DIR, 'lock');

function readState(): State | null {
	if (!existsSync(STATE_FILE)) return null;
	try {
		return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as State;
	} catch {
		return null;
	}
}

/** Stops the server a state records and removes its copy; nothing if there is none. */
export function stopSecondSite(): void {
	const state = readState();
	if (state) {
		try {
			process.kill(-state.pid);
		} catch {
			// Already gone.
		}
		rmSync(state.dir, { recursive: true, force: true });
	}
	rmSync(STATE_DIR, { recursive: true, force: true });
}

async function startServer(dir: string, env: NodeJS.ProcessEnv): Promise<State> {
	const url = `${SECOND_SITE_URL}/`;
	if (await answers(url))
		throw new Error(`port ${SECOND_SITE_PORT} is already in use: stop whatever serves it and run again`);
	// Its own process group (detached), so that it outlives the worker and teardown can stop it and its children.
	const child = spawn(
		'node',
		[VITE, 'preview', '--host', '127.0.0.1', '--port', String(SECOND_SITE_PORT), '--strictPort'],
		{ cwd: dir, env, stdio: 'ignore', detached: true }
	);
	child.unref();
	for (let tries = 0; tries < 150; tries++) {
		if (await answers(url)) return { url, pid: child.pid!, dir };
		if (child.exitCode !== null) break;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`vite preview of the second site did not answer on port ${SECOND_SITE_PORT}`);
}

/**
 * The second site's address (`http://127.0.0.1:<port>/`), built and served on the first call of the run. Call it in
 * a `beforeAll` with a timeout of a few minutes: the build takes about 35 s on two idle cores.
 */
export async function secondSite(): Promise<string> {
	const found = readState();
	if (found && (await answers(found.url))) return found.url;
	mkdirSync(STATE_DIR, { recursive: true });
	let builder = false;
	try {
		mkdirSync(LOCK);
		builder = true;
	} catch {
		// Another worker holds the lock: it is building.
	}
	if (!builder) {
		for (let tries = 0; tries < 1500; tries++) {
			const state = readState();
			if (state && (await answers(state.url))) return state.url;
			if (!existsSync(LOCK)) break;
			await new Promise((r) => setTimeout(r, 200));
		}
		throw new Error(`the second site was not ready: see ${STATE_DIR}, or remove it and run again`);
	}
	try {
		if (found) stopSecondSite();
		mkdirSync(LOCK, { recursive: true });
		const env = { ...process.env, ATLAS_DOCUMENTS_DIR: SECOND_SITE_DOCUMENTS.join(delimiter) };
		const dir = buildCopy('the second site (seeds, library, hostile fixture)', env, SECOND_SITE_DOCUMENTS);
		const state = await startServer(dir, env);
		writeFileSync(STATE_FILE, JSON.stringify(state));
		return state.url;
	} finally {
		rmSync(LOCK, { recursive: true, force: true });
	}
}
