/**
 * Starts building the second site (tests/support/second-site.ts) beside the suite's own build, for a whole run:
 * playwright.config.ts's web server runs it in the background before `npm run build` when E2E_SECOND_SITE_EARLY is
 * set (`npm run test:e2e` sets it). Each build runs mostly on one core, so on two cores the two builds take little
 * longer than one, where the second site was built after the first, by the first spec that needed it, while its
 * worker waited. A run of a few specs leaves it unset, and builds the second site only if one of them needs it.
 * Whatever an earlier run left is stopped first; a failed build is reported here, and the spec that waits for the
 * site then fails naming its state folder.
 */
import { secondSite, stopSecondSite } from './second-site';

stopSecondSite();
secondSite().catch((error: unknown) => {
	console.error(`the second site could not be built: ${String(error)}`);
	process.exitCode = 1;
});
