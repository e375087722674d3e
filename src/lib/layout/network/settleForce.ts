/**
 * The network's one force engine, on typed arrays: d3-force's model and integration (velocity
 * decay 0.6, d3's alpha schedule and phyllotaxis start), summed exactly over every pair (cheaper
 * than quadtrees at the few hundred nodes drawn), plus `mediationForces`' go-between pulls.
 * Deterministic: coincident points part along a direction fixed by their indices.
 */
import { applyClearance, applyMediation, mediatedPairs } from './mediationForces';
import { runToEnd, type Steps } from '../../data/steps';

export interface ForceModel {
	/** Per node: collision radius, pull to its anchor (the origin when none) on each axis. */
	collideRadius: Float64Array;
	strengthX: Float64Array;
	strengthY: Float64Array;
	/** Per node: the point it is pulled to (default the origin). */
	anchorX?: Float64Array;
	anchorY?: Float64Array;
	/** Per node: where it starts (default d3's phyllotaxis around the origin). */
	startX?: Float64Array;
	startY?: Float64Array;
	/** Per mediation: the mediator, the two parties, and how hard it is pulled between them. */
	mediator?: Int32Array;
	partyA?: Int32Array;
	partyB?: Int32Array;
	mediationStrength?: Float64Array;
	/** Many-body strength (negative: repulsion), the same for every node. */
	charge: number;
	/** Per link: node indices, rest length and stiffness. */
	source: Int32Array;
	target: Int32Array;
	distance: Float64Array;
	strength: Float64Array;
	/** Collision passes per tick. */
	collideIterations: number;
}

const VELOCITY_DECAY = 0.6;
const INITIAL_RADIUS = 10;
const INITIAL_ANGLE = Math.PI * (3 - Math.sqrt(5));
const DISTANCE_MIN2 = 1;
/**
 * d3's initial arrangement (a phyllotaxis spiral around the origin) with every node `shift`
 * places further along it: another start, as deterministic.
 */
export function spiralStart(n: number, shift = 0): { startX: Float64Array; startY: Float64Array } {
	const startX = new Float64Array(n);
	const startY = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const radius = INITIAL_RADIUS * Math.sqrt(0.5 + i + shift);
		const angle = (i + shift) * INITIAL_ANGLE;
		startX[i] = radius * Math.cos(angle);
		startY[i] = radius * Math.sin(angle);
	}
	return { startX, startY };
}

/** A tiny offset that depends only on the pair, standing in for d3's random jiggle. */
export function jiggle(i: number, j: number): number {
	return (((i * 7 + j * 13) % 17) - 8 || 1) * 1e-7;
}

/** Positions and velocities of the nodes while the model settles. */
export interface Bodies {
	x: Float64Array;
	y: Float64Array;
	vx: Float64Array;
	vy: Float64Array;
}

/**
 * Positions after `ticks` ticks of the model, with alpha decaying from 1 by `alphaDecay` per
 * tick (d3's schedule), from d3's initial phyllotaxis arrangement. Returns [x, y].
 */
export function settleForce(
	n: number,
	model: ForceModel,
	ticks: number,
	alphaDecay: number
): [Float64Array, Float64Array] {
	return runToEnd(settleForceSteps(n, model, ticks, alphaDecay));
}

/** `settleForce` in steps: yields after every `ticksPerStep` ticks. */
export function* settleForceSteps(
	n: number,
	model: ForceModel,
	ticks: number,
	alphaDecay: number,
	ticksPerStep = Infinity
): Steps<[Float64Array, Float64Array]> {
	const bodies: Bodies = {
		x: new Float64Array(n),
		y: new Float64Array(n),
		vx: new Float64Array(n),
		vy: new Float64Array(n)
	};
	const { x, y, vx, vy } = bodies;
	for (let i = 0; i < n; i++) {
		const radius = INITIAL_RADIUS * Math.sqrt(0.5 + i);
		const angle = i * INITIAL_ANGLE;
		x[i] = model.startX ? model.startX[i]! : radius * Math.cos(angle);
		y[i] = model.startY ? model.startY[i]! : radius * Math.sin(angle);
	}
	const { source, target, collideRadius } = model;
	const links = source.length;
	// Each end of a link moves by its share: the busier end moves less (d3's bias).
	const degree = new Int32Array(n);
	for (let k = 0; k < links; k++) {
		degree[source[k]!]!++;
		degree[target[k]!]!++;
	}
	const bias = new Float64Array(links);
	for (let k = 0; k < links; k++) {
		const s = degree[source[k]!]!;
		bias[k] = s / (s + degree[target[k]!]!);
	}
	const radius2 = new Float64Array(n);
	let maxRadius = 0;
	for (let i = 0; i < n; i++) {
		radius2[i] = collideRadius[i]! * collideRadius[i]!;
		maxRadius = Math.max(maxRadius, collideRadius[i]!);
	}
	const px = new Float64Array(n);
	const order = Int32Array.from({ length: n }, (_, i) => i);
	const pairs = mediatedPairs(n, model);

	// Each force is a function of its own: small functions called every tick are optimised
	// after a few ticks, where one long loop body waited for on-stack replacement (the first,
	// and only, layout of a page ran several times slower than later ones).
	let alpha = 1;
	for (let t = 0; t < ticks; t++) {
		alpha += (0 - alpha) * alphaDecay;
		applyLinks(bodies, model, bias, alpha);
		applyMediation(bodies, model, alpha);
		if (pairs) applyClearance(bodies, n, pairs, alpha);
		if (model.charge !== 0) applyCharge(bodies, n, model.charge * alpha);
		applyCentre(bodies, n, model, alpha);
		for (let pass = 0; pass < model.collideIterations; pass++)
			applyCollision(bodies, n, collideRadius, radius2, maxRadius, px, order);
		for (let i = 0; i < n; i++) {
			x[i]! += vx[i]! *= VELOCITY_DECAY;
			y[i]! += vy[i]! *= VELOCITY_DECAY;
		}
		if ((t + 1) % ticksPerStep === 0 && t + 1 < ticks) yield;
	}
	return [x, y];
}

/** Links, in order, each seeing the velocities the previous ones left. */
function applyLinks(
	{ x, y, vx, vy }: Bodies,
	{ source, target, distance, strength }: ForceModel,
	bias: Float64Array,
	alpha: number
): void {
	const links = source.length;
	for (let k = 0; k < links; k++) {
		const s = source[k]!;
		const g = target[k]!;
		let dx = x[g]! + vx[g]! - x[s]! - vx[s]! || jiggle(s, g);
		let dy = y[g]! + vy[g]! - y[s]! - vy[s]! || jiggle(g, s);
		let l = Math.sqrt(dx * dx + dy * dy);
		l = ((l - distance[k]!) / l) * alpha * strength[k]!;
		dx *= l;
		dy *= l;
		const b = bias[k]!;
		vx[g]! -= dx * b;
		vy[g]! -= dy * b;
		vx[s]! += dx * (1 - b);
		vy[s]! += dy * (1 - b);
	}
}

/**
 * Many-body: every other node pushes, by the inverse of the distance, from positions at the
 * start of the tick (as d3 reads them). One strength for all: each pair once.
 */
function applyCharge({ x, y, vx, vy }: Bodies, n: number, push: number): void {
	for (let i = 0; i < n; i++) {
		const xi = x[i]!;
		const yi = y[i]!;
		let ax = 0;
		let ay = 0;
		for (let j = i + 1; j < n; j++) {
			let dx = x[j]! - xi;
			let dy = y[j]! - yi;
			if (dx === 0) dx = jiggle(i, j);
			if (dy === 0) dy = jiggle(j, i);
			let l = dx * dx + dy * dy;
			if (l < DISTANCE_MIN2) l = Math.sqrt(DISTANCE_MIN2 * l);
			const k = push / l;
			dx *= k;
			dy *= k;
			ax += dx;
			ay += dy;
			vx[j]! -= dx;
			vy[j]! -= dy;
		}
		vx[i]! += ax;
		vy[i]! += ay;
	}
}

/** Pull to each node's anchor (the origin when none). */
function applyCentre(
	{ x, y, vx, vy }: Bodies,
	n: number,
	{ strengthX, strengthY, anchorX, anchorY }: ForceModel,
	alpha: number
): void {
	for (let i = 0; i < n; i++) {
		vx[i]! -= (x[i]! - (anchorX ? anchorX[i]! : 0)) * strengthX[i]! * alpha;
		vy[i]! -= (y[i]! - (anchorY ? anchorY[i]! : 0)) * strengthY[i]! * alpha;
	}
}

/**
 * Collision, one pass: overlapping pairs are pushed apart, the smaller node moving more. Nodes
 * are taken in order of x (sweep and prune, as d3 prunes with its quadtree): a pair further
 * apart in x than the two largest radii cannot touch.
 */
function applyCollision(
	{ x, y, vx, vy }: Bodies,
	n: number,
	collideRadius: Float64Array,
	radius2: Float64Array,
	maxRadius: number,
	px: Float64Array,
	order: Int32Array
): void {
	for (let i = 0; i < n; i++) px[i] = x[i]! + vx[i]!;
	// Nearly sorted from the previous pass: insertion sort is about linear.
	for (let a = 1; a < n; a++) {
		const node = order[a]!;
		const key = px[node]!;
		let b = a - 1;
		while (b >= 0 && px[order[b]!]! > key) {
			order[b + 1] = order[b]!;
			b--;
		}
		order[b + 1] = node;
	}
	for (let a = 0; a < n; a++) {
		const i = order[a]!;
		const ri = collideRadius[i]!;
		const ri2 = radius2[i]!;
		const xi = x[i]! + vx[i]!;
		const yi = y[i]! + vy[i]!;
		const reach = px[i]! + ri + maxRadius;
		for (let c = a + 1; c < n; c++) {
			const j = order[c]!;
			if (px[j]! > reach) break;
			const r = ri + collideRadius[j]!;
			let dx = xi - x[j]! - vx[j]!;
			let dy = yi - y[j]! - vy[j]!;
			let l = dx * dx + dy * dy;
			if (l >= r * r) continue;
			if (dx === 0) {
				dx = jiggle(i, j);
				l += dx * dx;
			}
			if (dy === 0) {
				dy = jiggle(j, i);
				l += dy * dy;
			}
			l = Math.sqrt(l);
			l = (r - l) / l;
			dx *= l;
			dy *= l;
			const share = radius2[j]! / (ri2 + radius2[j]!);
			vx[i]! += dx * share;
			vy[i]! += dy * share;
			vx[j]! -= dx * (1 - share);
			vy[j]! -= dy * (1 - share);
		}
	}
}
