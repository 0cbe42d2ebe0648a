/**
 * Browser tests run against the production build served by `vite preview`, in Debian's Chromium with software
 * WebGL2 (SwiftShader), because this machine and CI have no GPU and Playwright downloads no browser here.
 * https://playwright.dev/docs/test-configuration
 *
 * Two projects:
 * - `chromium`: WebGL2 through SwiftShader, so MapLibre draws; every spec except `*.nowebgl.spec.ts`.
 * - `chromium-no-webgl`: WebGL switched off, for the specs named `*.nowebgl.spec.ts` that check the page falls back
 *   to the table when the map cannot start.
 */
import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';

/** Resolved once in the main process; workers re-read the config and inherit the environment variable. */
function chromiumPath(): string {
	if (!process.env.CHROMIUM_PATH) {
		process.env.CHROMIUM_PATH = execFileSync('bash', ['scripts/chromium.sh'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'inherit']
		}).trim();
	}
	return process.env.CHROMIUM_PATH;
}

const port = Number(process.env.E2E_PORT ?? 4173);

/** The flags that make MapLibre render with software WebGL2 and keep Chromium offline. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--use-gl=angle',
	'--use-angle=swiftshader',
	// Without it newer Chromium warns that the automatic software fallback is deprecated.
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist'
];

const executablePath = chromiumPath();

/** The second site's build in the background, beside the suite's own, for a whole run (see the web server below). */
const secondSiteEarly = process.env.E2E_SECOND_SITE_EARLY
	? '{ node --import tsx tests/support/second-site-early.ts & } && '
	: '';

export default defineConfig({
	testDir: 'tests/e2e',
	// The second site (seeds, library, hostile fixture), built by the first spec that needs it, or from the start
	// beside the suite's own build (E2E_SECOND_SITE_EARLY): none left over from an earlier run.
	globalSetup: './tests/support/second-site-setup.ts',
	globalTeardown: './tests/support/second-site-reset.ts',
	// Software WebGL on two cores: a map load takes one to two seconds, more while a build runs beside it.
	timeout: 60_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	// Two workers, one a core, in CI too: tests wait for state (the page hydrated, the map idle), not for time, so
	// they hold on a loaded machine; the idle waits of one (history.spec's late page data) fill with the other's work.
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// A failed test keeps its trace (actions, DOM snapshots, network) without the screencast, whose frames
		// cost every test CPU while software WebGL redraws; the failure's own screenshot is kept.
		trace: { mode: 'retain-on-failure', screenshots: false },
		screenshot: 'only-on-failure',
		// Camera moves are jumps and the map's symbols do not fade (MapView.svelte reads the preference), so a
		// change settles in fewer frames of software WebGL; the framing tests of map.spec.ts and missions.spec.ts
		// keep the animation ('no-preference').
		reducedMotion: 'reduce'
	},
	projects: [
		{
			name: 'chromium',
			testIgnore: /\.nowebgl\.spec\.ts$/,
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { executablePath, args: chromiumArgs }
			}
		},
		{
			name: 'chromium-no-webgl',
			testMatch: /\.nowebgl\.spec\.ts$/,
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { executablePath, args: [...chromiumArgs, '--disable-webgl', '--disable-3d-apis'] }
			}
		}
	],
	webServer: {
		// Node directly, not npx: stopping an npx wrapper leaves its child holding the port.
		// `vite preview` reads the build's file list once at start, so it is started after the build, every run.
		// The suite's pages are the seed documents' (data/documents), whose facts its specs were written against;
		// sources.spec.ts and hostile.spec.ts share a second site over the seeds, the library (the built-in atlas, README,
		// "The library") and the hostile-text fixture (tests/support/second-site.ts).
		// The variable holds for the preview too: a page it renders on request (the 404 page) reads the same documents.
		// With E2E_SECOND_SITE_EARLY (a whole run: `npm run test:e2e`), the second site's build starts beside this one
		// (tests/support/second-site-early.ts).
		command: `export ATLAS_DOCUMENTS_DIR=data/documents && ${secondSiteEarly}npm run build && node node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: false,
		// The build prerenders every page and bundles MapLibre: give it room on two cores.
		timeout: 300_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
