/**
 * The rule a drawing of mediations is held to: a go-between sits between the parties it
 * stands between when its projection on the segment between them falls within 10–90 % of it,
 * no farther from it than 35 % of its length. What the force layout aims at, and how it picks
 * the best of its runs.
 */

/** The share of the segment from either end the projection must keep clear of. */
export const RULE_ALONG = 0.1;
/** How far off the segment (a share of its length) the go-between may be. */
export const RULE_ACROSS = 0.35;

/** Whether (mx, my) sits between (ax, ay) and (bx, by) by the rule. */
export function isBetween(
	mx: number,
	my: number,
	ax: number,
	ay: number,
	bx: number,
	by: number
): boolean {
	const ux = bx - ax;
	const uy = by - ay;
	const length2 = ux * ux + uy * uy;
	if (length2 === 0) return false;
	const along = ((mx - ax) * ux + (my - ay) * uy) / length2;
	const across = Math.abs((mx - ax) * uy - (my - ay) * ux) / Math.sqrt(length2);
	return (
		along >= RULE_ALONG && along <= 1 - RULE_ALONG && across <= RULE_ACROSS * Math.sqrt(length2)
	);
}

/** Mediations by node index: go-between, parties, and weight (events, at least 1). */
export interface IndexedMediations {
	mediator: Int32Array;
	partyA: Int32Array;
	partyB: Int32Array;
	weight: Float64Array;
}

/** The share of mediations, weighted, whose go-between sits between its parties (1 for none). */
export function mediationShare(
	mediations: IndexedMediations,
	x: ArrayLike<number>,
	y: ArrayLike<number>
): number {
	const { mediator, partyA, partyB, weight } = mediations;
	let total = 0;
	let between = 0;
	for (let k = 0; k < mediator.length; k++) {
		const m = mediator[k]!;
		const a = partyA[k]!;
		const b = partyB[k]!;
		total += weight[k]!;
		if (isBetween(x[m]!, y[m]!, x[a]!, y[a]!, x[b]!, y[b]!)) between += weight[k]!;
	}
	return total === 0 ? 1 : between / total;
}
