/**
 * Golden snapshots of the exported SVG for fixture views: the file, normalised
 * (tests/helpers/normaliseSvgSnapshot.ts), must equal tests/snapshots/export-<view>.svg.
 * After an intended change to the export or the charts, regenerate them with
 * `npm run snapshots:update` and review the diff before committing it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { normaliseSvgSnapshot } from '../helpers/normaliseSvgSnapshot';
import { EXPORT_VIEWS, VIEWPORT, exportSvg, openView } from './exportViews';

const SNAPSHOTS = 'tests/snapshots';
/** The clock stands still on a day that no event in the dataset has, so only the export can name it. */
const EXPORT_DAY = '2030-06-15';
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';
const HOW_TO_UPDATE =
	'create or update it with `npm run snapshots:update` (UPDATE_SNAPSHOTS=1), then review the diff';

test.use({ viewport: VIEWPORT, colorScheme: 'light' });
// Opening a view, settling the network and exporting it took up to 30 s on a busy shared machine.
test.describe.configure({ timeout: 60_000 });

/** The first line where two texts part, with a little context; '' when they are equal. */
function firstDifference(expected: string, actual: string): string {
	if (expected === actual) return '';
	const a = expected.split('\n');
	const b = actual.split('\n');
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	const clip = (line: string | undefined) =>
		line === undefined ? '(end of file)' : line.length > 300 ? `${line.slice(0, 300)}…` : line;
	return `line ${i + 1}:\n  snapshot: ${clip(a[i])}\n  export:   ${clip(b[i])}`;
}

for (const view of EXPORT_VIEWS) {
	test(`the export of the ${view.name} view (/${view.query}) matches its golden snapshot`, async ({
		page
	}, testInfo) => {
		await page.clock.setFixedTime(new Date(`${EXPORT_DAY}T12:00:00Z`));
		await openView(page, view);
		const file = await exportSvg(page, view);
		expect(file.name).toBe(`parley-${view.chart}-${EXPORT_DAY}.svg`);
		const actual = normaliseSvgSnapshot(file.text, { exportDate: EXPORT_DAY });
		const path = `${SNAPSHOTS}/export-${view.name}.svg`;

		if (UPDATE) {
			mkdirSync(SNAPSHOTS, { recursive: true });
			writeFileSync(path, actual);
			testInfo.annotations.push({ type: 'snapshot', description: `wrote ${path}` });
			return;
		}
		if (!existsSync(path)) throw new Error(`no golden snapshot at ${path}: ${HOW_TO_UPDATE}.`);
		const expected = readFileSync(path, 'utf8');
		if (expected !== actual) {
			writeFileSync(testInfo.outputPath(`export-${view.name}.svg`), actual);
		}
		expect(
			firstDifference(expected, actual),
			`the export differs from ${path} (the new one is in this test's output folder); if the change is intended, ${HOW_TO_UPDATE}`
		).toBe('');
	});
}
