/**
 * Printing a country's page: the map (a copy of the WebGL canvas, taken when printing starts) and the panel's whole
 * text, without the search bar, the layer boxes or buttons. The copy must hold Turkey's embassy colour
 * (STATUS_COLOURS.embassy, #095b89: the Bulgarian article names Kazakhstan's embassy in Ankara).
 */
import { expect, test } from '@playwright/test';
import { wakeMap } from '../support/map';
import { watchErrors } from '../support/page';

test('a printed country page has the map and the panel’s text, and no controls', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto('/country/TR/');
	await expect(page.locator('#panel-title')).toHaveText('Turkey');
	await wakeMap(page);
	await page.waitForFunction(() => window.__map?.loaded() === true, null, { timeout: 45_000 });
	await page.waitForFunction(
		() => window.__map?.isMoving() === false && window.__map.areTilesLoaded(),
		null,
		{
			timeout: 30_000
		}
	);

	// Printing to PDF fires `beforeprint`, as a print dialog does: the map copies its canvas into the image.
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	const image = page.locator('img.print-map');
	await expect(image).toHaveAttribute('src', /^data:image\/png;base64,/);

	await page.emulateMedia({ media: 'print' });
	await expect(image).toBeVisible();
	await expect(page.locator('canvas.maplibregl-canvas')).toBeHidden();
	await expect(page.getByRole('combobox')).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
	await expect(page.getByText('Map layers')).toBeHidden();
	expect(await page.locator('.panel button').count()).toBeGreaterThan(0);
	for (const button of await page.locator('.panel button').all()) await expect(button).toBeHidden();
	// The panel's whole text is laid out, not clipped in a scroll box.
	const clipped = await page.locator('.panel-scroll').evaluate((box) => box.scrollHeight - box.clientHeight);
	expect(clipped).toBeLessThanOrEqual(1);
	await expect(page.locator('#panel-title')).toBeVisible();
	await expect(page.getByText('Турция 1992-03-02').first()).toBeVisible();
	// The key stays, to read the colours by.
	await expect(page.locator('.legend li').first()).toBeVisible();

	const embassyPixels = await image.evaluate(async (img: HTMLImageElement) => {
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = img.naturalWidth;
		canvas.height = img.naturalHeight;
		const context = canvas.getContext('2d')!;
		context.drawImage(img, 0, 0);
		const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
		let n = 0;
		for (let i = 0; i < data.length; i += 4)
			if (
				Math.abs(data[i] - 0x09) < 3 &&
				Math.abs(data[i + 1] - 0x5b) < 3 &&
				Math.abs(data[i + 2] - 0x89) < 3
			)
				n++;
		return n;
	});
	expect(embassyPixels).toBeGreaterThan(1000);
	expect(errors).toEqual([]);
});

test('the home page printed before the map has started prints the SVG first map, in the flow of the page', async ({
	page
}) => {
	await page.goto('/');
	await page.emulateMedia({ media: 'print' });
	const map = page.locator('#first-map svg');
	await expect(map).toBeVisible();
	const [frame, svg] = await Promise.all([page.locator('.first-frame').boundingBox(), map.boundingBox()]);
	// The world fitted into a frame as wide as the page, below the panel's text.
	expect(frame!.width).toBeGreaterThan(500);
	expect(svg!.width).toBeGreaterThan(0.8 * frame!.width);
	const text = await page.locator('.panel h1').boundingBox();
	expect(frame!.y).toBeGreaterThan(text!.y);
	await expect(page.getByRole('combobox')).toBeHidden();
});
