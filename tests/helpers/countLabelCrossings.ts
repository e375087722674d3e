/**
 * How many times a line crosses the label of an actor at neither of its ends: what the
 * network's label placement keeps low, measured on its result.
 */
import type { LabelPlacement, NodePlacement } from '../../src/lib/layout/network/layoutTypes';
import {
	segmentHitsBox,
	segmentsOf,
	type LabelObstacleLine
} from '../../src/lib/layout/network/placeNodeLabels';

/** Each line and label pair is counted once; unplaced labels do not count. */
export function countLabelCrossings(
	nodes: readonly NodePlacement[],
	labels: readonly Omit<LabelPlacement, 'text'>[],
	lines: readonly LabelObstacleLine[]
): number {
	const at = new Map(nodes.map((node) => [node.id, node]));
	const segments = segmentsOf(lines, at);
	let count = 0;
	for (const label of labels) {
		if (!label.placed) continue;
		for (const s of segments)
			if (s.a !== label.id && s.b !== label.id && segmentHitsBox(s.x1, s.y1, s.x2, s.y2, label))
				count++;
	}
	return count;
}
