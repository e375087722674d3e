#!/usr/bin/env node
// Parley's benchmark: `npm run bench` (see README.md beside this file and the README's
// "Performance" section).
//
// Adapted from the shared timeline benchmark harness (shared/bench/run.mjs, window.__bench
// protocol v1): the same matrix, in-page instrumentation, settle rule, statistics and tables,
// plus what Parley needs: it builds the app, serves `build-bench/` (a build made with VITE_PARLEY_BENCH=1) with sirv next to the vis-timeline
// target page, measures the app's initial JavaScript (the same check as tests/e2e/jsBudget.spec.ts),
// records the machine, and prints how many times faster than vis-timeline each target is.
//
//   npm run bench                                   # full matrix: parley + vis-timeline, N = 100..100000
//   npm run bench -- --ns 100,1000 --reps 1         # quick
//   npm run bench -- --no-build --targets parley    # the current build-bench/, Parley only
//   npm run bench -- --only network                 # only the network scenario (networkScenario.mjs)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './server.mjs';
import { generateDataset } from './lib/dataset.mjs';
import { renderNetworkTables, runNetworkScenario } from './networkScenario.mjs';
import { renderOpenTable, runOpenScenario } from './openScenario.mjs';
import { ACLED_ROWS, runAcledScenario } from './acledScenario.mjs';
import {
	buildApp,
	INIT_SCRIPT,
	LAUNCH_ARGS,
	launch,
	measureInitialJs,
	runOnce,
	serveApp,
	sleep
} from './runner/measure.mjs';
import { parseOptions, PROJECT } from './runner/options.mjs';
import { updateReadme } from './runner/readme.mjs';
import {
	initialJsLine,
	machineLine,
	markdown,
	noiseWarning,
	renderTables,
	summarize,
	writeFormatted
} from './runner/report.mjs';

const pkgVersion = (name) => {
	try {
		return JSON.parse(
			fs.readFileSync(path.join(PROJECT, 'node_modules', name, 'package.json'), 'utf8')
		).version;
	} catch {
		return null;
	}
};

async function report(file, opts) {
	const result = JSON.parse(fs.readFileSync(file, 'utf8'));
	const { meta } = result;
	result.summary = summarize(result.runs, meta.targets, meta.options.ns);
	const loads = result.runs.filter((r) => r.hostLoad1 != null).map((r) => r.hostLoad1);
	if (loads.length) meta.host.maxLoad1DuringRuns = Math.max(...loads);
	const text = renderTables(result.summary, meta.options.ref, meta.options.timeoutS);
	await writeFormatted(file, JSON.stringify(result));
	await writeFormatted(file.replace(/\.json$/, '.md'), markdown(meta, text, result.network));
	console.log(`Machine: ${machineLine(meta)}\n${initialJsLine(meta)}\n`);
	console.log(text);
	if (result.network) console.log(`\n${renderNetworkTables(result.network)}`);
	const w = noiseWarning(meta);
	if (w) console.log(`\n${w}`);
	if (opts.readme) await updateReadme(result);
}

/**
 * Builds if asked, runs the large-file scenario (or the ACLED one) alone and writes
 * bench/results (or --out) open.json (acled.json).
 */
async function onlyOpen(opts, log, scenario = 'open') {
	buildApp(opts.build, log);
	const app = await serveApp();
	const browser = await launch(opts);
	const loadBefore = os.loadavg();
	let open;
	try {
		const common = {
			browser,
			appOrigin: app.origin,
			reps: Math.min(opts.networkReps, 3),
			seed: opts.seed,
			log
		};
		open =
			scenario === 'acled'
				? await runAcledScenario({ ...common, rows: opts.acledRows ?? ACLED_ROWS })
				: await runOpenScenario({ ...common, events: opts.openEvents });
	} finally {
		await browser.close().catch(() => {});
		await app.close();
	}
	open.meta = {
		date: new Date().toISOString(),
		chromium: browser.version(),
		loadavg: loadBefore,
		loadavgAtEnd: os.loadavg()
	};
	fs.mkdirSync(opts.out, { recursive: true });
	const jsonPath = path.join(opts.out, `${scenario}.json`);
	await writeFormatted(jsonPath, JSON.stringify(open));
	console.log(renderOpenTable(open, scenario === 'acled' ? 'ACLED export' : 'file'));
	console.log(
		`host load average ${loadBefore.map((x) => x.toFixed(2)).join(' ')} at the start; results: ${path.relative(process.cwd(), jsonPath)}`
	);
}

/** Builds if asked, runs the network scenario alone and writes it into the existing results. */
async function onlyNetwork(opts, log) {
	buildApp(opts.build, log);
	const app = await serveApp();
	const browser = await launch(opts);
	const loadBefore = os.loadavg();
	let network;
	try {
		network = await runNetworkScenario({
			browser,
			appOrigin: app.origin,
			initScript: INIT_SCRIPT,
			reps: opts.networkReps,
			seed: opts.seed,
			log
		});
	} finally {
		await browser.close().catch(() => {});
		await app.close();
	}
	network.meta = {
		date: new Date().toISOString(),
		chromium: browser.version(),
		loadavg: loadBefore,
		loadavgAtEnd: os.loadavg()
	};
	const jsonPath = path.join(opts.out, 'latest.json');
	const previous = fs.existsSync(jsonPath) ? JSON.parse(fs.readFileSync(jsonPath, 'utf8')) : null;
	if (previous?.meta && previous.summary) {
		// The timeline tables stay as they were; only the network section is replaced.
		const result = previous;
		result.network = network;
		await writeFormatted(jsonPath, JSON.stringify(result));
		const text = renderTables(
			result.summary,
			result.meta.options.ref,
			result.meta.options.timeoutS
		);
		await writeFormatted(path.join(opts.out, 'latest.md'), markdown(result.meta, text, network));
	} else {
		fs.mkdirSync(opts.out, { recursive: true });
		await writeFormatted(jsonPath, JSON.stringify({ network }));
		await writeFormatted(
			path.join(opts.out, 'latest.md'),
			`# Parley benchmark ${network.meta.date}\n\n${renderNetworkTables(network).replace(/^(Network.*)$/gm, '### $1')}`
		);
	}
	console.log(renderNetworkTables(network));
	console.log(
		`host load average ${loadBefore.map((x) => x.toFixed(2)).join(' ')} at the start; results: ${path.relative(process.cwd(), jsonPath)} (+ latest.md)`
	);
}

async function main() {
	const opts = parseOptions(process.argv.slice(2));
	if (opts.report) return report(opts.report, opts);
	const log = (...a) => console.error(...a);
	if (opts.waitQuiet > 0) {
		const until = Date.now() + opts.waitQuiet * 1000;
		while (os.loadavg()[0] >= 1 && Date.now() < until) {
			log(`waiting for a quiet host: 1-min load average ${os.loadavg()[0].toFixed(2)}`);
			await sleep(15000);
		}
	}
	if (opts.only === 'network') return onlyNetwork(opts, log);
	if (opts.only === 'open') return onlyOpen(opts, log);
	if (opts.only === 'acled') return onlyOpen(opts, log, 'acled');
	const started = Date.now();
	const hostAtStart = { loadavg: os.loadavg() };
	buildApp(opts.build && opts.targetList.some((t) => t.server === 'app'), log);
	const srv = await startServer();
	const app = await serveApp();
	const state = { origins: { harness: srv.origin, app: app.origin }, browser: await launch(opts) };
	const chromiumVersion = state.browser.version();
	const initialJs = await measureInitialJs(state.browser, app.origin);
	log(
		initialJs.error
			? `initial JavaScript: ${initialJs.error}`
			: `initial JavaScript:\n${initialJs.report}`
	);
	log(
		`chromium ${chromiumVersion} | app ${app.origin} | harness ${srv.origin} | targets ${opts.targetList.map((t) => t.name).join(', ')} | N ${opts.ns.join(', ')} | reps ${opts.reps} (${opts.largeReps} for N>=${opts.largeN})`
	);

	const datasets = new Map();
	const getDataset = (n) => {
		if (!datasets.has(n)) {
			const d = generateDataset(n, opts.seed);
			datasets.set(n, { d, json: JSON.stringify(d) });
		}
		return datasets.get(n);
	};

	// warm-up: one untimed small run per target; also validates the protocol
	const broken = new Map();
	if (opts.warmup) {
		const n = Math.min(100, ...opts.ns);
		const { d, json } = getDataset(n);
		for (const t of opts.targetList) {
			const r = await runOnce(state, t, n, d, json, opts);
			if (!r.ok) {
				broken.set(t.name, r.error || r.timedOut);
				log(`warm-up FAILED for ${t.name}: ${r.error}`);
			} else log(`warm-up ${t.name}: ok (${r.info ? JSON.stringify(r.info) : 'no info()'})`);
		}
	}

	const runs = [];
	const deadAt = new Map(); // target -> smallest N that timed out
	for (const n of opts.ns) {
		const reps = n >= opts.largeN ? opts.largeReps : opts.reps;
		const { d, json } = getDataset(n);
		for (let rep = 1; rep <= reps; rep++) {
			for (const t of opts.targetList) {
				// interleaved: machine noise hits all targets alike
				if (broken.has(t.name)) {
					if (rep === 1)
						runs.push({ target: t.name, n, skipped: `warm-up failed: ${broken.get(t.name)}` });
					continue;
				}
				if (deadAt.has(t.name)) {
					const m = deadAt.get(t.name);
					runs.push({
						target: t.name,
						n,
						rep,
						skipped: m === n ? 'earlier rep timed out' : `timed out at N=${m}`
					});
					continue;
				}
				const t0 = Date.now();
				const r = await runOnce(state, t, n, d, json, opts);
				r.rep = rep;
				runs.push(r);
				const f = (k) => (r.ms[k] != null ? Math.round(r.ms[k]) : '-');
				log(
					`[N=${n} rep ${rep}/${reps}] ${t.name.padEnd(22)} load ${f('load')} hide ${f('filterHide')} show ${f('filterShow')} in ${f('zoomIn')} out ${f('zoomOut')} ms` +
						(r.heap
							? ` | heap ${(r.heap.usedSize / 2 ** 20).toFixed(1)}MB dom ${r.dom.elements}`
							: '') +
						(r.ok ? ` | maxLT ${Math.round(r.maxLongTask)}ms` : '') +
						(r.timedOut ? ` | TIMEOUT in ${r.timedOut}` : '') +
						(r.error && !r.timedOut ? ` | ERROR ${r.error}` : '') +
						` (${((Date.now() - t0) / 1000).toFixed(1)}s)`
				);
				if (r.timedOut) deadAt.set(t.name, n);
			}
		}
	}
	let network = null;
	if (opts.network && opts.targetList.some((t) => t.name === 'parley')) {
		network = await runNetworkScenario({
			browser: state.browser,
			appOrigin: app.origin,
			initScript: INIT_SCRIPT,
			reps: opts.networkReps,
			seed: opts.seed,
			log
		});
	}
	await state.browser.close().catch(() => {});
	await srv.close();
	await app.close();

	const summary = summarize(runs, opts.targetList, opts.ns);
	const refName = opts.targetList.some((t) => t.name === opts.ref)
		? opts.ref
		: opts.targetList[0].name;
	const text = renderTables(summary, refName, opts.timeout);
	const elapsed = (Date.now() - started) / 1000;

	fs.mkdirSync(opts.out, { recursive: true });
	const result = {
		meta: {
			date: new Date().toISOString(),
			elapsedS: elapsed,
			chromium: chromiumVersion,
			playwrightCore: pkgVersion('playwright-core'),
			versions: {
				'vis-timeline': pkgVersion('vis-timeline'),
				'vis-data': pkgVersion('vis-data'),
				d3: pkgVersion('d3')
			},
			node: process.version,
			host: {
				cpus: os.cpus().length,
				cpuModel: os.cpus()[0]?.model,
				memGB: Math.round(os.totalmem() / 2 ** 30),
				loadavg: hostAtStart.loadavg,
				loadavgAtEnd: os.loadavg(),
				platform: `${os.type()} ${os.release()} ${os.arch()}`,
				maxLoad1DuringRuns: Math.max(
					0,
					...runs.filter((r) => r.hostLoad1 != null).map((r) => r.hostLoad1)
				)
			},
			initialJs: initialJs.error ? { error: initialJs.error } : { ...initialJs, report: undefined },
			launchArgs: LAUNCH_ARGS,
			viewport: { width: 1280, height: 800 },
			options: {
				ns: opts.ns,
				reps: opts.reps,
				largeN: opts.largeN,
				largeReps: opts.largeReps,
				seed: opts.seed,
				timeoutS: opts.timeout,
				zoomIn: opts.zoomIn,
				ref: refName
			},
			targets: opts.targetList.map((t) => ({
				name: t.name,
				url: t.url,
				server: t.server,
				info: runs.find((r) => r.target === t.name && r.info)?.info ?? null
			})),
			metrics:
				'ms.* = in-page performance.now() from calling __bench.<op> to its promise resolving (after the frame with the change was painted); ' +
				'heap = CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage; dom = elements / all nodes in document; ' +
				'longTasks.<phase> = PerformanceObserver longtask entries ending between the phase start and the end of its settle window'
		},
		summary,
		runs,
		...(network ? { network } : {})
	};
	const jsonPath = path.join(opts.out, 'latest.json');
	await writeFormatted(jsonPath, JSON.stringify(result));
	const md = markdown(result.meta, text, network);
	await writeFormatted(path.join(opts.out, 'latest.md'), md);
	if (opts.readme) await updateReadme(result);

	console.log(`Machine: ${machineLine(result.meta)}`);
	console.log(initialJsLine(result.meta));
	console.log('');
	console.log(text);
	if (network) console.log(`\n${renderNetworkTables(network)}`);
	const w = noiseWarning(result.meta);
	if (w) console.log(`\n${w}`);
	console.log(
		`\nwall time ${elapsed.toFixed(0)}s; max host load average ${result.meta.host.maxLoad1DuringRuns.toFixed(1)}; results: ${path.relative(process.cwd(), jsonPath)} (+ latest.md)`
	);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
