/**
 * The greedy partition itself, over typed arrays of left and right edges (see `packLaneRows`
 * and `LanePacker`, which work out the edges): first-fit in left-edge order under a row cap.
 */
import type { LanePacking } from './packLaneRows';

/**
 * Rooms asked on use (see `LanePacker`): `after` holds NaN until `roomOf(i)` fills it in, and
 * the marks `moved` (their label before them, near the plot's end) keep `movedRoom` instead.
 */
export interface LazyRoom {
	roomOf: (i: number) => number;
	moved: Uint8Array | null;
	movedRoom: number;
}

/**
 * The greedy partition of marks with left edges `x0` and right edges `x1`: by left edge, then
 * lane order (time, then event order), each mark to the first row free at its start. Greedy
 * partitioning in left-edge order uses the fewest rows whatever the order among equal edges;
 * lane order keeps it deterministic and means most lanes need no sorting at all.
 */
export function packExtents(
	x0: Float64Array,
	x1: Float64Array,
	extended: Uint8Array,
	after: Float64Array,
	maxRows: number,
	lazy: LazyRoom | null = null
): LanePacking {
	const n = x0.length;
	// Lanes are in time order, so the left edges usually ascend already. Otherwise (windows
	// and bars reaching back past earlier marks) the marks are put in order.
	let order: Int32Array | null = null;
	for (let i = 1; i < n; i++) {
		if (x0[i - 1]! > x0[i]!) {
			order = sortByLeftEdge(x0, extended);
			break;
		}
	}
	const rows = new Int8Array(n).fill(-1);
	const rowEnds = new Float64Array(maxRows);
	let used = 0;
	let overflow = 0;
	for (let k = 0; k < n; k++) {
		const i = order === null ? k : order[k]!;
		const start = x0[i]!;
		let row = -1;
		// A row's end includes the room its last mark keeps after it.
		for (let r = 0; r < used; r++) {
			if (rowEnds[r]! <= start) {
				row = r;
				break;
			}
		}
		if (row === -1 && used < maxRows) row = used++;
		if (row === -1) {
			overflow++;
			continue;
		}
		let room = after[i]!;
		if (lazy !== null) {
			// NaN: not asked yet (see `LanePacker`); only the marks placed need their room.
			if (lazy.moved !== null && lazy.moved[i]) room = lazy.movedRoom;
			else if (room !== room) room = after[i] = lazy.roomOf(i);
		}
		rowEnds[row] = Math.max(x1[i]!, start) + room;
		rows[i] = row;
	}
	const overflowBefore = new Uint32Array(n + 1);
	for (let i = 0; i < n; i++) overflowBefore[i + 1] = overflowBefore[i]! + (rows[i]! < 0 ? 1 : 0);
	return { rows, overflowBefore, rowCount: Math.max(1, used), overflow };
}

/**
 * Positions in (left edge, position) order. Marks without a window or bar have their left edge
 * a fixed distance before their plotted time, so they are in that order already; only the
 * others (a fifth, typically) are sorted, then the two merged.
 */
function sortByLeftEdge(x0: Float64Array, extended: Uint8Array): Int32Array {
	const n = x0.length;
	const before = (a: number, b: number) => x0[a]! - x0[b]! || a - b;
	let others = 0;
	let last = -Infinity;
	for (let i = 0; i < n; i++) {
		if (extended[i]) others++;
		else if (x0[i]! < last) {
			// Not expected (left edges of plain marks follow their times): sort everything.
			return Int32Array.from({ length: n }, (_, j) => j).sort(before);
		} else last = x0[i]!;
	}
	const sorted = new Int32Array(others);
	for (let i = 0, o = 0; i < n; i++) if (extended[i]) sorted[o++] = i;
	sorted.sort(before);
	const order = new Int32Array(n);
	// p walks the plain marks in position order, o the others in left-edge order.
	let p = 0;
	let o = 0;
	for (let k = 0; k < n; k++) {
		while (p < n && extended[p]) p++;
		if (o >= others || (p < n && before(p, sorted[o]!) <= 0)) order[k] = p++;
		else order[k] = sorted[o++]!;
	}
	return order;
}
