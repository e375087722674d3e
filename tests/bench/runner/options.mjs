// The runner's options: built-in targets, defaults, --help, and the command line read with
// node:util parseArgs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ACLED_ROWS } from '../acledScenario.mjs';

export const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// Built-in targets: `app` pages are served from build-bench/, `harness` pages from tests/bench/.
export const BUILTIN = {
	parley: { server: 'app', url: '/' },
	'vis-timeline': { server: 'harness', url: '/targets/vis-timeline/' },
	// variants of the vis-timeline page (not in the default set; see README.md)
	'vis-timeline-dataview': { server: 'harness', url: '/targets/vis-timeline/?filter=dataview' },
	'vis-timeline-window': { server: 'harness', url: '/targets/vis-timeline/?init=window' },
	'vis-timeline-stack': { server: 'harness', url: '/targets/vis-timeline/?stack=1' },
	// Parley with the full dataset validator inside load
	'parley-validated': { server: 'app', url: '/?validate=1' },
	// one line of text per call, then the paint wait: the floor any target's time sits on
	'frame-floor': { server: 'harness', url: '/targets/frame-floor/' }
};
/** The built-in target that only waits for the paint: the least time any target can measure. */
export const FLOOR = 'frame-floor';
export const DEFAULTS = {
	targets: 'parley,vis-timeline,frame-floor',
	ns: '100,1000,10000,50000,100000',
	reps: 5,
	largeN: 50000,
	largeReps: 3,
	seed: 42,
	timeout: 60,
	ref: 'vis-timeline',
	// Untracked by default (see .gitignore); `--publish` writes the tracked docs/benchmark/.
	out: path.join(PROJECT, 'bench/results'),
	chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	warmup: true,
	build: true,
	waitQuiet: 0,
	network: true,
	networkReps: 5,
	only: null,
	zoom: '2024-01-01T00:00:00.000Z,2024-02-01T00:00:00.000Z'
};
export const HELP = `usage: npm run bench -- [options]
  --targets a,b        built-in targets to run (default ${DEFAULTS.targets}; available: ${Object.keys(BUILTIN).join(', ')})
  --target name=URL    add a target by URL (repeatable). URL is absolute (http://127.0.0.1:4173/)
                       or a path on the harness server (/targets/vis-timeline/?stack=1)
  --ns 100,1000        dataset sizes (default ${DEFAULTS.ns})
  --reps 5             repetitions per (target, N) (default ${DEFAULTS.reps})
  --large-n 50000      N at or above which --large-reps applies (default ${DEFAULTS.largeN})
  --large-reps 3       repetitions for large N (default ${DEFAULTS.largeReps})
  --seed 42            PRNG seed of the dataset (default ${DEFAULTS.seed})
  --timeout 60         seconds one operation (load / filter / zoom) may take; past it the case is recorded
                       as timed out and larger N are skipped for that target
  --ref vis-timeline   reference target for the ratio table (default ${DEFAULTS.ref}, falls back to the first target)
  --out DIR            results directory (default bench/results, not tracked): latest.json and latest.md
  --publish            write the results into the tracked docs/benchmark/ (same as --out docs/benchmark)
  --no-build           serve the existing build-bench/ instead of building it first
  --chromium PATH      Chromium binary (default ${DEFAULTS.chromium}, or $CHROMIUM_PATH)
  --no-warmup          skip the untimed warm-up run per target
  --zoom A,B           zoom-in window, ISO dates (default ${DEFAULTS.zoom})
  --wait-quiet SEC     before starting, wait up to SEC seconds for the host's 1-min load average to drop below 1
  --readme             also write Parley's rows into the README's Performance table (between its
                       benchmark-table markers); with --report, from that results file
  --only network       run only the network scenario (200 actors, 5,000 contact events; see
                       networkScenario.mjs) and put its results into the existing latest.json/.md
  --only open          run only the large-file scenario: a 150 MB dataset picked with the file
                       picker; prints the longest main-thread task until it is painted (openScenario.mjs)
  --open-events N      events in the large-file scenario (default 333,000: about 150 MB)
  --only acled         run only the ACLED scenario: a made-up ACLED export of 200,000 rows (about
                       100 MB of CSV) picked with the file picker (acledScenario.mjs), into acled.json
  --acled-rows N       rows in the ACLED scenario (default ${ACLED_ROWS.toLocaleString('en-GB')})
  --no-network         skip the network scenario (run by default after the timeline matrix)
  --network-reps 5     fresh pages for the network scenario (default ${DEFAULTS.networkReps})
  --report FILE.json   run nothing: recompute summary + tables from a results JSON's raw runs
                       (rewrites its summary and the .md beside it), print the tables`;

/** Every option, as node:util parseArgs reads it; numbers are read from their text below. */
const OPTIONS = {
	targets: { type: 'string' },
	target: { type: 'string', multiple: true },
	ns: { type: 'string' },
	reps: { type: 'string' },
	'large-n': { type: 'string' },
	'large-reps': { type: 'string' },
	seed: { type: 'string' },
	timeout: { type: 'string' },
	ref: { type: 'string' },
	out: { type: 'string' },
	publish: { type: 'boolean' },
	chromium: { type: 'string' },
	'no-warmup': { type: 'boolean' },
	'no-build': { type: 'boolean' },
	zoom: { type: 'string' },
	readme: { type: 'boolean' },
	report: { type: 'string' },
	only: { type: 'string' },
	'acled-rows': { type: 'string' },
	'open-events': { type: 'string' },
	'no-network': { type: 'boolean' },
	'network-reps': { type: 'string' },
	'wait-quiet': { type: 'string' },
	help: { type: 'boolean', short: 'h' }
};

/** Options whose value is a number, and the key they set. */
const NUMBERS = {
	reps: 'reps',
	'large-n': 'largeN',
	'large-reps': 'largeReps',
	seed: 'seed',
	timeout: 'timeout',
	'acled-rows': 'acledRows',
	'open-events': 'openEvents',
	'network-reps': 'networkReps',
	'wait-quiet': 'waitQuiet'
};

/** Reads the command line into the runner's options; `--help` prints them and exits. */
export function parseOptions(argv) {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			options: OPTIONS,
			strict: true,
			allowPositionals: false,
			tokens: true
		});
	} catch (e) {
		throw new Error(`${e.message}\n${HELP}`);
	}
	const { values, tokens } = parsed;
	if (values.help) {
		console.log(HELP);
		process.exit(0);
	}
	const o = { ...DEFAULTS, extra: [] };
	for (const name of ['targets', 'ns', 'ref', 'chromium', 'zoom', 'only'])
		if (values[name] !== undefined) o[name] = values[name];
	for (const [name, key] of Object.entries(NUMBERS))
		if (values[name] !== undefined) o[key] = Number(values[name]);
	if (values['no-warmup']) o.warmup = false;
	if (values['no-build']) o.build = false;
	if (values['no-network']) o.network = false;
	if (values.readme) o.readme = true;
	if (values.report !== undefined) o.report = path.resolve(values.report);
	// --out and --publish both choose the results directory: the later one on the line wins.
	for (const token of tokens) {
		if (token.kind !== 'option') continue;
		if (token.name === 'out') o.out = path.resolve(token.value);
		if (token.name === 'publish') o.out = path.join(PROJECT, 'docs/benchmark');
	}
	if (o.only !== null && !['network', 'open', 'acled'].includes(o.only))
		throw new Error(`--only knows "network", "open" and "acled", not ${o.only}`);
	for (const v of values.target ?? []) {
		const eq = v.indexOf('=');
		if (eq < 1) throw new Error(`--target wants name=URL, got ${v}`);
		o.extra.push({ name: v.slice(0, eq), url: v.slice(eq + 1) });
	}
	o.ns = String(o.ns)
		.split(',')
		.map(Number)
		.filter((n) => n > 0);
	const names = o.targets ? String(o.targets).split(',').filter(Boolean) : [];
	o.targetList = names.map((name) => {
		if (!BUILTIN[name])
			throw new Error(`unknown built-in target ${name}; use --target ${name}=URL`);
		return { name, url: BUILTIN[name].url, server: BUILTIN[name].server, builtin: true };
	});
	for (const t of o.extra)
		o.targetList.push({ name: t.name, url: t.url, server: 'harness', builtin: false });
	if (!o.targetList.length) throw new Error('no targets');
	const [zs, ze] = o.zoom.split(',');
	o.zoomIn = [new Date(zs).toISOString(), new Date(ze).toISOString()];
	return o;
}
