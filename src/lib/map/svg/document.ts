/** The SVG map's model written as a standalone SVG file: no external reference, system fonts, every text escaped. */
import { HATCH_INK } from '../../view/colour';
import { listWords } from '../../view/words';
import { m } from '../../paraglide/messages';
import { INK } from '../style';
import { FONT_STACK, MUTED, RULE_STRONG } from '../theme';
import { LINE_HEIGHT } from './labels';
import {
	SMALL_SIZE,
	TEXT_SIZE,
	TITLE_SIZE,
	type SvgCircle,
	type SvgLabel,
	type SvgMapModel,
	type SvgText
} from './types';

/** Text for XML: the five characters that could open markup or end an attribute, escaped. */
function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const circle = (c: SvgCircle): string =>
	`<circle cx="${c.cx}" cy="${c.cy}" r="${round(c.r)}" fill="${c.fill}"${c.fillOpacity === 1 ? '' : ` fill-opacity="${c.fillOpacity}"`} stroke="${c.stroke}" stroke-width="${c.strokeWidth}"/>`;

const round = (n: number) => Math.round(n * 100) / 100;

const text = (t: SvgText, cls: string): string =>
	`<text class="${cls}" x="${t.x}" y="${t.y}">${escapeXml(t.text)}</text>`;

/** A country's name: a line a <tspan>, the block centred on its point, over a white halo as the map draws it. */
const label = (l: SvgLabel): string => {
	const step = l.size * LINE_HEIGHT;
	const top = l.y - ((l.lines.length - 1) * step) / 2;
	const lines = l.lines.map(
		(line, i) => `<tspan x="${l.x}" y="${round(top + i * step)}">${escapeXml(line)}</tspan>`
	);
	return `<text class="label" data-code="${escapeXml(l.code)}" style="font-size:${l.size}px">${lines.join('')}</text>`;
};

/** Used in the downloaded file only: the namespace is a name, not an address the file loads. */
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The model as a standalone SVG document: no external reference, system fonts, every text escaped. */
export function svgMapDocument(model: SvgMapModel): string {
	const out: string[] = [];
	out.push(
		`<svg xmlns="${SVG_NS}" width="${model.width}" height="${model.height}" viewBox="0 0 ${model.width} ${model.height}" role="img" aria-labelledby="map-title">`,
		`<title id="map-title">${escapeXml(model.title.text)}</title>`,
		`<style>text{font-family:${FONT_STACK.replace(/'/g, '"')};fill:${INK};font-size:${TEXT_SIZE}px}.title{font-size:${TITLE_SIZE}px;font-weight:600}.small,.count{font-size:${SMALL_SIZE}px;fill:${MUTED}}.group{font-size:${SMALL_SIZE}px;text-anchor:middle;dominant-baseline:central}.label{text-anchor:middle;dominant-baseline:central;stroke:#ffffff;stroke-opacity:0.9;stroke-width:2.8px;stroke-linejoin:round;paint-order:stroke}</style>`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`,
		text(model.title, 'title'),
		text(model.subtitle, 'subtitle'),
		`<path class="sphere" d="${model.sphere}" fill="${model.ocean}" stroke="${RULE_STRONG}" stroke-width="0.5"/>`,
		`<g class="countries" stroke="#ffffff" stroke-width="0.4" stroke-linejoin="round">`
	);
	for (const c of model.countries)
		out.push(
			`<path data-code="${escapeXml(c.code)}" fill="${c.fill}" d="${c.d}"><title>${escapeXml(c.description)}</title></path>`
		);
	out.push('</g>');
	// Hatched entries (year mode's "No relations"), as the map draws them: a pattern of this file, no outside link.
	const hatched = model.countries.filter((c) => c.hatched);
	if (hatched.length || model.key.entries.some((e) => e.hatched))
		out.push(
			`<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${HATCH_INK}" stroke-width="1.5"/></pattern></defs>`
		);
	if (hatched.length) {
		out.push('<g class="hatched" fill="url(#hatch)" stroke="none">');
		for (const c of hatched) out.push(`<path d="${c.d}"/>`);
		out.push('</g>');
	}
	if (model.smallStates.length) {
		out.push('<g class="small-states">');
		for (const s of model.smallStates)
			out.push(circle(s).replace('<circle', `<circle data-code="${escapeXml(s.code)}"`));
		out.push('</g>');
	}
	if (model.arcs.length) {
		out.push('<g class="arcs" fill="none" stroke-linecap="round">');
		for (const a of model.arcs)
			out.push(
				a.dashed
					? `<path d="${a.d}" stroke="${a.colour}" stroke-width="1.8" stroke-dasharray="3.6 2.7" stroke-opacity="0.95"/>`
					: `<path d="${a.d}" stroke="${a.colour}" stroke-width="1" stroke-opacity="0.7"/>`
			);
		out.push('</g>');
	}
	// The names over the lines and under the markers, which they keep clear of (labels.ts).
	if (model.labels.length) {
		out.push('<g class="labels">');
		for (const l of model.labels) out.push(label(l));
		out.push('</g>');
	}
	if (model.missions.length || model.groups.length) {
		out.push('<g class="missions">');
		for (const dot of model.missions) out.push(circle(dot));
		for (const g of model.groups) {
			// A disc for cities too close to draw apart at this scale says which, on hover.
			const disc = g.places
				? circle(g).replace(
						'/>',
						`><title>${escapeXml(m.map_svg_combined_item({ places: listWords(g.places, 'and'), count: g.count }))}</title></circle>`
					)
				: circle(g);
			out.push(disc, `<text class="group" x="${g.cx}" y="${g.cy}">${g.count}</text>`);
		}
		out.push('</g>');
	}
	out.push('<g class="key">', text(model.key.title, 'key-title'));
	for (const e of model.key.entries) {
		const mark =
			e.shape === 'swatch'
				? `<rect x="${e.x}" y="${e.y}" width="12" height="12" rx="2" fill="${e.colour}" stroke="#000000" stroke-opacity="0.2"/>` +
					(e.hatched ? `<rect x="${e.x}" y="${e.y}" width="12" height="12" rx="2" fill="url(#hatch)"/>` : '')
				: `<circle cx="${e.x + 6}" cy="${e.y + 6}" r="5" fill="${e.colour}" stroke="#ffffff"/>`;
		out.push(
			`<g class="key-entry" data-key="${escapeXml(e.key)}">${mark}<text x="${e.x + 18}" y="${e.y + 10}">${escapeXml(e.label)} <tspan class="count">${e.count}</tspan></text></g>`
		);
	}
	out.push('</g>');
	for (const n of model.notes) out.push(text(n, 'small note'));
	for (const s of model.source) out.push(text(s, 'small source'));
	out.push('</svg>');
	return out.join('\n');
}
