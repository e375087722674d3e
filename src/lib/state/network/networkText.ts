/**
 * The network's words: actors' names (isolated, so a right-to-left name cannot reorder the
 * sentence around it), an edge's title and accessible name with its events by status
 * ("3 held, 1 postponed, 1 cancelled"), a node's, and the legend's sections.
 */
import { isolateBidi } from '$lib/data/text/bidi';
import { plural } from '$lib/data/text/plural';
import type { DiplomaticEvent } from '$lib/data/schema';
import type { Graph, GraphNode } from '$lib/layout/network/graphTypes';
import type { EdgeGeometry, NodePlacement } from '$lib/layout/network/layoutTypes';
import { formatDay } from '$lib/data/time/dates';
import { EDGE_KIND_LABELS, EDGE_KINDS } from '$lib/layout/network/contactKinds';
import type { LegendSection } from '$lib/layout/network/layoutNetworkLegend';
import { statusWords, type DrawnEdge } from '$lib/layout/network/pairEdges';

/** "Capital A (State A)", or the name alone when it is its own label. */
export function nodeTitle(node: GraphNode): string {
	return node.label === node.name
		? isolateBidi(node.name)
		: `${isolateBidi(node.label)} (${isolateBidi(node.name)})`;
}

/** "Capital B (State B) to Capital A (State A): mediation, meeting or talks". */
export function edgeTitle(line: DrawnEdge, nameOf: (id: string) => string): string {
	const { summary } = line;
	const pair =
		summary.direction === 'forward'
			? `${nameOf(summary.source)} to ${nameOf(summary.target)}`
			: `${nameOf(summary.source)} and ${nameOf(summary.target)}`;
	return `${pair}: ${line.kinds.map((kind) => EDGE_KIND_LABELS[kind].toLowerCase()).join('; ')}`;
}

/** What a line's tooltip says: its title, its events by status, a standing relation if any. */
export function edgeTooltipLines(line: DrawnEdge, nameOf: (id: string) => string): string[] {
	const { summary } = line;
	const words = statusWords(summary.statuses);
	const lines = [
		edgeTitle(line, nameOf),
		words
			? `${plural(summary.eventIds.length, 'event')} (${words})`
			: plural(summary.eventIds.length, 'event')
	];
	if (summary.standing) lines.push('a standing relation in the dataset');
	return lines;
}

/** What a tooltip says and where it points (see NetworkTooltip). */
export interface NetworkTooltipContent {
	lines: string[];
	anchor: { x: number; y: number; r: number };
	/** For a line: whether it rises to the right on screen (null for an actor). */
	rising: boolean | null;
}

/** An actor's tooltip: its name and its events in view, beside it. */
export function nodeTooltip(
	node: GraphNode,
	place: NodePlacement,
	events: number
): NetworkTooltipContent {
	return {
		lines: [nodeTitle(node), `${plural(events, 'event')} in view`],
		anchor: place,
		rising: null
	};
}

/** A line's tooltip, at its middle. */
export function edgeTooltip(
	line: DrawnEdge & { geometry: EdgeGeometry },
	nameOf: (id: string) => string
): NetworkTooltipContent {
	const { start, end, mid } = line.geometry;
	// On screen y grows downwards: a line rising to the right has dx and dy of opposite signs.
	const rising = (end.x - start.x) * (end.y - start.y) < 0;
	return { lines: edgeTooltipLines(line, nameOf), anchor: { ...mid, r: 0 }, rising };
}

/** "up to 3 May 2025", "in the timeline's window, 1 May 2025 – 9 May 2025", or "all dates". */
export function timeWords(asOf: string | null, window: readonly [number, number] | null): string {
	if (asOf) return `up to ${formatDay(asOf)}`;
	if (!window) return 'all dates';
	const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
	return `in the timeline's window, ${formatDay(day(window[0]))} – ${formatDay(day(window[1]))}`;
}

/** The accessible name: the tooltip's lines in one sentence. */
export function edgeLabel(line: DrawnEdge, nameOf: (id: string) => string): string {
	return edgeTooltipLines(line, nameOf).join(', ');
}

/** "Capital A (State A): 4 events, 3 contacts in view; placed approximately". */
export function nodeLabel(
	node: GraphNode,
	events: number | null,
	contacts: number,
	filtered: boolean,
	placement: 'exact' | 'approximate' | 'none' | 'force'
): string {
	const state =
		events !== null
			? `${plural(events, 'event')}, ${plural(contacts, 'contact')} in view`
			: 'no events in view';
	const place =
		placement === 'approximate'
			? '; no known place, drawn near its state (approximate)'
			: placement === 'none'
				? '; no known place, listed beside the map'
				: '';
	return `${nodeTitle(node)}: ${state}${place}${filtered ? '; in the actor filter' : ''}`;
}

const NODE_KIND_ORDER = ['state', 'igo', 'venue', 'person', 'org', 'group'] as const;

/** Only what the chart can show for this graph. */
export function legendSections(
	graph: Graph,
	nodeKindLabels: Record<GraphNode['kind'], string>
): LegendSection[] {
	const nodeKinds = new Set(graph.nodes.map((node) => node.kind));
	const edgeKinds = EDGE_KINDS.filter((kind) => graph.edges.some((edge) => edge.kind === kind));
	const maxWeight = graph.edges.reduce((max, edge) => Math.max(max, edge.contributions.length), 1);
	const sections: LegendSection[] = [
		{
			title: 'Actors',
			entries: NODE_KIND_ORDER.filter((kind) => nodeKinds.has(kind)).map((kind) => ({
				key: `node:${kind}`,
				label: nodeKindLabels[kind]
			}))
		},
		{
			title: 'Contacts',
			entries: edgeKinds.map((kind) => ({ key: `edge:${kind}`, label: EDGE_KIND_LABELS[kind] }))
		},
		{
			title: 'Lines',
			entries: [
				{ key: 'direction:forward', label: 'from the initiator' },
				{ key: 'direction:none', label: 'mutual' },
				{ key: 'status:happened', label: 'held (width: events)' },
				{ key: 'status:expected', label: 'planned or tentative' },
				{ key: 'status:called-off', label: 'postponed or cancelled' },
				{ key: 'weight:1', label: '1 event' },
				...(maxWeight > 1 ? [{ key: `weight:${maxWeight}`, label: `${maxWeight} events` }] : []),
				...(graph.edges.some((edge) => edge.relationIds.length > 0)
					? [{ key: 'standing:1', label: 'standing relation' }]
					: [])
			]
		}
	];
	return sections.filter((section) => section.entries.length > 0);
}

/** What the panel beside the diagram lists: a line's events or an actor's contacts. */
export type PanelContent =
	| { kind: 'edge'; key: string; title: string; events: DiplomaticEvent[]; note: string }
	| { kind: 'node'; key: string; title: string; contacts: { key: string; label: string }[] };

/** An actor's contacts drawn, each with its accessible name. */
export function nodePanel(
	node: GraphNode | undefined,
	drawn: readonly DrawnEdge[],
	nameOf: (id: string) => string
): PanelContent | null {
	if (!node) return null;
	const contacts = drawn
		.filter((d) => d.kinds[0] !== 'membership' && (d.a === node.id || d.b === node.id))
		.map((d) => ({ key: d.key, label: edgeLabel(d, nameOf) }));
	return {
		kind: 'node',
		key: `node:${node.id}`,
		title: `Contacts of ${nodeTitle(node)}`,
		contacts
	};
}

/** A line's events in view (`mask` over `allEvents`), with how many held, were planned, called off. */
export function edgePanel(
	key: string,
	lines: readonly DrawnEdge[],
	allEvents: readonly DiplomaticEvent[],
	mask: Uint8Array,
	nameOf: (id: string) => string
): PanelContent {
	const line = lines.find((d) => d.key === key);
	if (!line)
		return { kind: 'edge', key: `edge:${key}`, title: 'Contact', events: [], note: 'Not in view' };
	const ids = new Set(line.summary.eventIds);
	const events = allEvents.filter((event, i) => mask[i] === 1 && ids.has(event.id));
	const words = statusWords(line.summary.statuses);
	const note = [
		`${plural(events.length, 'event')} in view${words ? `: ${words}` : ''}`,
		line.summary.standing ? 'also a standing relation in the dataset' : ''
	]
		.filter(Boolean)
		.join('; ');
	return { kind: 'edge', key: `edge:${key}`, title: edgeTitle(line, nameOf), events, note };
}

/**
 * What a large network leaves out, in words: the most connected actors only, the heaviest
 * lines only, kind glyphs on the heaviest lines only. Null when it draws everything.
 */
export function boundsNote(shown: {
	actors: number;
	/** Actors it was chosen from, when only the most connected are shown (else null). */
	candidates: number | null;
	drawn: number;
	lines: number;
	glyphLimit: number;
}): string | null {
	const n = (count: number) => count.toLocaleString('en-GB');
	const parts: string[] = [];
	if (shown.candidates !== null)
		parts.push(
			`Showing the ${n(shown.actors)} most connected of ${n(shown.candidates)} actors; filter by actor to bring in others.`
		);
	if (shown.drawn < shown.lines)
		parts.push(`Drawing the ${n(shown.drawn)} heaviest of ${n(shown.lines)} contacts.`);
	if (shown.drawn > shown.glyphLimit)
		parts.push(
			`Kind glyphs on the ${n(shown.glyphLimit)} heaviest lines; every line names its kinds when selected.`
		);
	return parts.length > 0 ? parts.join(' ') : null;
}
