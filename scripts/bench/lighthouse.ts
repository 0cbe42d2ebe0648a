/** Lighthouse's four scores of a URL, run as a program (node_modules/lighthouse/cli). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs } from '../../playwright.config';
import { ROOT, run } from '../../tests/support/serve';

export interface Scores {
	performance: number | null;
	accessibility: number | null;
	'best-practices': number | null;
	seo: number | null;
}

export function lighthouse(url: string, preset: 'desktop' | 'mobile', out: string): Scores {
	const args = [
		join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js'),
		url,
		'--quiet',
		'--output=json',
		`--output-path=${out}`,
		'--only-categories=performance,accessibility,best-practices,seo',
		`--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
		...(preset === 'desktop' ? ['--preset=desktop'] : [])
	];
	run('node', args, `lighthouse ${preset} ${url}`, {
		env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH }
	});
	const report = JSON.parse(readFileSync(out, 'utf8')) as {
		categories: Record<string, { score: number | null }>;
	};
	const score = (id: keyof Scores) => report.categories[id]?.score ?? null;
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		'best-practices': score('best-practices'),
		seo: score('seo')
	};
}
