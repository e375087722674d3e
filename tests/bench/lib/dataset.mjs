// Deterministic synthetic "diplomatic events" dataset.
// Copied from the shared timeline benchmark harness (same code, formatted by Prettier)
// (shared/bench/lib/dataset.mjs, window.__bench protocol v1), so that Parley's benchmark,
// its tests and the shared harness generate the same bytes for the same n and seed.
// Pure ES module with no dependencies: imported by run.mjs (Node) and served to
// target pages (browser) at /lib/dataset.mjs so a page can self-generate the
// exact same data from ?n=N&seed=S when opened by hand.

export const RANGE_START = '2023-01-01T00:00:00.000Z';
export const RANGE_END = '2025-01-01T00:00:00.000Z'; // exactly 2 years (731 days, 2024 is a leap year)

export const ACTORS = [
	{ id: 'usa', name: 'United States' },
	{ id: 'chn', name: 'China' },
	{ id: 'eu', name: 'European Union' },
	{ id: 'rus', name: 'Russia' },
	{ id: 'ind', name: 'India' },
	{ id: 'bra', name: 'Brazil' },
	{ id: 'zaf', name: 'South Africa' },
	{ id: 'un', name: 'United Nations' }
];

const VERBS = [
	'hosts',
	'signs',
	'suspends',
	'proposes',
	'ratifies',
	'rejects',
	'renews',
	'announces',
	'hosts talks on',
	'opens review of',
	'drafts',
	'concludes'
];
const OBJECTS = [
	'trade accord',
	'climate framework',
	'arms control treaty',
	'visa agreement',
	'maritime boundary deal',
	'grain corridor pact',
	'sanctions package',
	'energy partnership',
	'debt relief plan',
	'security dialogue',
	'ceasefire protocol',
	'cultural exchange memo',
	'tariff schedule',
	'fisheries convention',
	'data sharing charter',
	'nuclear safeguards note'
];
const PLACES = [
	'Geneva',
	'Vienna',
	'New Delhi',
	'Brasilia',
	'Pretoria',
	'Brussels',
	'Beijing',
	'Washington',
	'Moscow',
	'Nairobi',
	'Jakarta',
	'Doha',
	'Oslo',
	'Singapore',
	'Istanbul',
	'Lima'
];
const TAILS = [
	'after months of talks',
	'amid regional tensions',
	'with observer states',
	'at a special session',
	'ahead of the summit',
	'despite objections',
	'in a joint statement',
	'under UN auspices'
];

// mulberry32: tiny, fast, deterministic 32-bit PRNG. Returns floats in [0, 1).
export function mulberry32(seed) {
	let a = seed >>> 0;
	return function () {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = (rnd, arr) => arr[Math.floor(rnd() * arr.length)];

function makeTitle(rnd, actor) {
	const target = 40 + Math.floor(rnd() * 41); // 40..80 chars inclusive
	let t = `${actor.name} ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)} in ${pick(rnd, PLACES)}`;
	while (t.length < target) t += ` ${pick(rnd, TAILS)}`;
	if (t.length > target) t = t.slice(0, target).trimEnd();
	while (t.length < 40) t += '.'; // trimEnd could drop below 40 in rare cases
	return t;
}

/**
 * generateDataset(n, seed) -> {
 *   version: 1, n, seed,
 *   range: { start: ISO, end: ISO },         // full 2-year window; initial view must show it
 *   actors: [{ id, name }] (8),
 *   events: [{ id, start: ISO, end: ISO|null, actor: actorId, title }]  // sorted by start asc
 * }
 */
export function generateDataset(n, seed = 42) {
	const rnd = mulberry32(seed);
	const t0 = Date.parse(RANGE_START);
	const t1 = Date.parse(RANGE_END);
	const span = t1 - t0;
	const DAY = 86400000;
	const raw = new Array(n);
	for (let i = 0; i < n; i++) {
		const actor = ACTORS[Math.floor(rnd() * ACTORS.length)];
		// whole minutes, so ISO strings stay short and stable
		const start = t0 + Math.floor((rnd() * (span - DAY)) / 60000) * 60000;
		let end = null;
		if (rnd() < 0.2) {
			const dur = Math.floor(((1 + rnd() * 44) * DAY) / 60000) * 60000; // 1..45 days
			end = Math.min(start + dur, t1);
		}
		raw[i] = { start, end, actor: actor.id, title: makeTitle(rnd, actor) };
	}
	raw.sort((a, b) => a.start - b.start);
	const events = raw.map((e, i) => ({
		id: `ev${i}`,
		start: new Date(e.start).toISOString(),
		end: e.end === null ? null : new Date(e.end).toISOString(),
		actor: e.actor,
		title: e.title
	}));
	return {
		version: 1,
		n,
		seed,
		range: { start: RANGE_START, end: RANGE_END },
		actors: ACTORS.map((a) => ({ ...a })),
		events
	};
}
