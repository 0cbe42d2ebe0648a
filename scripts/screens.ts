/**
 * Screenshots of the screens a change must not alter (home, a country page, year mode, the missions card, the phone
 * layout, the map without WebGL), taken from a build, and a comparison of two such sets pixel by pixel, counted in
 * Chromium's own canvas so that no image library is needed. For a refactor: shoot before, shoot after, compare.
 *
 *   npm run screens -- --out /tmp/before                     build, serve on 127.0.0.1:4282, shoot
 *   npm run screens -- --url http://127.0.0.1:4173 --out /tmp/before     shoot a build already served
 *   npm run screens -- --all ...                             and every other state, for a person to look at
 *   npm run screens -- --compare /tmp/before /tmp/after
 *
 * The browser tests take no pictures: what a person looks at is here (`--all`: the pages, search, table, 404 and
 * phone states of pages.spec.ts, the Almaty card and each mission layer of missions.spec.ts, the WebGL-less pages
 * and the printed page). Motion is reduced and each shot waits for the map to be idle, so two runs of one build give
 * the same pictures.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// Importing the config locates Chromium (scripts/chromium.sh) into CHROMIUM_PATH and gives the SwiftShader flags.
import { chromiumArgs } from '../playwright.config';
import { HELP_OPTION, readCommandLine } from './cli';
import { mapIdle } from '../tests/support/map';
import { build, serve } from '../tests/support/serve';
import { SHOTS, type Shot } from './screens/shots';

const USAGE = `Usage: npm run screens -- [--url <served build>] --out <folder> [--all]
       npm run screens -- --compare <folder A> <folder B>`;
/** Where `--out` without `--url` serves the build it makes. */
const PORT = 4282;

/** The map started as a reader starts it (a move), loaded and still, and its last frame drawn. */
const drawn = (page: Page) => mapIdle(page, { repaint: true });

async function take(browsers: Record<'webgl' | 'none', Browser>, shot: Shot, url: string, out: string) {
	const browser = browsers[shot.webgl === false ? 'none' : 'webgl'];
	const page = await browser.newPage({
		viewport: shot.size,
		reducedMotion: 'reduce',
		javaScriptEnabled: shot.script !== false
	});
	try {
		await page.goto(new URL(shot.path, url).href);
		const snap = async (name: string) => {
			await page.screenshot({ path: join(out, `${name}.png`), fullPage: shot.fullPage });
			console.log(`${name}.png`);
		};
		if (shot.untouched) await page.locator(shot.untouched).first().waitFor({ state: 'attached' });
		else await drawn(page);
		if (shot.act) {
			await shot.act(page, { drawn, snap });
			if (shot.untouched === undefined) await drawn(page);
		}
		if (!shot.series) await snap(shot.name);
	} finally {
		await page.close();
	}
}

async function shoot(url: string, out: string, all: boolean): Promise<void> {
	mkdirSync(out, { recursive: true });
	const launch = (extra: string[]) =>
		chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: [...chromiumArgs, ...extra] });
	const browsers = { webgl: await launch([]), none: await launch(['--disable-webgl', '--disable-3d-apis']) };
	try {
		for (const shot of SHOTS) if (all || !shot.extra) await take(browsers, shot, url, out);
	} finally {
		await Promise.all([browsers.webgl.close(), browsers.none.close()]);
	}
}

/**
 * Runs in the page: decodes two PNGs into canvases and counts the pixels whose colour differs by more than a
 * tolerance in any channel. A string, not a function, so that the TypeScript runner's helpers stay out of the page.
 */
const DIFF = `async ([left, right, tolerance]) => {
	const pixels = async (src) => {
		const img = new Image();
		img.src = src;
		await img.decode();
		const context = new OffscreenCanvas(img.width, img.height).getContext('2d');
		context.drawImage(img, 0, 0);
		return context.getImageData(0, 0, img.width, img.height);
	};
	const [p, q] = [await pixels(left), await pixels(right)];
	if (p.width !== q.width || p.height !== q.height)
		return { size: p.width + 'x' + p.height + ' against ' + q.width + 'x' + q.height, differing: 1 };
	let differing = 0;
	for (let i = 0; i < p.data.length; i += 4)
		for (let c = 0; c < 3; c++)
			if (Math.abs(p.data[i + c] - q.data[i + c]) > tolerance) {
				differing++;
				break;
			}
	return { size: '', differing: differing / (p.width * p.height) };
}`;

/** Share of pixels whose colour differs by more than `tolerance` in any channel, and whether the sizes differ. */
async function compare(a: string, b: string): Promise<boolean> {
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: chromiumArgs });
	const page = await browser.newPage();
	let same = true;
	try {
		const pictures = (dir: string) => new Set(readdirSync(dir).filter((f) => f.endsWith('.png')));
		const [left, right] = [pictures(a), pictures(b)];
		for (const name of [...left].filter((n) => !right.has(n))) console.log(`${name.padEnd(22)} only in ${a}`);
		for (const name of [...right].filter((n) => !left.has(n))) console.log(`${name.padEnd(22)} only in ${b}`);
		// A picture in one set only comes from two versions of this script's list, not from the change compared.
		for (const name of [...left].filter((n) => right.has(n))) {
			const load = (dir: string) =>
				`data:image/png;base64,${readFileSync(join(dir, name)).toString('base64')}`;
			const result = (await page.evaluate(`(${DIFF})(${JSON.stringify([load(a), load(b), 8])})`)) as {
				size: string;
				differing: number;
			};
			const share = (result.differing * 100).toFixed(2);
			console.log(`${name.padEnd(22)} ${result.size || `${share} % of pixels differ`}`);
			if (result.differing > 0) same = false;
		}
	} finally {
		await browser.close();
	}
	return same;
}

const command = readCommandLine(
	{
		options: {
			url: { type: 'string' },
			out: { type: 'string' },
			all: { type: 'boolean', default: false },
			compare: { type: 'boolean', default: false },
			help: HELP_OPTION
		},
		allowPositionals: true
	},
	USAGE
);
if (command.exit !== null) process.exit(command.exit);
const { values } = command;
const positionals = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (values.compare) {
	if (positionals.length !== 2) {
		console.error(`--compare takes two folders\n${USAGE}`);
		process.exit(2);
	}
	const same = await compare(positionals[0], positionals[1]);
	process.exit(same ? 0 : 1);
} else {
	if (!values.out) {
		console.error(`--out is needed\n${USAGE}`);
		process.exit(2);
	}
	if (values.url) await shoot(values.url, values.out, values.all);
	else {
		build('app build');
		const server = await serve(PORT);
		try {
			await shoot(server.url, values.out, values.all);
		} finally {
			server.stop();
		}
	}
}
