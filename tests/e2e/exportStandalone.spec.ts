/**
 * Standalone proof: each fixture view's exported file, drawn by rsvg-convert outside any
 * browser, looks like the chart in the app. Over the chart's drawn area (the export's header
 * and credit aside) at most 1% of the pixels may differ, both over the whole area and within
 * every 64×64 tile; a moved mark or a lost label must break that bound.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { moveMark, removeLabel } from '../helpers/alterExport';
import {
	compareImages,
	cropImage,
	encodePng,
	locateChart,
	type Comparison,
	type Image
} from '../helpers/chartPixels';
import {
	EXPORT_VIEWS,
	VIEWPORT,
	exportSvg,
	openView,
	renderWithRsvg,
	screenshotChart,
	writeText,
	type ExportView
} from './exportViews';

/** Percent of pixels that may differ, over the whole area and within any tile. */
const LIMIT = 1;
/** pixelmatch's colour threshold: above its strict 0.1, as two rasterisers are compared. */
const THRESHOLD = 0.2;
/** KEEP_PICTURES=1 keeps both crops and the diff of every comparison in test-results/. */
const KEEP_PICTURES = process.env.KEEP_PICTURES === '1';

function withinLimit(comparison: Comparison): boolean {
	return comparison.percent <= LIMIT && comparison.worstTile.percent <= LIMIT;
}

test.use({ viewport: VIEWPORT, colorScheme: 'light' });

/** Draws `svgPath` with rsvg-convert and compares the chart in it with the app's chart. */
function compareWithScreen(
	svgPath: string,
	svgText: string,
	screen: Image,
	testInfo: TestInfo,
	label: string,
	expectFailure = false
): Comparison {
	const placement = locateChart(svgText, screen);
	const rendered = renderWithRsvg(
		svgPath,
		placement.origin,
		testInfo.outputPath(`${label}-rsvg.png`)
	);
	const { area } = placement;
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
		writeFileSync(testInfo.outputPath(`${label}-rsvg-chart.png`), encodePng(fromFile));
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

async function exportAndPicture(page: Page, view: ExportView) {
	await openView(page, view);
	const file = await exportSvg(page, view);
	const screen = await screenshotChart(page, view);
	return { file, screen };
}

for (const view of EXPORT_VIEWS) {
	test(`the ${view.name} view (/${view.query}) drawn from its export by rsvg-convert matches the app within ${LIMIT}%`, async ({
		page
	}, testInfo) => {
		const { file, screen } = await exportAndPicture(page, view);
		const comparison = compareWithScreen(file.path, file.text, screen, testInfo, view.name);
		report(testInfo, view.name, comparison);
		expect(comparison.percent, describe(comparison)).toBeLessThanOrEqual(LIMIT);
		expect(comparison.worstTile.percent, describe(comparison)).toBeLessThanOrEqual(LIMIT);
	});
}

const FAULTS = [
	{ view: EXPORT_VIEWS.find((v) => v.name === 'timeline')!, marks: 'marks' },
	{ view: EXPORT_VIEWS.find((v) => v.name === 'network-geo')!, marks: 'nodes' }
];

for (const { view, marks } of FAULTS) {
	test(`the comparison fails for the ${view.name} view when a mark is moved 15 px or a label is lost`, async ({
		page
	}, testInfo) => {
		const { file, screen } = await exportAndPicture(page, view);

		const moved = moveMark(file.text, marks, 15);
		const movedPath = writeText(testInfo.outputPath('moved-mark.svg'), moved.text);
		const afterMove = compareWithScreen(
			movedPath,
			moved.text,
			screen,
			testInfo,
			'moved-mark',
			true
		);
		report(testInfo, `${view.name}, ${moved.moved} moved 15 px`, afterMove);
		expect(afterMove.worstTile.percent, describe(afterMove)).toBeGreaterThan(LIMIT);
		expect(withinLimit(afterMove)).toBe(false);

		const lost = removeLabel(file.text, 'labels');
		const lostPath = writeText(testInfo.outputPath('lost-label.svg'), lost.text);
		const afterLoss = compareWithScreen(lostPath, lost.text, screen, testInfo, 'lost-label', true);
		report(testInfo, `${view.name}, label “${lost.removed}” deleted`, afterLoss);
		expect(afterLoss.worstTile.percent, describe(afterLoss)).toBeGreaterThan(LIMIT);
		expect(withinLimit(afterLoss)).toBe(false);
	});
}
