/** The benchmark's figures from its measurements, and the table `npm run bench` prints. */
import { cpus, freemem, totalmem } from 'node:os';
import { median, quantile } from '../cli';
import type { ClickTime } from './clicks';
import type { Scores } from './lighthouse';
import type { LoadRun } from './loads';
import type { ReaderBenchResult } from './reader';
import type { Pair, Target } from './serve';

export interface Loads {
	/** Pointer moved at load, until the map is idle. */
	touched: Record<Target, LoadRun[]>;
	/** Nobody touches the page. */
	untouched: Record<Target, LoadRun[]>;
}

type Quantiles = { p50: number; p95: number };
export interface BenchResult {
	idle_ms: Pair<number>;
	idle_ratio: number;
	fcp_ms: Pair<number | null>;
	lcp_ms: Pair<number | null>;
	lcp_element: Pair<string | null>;
	click_ms: Quantiles;
	click_paint_ms: Quantiles;
	click_full_ms: Quantiles;
	/** A page nobody touches, until the network is quiet: the app's first map; the floor's map. */
	bytes_gz: Pair<number>;
	/** The app once its map has started (a reader's first move); the floor's map. */
	bytes_gz_map: Pair<number>;
	/** The SVG first map in the home page's HTML. */
	first_map_bytes: { raw: number; gz: number };
	lighthouse: { desktop: Pair<Scores>; mobile: Pair<Scores> } | null;
	reader: ReaderBenchResult | null;
	/** `--before URL`: another build measured in the same run (map idle, first visit with the service worker). */
	before?: { url: string; idle_ms: number; idle_ratio: number; first_visit_gz: number };
	machine: { cpus: number; memory_gb: number; free_gb: number; date: string; runs: number; clicks: number };
}

const quantiles = (values: number[]): Quantiles => ({
	p50: quantile(values, 0.5),
	p95: quantile(values, 0.95)
});
const medianOrNull = (values: (number | null)[]) => {
	const present = values.filter((v): v is number => v !== null);
	return present.length ? median(present) : null;
};

export function table(r: BenchResult): string {
	const ms = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v)} ms`);
	const kb = (v: number) => `${(v / 1024).toFixed(0)} KB`;
	const sc = (v: number | null) => (v === null ? 'n/a' : String(Math.round(v * 100)));
	const rows: [string, string, string][] = [
		['navigation to map idle, pointer moved at load (median)', ms(r.idle_ms.app), ms(r.idle_ms.floor)],
		['  app / floor', `${r.idle_ratio.toFixed(2)}x`, ''],
		['first contentful paint (untouched)', ms(r.fcp_ms.app), ms(r.fcp_ms.floor)],
		['largest contentful paint (untouched)', ms(r.lcp_ms.app), ms(r.lcp_ms.floor)],
		['  its element', r.lcp_element.app ?? 'n/a', r.lcp_element.floor ?? 'n/a'],
		['click to panel heading p50 / p95', `${ms(r.click_ms.p50)} / ${ms(r.click_ms.p95)}`, ''],
		['  to heading painted', `${ms(r.click_paint_ms.p50)} / ${ms(r.click_paint_ms.p95)}`, ''],
		['  to whole panel (passages)', `${ms(r.click_full_ms.p50)} / ${ms(r.click_full_ms.p95)}`, ''],
		['first-load bytes, gzip (untouched)', kb(r.bytes_gz.app), kb(r.bytes_gz.floor)],
		['  and once the map has started', kb(r.bytes_gz_map.app), kb(r.bytes_gz_map.floor)],
		[
			'SVG first map in the HTML, raw / gzip',
			`${kb(r.first_map_bytes.raw)} / ${kb(r.first_map_bytes.gz)}`,
			''
		]
	];
	if (r.lighthouse)
		for (const preset of ['desktop', 'mobile'] as const)
			for (const cat of ['performance', 'accessibility', 'best-practices', 'seo'] as const)
				rows.push([
					`lighthouse ${preset} ${cat}`,
					sc(r.lighthouse[preset].app[cat]),
					sc(r.lighthouse[preset].floor[cat])
				]);
	const width = Math.max(...rows.map((row) => row[0].length));
	return [
		`${'measure'.padEnd(width)}  ${'app'.padStart(18)}  ${'floor'.padStart(10)}`,
		...rows.map(([name, app, floor]) => `${name.padEnd(width)}  ${app.padStart(18)}  ${floor.padStart(10)}`)
	].join('\n');
}

/** Medians and quantiles of the runs, with the machine they ran on. */
export function summarise(
	{ touched, untouched }: Loads,
	clickTimes: ClickTime[],
	extra: {
		firstMap: BenchResult['first_map_bytes'];
		lighthouse: BenchResult['lighthouse'];
		reader: ReaderBenchResult | null;
		runs: number;
	}
): BenchResult {
	const idle = {
		app: median(touched.app.map((l) => l.idle)),
		floor: median(touched.floor.map((l) => l.idle))
	};
	/** The element most runs named. */
	const usual = (runs: LoadRun[]) => {
		const counts = new Map<string | null, number>();
		for (const r of runs) counts.set(r.lcpElement, (counts.get(r.lcpElement) ?? 0) + 1);
		return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
	};
	return {
		idle_ms: idle,
		idle_ratio: idle.app / idle.floor,
		fcp_ms: {
			app: medianOrNull(untouched.app.map((l) => l.fcp)),
			floor: medianOrNull(untouched.floor.map((l) => l.fcp))
		},
		lcp_ms: {
			app: medianOrNull(untouched.app.map((l) => l.lcp)),
			floor: medianOrNull(untouched.floor.map((l) => l.lcp))
		},
		lcp_element: { app: usual(untouched.app), floor: usual(untouched.floor) },
		click_ms: quantiles(clickTimes.map((c) => c.heading)),
		click_paint_ms: quantiles(clickTimes.map((c) => c.paint)),
		click_full_ms: quantiles(clickTimes.map((c) => c.full)),
		bytes_gz: {
			app: median(untouched.app.map((l) => l.bytesGz)),
			floor: median(untouched.floor.map((l) => l.bytesGz))
		},
		bytes_gz_map: {
			app: median(touched.app.map((l) => l.bytesGz)),
			floor: median(touched.floor.map((l) => l.bytesGz))
		},
		first_map_bytes: extra.firstMap,
		lighthouse: extra.lighthouse,
		reader: extra.reader,
		machine: {
			cpus: cpus().length,
			memory_gb: Math.round(totalmem() / 2 ** 30),
			free_gb: Math.round(freemem() / 2 ** 30),
			date: new Date().toISOString(),
			runs: extra.runs,
			clicks: clickTimes.length
		}
	};
}
