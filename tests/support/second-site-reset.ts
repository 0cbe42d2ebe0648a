/**
 * Playwright's globalSetup and globalTeardown: stops the second site (tests/support/second-site.ts) and removes its
 * copy and state, before the run (what a killed run left) and after it.
 */
import { stopSecondSite } from './second-site';

export default function reset(): void {
	stopSecondSite();
}
