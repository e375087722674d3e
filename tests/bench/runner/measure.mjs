// Measuring: the in-page instrumentation, one run of a target (load, filter, zoom) in a fresh
// page, and the app build the runs are served from.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import sirv from 'sirv';
import { checkJsBudget, collectInitialScripts } from '../../helpers/jsBudget.ts';
import { PROJECT } from './options.mjs';

// in-page instrumentation (installed before any page script runs)
export const INIT_SCRIPT = `(() => {
  if (window.__benchHarness) return;
  const H = window.__benchHarness = { lt: [], loaf: [], obs: [] };
  const add = (list) => (entries) => { for (const e of entries) list.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration || 0 }); };
  for (const [type, list] of [['longtask', H.lt], ['long-animation-frame', H.loaf]]) {
    try {
      if (!PerformanceObserver.supportedEntryTypes.includes(type)) continue;
      const push = add(list);
      const o = new PerformanceObserver((l) => push(l.getEntries()));
      o.observe({ type, buffered: true });
      H.obs.push([o, push]);
    } catch (e) {}
  }
  H.supported = { longtask: PerformanceObserver.supportedEntryTypes.includes('longtask'),
                  loaf: PerformanceObserver.supportedEntryTypes.includes('long-animation-frame') };
  H.flush = () => { for (const [o, push] of H.obs) push(o.takeRecords()); };
  H.run = async (op, args) => {
    const b = window.__bench;
    const t0 = performance.now();
    if (op === 'load') await b.load(window.__benchData);
    else await b[op](...args);
    const t1 = performance.now();
    // Beyond the protocol: a page whose linked views follow after the measured frame says when
    // they have caught up (Parley: network, table, overview).
    if (typeof b.settled !== 'function') return { t0, t1, t2: null };
    await b.settled();
    return { t0, t1, t2: performance.now() };
  };
  // wait until minMs after sinceT and until no long task ended within the last quietMs (capped)
  // Settle after an operation (t0 = its start, t1 = its promise resolved): wait until minMs after t0,
  // no long task ended within the last quietMs, and the last 3 frame intervals were < 50 ms (frames
  // flow again: deferred redraws and the raster of a big frame are done). Meanwhile a rAF loop
  // records frame times; drained = end of the last slow (>= 50 ms) frame interval after t1, i.e.
  // when the page became idle and smooth for good (t1 if it never stalled).
  H.settle = async (t0, t1, minMs, quietMs, capMs) => {
    const frames = [];
    let stop = false;
    const loop = () => { if (stop) return; frames.push(performance.now()); requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
    try {
      for (;;) {
        await new Promise((r) => setTimeout(r, 50));
        H.flush();
        const now = performance.now();
        if (now - t0 >= capMs) break;
        let lastEnd = 0;
        for (const e of H.lt) lastEnd = Math.max(lastEnd, e.start + e.duration);
        if (now - t0 < minMs || now - lastEnd < quietMs) continue;
        const k = frames.length;
        if (k >= 4 && frames[k - 1] - frames[k - 2] < 50 && frames[k - 2] - frames[k - 3] < 50 && frames[k - 3] - frames[k - 4] < 50) break;
      }
    } finally { stop = true; }
    let drained = t1;
    for (let i = 1; i < frames.length; i++) if (frames[i] - frames[i - 1] >= 50) drained = Math.max(drained, frames[i]);
    return { end: performance.now(), drained };
  };
  H.dom = () => {
    let nodes = 0;
    const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    while (w.nextNode()) nodes++;
    return { elements: document.getElementsByTagName('*').length, nodes };
  };
})();`;

/** Long-task windows after the loaded page was first painted. */
export const AFTER_PAINT = ['loadAfterPaint', 'filterHide', 'filterShow', 'zoomIn', 'zoomOut'];

export const PHASES = [
	{ key: 'load', label: 'load' },
	{ key: 'filterHide', label: 'filter hide 7/8' },
	{ key: 'filterShow', label: 'filter show all' },
	{ key: 'zoomIn', label: 'zoom in 1 mo' },
	{ key: 'zoomOut', label: 'zoom out 2 yr' }
];

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
class OpTimeout extends Error {}
function withTimeout(p, ms, what) {
	let timer;
	return Promise.race([
		p.finally(() => clearTimeout(timer)),
		new Promise((_, rej) => {
			timer = setTimeout(() => rej(new OpTimeout(`${what} exceeded ${ms / 1000}s`)), ms);
		})
	]);
}

export const LAUNCH_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export async function launch(opts) {
	return chromium.launch({ executablePath: opts.chromium, headless: true, args: LAUNCH_ARGS });
}

function targetUrl(t, origins, n, seed) {
	const u = new URL(t.url, origins[t.server]);
	u.searchParams.set('n', String(n));
	u.searchParams.set('seed', String(seed));
	u.searchParams.set('bench', '1');
	return u.href;
}

// ---------------------------------------------------------------------------------------------
// one run = fresh browser context + page: load, filter hide/show, zoom in/out
export async function runOnce(state, t, n, dataset, datasetJson, opts) {
	const opMs = opts.timeout * 1000;
	const rec = {
		target: t.name,
		n,
		ok: false,
		timedOut: null,
		error: null,
		ms: {},
		longTasks: {},
		loaf: {},
		hostLoad1: os.loadavg()[0]
	};
	const ctx = await state.browser.newContext({
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1
	});
	let page;
	const teardown = async () => {
		const closed = await Promise.race([
			ctx.close().then(
				() => true,
				() => false
			),
			sleep(15000).then(() => false)
		]);
		if (!closed) {
			// renderer stuck: throw the whole browser away
			await Promise.race([state.browser.close().catch(() => {}), sleep(15000)]);
			state.browser = await launch(opts);
		}
	};
	try {
		await ctx.addInitScript(INIT_SCRIPT);
		page = await ctx.newPage();
		const pageErrors = [];
		page.on('pageerror', (e) => pageErrors.push(String(e.message || e)));
		rec.pageErrors = pageErrors;
		const cdp = await ctx.newCDPSession(page);
		// main-thread CPU time (thread ticks, so other processes on the host do not count)
		await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
		const mainThreadMs = async () =>
			1000 *
			(await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
				.value;
		rec.url = targetUrl(t, state.origins, n, opts.seed);
		await page.goto(rec.url, { waitUntil: 'load', timeout: 30000 });
		await page
			.waitForFunction(
				() => {
					const b = window.__bench;
					return (
						b &&
						typeof b.load === 'function' &&
						typeof b.filter === 'function' &&
						typeof b.zoom === 'function'
					);
				},
				null,
				{ timeout: 30000, polling: 50 }
			)
			.catch((e) => {
				throw new Error(
					`no window.__bench with load/filter/zoom within 30 s of the load event${pageErrors.length ? ` (page error: ${pageErrors[0]})` : ''}`,
					{ cause: e }
				);
			});
		rec.info = await page
			.evaluate(() => (typeof window.__bench.info === 'function' ? window.__bench.info() : null))
			.catch(() => null);
		rec.chromeFeatures = await page.evaluate(
			() => window.__benchHarness && window.__benchHarness.supported
		);

		// baseline heap of the empty page, then hand the data set over (not timed)
		await cdp.send('HeapProfiler.collectGarbage');
		rec.heapBase = await cdp.send('Runtime.getHeapUsage');
		await page.evaluate((s) => {
			window.__benchData = JSON.parse(s);
		}, datasetJson);
		await page.evaluate(
			() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
		);

		const actorIds = dataset.actors.map((a) => a.id);
		const ops = [
			['load', 'load', []],
			['filterHide', 'filter', [[actorIds[0]]]],
			['filterShow', 'filter', [actorIds]],
			['zoomIn', 'zoom', opts.zoomIn],
			['zoomOut', 'zoom', [dataset.range.start, dataset.range.end]]
		];
		const windows = [];
		for (const [key, op, args] of ops) {
			if (key !== 'load') {
				// start every phase from the same clean state: no GC debt (concurrent marking, sweeping)
				// left over from the previous phase, and just after a frame began. The load phase and
				// filterHide (right after the post-load heap measurement) already follow a forced GC.
				if (key !== 'filterHide')
					await withTimeout(cdp.send('HeapProfiler.collectGarbage'), opMs, `${key} gc`);
				await page.evaluate(
					() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
				);
			}
			let r;
			const cpuBefore = await mainThreadMs();
			try {
				r = await withTimeout(
					page.evaluate(([o, a]) => window.__benchHarness.run(o, a), [op, args]),
					opMs,
					key
				);
			} catch (e) {
				if (e instanceof OpTimeout) {
					rec.timedOut = key;
					rec.error = e.message;
					break;
				}
				throw e;
			}
			rec.ms[key] = r.t1 - r.t0;
			const cpuReturned = await mainThreadMs();
			if (r.t2 !== null) {
				rec.msSettled = rec.msSettled || {};
				rec.msSettled[key] = r.t2 - r.t0;
			}
			// let trailing async work (deferred redraws, resize watchers...) finish before the next step;
			// it is attributed to this phase's long-task window. After load wait >= 1.2 s (vis-timeline's
			// resize watcher polls every 1 s).
			const st = await withTimeout(
				page.evaluate(
					([a, b, min]) => window.__benchHarness.settle(a, b, min, 250, 15000),
					[r.t0, r.t1, key === 'load' ? 1200 : 250]
				),
				opMs,
				`${key} settle`
			);
			rec.msDrained = rec.msDrained || {};
			rec.msDrained[key] = st.drained - r.t0; // until frames flow again (deferred work + raster)
			// Main-thread CPU the operation cost: until its promise resolved (and, for a page with
			// settled(), its linked views caught up), and until the page was idle again (deferred work
			// included; the settle's own rAF loop adds about 0.4 ms a frame to both targets).
			const cpuIdle = await mainThreadMs();
			rec.cpu = rec.cpu || {};
			rec.cpu[key] = cpuReturned - cpuBefore;
			rec.cpuUntilIdle = rec.cpuUntilIdle || {};
			rec.cpuUntilIdle[key] = cpuIdle - cpuBefore;
			windows.push([key, r.t0, st.end]);
			// What ran after the loaded page was painted (linked views drawing their first state):
			// the page is on screen then, so these tasks count as blocking it.
			if (key === 'load') windows.push(['loadAfterPaint', r.t1, st.end]);
			if (key === 'load') {
				await page.evaluate(() => {
					delete window.__benchData;
				});
				await cdp.send('HeapProfiler.collectGarbage');
				rec.heap = await cdp.send('Runtime.getHeapUsage');
				rec.dom = await page.evaluate(() => window.__benchHarness.dom());
				const c = await cdp.send('Memory.getDOMCounters').catch(() => null);
				if (c) rec.dom.rendererNodes = c.nodes;
			}
		}
		if (!rec.timedOut) {
			const { lt, loaf } = await page.evaluate(() => {
				window.__benchHarness.flush();
				return { lt: window.__benchHarness.lt, loaf: window.__benchHarness.loaf };
			});
			// attribute each entry to the phase window in which it ended
			for (const [key, a, b] of windows) {
				const inWin = (e) => e.start + e.duration > a && e.start + e.duration <= b + 1;
				const l = lt.filter(inWin);
				rec.longTasks[key] = {
					count: l.length,
					max: l.reduce((m, e) => Math.max(m, e.duration), 0),
					tbt: l.reduce((s, e) => s + Math.max(0, e.duration - 50), 0)
				};
				const f = loaf.filter(inWin);
				rec.loaf[key] = { count: f.length, max: f.reduce((m, e) => Math.max(m, e.duration), 0) };
			}
			rec.maxLongTask = Math.max(0, ...Object.values(rec.longTasks).map((x) => x.max));
			rec.maxLongTaskAfterPaint = Math.max(
				0,
				...AFTER_PAINT.map((key) => rec.longTasks[key]?.max ?? 0)
			);
			rec.ok = true;
		}
	} catch (e) {
		rec.error = String((e && e.message) || e).split('\n')[0];
	} finally {
		await teardown();
	}
	return rec;
}

/**
 * Where the benchmark's build goes: a production build made with VITE_PARLEY_BENCH=1, the
 * only kind in which `?bench=1` installs the hook (see svelte.config.js).
 */
const BENCH_BUILD = path.join(PROJECT, 'build-bench');

/** Serves build-bench/ (the production build made for the benchmark) on an ephemeral loopback port. */
export function serveApp() {
	const handler = sirv(BENCH_BUILD, { dev: false, etag: true });
	const server = http.createServer((req, res) =>
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('not found');
		})
	);
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			resolve({
				origin: `http://127.0.0.1:${port}`,
				close: () => new Promise((r) => server.close(r))
			});
		});
	});
}

/** The app's initial JavaScript, as tests/e2e/jsBudget.spec.ts measures it (fresh context, no bench mode). */
export async function measureInitialJs(browser, origin) {
	const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await ctx.newPage();
		return checkJsBudget(await collectInitialScripts(page, `${origin}/`));
	} catch (e) {
		return { error: String((e && e.message) || e).split('\n')[0] };
	} finally {
		await ctx.close().catch(() => {});
	}
}

/** Builds the app when asked; either way, a build must be there to serve. */
export function buildApp(build, log) {
	if (build) {
		log('building the app for the benchmark (VITE_PARLEY_BENCH=1 vite build) ...');
		const built = spawnSync('npx', ['vite', 'build'], {
			cwd: PROJECT,
			encoding: 'utf8',
			env: { ...process.env, VITE_PARLEY_BENCH: '1' }
		});
		if (built.status !== 0) {
			log(`${built.stdout}\n${built.stderr}`);
			throw new Error(`vite build failed (exit ${built.status})`);
		}
	}
	if (!fs.existsSync(path.join(BENCH_BUILD, 'index.html')))
		throw new Error('no build-bench/index.html: run without --no-build');
}
