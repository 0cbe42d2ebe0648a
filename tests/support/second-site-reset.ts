/**
 * Playwright's globalTeardown: stops the second site (tests/support/second-site.ts) and removes its copy and state
 * after the run (before it: second-site-setup.ts).
 */
import { stopSecondSite } from './second-site';

export default function reset(): void {
	stopSecondSite();
}
