/**
 * Small pure helpers the network view needs besides the layout: which events a time mode
 * keeps, chart size, stroke width by weight, keyboard moves between nodes, fit-to-view.
 */
import { DAY_MS } from '../../data/calendar';
import { lastSpanDay } from '../../data/eventSpan';
import type { DiplomaticEvent } from '../../data/schema';

export type TimeMode =
	{ kind: 'window'; window: readonly [number, number] | null } | { kind: 'asOf'; day: string };

/**
 * The events a time mode keeps: those whose window overlaps the timeline's visible window
 * (everything when there is none), or those dated on or before the "as of" day.
 */
export function eventsInTime<E extends DiplomaticEvent>(events: readonly E[], mode: TimeMode): E[] {
	if (mode.kind === 'window' && !mode.window) return [...events];
	return events.filter(isInTime(mode));
}

/** Whether an event is kept by a time mode (see `eventsInTime`). */
export function isInTime(mode: TimeMode): (event: DiplomaticEvent) => boolean {
	if (mode.kind === 'asOf') return (event) => event.date.value <= mode.day;
	const window = mode.window;
	if (!window) return () => true;
	// An event overlaps when its first day starts by the window's end and its last day ends
	// after the window's start: as ISO days, first <= the end's day and last >= the start's
	// day. Comparing strings spares parsing two dates per event (100,000 on every zoom frame).
	const firstDay = isoDay(window[0]);
	const lastDay = isoDay(window[1]);
	return (event) => event.date.earliest <= lastDay && lastSpanDay(event.date) >= firstDay;
}

/**
 * `eventsInTime(visible, mode)` as a mask over `all` (1 = kept), with how many are kept: what
 * `computeVisibleGraphAt` reads. `visible` is usually a part of `all` in the same order (the
 * filters keep the order): then it is matched by walking both, with no lookups.
 */
export function markEventsInTime(
	all: readonly DiplomaticEvent[],
	visible: readonly DiplomaticEvent[],
	mode: TimeMode
): { mask: Uint8Array; count: number } {
	const mask = new Uint8Array(all.length);
	const kept = isInTime(mode);
	let count = 0;
	let j = 0;
	for (const event of visible) {
		while (j < all.length && all[j] !== event) j++;
		if (j === all.length) return markByPosition(all, visible, kept);
		if (kept(event)) {
			mask[j] = 1;
			count++;
		}
		j++;
	}
	return { mask, count };
}

function markByPosition(
	all: readonly DiplomaticEvent[],
	visible: readonly DiplomaticEvent[],
	kept: (event: DiplomaticEvent) => boolean
): { mask: Uint8Array; count: number } {
	const position = new Map(all.map((event, i) => [event, i]));
	const mask = new Uint8Array(all.length);
	let count = 0;
	for (const event of visible) {
		const i = position.get(event);
		if (i === undefined || mask[i] === 1 || !kept(event)) continue;
		mask[i] = 1;
		count++;
	}
	return { mask, count };
}

/**
 * How long (ms) the network waits before following a change: not at all, except while a zoom
 * gesture goes on over many events (only the window moved, and it moved `sincePreviousMs` ago,
 * less than `settleMs`): then until the gesture pauses for `settleMs`. A single zoom is followed
 * at once; a gesture through 100,000 events leaves the timeline's frames to the timeline.
 */
export function followDelay(
	change: { windowOnly: boolean; events: number; sincePreviousMs: number },
	{ atOnceUpTo = 20_000, settleMs = 150 } = {}
): number {
	const inGesture = change.windowOnly && change.sincePreviousMs < settleMs;
	return inGesture && change.events > atOnceUpTo ? settleMs : 0;
}

function isoDay(time: number): string {
	const day = Math.floor(Math.max(-8.64e15, Math.min(8.64e15, time)) / DAY_MS) * DAY_MS;
	return new Date(day).toISOString().slice(0, 10);
}

/**
 * At most `limit` edges, the heaviest (most visible events), in their given order; membership
 * lines always stay. The same list when it is within the limit.
 */
export function heaviestEdges<D extends { edge: { kind: string }; summary: { weight: number } }>(
	edges: readonly D[],
	limit: number
): readonly D[] {
	if (edges.length <= limit) return edges;
	const weights = edges
		.filter((d) => d.edge.kind !== 'membership')
		.map((d) => d.summary.weight)
		.sort((p, q) => q - p);
	const room = Math.max(0, limit - (edges.length - weights.length));
	const threshold = weights[room - 1] ?? Infinity;
	// Edges at the threshold weight are taken in order until the limit is reached.
	let atThreshold = room - weights.filter((w) => w > threshold).length;
	return edges.filter((d) => {
		if (d.edge.kind === 'membership') return true;
		if (d.summary.weight > threshold) return true;
		if (d.summary.weight === threshold && atThreshold > 0) {
			atThreshold--;
			return true;
		}
		return false;
	});
}

/** Each node's neighbours along the given edges. */
export function adjacency(
	edges: readonly { source: string; target: string }[]
): Map<string, Set<string>> {
	const map = new Map<string, Set<string>>();
	const link = (p: string, q: string) => {
		const set = map.get(p) ?? new Set<string>();
		set.add(q);
		map.set(p, set);
	};
	for (const edge of edges) {
		link(edge.source, edge.target);
		link(edge.target, edge.source);
	}
	return map;
}

/** Height of the drawing area for a width: taller than wide on phones, wide on desktops. */
export function diagramHeight(width: number): number {
	if (width < 640) return Math.round(Math.max(400, Math.min(560, width * 1.2)));
	return Math.round(Math.max(440, Math.min(620, width * 0.52)));
}

/** Stroke width of an edge of `weight` events, in px: grows with the square root, capped. */
export function edgeWidth(weight: number): number {
	return Math.min(7, 1.5 + 1.3 * Math.sqrt(Math.max(0, weight - 1)));
}

export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

/**
 * The node an arrow key moves to: the nearest one inside a 45° cone either side of the
 * direction, preferring nodes straight ahead; null when there is none that way.
 */
export function nearestInDirection(
	nodes: readonly { id: string; x: number; y: number }[],
	fromId: string,
	direction: ArrowDirection
): string | null {
	const from = nodes.find((node) => node.id === fromId);
	if (!from) return nodes[0]?.id ?? null;
	const [ux, uy] = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction];
	let best: { id: string; score: number } | null = null;
	for (const node of nodes) {
		if (node.id === fromId) continue;
		const dx = node.x - from.x;
		const dy = node.y - from.y;
		const along = dx * ux! + dy * uy!;
		const across = Math.abs(dx * uy! - dy * ux!);
		if (along <= 0 || across > along) continue;
		const score = along + 2 * across;
		if (!best || score < best.score || (score === best.score && node.id < best.id))
			best = { id: node.id, score };
	}
	return best?.id ?? null;
}

/** The zoom transform that fits circles into a view of the given size, never zooming past maxScale. */
export function fitTransform(
	circles: readonly { x: number; y: number; r: number }[],
	size: { width: number; height: number },
	padding = 24,
	maxScale = 3
): { k: number; x: number; y: number } {
	if (circles.length === 0) return { k: 1, x: 0, y: 0 };
	const x0 = Math.min(...circles.map((c) => c.x - c.r));
	const x1 = Math.max(...circles.map((c) => c.x + c.r));
	const y0 = Math.min(...circles.map((c) => c.y - c.r));
	const y1 = Math.max(...circles.map((c) => c.y + c.r));
	const k = Math.min(
		maxScale,
		(size.width - 2 * padding) / Math.max(1, x1 - x0),
		(size.height - 2 * padding) / Math.max(1, y1 - y0)
	);
	return {
		k,
		x: size.width / 2 - k * ((x0 + x1) / 2),
		y: size.height / 2 - k * ((y0 + y1) / 2)
	};
}
