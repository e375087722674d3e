/**
 * What the network's graph is: one node per state or international organisation (people and
 * bodies rolled up, or attached as their own nodes), venues as their own kind, and one edge per
 * pair of nodes and kind of contact that keeps its events. Built by `GraphBuilder`.
 */
import type { EventStatus } from '../../data/schema';
import type { EdgeKind } from './contactKinds';

export type NodeKind = 'state' | 'igo' | 'venue' | 'person' | 'org' | 'group';

export interface GraphNode {
	/** The actor the node stands for (a state for its rolled-up people). */
	id: string;
	kind: NodeKind;
	/** What is written next to the node: a state's seat (its capital), else the actor's name. */
	label: string;
	/** The actor's own name ("State A"). */
	name: string;
	/** The state a member node is attached to (members shown), else null. */
	parentId: string | null;
	/** Where the node sits on a map, from its own coordinates or its seat's; null when unknown. */
	coordinates: { lat: number; lon: number } | null;
	/** Events the node takes part in (rolled up), in input order. */
	eventIds: string[];
}

/** One event's share of an edge, with its direction relative to the edge's `a` → `b`. */
export interface EdgeContribution {
	eventId: string;
	direction: 'forward' | 'backward' | 'none';
	status: EventStatus;
}

export interface GraphEdge {
	/** Stable across filters: kind, basis and the (sorted) pair. */
	key: string;
	kind: EdgeKind;
	/** Where the edge comes from: events (perhaps also a relation), only a standing relation, or membership. */
	basis: 'event' | 'relation' | 'membership';
	/** The pair, sorted: a < b. */
	a: string;
	b: string;
	contributions: EdgeContribution[];
	/** Relations behind the edge (a standing tie), and their direction relative to a → b. */
	relationIds: string[];
	relationDirection: 'forward' | 'backward' | 'both' | 'none';
	/** Whether a relation with no events of its own backs the edge: it stands whatever the filters. */
	relationUnconditional: boolean;
	/** Events of the edge, in input order: its contributions, or the relation's evidence events. */
	eventIds: string[];
}

/**
 * A go-between and two parties it stands between (party – mediator – party): from events
 * that name it in `mediators`, and from standing `mediates` / `carries_message` relations.
 */
export interface Mediation {
	/** Stable: the mediator and the (sorted) pair. */
	key: string;
	mediator: string;
	/** The parties, sorted: a < b. */
	a: string;
	b: string;
	/** Events it mediated, in input order (none for a relation without events). */
	eventIds: string[];
}

export interface Graph {
	nodes: GraphNode[];
	edges: GraphEdge[];
	/** Every (mediator, party, party) triple, sorted by key. */
	mediations: Mediation[];
}

export interface BuildGraphOptions {
	/** People and bodies as their own nodes, attached to their state (default false). */
	showMembers?: boolean;
}
