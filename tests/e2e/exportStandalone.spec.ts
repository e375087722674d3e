/**
 * Standalone proof: each fixture view's exported file, drawn outside any browser by two real
 * clients, librsvg (`rsvg-convert`) and Inkscape (`inkscape --export-type=png`, as an editor
 * opens it), looks like the chart in the app. Over the chart's drawn area (the export's header
 * and credit aside) at most 1% of the pixels may differ over the whole area, and 2% within
 * any 64×64 tile (text anti-aliasing); a moved mark, a lost label or paint that Inkscape reads as black must break
 * that bound. Exports are drawn in the light theme: one made from the dark theme is the same
 * file. Each file also keeps to a size budget (a regression guard on the pruning).
 *
 * Inkscape takes seconds to start, so every file is exported first (beforeAll) and drawn in one
 * run of it; the tests then compare.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Browser, type TestInfo } from '@playwright/test';
import { moveMark, removeLabel, alphaAsRgba } from '../helpers/alterExport';
import {
	compareImages,
	cropImage,
	encodePng,
	locateChart,
	type Comparison,
	type Image
} from '../helpers/chartPixels';
import { lintStandaloneSvg } from '../helpers/lintStandaloneSvg';
import { normaliseSvgSnapshot } from '../helpers/normaliseSvgSnapshot';
import {
	EXPORT_VIEWS,
	VIEWPORT,
	exportSvg,
	openView,
	renderWithInkscape,
	renderWithRsvg,
	screenshotChart,
	writeText,
	type ExportView
} from './exportViews';

/** Percent of pixels that may differ over the whole area. */
const LIMIT = 1;
/**
 * Percent of pixels that may differ within any 64×64 tile. Two rasterisers anti-alias text
 * differently, and a tile packed with two-line labels differs by 1.0–1.2 % with nothing wrong;
 * a moved mark or a lost label differs by several percent in its tile.
 */
const TILE_LIMIT = 2;
/** pixelmatch's colour threshold: above its strict 0.1, as two rasterisers are compared. */
const THRESHOLD = 0.2;
/** KEEP_PICTURES=1 keeps both crops and the diff of every comparison in test-results/. */
const KEEP_PICTURES = process.env.KEEP_PICTURES === '1';

/**
 * Most bytes each view's export may take, a regression guard. The bundled timeline was 142 KB
 * before its styles were pruned; a third of that is its bound. The map views carry the
 * basemap's country paths (about 60 KB); the real-shaped timeline has two-line labels, threads
 * and announcement ticks. Each has about a sixth of headroom.
 */
const BUDGET: Record<string, number> = {
	timeline: 47_000,
	'timeline-actor-sau': 14_000,
	'timeline-lanes-category': 36_000,
	'network-force': 33_000,
	'network-geo': 105_000,
	'real-shaped-timeline': 65_000,
	'real-shaped-network-geo': 74_000
};

type Client = 'rsvg' | 'inkscape';

interface Rendered {
	image: Image;
	origin: { x: number; y: number };
}

interface Exported {
	view: ExportView;
	path: string;
	text: string;
	/** The export made with the page in the dark theme. */
	darkText: string;
	screen: Image;
	renders: Record<Client, Rendered>;
}

/** Faulty copies of exports, drawn in the same Inkscape run. */
interface Fault {
	label: string;
	view: ExportView;
	path: string;
	text: string;
	renders: Record<Client, Rendered>;
}

const exported = new Map<string, Exported>();
const faults = new Map<string, Fault>();

test.describe.configure({ mode: 'default' });

async function exportView(browser: Browser, view: ExportView, colorScheme: 'light' | 'dark') {
	const context = await browser.newContext({
		viewport: VIEWPORT,
		colorScheme,
		baseURL: test.info().project.use.baseURL,
		timezoneId: 'UTC',
		locale: 'en-GB'
	});
	try {
		const page = await context.newPage();
		await openView(page, view);
		const file = await exportSvg(page, view);
		const screen = colorScheme === 'light' ? await screenshotChart(page, view) : null;
		return { file, screen };
	} finally {
		await context.close();
	}
}

test.beforeAll(async ({ browser }, testInfo) => {
	testInfo.setTimeout(300_000);
	const pending: {
		view: ExportView;
		path: string;
		text: string;
		darkText: string;
		screen: Image;
	}[] = [];
	for (const view of EXPORT_VIEWS) {
		const light = await exportView(browser, view, 'light');
		const dark = await exportView(browser, view, 'dark');
		pending.push({
			view,
			path: writeText(testInfo.outputPath(`${view.name}.svg`), light.file.text),
			text: light.file.text,
			darkText: dark.file.text,
			screen: light.screen!
		});
	}
	const faulty = [
		{ view: 'timeline', label: 'moved-mark', alter: (t: string) => moveMark(t, 'marks', 15).text },
		{ view: 'timeline', label: 'lost-label', alter: (t: string) => removeLabel(t, 'labels').text },
		{
			view: 'network-geo',
			label: 'moved-mark',
			alter: (t: string) => moveMark(t, 'nodes', 15).text
		},
		{
			view: 'network-geo',
			label: 'lost-label',
			alter: (t: string) => removeLabel(t, 'labels').text
		},
		{ view: 'timeline', label: 'rgba', alter: (t: string) => alphaAsRgba(t).text }
	].map(({ view, label, alter }) => {
		const source = pending.find((p) => p.view.name === view)!;
		const text = alter(source.text);
		return {
			label,
			view: source.view,
			text,
			path: writeText(testInfo.outputPath(`${view}-${label}.svg`), text)
		};
	});

	const files = [...pending, ...faulty];
	// Where each chart lies in its file; the screenshot gives the chart's size.
	const origins = files.map((file) => {
		const screen = pending.find((p) => p.view === file.view)!.screen;
		return locateChart(file.text, screen).origin;
	});
	const started = Date.now();
	const inkscape = renderWithInkscape(
		files.map((file, i) => ({
			svgPath: file.path,
			origin: origins[i]!,
			pngPath: file.path.replace(/\.svg$/, '-inkscape.png')
		}))
	);
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	console.log(`Inkscape drew ${files.length} files in one run: ${seconds} s`);
	files.forEach((file, i) => {
		const renders = {
			rsvg: renderWithRsvg(file.path, origins[i]!, file.path.replace(/\.svg$/, '-rsvg.png')),
			inkscape: inkscape[i]!
		};
		if ('screen' in file) exported.set(file.view.name, { ...file, renders });
		else faults.set(`${file.view.name}/${file.label}`, { ...file, renders });
	});
});

function withinLimit(comparison: Comparison): boolean {
	return comparison.percent <= LIMIT && comparison.worstTile.percent <= TILE_LIMIT;
}

/** Compares the chart in a file's rendering with the app's chart. */
function compareWithScreen(
	svgText: string,
	rendered: Rendered,
	screen: Image,
	testInfo: TestInfo,
	label: string,
	expectFailure = false
): Comparison {
	const { area } = locateChart(svgText, screen);
	expect(area.height, 'the chart area between header and credit').toBeGreaterThan(100);
	const fromFile = cropImage(rendered.image, {
		...area,
		x: rendered.origin.x + area.x,
		y: rendered.origin.y + area.y
	});
	const fromScreen = cropImage(screen, area);
	const comparison = compareImages(fromFile, fromScreen, { threshold: THRESHOLD });
	// Encoding large PNGs takes a while: the pictures are kept when asked for or when needed.
	if (KEEP_PICTURES || !withinLimit(comparison) !== expectFailure) {
		writeFileSync(testInfo.outputPath(`${label}-file-chart.png`), encodePng(fromFile));
		writeFileSync(testInfo.outputPath(`${label}-screen-chart.png`), encodePng(fromScreen));
		writeFileSync(testInfo.outputPath(`${label}-diff.png`), encodePng(comparison.diff));
	}
	return comparison;
}

function describe(comparison: Comparison): string {
	const tile = comparison.worstTile;
	return (
		`${comparison.percent.toFixed(3)}% of ${comparison.total} pixels differ; ` +
		`worst 64×64 tile ${tile.percent.toFixed(2)}% at (${tile.x}, ${tile.y})`
	);
}

function report(testInfo: TestInfo, label: string, comparison: Comparison) {
	const line = `${label}: ${describe(comparison)}`;
	testInfo.annotations.push({ type: 'pixels', description: line });
	console.log(line);
}

const CLIENTS: { client: Client; name: string }[] = [
	{ client: 'rsvg', name: 'rsvg-convert' },
	{ client: 'inkscape', name: 'Inkscape' }
];

for (const view of EXPORT_VIEWS) {
	for (const { client, name } of CLIENTS) {
		test(`the ${view.name} view (/${view.query}) drawn from its export by ${name} matches the app within ${LIMIT}%`, async ({
			browserName: _
		}, testInfo) => {
			const file = exported.get(view.name)!;
			const comparison = compareWithScreen(
				file.text,
				file.renders[client],
				file.screen,
				testInfo,
				`${view.name}-${client}`
			);
			report(testInfo, `${view.name}, ${name}`, comparison);
			expect(comparison.percent, describe(comparison)).toBeLessThanOrEqual(LIMIT);
			expect(comparison.worstTile.percent, describe(comparison)).toBeLessThanOrEqual(TILE_LIMIT);
		});
	}

	test(`the ${view.name} view passes the lint, is the same file exported from the dark theme, and keeps to its size budget`, async ({
		browserName: _
	}, testInfo) => {
		const file = exported.get(view.name)!;
		expect(lintStandaloneSvg(file.text)).toEqual([]);
		expect(normaliseSvgSnapshot(file.darkText)).toBe(normaliseSvgSnapshot(file.text));
		const bytes = Buffer.byteLength(file.text);
		testInfo.annotations.push({ type: 'size', description: `${view.name}: ${bytes} bytes` });
		console.log(`${view.name}: ${bytes} bytes (budget ${BUDGET[view.name]})`);
		expect(bytes, `${view.name}'s export in bytes`).toBeLessThanOrEqual(BUDGET[view.name]!);
	});
}

for (const [key, clients] of [
	['timeline/moved-mark', CLIENTS],
	['timeline/lost-label', CLIENTS],
	['network-geo/moved-mark', CLIENTS],
	['network-geo/lost-label', CLIENTS]
] as const) {
	for (const { client, name } of clients) {
		test(`the ${name} comparison fails for ${key.replace('/', ': a ')}`, async ({
			browserName: _
		}, testInfo) => {
			const fault = faults.get(key)!;
			const screen = exported.get(fault.view.name)!.screen;
			const comparison = compareWithScreen(
				fault.text,
				fault.renders[client],
				screen,
				testInfo,
				`${key.replace('/', '-')}-${client}`,
				true
			);
			report(testInfo, `${key}, ${name}`, comparison);
			expect(comparison.worstTile.percent, describe(comparison)).toBeGreaterThan(TILE_LIMIT);
			expect(withinLimit(comparison)).toBe(false);
		});
	}
}

test('paint with alpha written as CSS rgba() passes rsvg-convert but fails the Inkscape comparison', async ({
	browserName: _
}, testInfo) => {
	const fault = faults.get('timeline/rgba')!;
	const screen = exported.get('timeline')!.screen;
	const rsvg = compareWithScreen(fault.text, fault.renders.rsvg, screen, testInfo, 'rgba-rsvg');
	const inkscape = compareWithScreen(
		fault.text,
		fault.renders.inkscape,
		screen,
		testInfo,
		'rgba-inkscape',
		true
	);
	report(testInfo, 'alpha as rgba(), rsvg-convert', rsvg);
	report(testInfo, 'alpha as rgba(), Inkscape', inkscape);
	expect(withinLimit(rsvg), describe(rsvg)).toBe(true);
	expect(withinLimit(inkscape), describe(inkscape)).toBe(false);
});
