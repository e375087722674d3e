/**
 * The force layout: one link per pair of actors (its pull growing with their events),
 * repulsion, a pull to the centre shaped to the box, collision, and for every mediation a
 * pull of the mediator to the midpoint of its two parties (whose link is lengthened to make
 * room), so a go-between is drawn between the sides it stands between. Settled by the one
 * force engine (`settleForce`), deterministically.
 */
import type { Graph } from './graphTypes';
import { NODE_GAP, type Bounds, type NodePlacement } from './layoutTypes';
import { fitInto, separateNodesSteps } from './separateNodes';
import { mediationShare, type IndexedMediations } from './mediationRule';
import { settleForceSteps, spiralStart, type ForceModel } from './settleForce';
import { runToEnd, type Steps } from '../../data/steps';

/** d3's default schedule: alpha from 1 to 0.001 in 300 ticks. */
const ALPHA_MIN = 0.001;
const FULL_TICKS = 300;
/** Ticks between two steps, when the layout is run in steps (a few ms each at 150 nodes). */
const TICKS_PER_STEP = 8;
/**
 * Pair and link updates the settling may spend in all (ticks × (nodes² + links)): a graph of
 * up to about 85 actors gets d3's 300 ticks; 150 actors with 3,000 pairs get about 100.
 */
const TICK_BUDGET = 2_500_000;
/** Settling runs tried at most, and the pair and link updates they may spend in all. */
const MAX_RUNS = 10;
const RUN_BUDGET = 2_000_000;
/** How far along d3's spiral each run moves every node's start from the previous run's. */
const START_SHIFT = 1;
/**
 * How far the picture may be stretched along one axis more than the other to fill the box:
 * more would push mediators off the line between their parties.
 */
const MAX_STRETCH = 1.3;
/** How hard a mediator is pulled between its parties, for one event and in all. */
const MEDIATION_PULL = 0.8;
const MEDIATION_PULL_MAX = 2;
/** How much longer a mediated pair's link is for each go-between past the first. */
const MEDIATED_ROOM = 0.5;

/**
 * Each mediation's pull, by its events, scaled so no mediator is pulled harder than
 * MEDIATION_PULL_MAX in all (alpha and the velocity decay keep that from overshooting).
 */
function mediationStrengths(mediations: Graph['mediations']): Float64Array {
	const own = mediations.map((m) => MEDIATION_PULL * Math.max(1, m.eventIds.length));
	const total = new Map<string, number>();
	mediations.forEach((m, k) => total.set(m.mediator, (total.get(m.mediator) ?? 0) + own[k]!));
	return Float64Array.from(mediations, (m, k) => {
		const sum = total.get(m.mediator)!;
		return sum > MEDIATION_PULL_MAX ? (own[k]! * MEDIATION_PULL_MAX) / sum : own[k]!;
	});
}

interface Link {
	source: number;
	target: number;
	weight: number;
	member: boolean;
	/** How many go-betweens stand between the pair: room for them between its ends. */
	mediated: number;
}

export function layoutForce(
	graph: Graph,
	radii: ReadonlyMap<string, number>,
	labelWidths: ReadonlyMap<string, number>,
	bounds: Bounds
): NodePlacement[] {
	return runToEnd(layoutForceSteps(graph, radii, labelWidths, bounds));
}

/** `layoutForce` in steps: yields every TICKS_PER_STEP ticks of settling, and after each run. */
export function* layoutForceSteps(
	graph: Graph,
	radii: ReadonlyMap<string, number>,
	labelWidths: ReadonlyMap<string, number>,
	bounds: Bounds
): Steps<NodePlacement[]> {
	const width = bounds.x1 - bounds.x0;
	const height = bounds.y1 - bounds.y0;
	const n = graph.nodes.length;
	if (n === 0) return [];
	// The room each node would have if they were spread evenly: the scale of every force.
	const spacing = Math.max(24, Math.min(140, Math.sqrt((width * height) / n) * 0.8));
	const at = new Map(graph.nodes.map((node, i) => [node.id, i]));
	// One link per pair, however many kinds of contact it has. Pairs are told apart by their
	// nodes' positions (a number), not a string per edge.
	const pairs = new Map<number, Link>();
	const linked = new Uint8Array(n);
	const linkOf = (p: number, q: number): Link => {
		const [s, t] = p < q ? [p, q] : [q, p];
		const key = s * n + t;
		let link = pairs.get(key);
		if (!link) {
			link = { source: s, target: t, weight: 0, member: false, mediated: 0 };
			pairs.set(key, link);
		}
		return link;
	};
	for (const edge of graph.edges) {
		const link = linkOf(at.get(edge.a)!, at.get(edge.b)!);
		linked[link.source] = linked[link.target] = 1;
		link.weight += Math.max(1, edge.eventIds.length);
		link.member ||= edge.basis === 'membership';
	}
	const mediations = graph.mediations.filter(
		(m) => at.has(m.mediator) && at.has(m.a) && at.has(m.b)
	);
	for (const m of mediations) {
		const link = linkOf(at.get(m.a)!, at.get(m.b)!);
		link.mediated++;
		linked[link.source] = linked[link.target] = 1;
	}
	const links = [...pairs.values()];
	const aspect = width / Math.max(1, height);
	const contactDistance = 0.9 * spacing;
	const distance = (l: Link) =>
		l.member
			? 0.45 * spacing
			: l.mediated
				? (1.95 + MEDIATED_ROOM * (l.mediated - 1)) * contactDistance
				: contactDistance;
	const strength = (l: Link) =>
		l.weight === 0 ? 0.3 : Math.min(1, 0.25 + 0.15 * Math.log1p(l.weight));
	const ticks = Math.max(
		100,
		Math.min(FULL_TICKS, Math.round(TICK_BUDGET / (n * n + links.length)))
	);
	const nodes = graph.nodes;
	// Pull towards the centre, harder across the short side, so the cloud takes the box's
	// shape; nodes with no links are pulled hard, or they drift to the edge and squeeze the rest.
	const model: ForceModel = {
		collideRadius: Float64Array.from(
			nodes,
			(d) => radii.get(d.id)! + NODE_GAP + Math.min(labelWidths.get(d.id)! / 2, spacing / 3)
		),
		strengthX: Float64Array.from(nodes, (_, i) =>
			linked[i] ? 0.05 / Math.max(1, aspect) + 0.02 : 0.25
		),
		strengthY: Float64Array.from(nodes, (_, i) =>
			linked[i] ? 0.05 * Math.max(1, aspect) + 0.02 : 0.25
		),
		charge: -spacing * 2.2,
		source: Int32Array.from(links, (l) => l.source),
		target: Int32Array.from(links, (l) => l.target),
		distance: Float64Array.from(links, distance),
		strength: Float64Array.from(links, strength),
		// d3's one collision pass a tick for graphs too large for all the ticks; two for the rest.
		collideIterations: ticks < FULL_TICKS ? 1 : 2,
		mediator: Int32Array.from(mediations, (m) => at.get(m.mediator)!),
		partyA: Int32Array.from(mediations, (m) => at.get(m.a)!),
		partyB: Int32Array.from(mediations, (m) => at.get(m.b)!),
		mediationStrength: mediationStrengths(mediations)
	};
	const indexed: IndexedMediations = {
		mediator: model.mediator!,
		partyA: model.partyA!,
		partyB: model.partyB!,
		weight: Float64Array.from(mediations, (m) => Math.max(1, m.eventIds.length))
	};
	// Forces settle into one of several arrangements, not always the one that shows every
	// mediation best: a small graph with mediations is settled from a few starts (d3's
	// spiral, each node moved along it) and the one whose mediators sit best between their
	// parties kept (the first of equals).
	const runs =
		mediations.length === 0
			? 1
			: Math.max(1, Math.min(MAX_RUNS, Math.floor(RUN_BUDGET / (ticks * (n * n + links.length)))));
	let best: NodePlacement[] = [];
	let bestShare = -1;
	for (let run = 0; run < runs && bestShare < 1; run++) {
		const [xs, ys] = yield* settleForceSteps(
			n,
			{ ...model, ...spiralStart(n, run * START_SHIFT) },
			ticks,
			1 - Math.pow(ALPHA_MIN, 1 / ticks),
			TICKS_PER_STEP
		);
		yield;
		const placed = nodes.map((node, i) => ({
			id: node.id,
			x: xs[i]!,
			y: ys[i]!,
			r: radii.get(node.id)!,
			placement: 'exact' as const
		}));
		fitInto(placed, bounds, MAX_STRETCH);
		yield* separateNodesSteps(placed, bounds);
		const share = mediationShare(
			indexed,
			placed.map((d) => d.x),
			placed.map((d) => d.y)
		);
		if (share > bestShare) {
			best = placed;
			bestShare = share;
		}
		yield;
	}
	return best;
}
