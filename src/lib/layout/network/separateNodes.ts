/**
 * Keeping nodes apart and inside the box: fitting a cloud of points into it, clamping, and
 * pushing overlapping nodes apart, along the line between them or (on a map) along the line
 * between their true places, so nudging never swaps which is east or north of which.
 */
import { NODE_GAP, type Bounds } from './layoutTypes';
import { runToEnd, type Steps } from '../../data/steps';

/** Rounds of pushing apart between two yields of `separateNodesSteps` (a few ms at 150 nodes). */
const ROUNDS_PER_STEP = 20;

interface Point {
	x: number;
	y: number;
	r: number;
}

/**
 * Scales and shifts points to fill the box, one axis stretched at most `maxStretch` times the
 * other (1 keeps proportions; Infinity fits each axis on its own).
 */
export function fitInto(nodes: Point[], bounds: Bounds, maxStretch = Infinity): void {
	if (nodes.length === 0) return;
	let rMax = 0;
	let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
	for (const d of nodes) {
		rMax = Math.max(rMax, d.r);
		minX = Math.min(minX, d.x);
		maxX = Math.max(maxX, d.x);
		minY = Math.min(minY, d.y);
		maxY = Math.max(maxY, d.y);
	}
	const box = {
		x0: bounds.x0 + rMax,
		y0: bounds.y0 + rMax,
		x1: bounds.x1 - rMax,
		y1: bounds.y1 - rMax
	};
	let kx = maxX > minX ? (box.x1 - box.x0) / (maxX - minX) : 0;
	let ky = maxY > minY ? (box.y1 - box.y0) / (maxY - minY) : 0;
	const k = Math.min(kx || ky, ky || kx);
	kx = Math.min(kx || k, k * maxStretch);
	ky = Math.min(ky || k, k * maxStretch);
	const cx = (box.x0 + box.x1) / 2;
	const cy = (box.y0 + box.y1) / 2;
	for (const d of nodes) {
		d.x = cx + (d.x - (minX + maxX) / 2) * kx;
		d.y = cy + (d.y - (minY + maxY) / 2) * ky;
	}
}

export function clampInto(nodes: Point[], bounds: Bounds): void {
	for (const d of nodes) {
		d.x = Math.max(bounds.x0 + d.r, Math.min(bounds.x1 - d.r, d.x));
		d.y = Math.max(bounds.y0 + d.r, Math.min(bounds.y1 - d.r, d.y));
	}
}

/**
 * Pushes overlapping nodes apart (pairs by half their overlap each, deterministically) and
 * keeps them inside the box, until no two nodes come closer than NODE_GAP. With `anchors`
 * (their true places), a pair is pushed along the line between its anchors, so it keeps its
 * order east–west and north–south.
 */
export function separateNodes(
	nodes: Point[],
	bounds: Bounds,
	maxRounds = 400,
	anchors?: readonly ({ x: number; y: number } | undefined)[]
): void {
	runToEnd(separateNodesSteps(nodes, bounds, maxRounds, anchors));
}

/** `separateNodes` in steps of ROUNDS_PER_STEP rounds, for a layout spread over tasks. */
export function* separateNodesSteps(
	nodes: Point[],
	bounds: Bounds,
	maxRounds = 400,
	anchors?: readonly ({ x: number; y: number } | undefined)[]
): Steps<void> {
	clampInto(nodes, bounds);
	// Along the anchors first; what that cannot settle (a crowd pressed against the edge of the
	// box) is settled along the nodes' own lines.
	if (anchors && !(yield* separationRounds(nodes, bounds, maxRounds, anchors))) return;
	yield* separationRounds(nodes, bounds, maxRounds);
}

/** Rounds of pushing apart; true when overlaps are left after `maxRounds`. */
function* separationRounds(
	nodes: Point[],
	bounds: Bounds,
	maxRounds: number,
	anchors?: readonly ({ x: number; y: number } | undefined)[]
): Steps<boolean> {
	for (let round = 0; round < maxRounds; round++) {
		if (round > 0 && round % ROUNDS_PER_STEP === 0) yield;
		if (!separationRound(nodes, bounds, anchors)) return false;
	}
	return true;
}

/**
 * One round over every pair, true when a pair moved (a plain function: V8 optimises a hot loop
 * written in a generator late).
 */
function separationRound(
	nodes: Point[],
	bounds: Bounds,
	anchors?: readonly ({ x: number; y: number } | undefined)[]
): boolean {
	let moved = false;
	for (let i = 0; i < nodes.length; i++) {
		for (let j = i + 1; j < nodes.length; j++) {
			const p = nodes[i]!;
			const q = nodes[j]!;
			const min = p.r + q.r + NODE_GAP;
			let dx = q.x - p.x;
			let dy = q.y - p.y;
			const d = Math.hypot(dx, dy);
			if (d >= min - 1e-6) continue;
			const ap = anchors?.[i];
			const aq = anchors?.[j];
			const along = ap && aq ? Math.hypot(aq.x - ap.x, aq.y - ap.y) : 0;
			// Anchors closer than the nodes' radii: no order worth keeping between them.
			if (ap && aq && along > Math.min(p.r, q.r)) {
				dx = (aq.x - ap.x) / along;
				dy = (aq.y - ap.y) / along;
			} else if (d < 1e-6) {
				// Coincident: separate along a direction fixed by the pair's indices.
				const angle = ((i * 7 + j * 13) % 360) * (Math.PI / 180);
				dx = Math.cos(angle);
				dy = Math.sin(angle);
			} else {
				dx /= d;
				dy /= d;
			}
			// How far apart they are along that direction, and what is missing to `min`
			// (the gap across it counts too).
			const parallel = (q.x - p.x) * dx + (q.y - p.y) * dy;
			const across2 = Math.max(0, d * d - parallel * parallel);
			const need = Math.sqrt(Math.max(0, min * min - across2));
			const push = Math.max(0.01, (need - parallel) / 2 + 0.01);
			p.x -= dx * push;
			p.y -= dy * push;
			q.x += dx * push;
			q.y += dy * push;
			moved = true;
		}
	}
	clampInto(nodes, bounds);
	return moved;
}
