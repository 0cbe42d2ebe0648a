/**
 * Building the site and serving the build with `vite preview`: the one way `npm run bench`, `npm run screens
 * -- --build` and the specs that build a second site (hostile.spec.ts over a fixture, sources.spec.ts over the
 * seeds and the library) do it. The suite's own server is
 * playwright.config.ts's `webServer`, the same two commands.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const VITE = join(ROOT, 'node_modules', '.bin', 'vite');

interface RunOptions {
	cwd?: string;
	env?: NodeJS.ProcessEnv;
}

/** Runs a command to its end; throws with its output if it fails, and says on stderr how long it took. */
export function run(
	command: string,
	args: string[],
	what: string,
	{ cwd = ROOT, env }: RunOptions = {}
): void {
	const started = performance.now();
	const result = spawnSync(command, args, { cwd, env: env ?? process.env, encoding: 'utf8' });
	if (result.status !== 0)
		throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
	console.error(`${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** `vite build` in `cwd` (the project, or a copy of it), with `extra` arguments such as `--config`. */
export function build(
	what: string,
	{ extra = [], ...options }: RunOptions & { extra?: string[] } = {}
): void {
	run('node', [VITE, 'build', ...extra], what, options);
}

/** What the project needs to build; everything else (tests, reports, the real build) stays behind. */
const BUILD_SOURCES = [
	'src',
	'static',
	// The interface's messages and Paraglide's settings, which the build compiles.
	'messages',
	'project.inlang',
	// Where each country's embassies stand through time, which the missions payload carries (src/lib/server/view).
	'data/embassy-seats.json',
	'package.json',
	'svelte.config.js',
	'vite.config.ts',
	// vite.config.ts's plugin that records which module fills each chunk, for `npm run bench`.
	'scripts/bench/bundle-modules.ts',
	// vite.config.ts's plugin that makes one copy of the app per interface language.
	'scripts/locale-build',
	'tsconfig.json'
];

/**
 * Builds the site in a temporary copy of the project (two builds in one folder would overwrite each other's output):
 * what it needs to build and the `extra` paths (documents folders), node_modules linked, built with `env`. Returns the
 * copy's folder, to serve and then remove.
 */
export function buildCopy(what: string, env: NodeJS.ProcessEnv, extra: readonly string[] = []): string {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-site-'));
	for (const name of [...BUILD_SOURCES, ...extra])
		if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	build(what, { cwd: dir, env });
	return dir;
}

export interface Server {
	/** `http://127.0.0.1:<port>/` */
	url: string;
	stop(): void;
}

/** Whether a server answers `url` with a success. */
export const answers = (url: string) =>
	fetch(url).then(
		(r) => r.ok,
		() => false
	);

/**
 * Serves the build of `cwd` with `vite preview` on 127.0.0.1:`port` and resolves once it answers. Refuses a port
 * that already answers: whatever serves it would be measured or tested instead of this build, and quietly.
 */
export async function serve(
	port: number,
	{ cwd = ROOT, env, extra = [] }: RunOptions & { extra?: string[] } = {}
): Promise<Server> {
	const url = `http://127.0.0.1:${port}/`;
	const taken = await fetch(url).then(
		() => true,
		() => false
	);
	if (taken) throw new Error(`port ${port} is already in use: stop whatever serves it and run again`);
	// Node directly, not npx, so that stopping this pid frees the port.
	const child = spawn(
		'node',
		[VITE, 'preview', ...extra, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{ cwd, env: env ?? process.env, stdio: 'ignore' }
	);
	const stop = () => {
		if (child.exitCode === null) child.kill();
	};
	for (let tries = 0; tries < 150; tries++) {
		if (await answers(url)) return { url, stop };
		if (child.exitCode !== null) break;
		await new Promise((r) => setTimeout(r, 200));
	}
	stop();
	throw new Error(`vite preview did not answer on port ${port}: is the port taken?`);
}
