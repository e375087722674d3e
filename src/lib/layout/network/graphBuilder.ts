/**
 * Builds the network graph in steps (events, relations, then writing), so hundreds of thousands
 * of events never hold the page for long; actors, nodes and shares are plain integers so that
 * an event costs no allocation. Gives `buildGraph`'s graph and its `GraphIndex`.
 */
import { rollUpActor, type ActorHierarchy } from '../../data/actors/actorHierarchy';
import type { DiplomaticEvent, Relation } from '../../data/schema';
import type { BuildGraphOptions, Graph } from './graphTypes';
import {
	contactKindOf,
	EDGE_KINDS,
	HOSTABLE_KINDS,
	RELATION_KINDS,
	type EdgeKind
} from './contactKinds';
import type { GraphIndex } from './graphIndex';
import { GrowableInts, uniqueInto } from './intLists';
import { writeGraph, type BuiltEdge, type BuiltMediation, type BuiltNode } from './writeGraph';

const KIND_NUMBER = new Map<EdgeKind, number>(EDGE_KINDS.map((kind, i) => [kind, i]));
const HOSTABLE = EDGE_KINDS.map((kind) => HOSTABLE_KINDS.has(kind as never));
const MEDIATION = KIND_NUMBER.get('mediation')!;
const HOSTING = KIND_NUMBER.get('hosting')!;
const MEMBERSHIP = KIND_NUMBER.get('membership')!;
/** Kinds per pair: an edge's number in its first node's map is its other node's × 16 + kind. */
const KIND_SLOTS = 16;
/** Directions of an event's share, in its low two bits. */
export const DIRECTION_NONE = 0;
export const DIRECTION_FORWARD = 1;
export const DIRECTION_BACKWARD = 2;

export type GraphBuildPhase = 'events' | 'relations' | 'write' | 'done';

export class GraphBuilder {
	readonly #events: readonly DiplomaticEvent[];
	readonly #relations: readonly Relation[];
	readonly #hierarchy: ActorHierarchy;
	readonly #showMembers: boolean;
	readonly #seatOf = new Map<string, string>();
	/** Actor id → its node's number (rolled up, or the state whose seat it is). */
	readonly #nodeOfActor = new Map<string, number>();
	/** Node id → number, and each node's parts. */
	readonly #nodeNumber = new Map<string, number>();
	readonly #nodes: BuiltNode[] = [];
	/** Per node (the lower-numbered of a pair): other node × 16 + kind → edge number. */
	readonly #edgeOf: Map<number, number>[] = [];
	readonly #edges: BuiltEdge[] = [];
	/** Per mediator: the pair's lower node × the node cap + the higher → mediation number. */
	readonly #mediationOf = new Map<number, Map<number, number>>();
	readonly #mediations: BuiltMediation[] = [];
	/** CAMEO code → PLOVER → kind number. */
	readonly #kindByCode = new Map<string, Map<string | null, number>>();
	/** Location actor id → the node that hosts there, -1 when it hosts nothing. */
	readonly #hostOf = new Map<string, number>();
	// Scratch lists, reused for every event.
	readonly #sources = new GrowableInts();
	readonly #targets = new GrowableInts();
	readonly #mediators = new GrowableInts();
	readonly #parties = new GrowableInts();
	readonly #sides = new GrowableInts();
	#next = 0;
	#phase: GraphBuildPhase = 'events';
	#written: { graph: Graph; index: GraphIndex } | null = null;
	#writer: Iterator<void, { graph: Graph; index: GraphIndex }> | null = null;

	constructor(
		events: readonly DiplomaticEvent[],
		hierarchy: ActorHierarchy,
		relations: readonly Relation[] = [],
		{ showMembers = false }: BuildGraphOptions = {}
	) {
		this.#events = events;
		this.#relations = relations;
		this.#hierarchy = hierarchy;
		this.#showMembers = showMembers;
		// A venue that is a state's seat stands for that state: Abu Dhabi hosting is the UAE hosting.
		for (const actor of hierarchy.actors.values()) {
			if (actor.seat && !this.#seatOf.has(actor.seat)) this.#seatOf.set(actor.seat, actor.id);
		}
	}

	get phase(): GraphBuildPhase {
		return this.#phase;
	}

	/**
	 * Does at most about `work` units (an event, a relation, or an edge's event written out
	 * each count one) and returns whether the graph is done.
	 */
	step(work: number): boolean {
		let left = Math.max(1, work);
		while (left > 0 && this.#phase !== 'done') {
			if (this.#phase === 'events') {
				const until = Math.min(this.#events.length, this.#next + left);
				for (let i = this.#next; i < until; i++) this.#addEvent(i);
				left -= until - this.#next;
				this.#next = until;
				if (this.#next === this.#events.length) this.#phase = 'relations';
			} else if (this.#phase === 'relations') {
				this.#addRelations();
				left -= this.#relations.length;
				this.#phase = 'write';
				this.#writer = writeGraph(this.#events, this.#nodes, this.#edges, this.#mediations, {
					actors: this.#hierarchy.actors,
					showMembers: this.#showMembers
				});
			} else {
				// The writer yields after each slice of edges: one slice per unit budget given.
				let done = false;
				for (let budget = left; budget > 0; budget -= WRITE_SLICE) {
					const next = this.#writer!.next();
					if (next.done) {
						this.#written = next.value;
						done = true;
						break;
					}
				}
				left = 0;
				if (done) this.#phase = 'done';
			}
		}
		return this.#phase === 'done';
	}

	/** The graph and its index over the events (building what is left at once). */
	result(): { graph: Graph; index: GraphIndex } {
		while (!this.step(1 << 30));
		return this.#written!;
	}

	#nodeIdOf(actorId: string): string {
		const seated = this.#seatOf.get(actorId);
		const id = seated ?? actorId;
		return this.#showMembers ? id : rollUpActor(this.#hierarchy, id);
	}

	/** The number of an actor's node, made when first met. */
	#nodeOf(actorId: string): number {
		let n = this.#nodeOfActor.get(actorId);
		if (n === undefined) {
			n = this.#ensureNode(this.#nodeIdOf(actorId));
			this.#nodeOfActor.set(actorId, n);
		}
		return n;
	}

	#ensureNode(id: string): number {
		const known = this.#nodeNumber.get(id);
		if (known !== undefined) return known;
		const n = this.#nodes.length;
		const top = rollUpActor(this.#hierarchy, id);
		const parentId = this.#showMembers && top !== id ? top : null;
		this.#nodes.push({ id, parentId, events: [], lastEvent: -1 });
		this.#edgeOf.push(new Map());
		this.#nodeNumber.set(id, n);
		if (parentId !== null) {
			const parent = this.#ensureNode(parentId);
			this.#edgeFor(MEMBERSHIP, 2, n, parent);
		}
		return n;
	}

	/** The edge of a kind between two nodes, made when first met, with its basis (0 event, 1 relation, 2 membership). */
	#edgeFor(kind: number, basis: number, p: number, q: number): number {
		const low = p < q ? p : q;
		const high = p < q ? q : p;
		const byOther = this.#edgeOf[low]!;
		const slot = high * KIND_SLOTS + kind;
		let e = byOther.get(slot);
		if (e === undefined) {
			e = this.#edges.length;
			// The pair as the graph writes it: sorted by id.
			const pId = this.#nodes[p]!.id;
			const qId = this.#nodes[q]!.id;
			const a = pId < qId ? p : q;
			this.#edges.push({
				kind,
				basis,
				a,
				b: a === p ? q : p,
				shares: [],
				lastEvent: -1,
				relationIds: [],
				relationDirection: 0,
				relationUnconditional: false,
				extraEvents: null
			});
			byOther.set(slot, e);
		} else if (basis === 0 && this.#edges[e]!.basis === 1) this.#edges[e]!.basis = 0;
		return e;
	}

	#kindOf(type: DiplomaticEvent['type']): number {
		let byPlover = this.#kindByCode.get(type.cameo);
		if (!byPlover) this.#kindByCode.set(type.cameo, (byPlover = new Map()));
		let kind = byPlover.get(type.plover);
		if (kind === undefined)
			byPlover.set(type.plover, (kind = KIND_NUMBER.get(contactKindOf(type))!));
		return kind;
	}

	/** The node hosting at a location: a venue or a seat; -1 for a state given only as a place. */
	#hostAt(actorId: string): number {
		let host = this.#hostOf.get(actorId);
		if (host === undefined) {
			const location = this.#hierarchy.actors.get(actorId);
			host =
				location && (location.kind === 'venue' || this.#seatOf.has(location.id))
					? this.#nodeOf(location.id)
					: -1;
			this.#hostOf.set(actorId, host);
		}
		return host;
	}

	#takePart(n: number, i: number) {
		const node = this.#nodes[n]!;
		// Once per event, however many roles the node has in it.
		if (node.lastEvent !== i) {
			node.lastEvent = i;
			node.events.push(i);
		}
	}

	#contribute(kind: number, from: number, to: number, directed: boolean, i: number) {
		if (from === to) return;
		const edge = this.#edges[this.#edgeFor(kind, 0, from, to)]!;
		// An event's contributions are added together, so a repeat can only be the last one.
		if (edge.lastEvent === i) return;
		edge.lastEvent = i;
		const direction = !directed
			? DIRECTION_NONE
			: from === edge.a
				? DIRECTION_FORWARD
				: DIRECTION_BACKWARD;
		edge.shares.push(i * 4 + direction);
	}

	#mediate(m: number, p: number, q: number, i: number) {
		if (p === q || m === p || m === q) return;
		const low = p < q ? p : q;
		const high = p < q ? q : p;
		let byPair = this.#mediationOf.get(m);
		if (!byPair) this.#mediationOf.set(m, (byPair = new Map()));
		const pair = low * NODE_CAP + high;
		let k = byPair.get(pair);
		if (k === undefined) {
			k = this.#mediations.length;
			this.#mediations.push({ mediator: m, p: low, q: high, events: [] });
			byPair.set(pair, k);
		}
		const events = this.#mediations[k]!.events;
		if (i >= 0 && events[events.length - 1] !== i) events.push(i);
	}

	#addEvent(i: number) {
		const event = this.#events[i]!;
		const kind = this.#kindOf(event.type);
		const sources = this.#sources;
		const targets = this.#targets;
		const mediators = this.#mediators;
		const parties = this.#parties;
		sources.clear();
		targets.clear();
		mediators.clear();
		parties.clear();
		for (const id of event.sourceActors) uniqueInto(sources, this.#nodeOf(id));
		for (const id of event.targetActors) uniqueInto(targets, this.#nodeOf(id));
		if (event.mediators) for (const id of event.mediators) uniqueInto(mediators, this.#nodeOf(id));
		for (let k = 0; k < sources.length; k++) parties.push(sources.at(k));
		for (let k = 0; k < targets.length; k++) uniqueInto(parties, targets.at(k));
		// Only a venue (or a seat) hosts; a state given as location only says where it happened.
		const host = event.location && HOSTABLE[kind] ? this.#hostAt(event.location.actorId) : -1;

		for (let k = 0; k < parties.length; k++) this.#takePart(parties.at(k), i);
		for (let k = 0; k < mediators.length; k++) this.#takePart(mediators.at(k), i);
		if (host >= 0) this.#takePart(host, i);

		if (targets.length > 0) {
			for (let s = 0; s < sources.length; s++)
				for (let t = 0; t < targets.length; t++)
					this.#contribute(kind, sources.at(s), targets.at(t), true, i);
		} else {
			// A reciprocal meeting: every pair of sources, with no initiator.
			for (let s = 0; s < sources.length; s++)
				for (let t = s + 1; t < sources.length; t++)
					this.#contribute(kind, sources.at(s), sources.at(t), false, i);
		}
		// Party – mediator – party: the go-between links to each party, not the parties to each
		// other through it. A go-between also named as a source (CAMEO 045: the mediator mediates
		// the targets) has its links already; it still stands between the others, the parties.
		if (mediators.length > 0) {
			const sides = this.#sides;
			sides.clear();
			for (let k = 0; k < parties.length; k++)
				if (!mediators.includes(parties.at(k))) sides.push(parties.at(k));
			for (let k = 0; k < mediators.length; k++) {
				const m = mediators.at(k);
				if (!parties.includes(m)) {
					const mediatorKind = m === host ? HOSTING : MEDIATION;
					for (let p = 0; p < parties.length; p++)
						this.#contribute(mediatorKind, m, parties.at(p), true, i);
				}
				for (let p = 0; p < sides.length; p++)
					for (let q = p + 1; q < sides.length; q++) this.#mediate(m, sides.at(p), sides.at(q), i);
			}
		}
		if (host >= 0 && !parties.includes(host) && !mediators.includes(host)) {
			for (let p = 0; p < parties.length; p++)
				this.#contribute(HOSTING, host, parties.at(p), true, i);
		}
	}

	#addRelations() {
		if (this.#relations.length === 0) return;
		// Positions of the events relations name (one scan, only for those ids).
		const wanted = new Set<string>();
		for (const relation of this.#relations)
			for (const id of relation.eventIds ?? []) wanted.add(id);
		const position = new Map<string, number>();
		if (wanted.size > 0)
			for (let i = 0; i < this.#events.length; i++) {
				const id = this.#events[i]!.id;
				if (wanted.has(id) && !position.has(id)) position.set(id, i);
			}
		for (const relation of this.#relations) {
			const from = this.#nodeIdOf(relation.from);
			const kind = KIND_NUMBER.get(RELATION_KINDS[relation.type])!;
			const known = (relation.eventIds ?? []).filter((id) => position.has(id));
			if (relation.type === 'mediates' || relation.type === 'carries_message') {
				const ids = [...new Set(relation.to.map((to) => this.#nodeIdOf(to)))];
				// Two parties or more: the loop below makes their nodes and the mediator's anyway.
				const parties = ids.length < 2 ? [] : ids.map((id) => this.#ensureNode(id));
				const m = parties.length === 0 ? -1 : this.#ensureNode(from);
				for (let p = 0; p < parties.length; p++)
					for (let q = p + 1; q < parties.length; q++) {
						if (known.length === 0) this.#mediate(m, parties[p]!, parties[q]!, -1);
						for (const id of known) this.#mediate(m, parties[p]!, parties[q]!, position.get(id)!);
					}
			}
			for (const toActor of relation.to) {
				const to = this.#nodeIdOf(toActor);
				if (from === to) continue;
				const f = this.#ensureNode(from);
				const t = this.#ensureNode(to);
				const edge = this.#edges[this.#edgeFor(kind, 1, f, t)]!;
				if (!edge.relationIds.includes(relation.id)) edge.relationIds.push(relation.id);
				const direction = f === edge.a ? DIRECTION_FORWARD : DIRECTION_BACKWARD;
				edge.relationDirection =
					edge.relationDirection === 0 || edge.relationDirection === direction ? direction : 3;
				if (!relation.eventIds?.length) edge.relationUnconditional = true;
				for (const id of known) {
					const i = position.get(id)!;
					edge.extraEvents ??= new Set(edge.shares.map((share) => share >> 2));
					if (!edge.extraEvents.has(i)) {
						edge.extraEvents.add(i);
						(edge.relationEvents ??= []).push(i);
					}
				}
			}
		}
	}
}

/** Edges written out per writer step (each about a slice of their events). */
export const WRITE_SLICE = 4096;
/** Nodes are numbered below this: a pair of them makes one safe integer. */
const NODE_CAP = 2 ** 26;

/** The graph of some events, built at once (see `GraphBuilder`). */
export function buildGraphAtOnce(
	events: readonly DiplomaticEvent[],
	hierarchy: ActorHierarchy,
	relations: readonly Relation[] = [],
	options: BuildGraphOptions = {}
): { graph: Graph; index: GraphIndex } {
	return new GraphBuilder(events, hierarchy, relations, options).result();
}
