/**
 * Screenshots of the screens a change must not alter (home, a country page, year mode, the missions card, the phone
 * layout), taken from a running build, and a comparison of two such sets pixel by pixel, counted in Chromium's own
 * canvas so that no image library is needed. For a refactor: shoot before, shoot after, compare.
 *
 *   npm run screens -- --url http://127.0.0.1:4173 --out /tmp/before
 *   npm run screens -- --compare /tmp/before /tmp/after
 *
 * Motion is reduced and each shot waits for the map to be idle, so two runs of one build give the same pictures.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// Importing the config locates Chromium (scripts/chromium.sh) into CHROMIUM_PATH and gives the SwiftShader flags.
import { chromiumArgs } from '../playwright.config';
import { HELP_OPTION, readCommandLine } from './cli';
import { mapIdle as startedMapIdle } from '../tests/e2e/support';

const USAGE = `Usage: npm run screens -- --url <served build> --out <folder>
       npm run screens -- --compare <folder A> <folder B>`;

const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

interface Shot {
	name: string;
	path: string;
	size: { width: number; height: number };
	/** What to do on the page before the picture, after the map is idle. */
	act?: (page: Page) => Promise<void>;
	/** Nobody touches the page: the home page's SVG first map, before MapLibre starts. */
	untouched?: boolean;
}

const SHOTS: Shot[] = [
	{ name: 'home-first-map', path: '/', size: WIDE, untouched: true },
	{ name: 'home', path: '/', size: WIDE },
	{ name: 'home-1920', path: '/', size: { width: 1920, height: 1080 } },
	{ name: 'home-1024', path: '/', size: { width: 1024, height: 700 } },
	{ name: 'country', path: '/country/US/', size: WIDE },
	{ name: 'year', path: '/?mode=year', size: WIDE },
	{
		name: 'missions-card',
		path: '/',
		size: WIDE,
		act: async (page) => {
			await page.getByText(/^Missions by city/).click();
			await page.locator('details.places').getByRole('button').first().click();
			await page.locator('section.card').waitFor();
		}
	},
	{ name: 'phone-first-map', path: '/', size: PHONE, untouched: true },
	{ name: 'phone-home', path: '/', size: PHONE },
	{ name: 'phone-country', path: '/country/US/', size: PHONE }
];

/** The map started as a reader starts it (a move), loaded and still (the browser tests' helper), and drawn. */
async function mapIdle(page: Page): Promise<void> {
	await startedMapIdle(page);
	// Two frames after idle: the last tiles and labels are on the canvas.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null))))
	);
}

async function shoot(url: string, out: string): Promise<void> {
	mkdirSync(out, { recursive: true });
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: chromiumArgs });
	try {
		for (const shot of SHOTS) {
			const page = await browser.newPage({ viewport: shot.size, reducedMotion: 'reduce' });
			await page.goto(new URL(shot.path, url).href);
			if (shot.untouched) {
				await page.locator('#first-map svg').waitFor();
				await page.screenshot({ path: join(out, `${shot.name}.png`) });
				await page.close();
				console.log(`${shot.name}.png`);
				continue;
			}
			await mapIdle(page);
			if (shot.act) {
				await shot.act(page);
				await mapIdle(page);
			}
			await page.screenshot({ path: join(out, `${shot.name}.png`) });
			await page.close();
			console.log(`${shot.name}.png`);
		}
	} finally {
		await browser.close();
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
		const names = readdirSync(a).filter((f) => f.endsWith('.png'));
		for (const name of names) {
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
	if (!values.url || !values.out) {
		console.error(`--url and --out are both needed\n${USAGE}`);
		process.exit(2);
	}
	await shoot(values.url, values.out);
}
