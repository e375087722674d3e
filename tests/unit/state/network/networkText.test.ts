import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';
import { NODE_KIND_LABELS } from '$lib/charts/network/networkStyle';
import { buildGraph } from '$lib/layout/network/buildGraph';
import type { GraphNode } from '$lib/layout/network/graphTypes';
import type { DrawnEdge } from '$lib/layout/network/pairEdges';
import {
	edgeLabel,
	edgeTooltip,
	edgeTooltipLines,
	nodeTooltip,
	timeWords,
	legendSections,
	nodeLabel,
	nodeTitle
} from '$lib/state/network/networkText';
import { mediationDataset } from '../../../fixtures/mediationDataset';

const node = (overrides: Partial<GraphNode> = {}): GraphNode => ({
	id: 'a',
	kind: 'state',
	label: 'Capital A',
	name: 'State A',
	parentId: null,
	coordinates: null,
	eventIds: [],
	...overrides
});
const FSI = '\u2068';
const PDI = '\u2069';

/** A line from a to b with five events, 3 held, 1 postponed, 1 cancelled. */
const line = (standing: boolean): DrawnEdge => ({
	key: 'pair:a|b',
	a: 'a',
	b: 'b',
	kinds: ['meeting', 'mediation'],
	edges: [],
	summary: {
		source: 'a',
		target: 'b',
		direction: 'forward',
		status: 'happened',
		eventIds: ['e1', 'e2', 'e3', 'e4', 'e5'],
		weight: 5,
		counts: { happened: 3, expected: 0, 'called-off': 2 },
		statuses: { occurred: 2, reported: 1, postponed: 1, cancelled: 1 },
		standing
	}
});
const names: Record<string, string> = { a: 'Ankara', b: 'Tehran' };

describe('networkText', () => {
	it.each([
		[
			false,
			[
				'Ankara to Tehran: meeting or talks; mediation or message carried',
				'5 events (3 held, 1 postponed, 1 cancelled)'
			]
		],
		[
			true,
			[
				'Ankara to Tehran: meeting or talks; mediation or message carried',
				'5 events (3 held, 1 postponed, 1 cancelled)',
				'a standing relation in the dataset'
			]
		]
	])(
		'edgeTooltipLines(line standing=%j) says the pair, kinds and events by status',
		(standing, lines) => {
			const nameOf = (id: string) => names[id]!;
			expect(edgeTooltipLines(line(standing), nameOf)).toEqual(lines);
			// The accessible name says the same in one sentence.
			expect(edgeLabel(line(standing), nameOf)).toBe(lines.join(', '));
		}
	);

	it.each([
		[node(), 'Capital A (State A)'],
		[node({ label: 'State A' }), 'State A'],
		[node({ label: 'מעלה', name: 'מדינה' }), `${FSI}מעלה${PDI} (${FSI}מדינה${PDI})`]
	])('nodeTitle(%o) is %j', (n, title) => {
		expect(nodeTitle(n)).toBe(title);
	});

	it.each<[number | null, number, boolean, 'exact' | 'approximate' | 'none' | 'force', string]>([
		[4, 3, false, 'exact', 'Capital A (State A): 4 events, 3 contacts in view'],
		[1, 1, true, 'force', 'Capital A (State A): 1 event, 1 contact in view; in the actor filter'],
		[
			null,
			0,
			false,
			'approximate',
			'Capital A (State A): no events in view; no known place, drawn near its state (approximate)'
		],
		[
			2,
			0,
			false,
			'none',
			'Capital A (State A): 2 events, 0 contacts in view; no known place, listed beside the map'
		]
	])('nodeLabel(node, %j, %j, %j, %s) is %j', (events, contacts, filtered, placement, label) => {
		expect(nodeLabel(node(), events, contacts, filtered, placement)).toBe(label);
	});

	it('legendSections(graph) lists only the actor kinds and contact kinds the graph has, in a fixed order', () => {
		const dataset = mediationDataset(1);
		const graph = buildGraph(
			dataset.events,
			createActorHierarchy(dataset.actors),
			dataset.relations ?? []
		);
		const sections = legendSections(graph, NODE_KIND_LABELS);
		expect(sections.map((s) => s.title)).toEqual(['Actors', 'Contacts', 'Lines']);
		const kinds = new Set(graph.nodes.map((n) => n.kind));
		expect(sections[0]!.entries.map((e) => e.key)).toEqual(
			['state', 'igo', 'venue', 'person', 'org', 'group']
				.filter((k) => kinds.has(k as GraphNode['kind']))
				.map((k) => `node:${k}`)
		);
		const edgeKinds = new Set(graph.edges.map((e) => e.kind));
		expect(sections[1]!.entries.map((e) => e.key.slice('edge:'.length)).sort()).toEqual(
			[...edgeKinds].sort()
		);
	});

	it('legendSections(a graph with no nodes or edges) keeps only the lines section, with one weight', () => {
		const sections = legendSections(
			{ nodes: [], edges: [] } as unknown as Parameters<typeof legendSections>[0],
			NODE_KIND_LABELS
		);
		expect(sections.map((s) => s.title)).toEqual(['Lines']);
		expect(sections[0]!.entries.filter((e) => e.key.startsWith('weight:'))).toEqual([
			{ key: 'weight:1', label: '1 event' }
		]);
	});

	it.each<[string, { x: number; y: number }, { x: number; y: number }, boolean]>([
		['rising to the right', { x: 0, y: 100 }, { x: 100, y: 0 }, true],
		['falling to the right', { x: 0, y: 0 }, { x: 100, y: 100 }, false],
		['level', { x: 0, y: 50 }, { x: 100, y: 50 }, false]
	])(
		'edgeTooltip(a line %s) points at its middle and says whether it rises',
		(_, start, end, rising) => {
			const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
			const geometry = {
				key: 'pair:a|b',
				path: '',
				reversePath: '',
				mid,
				glyphAt: null,
				start,
				end,
				control: null
			};
			const tooltip = edgeTooltip({ ...line(false), geometry }, (id) => names[id]!);
			expect(tooltip).toEqual({
				lines: edgeTooltipLines(line(false), (id) => names[id]!),
				anchor: { ...mid, r: 0 },
				rising
			});
		}
	);

	it('nodeTooltip(node, place, events) names the actor and its events in view, beside it', () => {
		const place = { id: 'a', x: 10, y: 20, r: 6, placement: 'exact' as const };
		expect(nodeTooltip(node(), place, 3)).toEqual({
			lines: ['Capital A (State A)', '3 events in view'],
			anchor: place,
			rising: null
		});
	});

	it.each<[string | null, [number, number] | null, string]>([
		['2025-05-03', null, 'up to 3 May 2025'],
		[
			null,
			[Date.UTC(2025, 4, 1), Date.UTC(2025, 4, 9)],
			"in the timeline's window, 1 May 2025 – 9 May 2025"
		],
		[null, null, 'all dates']
	])('timeWords(%j, %j) is %j', (asOf, window, words) => {
		expect(timeWords(asOf, window)).toBe(words);
	});
});
