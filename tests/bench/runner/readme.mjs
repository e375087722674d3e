// The README writer: Parley's rows of a results file as the README's Performance table, written
// between its benchmark-table markers.
import fs from 'node:fs';
import path from 'node:path';
import { PHASES } from './measure.mjs';
import { FLOOR, PROJECT } from './options.mjs';
import { machineLine, writeFormatted } from './report.mjs';

const README = path.join(PROJECT, 'README.md');
const README_START = /<!-- benchmark-table:start[^>]*-->/;
const README_END = '<!-- benchmark-table:end -->';

/** The README's Performance table: Parley's medians per size, from a results file. */
function readmeTable(result) {
	const { meta, summary } = result;
	const ref = meta.options.ref;
	const rows = summary.filter((s) => s.target === 'parley');
	if (!rows.length) throw new Error('--readme: these results have no parley rows');
	const refRows = new Map(summary.filter((s) => s.target === ref).map((s) => [s.n, s]));
	const ms = (s, key) => {
		if (s.timedOut === key) return `over ${meta.options.timeoutS} s`;
		const x = s.ms[key];
		return x ? `${Math.round(x.median).toLocaleString('en-US')} ms` : '–';
	};
	const times = (x) => `${x.toFixed(x >= 10 ? 0 : 1)}x`;
	// The slowest operation's speed-up (vis-timeline's median ÷ Parley's), and which one it is.
	const speedup = (s, measure = 'ms') => {
		const r = refRows.get(s.n);
		if (!r || ref === 'parley') return '–';
		let slowest = null;
		for (const p of PHASES) {
			const mine = s[measure]?.[p.key]?.median;
			if (!mine) continue;
			const theirs = r[measure]?.[p.key]?.median;
			const ratio = theirs
				? theirs / mine
				: r.timedOut || r.skipped
					? (meta.options.timeoutS * 1000) / mine
					: null;
			if (ratio === null) continue;
			if (!slowest || ratio < slowest.ratio) slowest = { ratio, label: p.label, over: !theirs };
		}
		if (!slowest) return '–';
		return `${slowest.over ? 'over ' : ''}${times(slowest.ratio)} (${slowest.label})`;
	};
	// Every other view caught up: the slowest of filter and zoom.
	const caughtUp = (s) => {
		const values = ['filterHide', 'filterShow', 'zoomIn', 'zoomOut']
			.map((key) => s.msSettled?.[key]?.median)
			.filter((x) => Number.isFinite(x));
		return values.length ? `${Math.round(Math.max(...values)).toLocaleString('en-US')} ms` : '–';
	};
	// Long tasks are those of 50 ms or more: none is reported as such.
	const afterPaint = (s) =>
		!s.maxLongTaskAfterPaint
			? '–'
			: s.maxLongTaskAfterPaint.median < 50
				? 'none over 50 ms'
				: `${Math.round(s.maxLongTaskAfterPaint.median).toLocaleString('en-US')} ms`;
	// The frame floor: a page that only writes a line of text per step, in the same run.
	const floorMs = summary
		.filter((s) => s.target === FLOOR)
		.flatMap((s) => ['filterHide', 'filterShow', 'zoomIn', 'zoomOut'].map((k) => s.ms[k]?.median))
		.filter((x) => Number.isFinite(x))
		.sort((a, b) => a - b);
	const floor = floorMs.length
		? `A page that does nothing but write one line of text per step takes ${Math.round(floorMs[0])}–${Math.round(floorMs[floorMs.length - 1])} ms for a filter or a zoom in the same run (\`frame-floor\`): no timeline can measure less. `
		: '';
	const lines = [
		`Latest published run: ${meta.date.slice(0, 10)}, on ${machineLine(meta)}; medians of ${meta.options.reps} fresh pages ` +
			`(${meta.options.largeReps} from ${meta.options.largeN.toLocaleString('en-US')} events). ` +
			`Load, filter and zoom: until the timeline's new frame is painted. "Others caught up": the slowest filter or zoom until the network, table and overview have followed too. ` +
			`"Longest task after first paint": the longest the page was blocked once the loaded data was on screen (the goal is under 200 ms). ` +
			`"vs vis-timeline": the smallest speed-up over vis-timeline ${meta.versions['vis-timeline'] ?? ''} across the five operations, on the same data in the same run; ` +
			`first in time until painted (which includes waiting for the display's frames: two frame intervals, about 30 ms, even for a page that does nothing, so small differences there are frame waits), ` +
			`then in main-thread processor time until the page is idle again (the other views' work included, frame waits and other programs left out). ` +
			floor +
			`All tables: \`docs/benchmark/latest.md\`.`,
		'',
		'| events | load | filter one actor | filter all | zoom in | zoom out | others caught up | JS heap | page elements | longest task after first paint | vs vis-timeline, time (slowest operation) | vs vis-timeline, processor time (slowest operation) |',
		'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
		...rows.map(
			(s) =>
				`| ${s.n.toLocaleString('en-US')} | ${ms(s, 'load')} | ${ms(s, 'filterHide')} | ${ms(s, 'filterShow')} | ${ms(s, 'zoomIn')} | ${ms(s, 'zoomOut')} | ${caughtUp(s)} | ` +
				`${s.heapMB ? `${s.heapMB.median.toFixed(0)} MB` : '–'} | ${s.domElements ? Math.round(s.domElements.median).toLocaleString('en-US') : '–'} | ` +
				`${afterPaint(s)} | ${speedup(s)} | ${speedup(s, 'cpuUntilIdle')} |`
		)
	];
	return lines.join('\n');
}

/** Replaces the table between the README's benchmark-table markers. */
export async function updateReadme(result) {
	const readme = fs.readFileSync(README, 'utf8');
	const start = readme.match(README_START);
	const end = readme.indexOf(README_END);
	if (!start || end < 0) throw new Error('README.md has no benchmark-table markers');
	const from = start.index + start[0].length;
	await writeFormatted(
		README,
		`${readme.slice(0, from)}\n\n${readmeTable(result)}\n\n${readme.slice(end)}`
	);
	console.error(`README.md: Performance table updated from the run of ${result.meta.date}`);
}
