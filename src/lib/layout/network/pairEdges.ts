/**
 * What is drawn for the edges in view: one line per pair of actors (its kinds listed, for a
 * small stack of glyphs), or one per pair and kind ("split by kind"). A pair's line sums its
 * kinds' events by status and keeps the direction they share.
 */
import type { GraphEdge } from './graphTypes';
import type { EdgeKind } from './contactKinds';
import type { EdgeSummary } from './summarizeEdge';

export interface DrawnEdge {
	/** `pair:a|b`, or the graph edge's key when split by kind (and for membership lines). */
	key: string;
	a: string;
	b: string;
	/** The kinds of contact it stands for, in the graph's order. */
	kinds: EdgeKind[];
	/** The graph edges it stands for. */
	edges: GraphEdge[];
	summary: EdgeSummary;
}

type Direction = { forward: boolean; backward: boolean };

function directionOf(edge: GraphEdge, summary: EdgeSummary): Direction {
	if (summary.direction === 'none') return { forward: false, backward: false };
	if (summary.direction === 'both') return { forward: true, backward: true };
	const forward = summary.source === edge.a;
	return { forward, backward: !forward };
}

/** The edges in view, one per pair (membership lines apart) or, split, one per edge. */
export function drawnEdges(
	visible: readonly { edge: GraphEdge; summary: EdgeSummary }[],
	splitByKind: boolean
): DrawnEdge[] {
	if (splitByKind)
		return visible.map(({ edge, summary }) => ({
			key: edge.key,
			a: edge.a,
			b: edge.b,
			kinds: [edge.kind],
			edges: [edge],
			summary
		}));
	const byPair = new Map<string, { edge: GraphEdge; summary: EdgeSummary }[]>();
	const out: (DrawnEdge | string)[] = [];
	for (const item of visible) {
		if (item.edge.kind === 'membership') {
			out.push({
				key: item.edge.key,
				a: item.edge.a,
				b: item.edge.b,
				kinds: ['membership'],
				edges: [item.edge],
				summary: item.summary
			});
			continue;
		}
		const key = `pair:${item.edge.a}|${item.edge.b}`;
		const group = byPair.get(key);
		if (group) group.push(item);
		else {
			byPair.set(key, [item]);
			out.push(key);
		}
	}
	return out.map((item) => (typeof item === 'string' ? mergePair(item, byPair.get(item)!) : item));
}

function mergePair(key: string, items: { edge: GraphEdge; summary: EdgeSummary }[]): DrawnEdge {
	const [first] = items;
	if (items.length === 1)
		return {
			key,
			a: first!.edge.a,
			b: first!.edge.b,
			kinds: [first!.edge.kind],
			edges: [first!.edge],
			summary: first!.summary
		};
	const { a, b } = first!.edge;
	let forward = false;
	let backward = false;
	const counts = { happened: 0, expected: 0, 'called-off': 0 };
	const statuses: EdgeSummary['statuses'] = {};
	let weight = 0;
	let standing = false;
	for (const { edge, summary } of items) {
		const d = directionOf(edge, summary);
		forward ||= d.forward;
		backward ||= d.backward;
		counts.happened += summary.counts.happened;
		counts.expected += summary.counts.expected;
		counts['called-off'] += summary.counts['called-off'];
		for (const status in summary.statuses) {
			const s = status as keyof typeof statuses;
			statuses[s] = (statuses[s] ?? 0) + summary.statuses[s]!;
		}
		weight += summary.weight;
		standing ||= summary.standing;
	}
	const swap = backward && !forward;
	let eventIds: string[] | undefined;
	return {
		key,
		a,
		b,
		kinds: items.map((item) => item.edge.kind),
		edges: items.map((item) => item.edge),
		summary: {
			source: swap ? b : a,
			target: swap ? a : b,
			direction: forward && backward ? 'both' : forward || backward ? 'forward' : 'none',
			status: counts.happened > 0 ? 'happened' : counts.expected > 0 ? 'expected' : 'called-off',
			// Listed when read (the lines drawn, a line's event list): a pair's kinds may share
			// events, and merging every pair's ids up front was most of a 300,000-event update.
			get eventIds() {
				return (eventIds ??= idsOf(items));
			},
			weight,
			counts,
			statuses,
			standing
		}
	};
}

/**
 * A pair's event ids, each once. Contact edges of one pair never share an event (an event has
 * one kind, and a mediator is never also a party), so their lists are joined as they are; a
 * relation's evidence may repeat a contact's event, so with relations they are merged.
 */
function idsOf(items: readonly { edge: GraphEdge; summary: EdgeSummary }[]): string[] {
	const lists = items.map((item) => item.summary.eventIds);
	return items.every((item) => item.edge.basis === 'event') ? lists.flat() : unionOf(lists);
}

/** The ids of every list, each once, in the order first listed. */
function unionOf(lists: readonly (readonly string[])[]): string[] {
	const seen = new Set<string>();
	const union: string[] = [];
	for (const list of lists)
		for (const id of list)
			if (!seen.has(id)) {
				seen.add(id);
				union.push(id);
			}
	return union;
}

const HELD: readonly string[] = ['occurred', 'reported', 'claimed'];

/**
 * The events of an edge in words, what happened first: "3 held, 1 postponed, 1 cancelled"
 * (held: occurred, reported or claimed).
 */
export function statusWords(statuses: EdgeSummary['statuses']): string {
	const held = HELD.reduce((sum, s) => sum + (statuses[s as keyof typeof statuses] ?? 0), 0);
	const parts = held > 0 ? [`${held} held`] : [];
	for (const status of ['planned', 'tentative', 'postponed', 'cancelled'] as const)
		if (statuses[status]) parts.push(`${statuses[status]} ${status}`);
	return parts.join(', ');
}
