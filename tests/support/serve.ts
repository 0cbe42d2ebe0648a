/**
 * Building the site and serving the build with `vite preview`: the one way `npm run bench`, `npm run screens
 * -- --build` and the hostile-text spec (a second site over a fixture) do it. The suite's own server is
 * playwright.config.ts's `webServer`, the same two commands.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const VITE = join(ROOT, 'node_modules', '.bin', 'vite');

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

export interface Server {
	/** `http://127.0.0.1:<port>/` */
	url: string;
	stop(): void;
}

const answers = (url: string) =>
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
