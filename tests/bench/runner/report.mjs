// Reporting: statistics over the raw runs, the Markdown tables (with the goals and the ratios to
// the reference target) and the results files.
import fs from 'node:fs';
import * as prettier from 'prettier';
import { renderNetworkTables } from '../networkScenario.mjs';
import { AFTER_PAINT, PHASES } from './measure.mjs';
import { FLOOR } from './options.mjs';

function stats(values) {
	const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (!v.length) return null;
	const mid = v.length >> 1;
	const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
	return { median, min: v[0], max: v[v.length - 1], n: v.length };
}

const fmtNum = (x, digits) =>
	x >= 100 || digits === 0 ? Math.round(x).toString() : x.toFixed(digits ?? 1);
function cell(s, digits, showRange = true) {
	if (!s) return '–';
	const m = fmtNum(s.median, digits);
	if (!showRange || s.n === 1) return s.n === 1 ? `${m} (n=1)` : m;
	return `${m} (${fmtNum(s.min, digits)}–${fmtNum(s.max, digits)})`;
}

export function summarize(runs, targets, ns) {
	const out = [];
	for (const t of targets) {
		for (const n of ns) {
			const rs = runs.filter((r) => r.target === t.name && r.n === n && !r.skipped);
			const skipped = runs.filter((r) => r.target === t.name && r.n === n && r.skipped);
			if (!rs.length && !skipped.length) continue;
			const s = {
				target: t.name,
				n,
				runs: rs.length,
				okRuns: rs.filter((r) => r.ok).length,
				ms: {}
			};
			for (const p of PHASES) s.ms[p.key] = stats(rs.map((r) => r.ms[p.key]));
			s.msDrained = {};
			for (const p of PHASES) s.msDrained[p.key] = stats(rs.map((r) => r.msDrained?.[p.key]));
			s.msSettled = {};
			for (const p of PHASES) s.msSettled[p.key] = stats(rs.map((r) => r.msSettled?.[p.key]));
			s.cpu = {};
			for (const p of PHASES) s.cpu[p.key] = stats(rs.map((r) => r.cpu?.[p.key]));
			s.cpuUntilIdle = {};
			for (const p of PHASES) s.cpuUntilIdle[p.key] = stats(rs.map((r) => r.cpuUntilIdle?.[p.key]));
			const okRs = rs.filter((r) => r.heap);
			s.heapMB = stats(okRs.map((r) => r.heap.usedSize / 2 ** 20));
			s.embedderHeapMB = stats(okRs.map((r) => (r.heap.embedderHeapUsedSize ?? NaN) / 2 ** 20));
			s.heapDeltaMB = stats(okRs.map((r) => (r.heap.usedSize - r.heapBase.usedSize) / 2 ** 20));
			s.domElements = stats(okRs.map((r) => r.dom.elements));
			s.domNodes = stats(okRs.map((r) => r.dom.nodes));
			s.maxLongTask = stats(rs.filter((r) => r.ok).map((r) => r.maxLongTask));
			s.longTaskMaxByPhase = {};
			for (const key of [...PHASES.map((p) => p.key), 'loadAfterPaint'])
				s.longTaskMaxByPhase[key] = stats(rs.filter((r) => r.ok).map((r) => r.longTasks[key]?.max));
			s.maxLongTaskAfterPaint = stats(rs.filter((r) => r.ok).map((r) => r.maxLongTaskAfterPaint));
			const timeouts = rs.filter((r) => r.timedOut);
			s.timedOut = timeouts.length ? timeouts[0].timedOut : null;
			s.skipped = skipped.length ? skipped[0].skipped : null;
			s.errors = [...new Set(rs.filter((r) => r.error && !r.timedOut).map((r) => r.error))];
			// responsive = once the loaded page is painted, the median run had no long task over
			// 200 ms (issue 8's definition: the page never freezes); also count runs that had one
			s.runsWithLongTaskOver200 = rs.filter((r) => r.ok && r.maxLongTaskAfterPaint > 200).length;
			s.responsive = s.okRuns ? s.maxLongTaskAfterPaint.median <= 200 : false;
			out.push(s);
		}
	}
	return out;
}

export function table(header, rows) {
	const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
	const line = (r) =>
		`| ${r.map((c, i) => (i < 2 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join(' | ')} |`;
	return [
		line(header),
		`|${w.map((x, i) => (i < 2 ? ':' : '-') + '-'.repeat(x) + (i < 2 ? '-' : ':')).join('|')}|`,
		...rows.map(line)
	].join('\n');
}

function timingCell(s, key, timeoutS) {
	if (s.timedOut === key) return `TIMEOUT (>${timeoutS}s)`;
	const idx = PHASES.findIndex((p) => p.key === key);
	const toIdx = s.timedOut ? PHASES.findIndex((p) => p.key === s.timedOut) : -1;
	if (toIdx >= 0 && idx > toIdx && !s.ms[key]) return 'not reached';
	if (s.skipped && !s.ms[key]) return 'skipped';
	return cell(s.ms[key], 0);
}

// The goals of issue 8 (2-core machine, headless Chromium, medians), checked on Parley's rows:
// ms for load, filter (hide and show) and zoom (in and out); after the first paint no task over
// 200 ms at 100,000; at most "a few thousand" (here 5,000) DOM elements at any N; from 10,000
// events on, at least 10x faster than vis-timeline on every operation.
const GOALS = {
	target: 'parley',
	ms: {
		10000: { load: 250, filter: 60, zoom: 50 },
		100000: { load: 1000, filter: 150, zoom: 100 }
	},
	longTaskAfterPaint: { 100000: 200 },
	maxDomElements: 5000,
	minSpeedup: { fromN: 10000, factor: 10 }
};

function renderGoals(summary, refName, timeoutS) {
	const rows = summary.filter((s) => s.target === GOALS.target && s.okRuns);
	if (!rows.length) return null;
	const refRows = new Map(summary.filter((s) => s.target === refName).map((s) => [s.n, s]));
	const floorRows = new Map(summary.filter((s) => s.target === FLOOR).map((s) => [s.n, s]));
	// When the goal asks for less time than a page that does nothing takes (the frame floor), say so.
	const belowFloor = (r, floor, key) => {
		const needed = (r.ms[key]?.median ?? NaN) / GOALS.minSpeedup.factor;
		const least = floor?.ms[key]?.median;
		return least && needed < least
			? `: ${Math.round(needed)} ms, below the ${Math.round(least)} ms of ${FLOOR}`
			: '';
	};
	const judge = (value, limit, unit = ' ms') =>
		value == null
			? '–'
			: `${Math.round(value)}${unit} ${value <= limit ? '✓' : `✗ (goal ≤ ${limit}${unit})`}`;
	const worst = (s, keys) => Math.max(...keys.map((k) => s.ms[k]?.median ?? NaN));
	const out = rows.map((s) => {
		const g = GOALS.ms[s.n];
		const lt = GOALS.longTaskAfterPaint[s.n];
		const afterPaint = AFTER_PAINT.map((k) => s.longTaskMaxByPhase[k]?.median ?? 0);
		const r = refRows.get(s.n);
		let speed = '–';
		if (s.n >= GOALS.minSpeedup.fromN && r && refName !== GOALS.target) {
			const f = PHASES.map((p) => {
				if (!s.ms[p.key]) return NaN;
				const refMs = r.ms[p.key]?.median ?? (r.timedOut || r.skipped ? timeoutS * 1000 : NaN);
				return refMs / s.ms[p.key].median;
			});
			const min = Math.min(...f);
			speed = Number.isFinite(min)
				? `${min.toFixed(1)}x ${min >= GOALS.minSpeedup.factor ? '✓' : `✗ (goal ≥ ${GOALS.minSpeedup.factor}x${belowFloor(r, floorRows.get(s.n), PHASES[f.indexOf(min)].key)})`}`
				: '–';
		}
		return [
			s.target,
			s.n,
			g ? judge(s.ms.load?.median, g.load) : '–',
			g ? judge(worst(s, ['filterHide', 'filterShow']), g.filter) : '–',
			g ? judge(worst(s, ['zoomIn', 'zoomOut']), g.zoom) : '–',
			lt ? judge(Math.max(...afterPaint), lt) : '–',
			judge(s.domElements?.median, GOALS.maxDomElements, ''),
			speed
		];
	});
	return [
		`Goals (issue 8), medians: load / worst filter / worst zoom under the goal at 10,000 and 100,000; no task over 200 ms after the first paint at 100,000; at most ${GOALS.maxDomElements} DOM elements; from ${GOALS.minSpeedup.fromN} events at least ${GOALS.minSpeedup.factor}x faster than ${refName} on every operation (slowest ratio shown)`,
		table(
			[
				'target',
				'N',
				'load',
				'filter',
				'zoom',
				'longest task after paint',
				'DOM elements',
				`slowest speed-up vs ${refName}`
			],
			out
		)
	].join('\n');
}

/** The tables of a summary; `timeoutS` is the per-operation timeout the runs had. */
export function renderTables(summary, refName, timeoutS) {
	const parts = [];
	parts.push(
		'Timings, ms: median (min–max) over fresh pages; each = __bench call -> its promise resolved after paint'
	);
	parts.push(
		table(
			['target', 'N', ...PHASES.map((p) => p.label), 'runs'],
			summary.map((s) => [
				s.target,
				s.n,
				...PHASES.map((p) => timingCell(s, p.key, timeoutS)),
				s.skipped && !s.runs
					? `skipped: ${s.skipped}`
					: `${s.okRuns}/${s.runs}${s.errors.length ? ' ERR' : ''}`
			])
		)
	);
	const withSettled = summary.filter((s) => PHASES.some((p) => s.msSettled?.[p.key]));
	if (withSettled.length) {
		parts.push('');
		parts.push(
			"All views caught up, ms: median (min–max) from the call until every linked view (network, table, overview) has followed and been painted (`__bench.settled()`, beyond the protocol; the timings above are the timeline's frame)"
		);
		parts.push(
			table(
				['target', 'N', ...PHASES.map((p) => p.label)],
				withSettled.map((s) => [
					s.target,
					s.n,
					...PHASES.map((p) => (s.msSettled?.[p.key] ? cell(s.msSettled[p.key], 0) : '–'))
				])
			)
		);
	}
	parts.push('');
	parts.push(
		'Until idle, ms: median (min–max) from the call until frames flow again for good (no frame interval >= 50 ms after it): adds work deferred past the promise (follow-up redraws, raster)'
	);
	parts.push(
		table(
			['target', 'N', ...PHASES.map((p) => p.label)],
			summary.map((s) => [
				s.target,
				s.n,
				...PHASES.map((p) =>
					s.msDrained?.[p.key] ? cell(s.msDrained[p.key], 0) : timingCell(s, p.key, timeoutS)
				)
			])
		)
	);
	parts.push('');
	parts.push(
		'Memory, DOM and responsiveness (after load; heap after forced GC, dataset handed over released)'
	);
	parts.push(
		table(
			[
				'target',
				'N',
				'JS heap MB',
				'Blink heap MB',
				'DOM elements',
				'DOM nodes',
				'max long task ms',
				'max LT per phase load/after its paint/hide/show/in/out (ok = ≤200)',
				'responsive after first paint'
			],
			summary.map((s) => [
				s.target,
				s.n,
				cell(s.heapMB, 1),
				cell(s.embedderHeapMB, 1, false),
				cell(s.domElements, 0, false),
				cell(s.domNodes, 0, false),
				cell(s.maxLongTask, 0),
				s.okRuns
					? ['load', ...AFTER_PAINT]
							.map((key) => {
								const x = s.longTaskMaxByPhase[key];
								return x ? (x.median > 200 ? Math.round(x.median) : 'ok') : '–';
							})
							.join(' / ')
					: '–',
				s.okRuns
					? `${s.responsive ? 'yes' : 'NO'}${s.runsWithLongTaskOver200 > 0 && s.runsWithLongTaskOver200 < s.okRuns ? ` (${s.runsWithLongTaskOver200}/${s.okRuns} runs >200)` : ''}`
					: '–'
			])
		)
	);
	const ref = refName;
	const refRows = new Map(summary.filter((s) => s.target === ref).map((s) => [s.n, s]));
	const others = summary.filter((s) => s.target !== ref);
	if (refRows.size && others.length) {
		parts.push('');
		parts.push(
			`Speed-up vs ${ref}: ${ref} median ÷ target median per operation (10x = ten times faster than ${ref}; ` +
				`>Nx: ${ref} exceeded the ${timeoutS}s timeout); JS heap and DOM elements as target ÷ ${ref} (<1 = smaller)`
		);
		const fmt = (x) => `${x.toFixed(x >= 10 ? 0 : 1)}x`;
		const ratio = (a, b) => (a && b && b.median > 0 ? fmt(a.median / b.median) : '–');
		// Did the reference not finish this phase within the timeout (here, or at a smaller N)?
		const refTimedOut = (r, key) => {
			if (r.skipped && /timed out/.test(r.skipped) && !r.ms[key]) return true;
			if (!r.timedOut) return false;
			return (
				PHASES.findIndex((p) => p.key === key) >= PHASES.findIndex((p) => p.key === r.timedOut) &&
				!r.ms[key]
			);
		};
		parts.push(
			table(
				['target', 'N', ...PHASES.map((p) => p.label), 'JS heap', 'DOM elements'],
				others.map((s) => {
					const r = refRows.get(s.n);
					if (!r) return [s.target, s.n, ...PHASES.map(() => '–'), '–', '–'];
					return [
						s.target,
						s.n,
						...PHASES.map((p) => {
							const mine = s.ms[p.key];
							if (refTimedOut(r, p.key))
								return mine ? `>${fmt((timeoutS * 1000) / mine.median)}` : '–';
							if (s.timedOut === p.key)
								return r.ms[p.key] ? `<${fmt(r.ms[p.key].median / (timeoutS * 1000))}` : '–';
							return ratio(r.ms[p.key], mine);
						}),
						ratio(s.heapMB, r.heapMB),
						ratio(s.domElements, r.domElements)
					];
				})
			)
		);
	}
	const withCpu = summary.filter((s) => PHASES.some((p) => s.cpuUntilIdle?.[p.key]));
	if (withCpu.length) {
		parts.push('');
		parts.push(
			"Main-thread CPU, ms: median (min–max) of the renderer main thread's CPU time (CDP Performance.getMetrics TaskDuration, thread ticks) from the call until the page is idle again: " +
				'work deferred past the promise and linked views included, the frame clock and other processes excluded. ' +
				(refRows.size ? `Speed-up = ${ref} ÷ target.` : '')
		);
		parts.push(
			table(
				['target', 'N', ...PHASES.map((p) => p.label), ...(refRows.size ? ['speed-up'] : [])],
				withCpu.map((s) => {
					const r = s.target === ref ? null : refRows.get(s.n);
					const ups = r
						? PHASES.map((p) => {
								const a = r.cpuUntilIdle?.[p.key];
								const b = s.cpuUntilIdle?.[p.key];
								return a && b && b.median > 0 ? a.median / b.median : null;
							}).filter((x) => x !== null)
						: [];
					return [
						s.target,
						s.n,
						...PHASES.map((p) => cell(s.cpuUntilIdle?.[p.key], 0)),
						...(refRows.size
							? [
									ups.length
										? `${ups.map((x) => `${x.toFixed(x >= 10 ? 0 : 1)}x`).join(' / ')}`
										: '–'
								]
							: [])
					];
				})
			)
		);
	}
	const goals = renderGoals(summary, ref, timeoutS);
	if (goals) parts.push('', goals);
	return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The harness itself keeps ~1-1.5 cores busy; a 1-min load average above cores + 1 means other
// processes competed for the CPU during the run.
export function noiseWarning(meta) {
	const m = meta.host.maxLoad1DuringRuns;
	return m != null && m > meta.host.cpus + 1
		? `WARNING: host 1-min load average reached ${m.toFixed(1)} on ${meta.host.cpus} cores during the runs: other processes competed for the CPU, absolute numbers are inflated and noisy (ratios of interleaved runs hold up better). Rerun on a quiet host (--wait-quiet 600).`
		: null;
}

/** One line on the machine, for the tables' header. */
export function machineLine(meta) {
	const h = meta.host;
	return (
		`${h.cpuModel ?? 'unknown CPU'}, ${h.cpus} cores, ${h.memGB} GB, load average ${h.loadavg.map((x) => x.toFixed(2)).join(' ')} at the start; ` +
		`Chromium ${meta.chromium} (headless, ${meta.viewport.width}×${meta.viewport.height}); Node ${meta.node}; ${h.platform ?? ''}`.trim()
	);
}

/** The app's initial JavaScript against the budget, in one line. */
export function initialJsLine(meta) {
	const j = meta.initialJs;
	if (!j) return 'Initial JavaScript: not measured';
	if (j.error) return `Initial JavaScript: not measured (${j.error})`;
	return (
		`Initial JavaScript of the app (every script until the page is ready, gzipped): ${(j.totalGzipBytes / 1000).toFixed(1)} kB ` +
		`(${(j.totalBytes / 1000).toFixed(1)} kB raw, ${j.scripts.length} scripts); budget ${(j.budgetGzipBytes / 1000).toFixed(0)} kB: ${j.withinBudget ? 'within' : 'OVER'}`
	);
}

export function markdown(meta, text, network = null) {
	const o = meta.options;
	const w = noiseWarning(meta);
	return (
		`# Parley benchmark ${meta.date}\n\nMachine: ${machineLine(meta)}\n\n${initialJsLine(meta)}\n\n` +
		`seed ${o.seed}, ` +
		`reps ${o.reps} (${o.largeReps} for N>=${o.largeN}), op timeout ${o.timeoutS}s, wall ${Math.round(meta.elapsedS)}s` +
		`${meta.host.maxLoad1DuringRuns != null ? `, max host load average ${meta.host.maxLoad1DuringRuns.toFixed(1)}` : ''}\n\n` +
		(w ? `**${w}**\n\n` : '') +
		`targets: ${meta.targets.map((t) => `${t.name} = ${t.url}${t.info ? ` ${JSON.stringify(t.info)}` : ''}`).join('; ')}\n\n` +
		text.replace(
			/^(Timings|All views caught up|Until idle|Memory|Speed-up|Goals)(.*)$/gm,
			'### $1$2\n'
		) +
		(network ? `\n${renderNetworkTables(network).replace(/^(Network.*)$/gm, '### $1')}` : '') +
		'\n'
	);
}

/** Writes a results file formatted as the project's Prettier config wants, so it can be committed as it is. */
export async function writeFormatted(file, content) {
	const options = (await prettier.resolveConfig(file)) ?? {};
	fs.writeFileSync(file, await prettier.format(content, { ...options, filepath: file }));
}
