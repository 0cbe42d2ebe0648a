/**
 * "Download map": the SVG map (src/lib/map/svg/) of the current fill and layers, as an SVG file or as a PNG at
 * twice its size. Browser-only, and loaded by the Downloads control with a dynamic import when a button is
 * pressed, so that d3-geo and the SVG code add nothing to a page's first load.
 *
 * The PNG is the SVG drawn onto a canvas: an <img> reads the SVG from a blob: URL (the CSP's img-src allows blob:),
 * the canvas is twice the SVG's size in pixels, and its PNG is saved.
 */
import { decodeAsset, type CountriesTopology } from '$lib/map/asset';
import { svgMapDocument, svgMapModel, type SvgMapInput } from '$lib/map/svg';
import type { MissionsPayload } from '$lib/view/missions';

export interface MapFileRequest extends Omit<SvgMapInput, 'asset' | 'missions' | 'today'> {
	/** The geometry asset's address (/geo/countries.json). */
	geometryUrl: string;
	/** The missions' address (/data/missions.json): fetched only when a mission layer is on. */
	missionsUrl: string;
	/** The missions to draw instead of fetching them: the combined atlas's, when the reader has documents. */
	missions?: MissionsPayload | null;
}

async function getJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	return (await response.json()) as T;
}

/** The SVG file's text and size. */
export async function mapSvg(
	request: MapFileRequest
): Promise<{ svg: string; width: number; height: number }> {
	const { geometryUrl, missionsUrl, missions: given, ...rest } = request;
	const wantsMissions =
		rest.layers.has('missions-abroad') ||
		rest.layers.has('missions-in-focus') ||
		rest.layers.has('connections');
	const [topology, missions] = await Promise.all([
		getJson<CountriesTopology>(geometryUrl),
		wantsMissions ? (given ?? getJson<MissionsPayload>(missionsUrl)) : Promise.resolve(null)
	]);
	const model = svgMapModel({
		...rest,
		asset: decodeAsset(topology),
		missions,
		today: new Date().toISOString().slice(0, 10)
	});
	return { svg: svgMapDocument(model), width: model.width, height: model.height };
}

/** The SVG rasterised at `scale` times its size. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('this browser has no 2D canvas');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((done, fail) =>
			canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('the PNG could not be made'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
