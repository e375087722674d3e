/**
 * What an edge draws for a set of visible events: weight by status, direction, and whether a
 * standing relation backs it.
 */
import type { EventStatus } from '../../data/schema';
import type { GraphEdge } from './graphTypes';
import { EDGE_STATUS_OF, type EdgeStatus } from './contactKinds';

/** A summary of an edge for a set of visible events: what is drawn. */
export interface EdgeSummary {
	source: string;
	target: string;
	direction: 'forward' | 'both' | 'none';
	/** The status it is mostly drawn with: happened when anything did, else expected, else called off. */
	status: EdgeStatus;
	eventIds: string[];
	/** Every visible contribution (at least 1): what ranks edges when only the heaviest are drawn. */
	weight: number;
	/**
	 * Visible contributions by how they stand: only `happened` (occurred, reported, claimed)
	 * makes the solid width; `expected` (planned, tentative) and `called-off` (postponed,
	 * cancelled) are drawn apart, dashed and dotted.
	 */
	counts: Record<EdgeStatus, number>;
	/** Visible contributions by their own status, for words ("3 held, 1 postponed"). */
	statuses: Partial<Record<EventStatus, number>>;
	/** A standing relation from the dataset backs the edge. */
	standing: boolean;
}

const STATUS_RANK: Record<EdgeStatus, number> = { happened: 0, expected: 1, 'called-off': 2 };

/**
 * What an edge shows for the visible events: weight, direction, status, and whether a standing
 * relation backs it. Null when nothing of it is visible. A relation shows while one of its
 * events is visible, or (with no events of its own) while both its ends are visible.
 */
export function summarizeEdge(
	edge: GraphEdge,
	visibleEventIds: ReadonlySet<string>,
	endsVisible = true
): EdgeSummary | null {
	return summarizeEdgeBy(
		edge,
		(k) => visibleEventIds.has(edge.contributions[k]!.eventId),
		(k) => visibleEventIds.has(edge.eventIds[k]!),
		endsVisible
	);
}

/**
 * `summarizeEdge` with visibility told by position: whether the edge's k-th contribution, and
 * its k-th event id, are visible.
 */
export function summarizeEdgeBy(
	edge: GraphEdge,
	contributionVisible: (k: number) => boolean,
	eventVisible: (k: number) => boolean,
	endsVisible: boolean
): EdgeSummary | null {
	if (edge.basis === 'membership') {
		return endsVisible
			? {
					source: edge.a,
					target: edge.b,
					direction: 'none',
					status: 'happened',
					eventIds: [],
					weight: 1,
					counts: { happened: 1, expected: 0, 'called-off': 0 },
					statuses: {},
					standing: false
				}
			: null;
	}
	// Counted as they are met: no list of the visible ones (thousands of edges per update).
	let visible = 0;
	let forward = false;
	let backward = false;
	let status: EdgeStatus = 'happened';
	const counts: Record<EdgeStatus, number> = { happened: 0, expected: 0, 'called-off': 0 };
	let statuses: Partial<Record<EventStatus, number>> | null = null;
	for (let k = 0; k < edge.contributions.length; k++) {
		if (!contributionVisible(k)) continue;
		const c = edge.contributions[k]!;
		const kind = EDGE_STATUS_OF[c.status];
		if (visible === 0 || STATUS_RANK[kind] < STATUS_RANK[status]) status = kind;
		visible++;
		if (c.direction === 'forward') forward = true;
		else if (c.direction === 'backward') backward = true;
		counts[kind]++;
		statuses ??= {};
		statuses[c.status] = (statuses[c.status] ?? 0) + 1;
	}
	const eventIds: string[] = [];
	for (let k = 0; k < edge.eventIds.length; k++)
		if (eventVisible(k)) eventIds.push(edge.eventIds[k]!);
	const standing =
		edge.relationIds.length > 0 &&
		((edge.relationUnconditional && endsVisible) ||
			// A visible event of the relation's own, not one of the contributions (which are
			// all in eventIds, once each): linear, not a scan per id.
			eventIds.length > visible ||
			visible > 0);
	if (visible === 0 && !standing) return null;
	if (visible === 0) {
		forward = edge.relationDirection === 'forward' || edge.relationDirection === 'both';
		backward = edge.relationDirection === 'backward' || edge.relationDirection === 'both';
	}
	const swap = backward && !forward;
	return {
		source: swap ? edge.b : edge.a,
		target: swap ? edge.a : edge.b,
		direction: forward && backward ? 'both' : forward || backward ? 'forward' : 'none',
		status,
		eventIds,
		weight: Math.max(1, visible),
		counts,
		statuses: statuses ?? {},
		standing
	};
}
