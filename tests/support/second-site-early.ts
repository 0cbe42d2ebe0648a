/**
 * Starts building the second site (tests/support/second-site.ts) beside the suite's own build, for a whole run:
 * playwright.config.ts's web server runs it in the background before `npm run build` when E2E_SECOND_SITE_EARLY is
 * set (`npm run test:e2e` sets it), so that no worker waits for it once the tests run (built by the first spec that
 * needed it, it held that worker about 65 s on this machine). Much of a build runs on one core, so the two builds
 * share the machine's two; on a machine already busy they only slow each other (see the README's CI paragraph). A
 * run of a few specs leaves it unset, and builds the second site only if one of them needs it.
 * Whatever an earlier run left is stopped first; a failed build is reported here, and the spec that waits for the
 * site then fails naming its state folder.
 */
import { secondSite, stopSecondSite } from './second-site';

stopSecondSite();
secondSite().catch((error: unknown) => {
	console.error(`the second site could not be built: ${String(error)}`);
	process.exitCode = 1;
});
