/**
 * The forces that draw a go-between between the parties it stands between, for the one force
 * engine (`settleForce`): each mediator pulled in beside the segment between its parties, and
 * other nodes pushed out of that stretch to leave it room.
 */
import type { Bodies, ForceModel } from './settleForce';

/**
 * Where a mediator is pulled to, relative to the segment between its parties: at least this
 * share of it from either end, and at most this share of its length off it: inside the rule
 * the picture is judged by (10–90 %, 35 %), with room for the fitting that follows.
 */
const MEDIATOR_ALONG = 0.2;
const MEDIATOR_ACROSS = 0.3;
/**
 * Besides, a gentler pull (this share of the first) towards a point beside the middle of the
 * segment, a tenth of its length off it: where one go-between is clearest.
 */
const MEDIATOR_CENTRING = 0.25;
const MEDIATOR_OFFSET = 0.1;
/**
 * The mediation pull weakens with alpha as the other forces do, but never below this share:
 * as the rest settles, go-betweens still find their place.
 */
const MEDIATION_FLOOR = 0.3;
/**
 * Nodes that do not mediate a pair are pushed (this hard, with alpha) out to this share of
 * the pair's length from the segment between them, where its go-betweens are.
 */
const CLEARANCE = 0.35;
const CLEARANCE_PUSH = 0.3;
/**
 * Node and mediation pairs checked a tick at most: past it (a large graph, whose lines cannot
 * be followed one by one anyway) no room is cleared, which would cost more than the rest.
 */
const CLEARANCE_BUDGET = 20_000;

/**
 * Each mediator pulled into the stretch where a go-between reads as one: projecting into the
 * middle of its parties' segment (MEDIATOR_ALONG) and within MEDIATOR_ACROSS of it. One already
 * there is left alone, so several go-betweens spread along a pair; the parties are pulled the
 * other way (half each), so no group moves as a whole.
 */
export function applyMediation(
	{ x, y, vx, vy }: Bodies,
	{ mediator, partyA, partyB, mediationStrength }: ForceModel,
	alpha: number
): void {
	if (!mediator || !partyA || !partyB || !mediationStrength) return;
	for (let k = 0; k < mediator.length; k++) {
		const m = mediator[k]!;
		const a = partyA[k]!;
		const b = partyB[k]!;
		const ax = x[a]! + vx[a]!;
		const ay = y[a]! + vy[a]!;
		const ux = x[b]! + vx[b]! - ax;
		const uy = y[b]! + vy[b]! - ay;
		const length2 = ux * ux + uy * uy;
		if (length2 === 0) continue;
		const length = Math.sqrt(length2);
		const mx = x[m]! + vx[m]! - ax;
		const my = y[m]! + vy[m]! - ay;
		// Where the mediator is, along the segment (a share of it) and across (signed, in px).
		const along = (mx * ux + my * uy) / length2;
		const across = (ux * my - uy * mx) / length;
		// The nearest point of the stretch, and a point beside the middle of the segment on the
		// mediator's side (fixed by the indices when it is on the line).
		const limit = MEDIATOR_ACROSS * length;
		const t = Math.max(MEDIATOR_ALONG, Math.min(1 - MEDIATOR_ALONG, along));
		const o = Math.max(-limit, Math.min(limit, across));
		const side = across > 0 ? 1 : across < 0 ? -1 : (m + a + b) % 2 ? 1 : -1;
		const c = MEDIATOR_OFFSET * length * side;
		const dx =
			t * ux - (o * uy) / length - mx + MEDIATOR_CENTRING * (ux / 2 - (c * uy) / length - mx);
		const dy =
			t * uy + (o * ux) / length - my + MEDIATOR_CENTRING * (uy / 2 + (c * ux) / length - my);
		const s = (mediationStrength[k]! * Math.max(alpha, MEDIATION_FLOOR)) / (1 + MEDIATOR_CENTRING);
		vx[m]! += dx * s;
		vy[m]! += dy * s;
		vx[a]! -= (dx * s) / 2;
		vy[a]! -= (dy * s) / 2;
		vx[b]! -= (dx * s) / 2;
		vy[b]! -= (dy * s) / 2;
	}
}

/** The pairs some go-between stands between, each with its go-betweens (CSR lists). */
export interface MediatedPairs {
	a: Int32Array;
	b: Int32Array;
	/** Go-betweens of pair p: members[start[p] .. start[p + 1]). */
	start: Int32Array;
	members: Int32Array;
	/** Scratch: 1 for the go-betweens of the pair being cleared. */
	mark: Uint8Array;
}

/** The model's mediated pairs; null when there are none, or too many to clear room for. */
export function mediatedPairs(n: number, model: ForceModel): MediatedPairs | null {
	const { mediator, partyA, partyB } = model;
	if (!mediator || !partyA || !partyB || mediator.length === 0) return null;
	if (mediator.length * n > CLEARANCE_BUDGET) return null;
	const byPair = new Map<number, number[]>();
	for (let k = 0; k < mediator.length; k++) {
		const key = partyA[k]! * n + partyB[k]!;
		let list = byPair.get(key);
		if (!list) byPair.set(key, (list = []));
		list.push(mediator[k]!);
	}
	const keys = [...byPair.keys()];
	const start = new Int32Array(keys.length + 1);
	const members: number[] = [];
	keys.forEach((key, p) => {
		members.push(...byPair.get(key)!);
		start[p + 1] = members.length;
	});
	return {
		a: Int32Array.from(keys, (key) => Math.floor(key / n)),
		b: Int32Array.from(keys, (key) => key % n),
		start,
		members: Int32Array.from(members),
		mark: new Uint8Array(n)
	};
}

/**
 * Room for the go-betweens: a node that stands between a mediated pair without mediating it
 * (a venue both sides went to, a common contact) is pushed out of the stretch beside their
 * segment, so it does not crowd the go-betweens out of it.
 */
export function applyClearance(
	{ x, y, vx, vy }: Bodies,
	n: number,
	pairs: MediatedPairs,
	alpha: number
): void {
	const push = CLEARANCE_PUSH * alpha;
	const { a: pa, b: pb, start, members, mark } = pairs;
	for (let p = 0; p < pa.length; p++) {
		const a = pa[p]!;
		const b = pb[p]!;
		for (let q = start[p]!; q < start[p + 1]!; q++) mark[members[q]!] = 1;
		const ax = x[a]!;
		const ay = y[a]!;
		const ux = x[b]! - ax;
		const uy = y[b]! - ay;
		const length2 = ux * ux + uy * uy;
		if (length2 > 0) {
			const length = Math.sqrt(length2);
			const keep = CLEARANCE * length;
			for (let j = 0; j < n; j++) {
				if (mark[j] || j === a || j === b) continue;
				const mx = x[j]! - ax;
				const my = y[j]! - ay;
				const along = (mx * ux + my * uy) / length2;
				if (along < MEDIATOR_ALONG || along > 1 - MEDIATOR_ALONG) continue;
				const across = (ux * my - uy * mx) / length;
				if (across >= keep || across <= -keep) continue;
				// Out to the nearer side (the side fixed by the indices when on the line).
				const side = across > 0 ? 1 : across < 0 ? -1 : (j + a + b) % 2 ? 1 : -1;
				const by = (side * keep - across) * push;
				vx[j]! -= (by * uy) / length;
				vy[j]! += (by * ux) / length;
			}
		}
		for (let q = start[p]!; q < start[p + 1]!; q++) mark[members[q]!] = 0;
	}
}
