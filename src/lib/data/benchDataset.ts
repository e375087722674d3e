/**
 * The benchmark's data set (`window.__bench` protocol v1, see `tests/bench/README.md`) read as
 * a Parley dataset. The protocol's data is deliberately simpler than Parley's format so that any
 * timeline can be measured on it; this conversion fills in what the format requires, and runs
 * inside the hook's `load`, so its cost counts in the measured time.
 */
import { FORMAT_VERSION, type Dataset, type DiplomaticEvent } from './schema';

/** One event of the protocol: `start`/`end` are ISO 8601 UTC instants (whole minutes). */
export interface BenchEvent {
	id: string;
	start: string;
	end: string | null;
	actor: string;
	title: string;
}

/** The protocol's data set, version 1, as handed to `__bench.load`. */
export interface BenchDataset {
	version: 1;
	n: number;
	seed: number;
	range: { start: string; end: string };
	actors: { id: string; name: string }[];
	events: BenchEvent[];
}

/** The one source every converted event quotes. */
export const BENCH_SOURCE_ID = 'bench-generator';

/** "2024-01-31T13:05:00.000Z" → "2024-01-31": the UTC day of an ISO instant. */
function utcDay(iso: string): string {
	return iso.slice(0, 10);
}

/**
 * The protocol's data set as a valid dataset (the input is not changed): each bench actor a state
 * and its events' only source actor; each event `occurred`, at UTC day precision (with an `end`
 * day when longer), its title the summary and a verbatim quote of one synthetic source.
 */
export function parseBenchDataset(bench: BenchDataset): Dataset {
	const firstDay = utcDay(bench.range.start);
	const lastDay = utcDay(bench.range.end);
	const events = new Array<DiplomaticEvent>(bench.events.length);
	for (let i = 0; i < bench.events.length; i++) {
		const e = bench.events[i]!;
		const day = utcDay(e.start);
		const endDay = e.end === null ? null : utcDay(e.end);
		events[i] = {
			id: e.id,
			date:
				endDay !== null && endDay > day
					? { value: day, precision: 'day', earliest: day, latest: day, end: endDay }
					: { value: day, precision: 'day', earliest: day, latest: day },
			status: 'occurred',
			type: { cameo: '010', cameoLabel: 'Make statement', plover: null },
			sourceActors: [e.actor],
			targetActors: [],
			summary: e.title,
			evidence: [{ sourceId: BENCH_SOURCE_ID, quote: e.title }],
			confidence: 'high'
		};
	}
	return {
		schemaVersion: FORMAT_VERSION,
		meta: {
			id: 'bench',
			title: `Benchmark data set: ${bench.n} generated events (seed ${bench.seed})`,
			description:
				'Synthetic events from the benchmark protocol (version 1), converted for Parley.',
			createdAt: lastDay,
			extractedBy: 'the benchmark generator (generateDataset)',
			license: 'CC0-1.0',
			coverage: { earliest: firstDay, latest: lastDay }
		},
		sources: [
			{
				id: BENCH_SOURCE_ID,
				url: 'https://example.org/parley-bench',
				outlet: 'Synthetic benchmark generator',
				title: `Benchmark protocol data set v${bench.version}`,
				publishedAt: null,
				accessedAt: lastDay,
				sourceType: 'unknown'
			}
		],
		actors: bench.actors.map((actor) => ({ id: actor.id, name: actor.name, kind: 'state' })),
		events
	};
}
