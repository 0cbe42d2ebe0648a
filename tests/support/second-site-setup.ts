/**
 * Playwright's globalSetup: stops what an earlier run left of the second site (tests/support/second-site.ts), unless
 * this run's web server has started building it already (E2E_SECOND_SITE_EARLY: tests/support/second-site-early.ts,
 * which stops the earlier one itself).
 */
import { stopSecondSite } from './second-site';

export default function setup(): void {
	if (!process.env.E2E_SECOND_SITE_EARLY) stopSecondSite();
}
