/** The two sites the benchmark measures, built and served: the app, and its floor (bench/floor/). */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build as viteBuild, ROOT, serve, type Server } from '../../tests/support/serve';

const FLOOR_CONFIG = join(ROOT, 'bench', 'floor', 'vite.config.ts');
export const RESULTS = join(ROOT, 'bench-results');
// Not 4190: browsers and fetch refuse it (a "bad port", ManageSieve).
const APP_PORT = 4280;
const FLOOR_PORT = 4281;

export type Target = 'app' | 'floor';
export const URLS: Record<Target, string> = {
	app: `http://127.0.0.1:${APP_PORT}/`,
	floor: `http://127.0.0.1:${FLOOR_PORT}/`
};
export type Pair<T> = { app: T; floor: T };

export function build(): void {
	viteBuild('app build');
	// The floor loads the very file the app loads: the prerendered geometry asset.
	const publicGeo = join(RESULTS, 'floor-public', 'geo');
	mkdirSync(publicGeo, { recursive: true });
	copyFileSync(join(ROOT, 'build', 'geo', 'countries.json'), join(publicGeo, 'countries.json'));
	viteBuild('floor build', { extra: ['--config', FLOOR_CONFIG] });
}

const servers: Server[] = [];

/** Serves the app's build and the floor's, each on its port. */
export async function serveBoth(): Promise<void> {
	servers.push(await serve(APP_PORT));
	servers.push(await serve(FLOOR_PORT, { extra: ['--config', FLOOR_CONFIG] }));
}

export function stopServers(): void {
	for (const server of servers) server.stop();
}
