/**
 * The network graph as it was built before the graph builder (`GraphBuilder`): one pass over
 * the events with string keys and an object per contribution, straightforward to read. Kept
 * only as the oracle the builder's results are compared with (the same graph, for any dataset).
 */
import { rollUpActor, type ActorHierarchy } from '../../../src/lib/data/actors/actorHierarchy';
import type { Actor, DiplomaticEvent, Relation } from '../../../src/lib/data/schema';
import type {
	BuildGraphOptions,
	Graph,
	GraphEdge,
	GraphNode,
	Mediation,
	NodeKind
} from '../../../src/lib/layout/network/graphTypes';
import {
	contactKindOf,
	EDGE_KINDS,
	HOSTABLE_KINDS,
	RELATION_KINDS,
	type ContactKind,
	type EdgeKind
} from '../../../src/lib/layout/network/contactKinds';

const NODE_KINDS: ReadonlySet<string> = new Set([
	'state',
	'igo',
	'venue',
	'person',
	'org',
	'group'
]);

export function referenceBuildGraph(
	events: readonly DiplomaticEvent[],
	hierarchy: ActorHierarchy,
	relations: readonly Relation[] = [],
	{ showMembers = false }: BuildGraphOptions = {}
): Graph {
	const actors = hierarchy.actors;
	// A venue that is a state's seat stands for that state: Abu Dhabi hosting is the UAE hosting.
	const seatOf = new Map<string, string>();
	for (const actor of actors.values()) {
		if (actor.seat && !seatOf.has(actor.seat)) seatOf.set(actor.seat, actor.id);
	}

	const nodes = new Map<string, GraphNode>();
	const edges = new Map<string, GraphEdge>();
	const edgeIndex = new Map<string, Map<string, Map<EdgeKind, GraphEdge>>>();
	const mediations = new Map<string, Mediation>();
	const mediate = (m: string, p: string, q: string, eventId: string | null) => {
		if (p === q || m === p || m === q) return;
		const [a, b] = p < q ? [p, q] : [q, p];
		const key = `${m}|${a}|${b}`;
		let mediation = mediations.get(key);
		if (!mediation) mediations.set(key, (mediation = { key, mediator: m, a, b, eventIds: [] }));
		if (eventId !== null && mediation.eventIds.at(-1) !== eventId) mediation.eventIds.push(eventId);
	};

	const nodeIdOf = (actorId: string): string => {
		const seated = seatOf.get(actorId);
		if (seated) return showMembers ? seated : rollUpActor(hierarchy, seated);
		return showMembers ? actorId : rollUpActor(hierarchy, actorId);
	};

	const ensureNode = (id: string): GraphNode => {
		let node = nodes.get(id);
		if (node) return node;
		const actor = actors.get(id);
		const top = rollUpActor(hierarchy, id);
		node = {
			id,
			kind: actor && NODE_KINDS.has(actor.kind) ? (actor.kind as NodeKind) : 'group',
			label: labelOf(actor, actors) ?? id,
			name: actor?.name ?? id,
			parentId: showMembers && top !== id ? top : null,
			coordinates: coordinatesOf(actor, actors),
			eventIds: []
		};
		nodes.set(id, node);
		if (node.parentId) {
			ensureNode(node.parentId);
			edgeFor('membership', 'membership', id, node.parentId);
		}
		return node;
	};

	const edgeFor = (
		kind: EdgeKind,
		basis: GraphEdge['basis'],
		from: string,
		to: string
	): { edge: GraphEdge; forward: boolean } => {
		const forward = from < to;
		const a = forward ? from : to;
		const b = forward ? to : from;
		// A standing relation of the same kind as some events joins their edge, not a parallel one.
		// Looked up by the ids themselves (nested maps): building a key string for every
		// contribution was most of the cost at 100,000 events.
		let byB = edgeIndex.get(a);
		if (!byB) edgeIndex.set(a, (byB = new Map()));
		let byKind = byB.get(b);
		if (!byKind) byB.set(b, (byKind = new Map()));
		let edge = byKind.get(kind);
		if (!edge) {
			const key = `${kind}:${a}|${b}`;
			edge = {
				key,
				kind,
				basis,
				a,
				b,
				contributions: [],
				relationIds: [],
				relationDirection: 'none',
				relationUnconditional: false,
				eventIds: []
			};
			edges.set(key, edge);
			byKind.set(kind, edge);
		}
		if (basis === 'event' && edge.basis === 'relation') edge.basis = 'event';
		return { edge, forward };
	};

	const contribute = (
		kind: EdgeKind,
		from: string,
		to: string,
		directed: boolean,
		event: DiplomaticEvent
	) => {
		if (from === to) return;
		const { edge, forward } = edgeFor(kind, 'event', from, to);
		// An event's contributions are added together, so a repeat can only be the last one.
		if (edge.contributions.at(-1)?.eventId === event.id) return;
		edge.contributions.push({
			eventId: event.id,
			direction: directed ? (forward ? 'forward' : 'backward') : 'none',
			status: event.status
		});
		edge.eventIds.push(event.id);
	};

	// A dataset uses a handful of codes: look each one up in the table once.
	const kindByCode = new Map<string, Map<string | null, ContactKind>>();
	const kindOf = (type: DiplomaticEvent['type']): ContactKind => {
		let byPlover = kindByCode.get(type.cameo);
		if (!byPlover) kindByCode.set(type.cameo, (byPlover = new Map()));
		let kind = byPlover.get(type.plover);
		if (kind === undefined) byPlover.set(type.plover, (kind = contactKindOf(type)));
		return kind;
	};

	const NONE: readonly string[] = [];
	const takePart = (id: string, event: DiplomaticEvent) => {
		const node = ensureNode(id);
		// Once per event, however many roles the node has in it.
		if (node.eventIds.at(-1) !== event.id) node.eventIds.push(event.id);
	};
	for (const event of events) {
		const kind = kindOf(event.type);
		const sources = uniqueNodeIds(event.sourceActors, nodeIdOf);
		const targets = uniqueNodeIds(event.targetActors, nodeIdOf);
		const mediators = event.mediators?.length ? uniqueNodeIds(event.mediators, nodeIdOf) : NONE;
		const parties = targets.length === 0 ? sources : unique([...sources, ...targets]);
		const location = event.location ? actors.get(event.location.actorId) : undefined;
		// Only a venue (or a seat) hosts; a state given as location only says where it happened.
		const host =
			location && (location.kind === 'venue' || seatOf.has(location.id)) && HOSTABLE_KINDS.has(kind)
				? nodeIdOf(location.id)
				: null;

		for (const id of parties) takePart(id, event);
		for (const id of mediators) takePart(id, event);
		if (host) takePart(host, event);

		if (targets.length > 0) {
			for (const s of sources) for (const t of targets) contribute(kind, s, t, true, event);
		} else {
			// A reciprocal meeting: every pair of sources, with no initiator.
			for (const [i, s] of sources.entries())
				for (const t of sources.slice(i + 1)) contribute(kind, s, t, false, event);
		}
		// Party – mediator – party: the go-between links to each party, not the parties to each other
		// through it. A go-between also named as a source (CAMEO 045: the mediator mediates the
		// targets) has its links already; it still stands between the others, who are the parties.
		const sides = mediators.length === 0 ? parties : parties.filter((p) => !mediators.includes(p));
		for (const m of mediators) {
			if (!parties.includes(m)) {
				const mediatorKind: EdgeKind = m === host ? 'hosting' : 'mediation';
				for (const p of parties) contribute(mediatorKind, m, p, true, event);
			}
			for (const [i, p] of sides.entries())
				for (const q of sides.slice(i + 1)) mediate(m, p, q, event.id);
		}
		if (host && !parties.includes(host) && !mediators.includes(host)) {
			for (const p of parties) contribute('hosting', host, p, true, event);
		}
	}

	const knownEvents = new Set(events.map((event) => event.id));
	// Event ids already on an edge, for the few edges relations touch (not a scan per id).
	const edgeEventIds = new Map<GraphEdge, Set<string>>();
	for (const relation of relations) {
		const from = nodeIdOf(relation.from);
		const kind = RELATION_KINDS[relation.type];
		if (relation.type === 'mediates' || relation.type === 'carries_message') {
			const parties = unique(relation.to.map(nodeIdOf));
			const ids = (relation.eventIds ?? []).filter((id) => knownEvents.has(id));
			for (const [i, p] of parties.entries())
				for (const q of parties.slice(i + 1)) {
					if (ids.length === 0) mediate(from, p, q, null);
					for (const id of ids) mediate(from, p, q, id);
				}
		}
		for (const toActor of relation.to) {
			const to = nodeIdOf(toActor);
			if (from === to) continue;
			ensureNode(from);
			ensureNode(to);
			const { edge, forward } = edgeFor(kind, 'relation', from, to);
			if (!edge.relationIds.includes(relation.id)) edge.relationIds.push(relation.id);
			const direction = forward ? 'forward' : 'backward';
			edge.relationDirection =
				edge.relationDirection === 'none' || edge.relationDirection === direction
					? direction
					: 'both';
			if (!relation.eventIds?.length) edge.relationUnconditional = true;
			for (const id of relation.eventIds ?? []) {
				if (!knownEvents.has(id)) continue;
				let ids = edgeEventIds.get(edge);
				if (!ids) {
					ids = new Set(edge.eventIds);
					edgeEventIds.set(edge, ids);
				}
				if (!ids.has(id)) {
					ids.add(id);
					edge.eventIds.push(id);
				}
			}
		}
	}

	// Sorted output, so layouts do not depend on the order of the file.
	const kindOrder = new Map(EDGE_KINDS.map((kind, i) => [kind, i]));
	const basisOrder = { event: 0, relation: 1, membership: 2 };
	return {
		nodes: [...nodes.values()].sort((p, q) => compare(p.id, q.id)),
		edges: [...edges.values()].sort(
			(p, q) =>
				compare(p.a, q.a) ||
				compare(p.b, q.b) ||
				basisOrder[p.basis] - basisOrder[q.basis] ||
				kindOrder.get(p.kind)! - kindOrder.get(q.kind)!
		),
		mediations: [...mediations.values()].sort((p, q) => compare(p.key, q.key))
	};
}

function labelOf(actor: Actor | undefined, actors: ReadonlyMap<string, Actor>): string | null {
	if (!actor) return null;
	const seat = actor.seat ? actors.get(actor.seat) : undefined;
	return seat?.name ?? actor.name;
}

function coordinatesOf(
	actor: Actor | undefined,
	actors: ReadonlyMap<string, Actor>
): GraphNode['coordinates'] {
	if (!actor) return null;
	const place = actor.lat !== undefined ? actor : actor.seat ? actors.get(actor.seat) : undefined;
	return place?.lat !== undefined && place.lon !== undefined
		? { lat: place.lat, lon: place.lon }
		: null;
}

/** The node ids of some actors, once each, in order (`unique(ids.map(nodeIdOf))`). */
function uniqueNodeIds(ids: readonly string[], nodeIdOf: (id: string) => string): string[] {
	if (ids.length === 1) return [nodeIdOf(ids[0]!)];
	return unique(ids.map(nodeIdOf));
}

function unique<T>(items: readonly T[]): T[] {
	if (items.length < 2) return items.slice();
	if (items.length === 2) return items[0] === items[1] ? [items[0]!] : items.slice();
	return [...new Set(items)];
}

function compare(p: string, q: string): number {
	return p < q ? -1 : p > q ? 1 : 0;
}
