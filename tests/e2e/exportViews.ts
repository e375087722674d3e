/**
 * The fixture views whose exports are kept as golden snapshots and drawn outside the browser,
 * and the steps shared by those tests: open a view, export it, picture it, render the file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { alignToPixels, decodePng, type Image } from '../helpers/chartPixels';
import { gotoApp } from './app';
import { openRealShaped } from './realShaped';

export interface ExportView {
	/** File-name-safe name: the snapshot is tests/snapshots/export-<name>.svg. */
	name: string;
	/** The chart's `data-chart` name. */
	chart: 'timeline' | 'network';
	/** The query string that sets up the view. */
	query: string;
	/** Opened with the real-shaped fixture (through the file picker) instead of the bundled data. */
	realShaped?: boolean;
}

export const EXPORT_VIEWS: ExportView[] = [
	{ name: 'timeline', chart: 'timeline', query: '' },
	{ name: 'timeline-actor-sau', chart: 'timeline', query: '?actors=sau' },
	{ name: 'timeline-lanes-category', chart: 'timeline', query: '?lanes=category' },
	{ name: 'network-force', chart: 'network', query: '?layout=force' },
	{ name: 'network-geo', chart: 'network', query: '?layout=geo' },
	{ name: 'real-shaped-timeline', chart: 'timeline', query: '', realShaped: true },
	{ name: 'real-shaped-network-geo', chart: 'network', query: '?layout=geo', realShaped: true }
];

/**
 * Wide enough for the charts' desktop layout and tall enough that both charts are on screen
 * at once, so nothing scrolls and nothing sticky lies over a chart in a screenshot.
 */
export const VIEWPORT = { width: 1280, height: 3600 };

const GROUP = { timeline: 'Export the timeline', network: 'Export the mediation network' };

/** Opens the view with the pointer parked in the page's top-left corner, away from the charts. */
export async function openView(page: Page, view: ExportView) {
	await gotoApp(page, `/${view.query}`);
	if (view.realShaped) await openRealShaped(page, { navigate: false });
	const svg = page.locator(`svg[data-chart="${view.chart}"]`);
	await expect(svg).toBeVisible();
	await page.evaluate(() => document.fonts.ready);
	await page.mouse.move(0, 0);
	return svg;
}

/** Clicks "Export SVG" and returns the downloaded file, then parks the pointer again. */
export async function exportSvg(page: Page, view: ExportView) {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page
			.getByRole('group', { name: GROUP[view.chart] })
			.getByRole('button', { name: 'Export SVG' })
			.click()
	]);
	await page.mouse.move(0, 0);
	const path = await download.path();
	return { path, text: readFileSync(path, 'utf8'), name: download.suggestedFilename() };
}

/** A screenshot of exactly the chart's <svg>, as the app shows it now. */
export async function screenshotChart(page: Page, view: ExportView): Promise<Image> {
	const svg = page.locator(`svg[data-chart="${view.chart}"]`);
	const box = await svg.evaluate((element) => {
		const rect = element.getBoundingClientRect();
		return {
			x: rect.left,
			y: rect.top,
			width: Number(element.getAttribute('width')),
			height: Number(element.getAttribute('height')),
			viewport: { width: innerWidth, height: innerHeight },
			scrolled: scrollX !== 0 || scrollY !== 0
		};
	});
	expect(box.scrolled, 'the page must not scroll for the screenshot').toBe(false);
	expect(
		box.y + box.height,
		`the ${view.chart} must fit in the viewport; make VIEWPORT taller`
	).toBeLessThanOrEqual(box.viewport.height);
	// Chromium puts an <svg> that starts between pixels on the nearest whole one.
	const png = await page.screenshot({
		clip: { x: Math.round(box.x), y: Math.round(box.y), width: box.width, height: box.height },
		animations: 'disabled',
		caret: 'hide',
		// Buttons laid over the chart (the timeline's "← 2 earlier") are page controls, not chart:
		// the export leaves them out, so the picture it is compared with does too.
		style: '[data-edge] { visibility: hidden !important; }'
	});
	return decodePng(png);
}

/**
 * Draws an exported file with rsvg-convert, outside any browser. The page is one pixel larger
 * and the drawing moved by under a pixel so that the chart's origin falls on a whole pixel,
 * as it does on screen; returns where it fell.
 */
export function renderWithRsvg(svgPath: string, origin: { x: number; y: number }, pngPath: string) {
	const text = readFileSync(svgPath, 'utf8');
	const size = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(text);
	if (!size) throw new Error(`${svgPath} has no width and height`);
	const aligned = alignToPixels(origin);
	execFileSync('rsvg-convert', [
		'--format=png',
		`--page-width=${Math.ceil(Number(size[1])) + 1}`,
		`--page-height=${Math.ceil(Number(size[2])) + 1}`,
		`--left=${aligned.left.toFixed(3)}`,
		`--top=${aligned.top.toFixed(3)}`,
		`--output=${pngPath}`,
		svgPath
	]);
	return { image: decodePng(readFileSync(pngPath)), origin: aligned.origin };
}

export interface InkscapeJob {
	svgPath: string;
	/** Where the chart's origin lies in the file (see renderWithRsvg). */
	origin: { x: number; y: number };
	pngPath: string;
}

/**
 * Draws exported files with Inkscape (`inkscape file.svg --export-type=png`), all in one run of
 * it, as it takes seconds to start: placed as renderWithRsvg places them, on a page one pixel
 * larger with the chart's origin on a whole pixel. Returns each picture and where the origin fell.
 */
export function renderWithInkscape(jobs: InkscapeJob[]) {
	const actions: string[] = [];
	const placed = jobs.map((job) => {
		for (const path of [job.svgPath, job.pngPath]) {
			if (/[;:]/.test(path)) throw new Error(`Inkscape actions cannot name ${path}`);
		}
		const text = readFileSync(job.svgPath, 'utf8');
		const size = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(text);
		if (!size) throw new Error(`${job.svgPath} has no width and height`);
		const width = Math.ceil(Number(size[1])) + 1;
		const height = Math.ceil(Number(size[2])) + 1;
		const aligned = alignToPixels(job.origin);
		// The exported area starts left of and above the page by the shift renderWithRsvg adds.
		const x0 = -aligned.left;
		const y0 = -aligned.top;
		actions.push(
			`file-open:${job.svgPath}`,
			`export-area:${x0.toFixed(3)}:${y0.toFixed(3)}:${(x0 + width).toFixed(3)}:${(y0 + height).toFixed(3)}`,
			`export-width:${width}`,
			`export-height:${height}`,
			`export-filename:${job.pngPath}`,
			'export-do',
			'file-close'
		);
		return aligned.origin;
	});
	execFileSync('inkscape', [`--actions=${actions.join(';')}`], {
		stdio: ['ignore', 'ignore', 'pipe']
	});
	return jobs.map((job, i) => ({
		image: decodePng(readFileSync(job.pngPath)),
		origin: placed[i]!
	}));
}

/** Writes text to a file and returns its path. */
export function writeText(path: string, text: string): string {
	writeFileSync(path, text);
	return path;
}
