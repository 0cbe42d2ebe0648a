/**
 * "Download map" (the Downloads control, src/lib/map/svg.ts): the SVG file parses, holds the key as the legend on
 * screen shows it (labels and counts), names the documents with their licences and dates (as data/documents/
 * manifest.json gives them), and refers to nothing outside itself; the PNG is twice the window's width and Turkey's
 * pixels have the embassy colour (the Bulgarian article: "Казахстан има посолство в Анкара"). The embed snippet of
 * "Share" loads the view in an iframe on another site's page.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { mapIdle } from '../support/map';
import { hydrated, watchErrors } from '../support/page';

/** STATUS_COLOURS.embassy in src/lib/view/colour.ts, as RGB. */
const EMBASSY_RGB = [0x09, 0x5b, 0x89];

async function download(page: Page, format: 'SVG' | 'PNG'): Promise<Buffer> {
	// The buttons are in the prerendered page: a click before the page's script has taken over is lost.
	await hydrated(page);
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: format, exact: true }).click()
	]);
	expect(file.suggestedFilename()).toMatch(
		new RegExp(`^relations-atlas-kazakhstan-status\\.${format.toLowerCase()}$`)
	);
	return readFile(await file.path());
}

test('the map downloads as SVG with its key, sources and no address, and as PNG at twice the size', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/');
	// The legend on screen, once the map has started: the SVG's key must say the same.
	const legend = page.locator('.legend li button');
	await expect(legend.first()).toBeVisible();
	// Each entry's label and count; the "no relations" dating line under its entry is a note in the file.
	const dating = (await page.locator('.legend .dating').first().textContent())!.trim();
	const onScreen = (
		await legend.evaluateAll((buttons) =>
			buttons.map((b) => {
				const copy = b.cloneNode(true) as HTMLElement;
				copy.querySelector('.dating')?.remove();
				return copy.textContent ?? '';
			})
		)
	).map((t) =>
		t
			.replace(/\s+/g, ' ')
			.trim()
			.replace(/ ?countr(y|ies)$/, '')
	);
	expect(onScreen.length).toBeGreaterThan(4);

	const svg = (await download(page, 'SVG')).toString('utf8');
	expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(
		/https?:|href|<image|url\((?!#)/i
	);
	const facts = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const all = (selector: string) => [...doc.querySelectorAll(selector)];
		return {
			errors: doc.getElementsByTagName('parsererror').length,
			root: doc.documentElement.localName,
			width: Number(doc.documentElement.getAttribute('width')),
			height: Number(doc.documentElement.getAttribute('height')),
			key: all('.key-entry').map((g) => g.textContent!.replace(/\s+/g, ' ').trim()),
			notes: all('text')
				.map((t) => t.textContent)
				.join(' '),
			source: all('.source')
				.map((t) => t.textContent)
				.join(' '),
			turkey: doc.querySelector('path[data-code="TR"]')?.getAttribute('fill'),
			countries: all('.countries path').length,
			labels: all('.labels text').map((t) => t.textContent),
			discs: all('.missions circle').map((c) => ({
				x: Number(c.getAttribute('cx')),
				y: Number(c.getAttribute('cy')),
				r: Number(c.getAttribute('r')),
				title: c.querySelector('title')?.textContent ?? null
			}))
		};
	}, svg);
	// Country names (walk-through finding 20), the documents' countries among them, as the map names them (Turkey's
	// gives way to the markers of Ankara and Istanbul at this scale, as on the map).
	for (const name of ['Kazakhstan', 'Russia', 'China', 'India', 'United States'])
		expect(facts.labels).toContain(name);
	// Sofia's and Bucharest's markers (the Bulgarian article's missions there) would overprint at world scale: one
	// disc says both; no two markers of the file overlap.
	expect(facts.discs.some((d) => /Sofia/.test(d.title ?? '') && /Bucharest/.test(d.title ?? ''))).toBe(true);
	for (const [i, a] of facts.discs.entries())
		for (const b of facts.discs.slice(i + 1))
			expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.title ?? a.x} and ${b.title ?? b.x}`).toBeGreaterThan(
				a.r + b.r
			);
	expect(facts.errors).toBe(0);
	expect(facts.root).toBe('svg');
	for (const entry of onScreen) expect(facts.key).toContain(entry);
	expect(dating).toContain('date not given');
	expect(facts.notes).toContain(`No relations: ${dating}.`);
	expect(facts.source).toContain('Външна политика на Казахстан');
	expect(facts.source).toContain('미국-카자흐스탄 관계');
	expect(facts.source).toContain('licence CC BY-SA');
	expect(facts.source).toContain('licence CC BY-NC-SA 2.0 KR');
	expect(facts.source).toContain('retrieved 11 February 2024');
	expect(facts.turkey).toBe('#095b89');
	expect(facts.countries).toBeGreaterThan(200);
	const screenWidth = await page.evaluate(() => document.documentElement.clientWidth);
	expect(facts.width).toBe(screenWidth);

	const png = await download(page, 'PNG');
	// PNG signature, then the IHDR chunk: width and height, big-endian, at bytes 16 and 20.
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	expect(png.readUInt32BE(16)).toBe(2 * facts.width);
	expect(png.readUInt32BE(20)).toBe(2 * facts.height);

	// Turkey's pixels: a point inside Turkey's path in the SVG, read at twice its coordinates in the PNG.
	const pixel = await page.evaluate(
		async ({ text, base64 }) => {
			const host = document.createElement('div');
			host.style.cssText = 'position:absolute;left:-99999px;top:0';
			host.innerHTML = text;
			document.body.append(host);
			const turkey = host.querySelector<SVGPathElement>('path[data-code="TR"]')!;
			const box = turkey.getBBox();
			let point: [number, number] | null = null;
			for (let dy = 0; dy < box.height && !point; dy += 1)
				for (let dx = 0; dx < box.width && !point; dx += 1) {
					const x = box.x + box.width / 2 + (dx % 2 ? -dx : dx) / 2;
					const y = box.y + box.height / 2 + (dy % 2 ? -dy : dy) / 2;
					// Well inside: the neighbours at 2 px are Turkey too, so no border or antialiasing is read.
					const inside = [
						[0, 0],
						[2, 0],
						[-2, 0],
						[0, 2],
						[0, -2]
					].every(([ox, oy]) => turkey.isPointInFill(new DOMPoint(x + ox, y + oy)));
					if (inside) point = [x, y];
				}
			host.remove();
			if (!point) return null;
			const image = new Image();
			image.src = `data:image/png;base64,${base64}`;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.width;
			canvas.height = image.height;
			const context = canvas.getContext('2d')!;
			context.drawImage(image, 0, 0);
			return [...context.getImageData(Math.round(point[0] * 2), Math.round(point[1] * 2), 1, 1).data];
		},
		{ text: svg, base64: png.toString('base64') }
	);
	expect(pixel).not.toBeNull();
	for (let i = 0; i < 3; i++) expect(Math.abs(pixel![i] - EMBASSY_RGB[i])).toBeLessThanOrEqual(2);
	await expect(page.getByRole('status').filter({ hasText: 'Map saved as' })).toBeVisible();
	expect(errors).toEqual([]);
});

test('a map zoomed on Turkey downloads the part on screen: Turkey and its neighbours, not the world', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/');
	await mapIdle(page);
	const part = page.getByRole('radio', { name: /The part on screen/ });
	// The first view holds the whole world's width: there is no part to choose.
	await expect(part).toBeDisabled();
	await page.evaluate(() => window.__map?.jumpTo({ center: [35, 39], zoom: 4 }));
	await expect(part).toBeEnabled();
	await part.check();
	const svg = (await download(page, 'SVG')).toString('utf8');
	const drawn = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return {
			codes: [...doc.querySelectorAll('.countries path')].map((p) => p.getAttribute('data-code')),
			labels: [...doc.querySelectorAll('.labels text')].map((t) => t.getAttribute('data-code')),
			source: [...doc.querySelectorAll('.source')].map((t) => t.textContent).join(' ')
		};
	}, svg);
	for (const code of ['TR', 'GR', 'GE', 'SY']) expect(drawn.codes).toContain(code);
	// Zoomed in, the neighbours are named too, not only the documents' countries and the largest.
	for (const code of ['TR', 'GR', 'SY', 'BG']) expect(drawn.labels).toContain(code);
	for (const code of ['US', 'AU', 'BR', 'JP']) expect(drawn.codes).not.toContain(code);
	expect(drawn.source).toContain('the part of the world on screen');
	expect(errors).toEqual([]);
});

test('the embed snippet frames the view on another site’s page', async ({ page, baseURL }) => {
	const errors = watchErrors(page);
	await page.goto('/?mode=year');
	await page.getByText('Share or embed this view').click();
	await expect(page.getByLabel('Embed code')).toHaveValue(/^<iframe/);
	const snippet = await page.getByLabel('Embed code').inputValue();
	expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?mode=year[^"]*" title="[^"]+"/);
	// Another site: a page of its own origin (localhost, not 127.0.0.1) holding only the snippet. A real server on
	// the loopback address, since Chromium blocks a public page (a routed or blank one) from framing a local one.
	const other = createServer((_, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(`<!doctype html><title>Another site</title>${snippet}`);
	});
	await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
	try {
		await page.goto(`http://localhost:${(other.address() as AddressInfo).port}/`);
		const frame = page.frameLocator('iframe');
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/Kazakhstan’s relations/);
		const framed = page.frames().find((f) => f !== page.mainFrame());
		expect(framed?.url()).toContain(`${baseURL}/?mode=year`);
	} finally {
		other.close();
	}
	expect(errors).toEqual([]);
});
