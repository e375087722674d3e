/**
 * The network laid out by the loader's worker (`layOutAhead`) is the layout the page's network
 * would make of the same dataset (its graph built in steps by `GraphBuilds`, its busiest actors
 * chosen, laid out by forces with the same label widths), and the page takes it only when it
 * was asked for what the page would ask now (`takesLayoutAhead`).
 */
import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '../../../../src/lib/data/actors/actorHierarchy';
import { sortEventsByTime } from '../../../../src/lib/data/time/sortEvents';
import type { Dataset } from '../../../../src/lib/data/schema';
import { selectNodes, subgraph } from '../../../../src/lib/layout/network/boundGraph';
import { layOutAhead } from '../../../../src/lib/layout/network/layoutAhead';
import {
	labelMeasure,
	selectionKeyOf,
	takesLayoutAhead,
	type NetworkLayoutRequest
} from '../../../../src/lib/layout/network/layoutAheadRequest';
import { layoutNodes } from '../../../../src/lib/layout/network/layoutNetwork';
import { GraphBuilds } from '../../../../src/lib/state/network/graphBuilds';
import { randomNetworkDataset } from '../../../fixtures/randomNetworkDataset';
import { bundled } from '../../../helpers/networkFixtures';

const REQUEST: NetworkLayoutRequest = {
	width: 800,
	height: 480,
	showMembers: false,
	font: '12px sans-serif',
	fontSize: 12,
	nodeLimit: 150
};
/** A measure standing in for a font: 6.5 px a character, then as the page rounds it. */
const measure = labelMeasure((text) => text.length * 6.5);

/** The layout the page's network makes of `dataset`: as NetworkModel does, with nothing filtered. */
function pageLayout(dataset: Dataset, request: NetworkLayoutRequest) {
	const events = sortEventsByTime(dataset.events);
	const hierarchy = createActorHierarchy(dataset.actors);
	let now = 0;
	const builds = new GraphBuilds(2, () => (now += 10));
	const build = builds.buildOf(events, hierarchy, dataset.relations ?? [], request.showMembers);
	while (!builds.buildSome(build));
	const full = builds.graphOf(events, hierarchy, dataset.relations ?? [], request.showMembers);
	const { ids } = selectNodes(full, request.nodeLimit, null);
	const key = selectionKeyOf(ids);
	const graph = subgraph(full, key === null ? null : key.split('\n').filter(Boolean));
	const layout = layoutNodes(graph, {
		width: request.width,
		height: request.height,
		mode: 'force',
		measureText: measure,
		fontSize: request.fontSize
	});
	return { layout, graph, selectionKey: key };
}

function madeAhead(dataset: Dataset, request = REQUEST) {
	return layOutAhead({ ...dataset, events: sortEventsByTime(dataset.events) }, request, measure);
}

describe('layOutAhead', () => {
	it.each([
		['the bundled dataset', bundled, REQUEST],
		['the bundled dataset with members shown', bundled, { ...REQUEST, showMembers: true }],
		['a random dataset of 40 actors', randomNetworkDataset(5, 40, 400), REQUEST],
		[
			'a random dataset of 90 actors, the 30 busiest drawn',
			randomNetworkDataset(11, 90, 1500),
			{ ...REQUEST, nodeLimit: 30 }
		]
	])('lays %s out as the page would, and the page takes it', (_, dataset, request) => {
		const made = madeAhead(dataset, request);
		const page = pageLayout(dataset, request);
		expect(made.layout).toEqual(page.layout);
		expect(made.selectionKey).toBe(page.selectionKey);
		expect(
			takesLayoutAhead(
				made,
				{ request, selectionKey: page.selectionKey, graph: page.graph },
				measure
			)
		).toBe(true);
	});

	it('keeps the width of every label it measured, as the page measures them', () => {
		const made = madeAhead(bundled);
		expect(made.widths.length).toBeGreaterThanOrEqual(made.layout.labels.length);
		for (const [text, width] of made.widths) expect(width).toBe(measure(text));
	});
});

describe('takesLayoutAhead', () => {
	const dataset = randomNetworkDataset(11, 90, 1500);
	const request = { ...REQUEST, nodeLimit: 30 };
	const made = madeAhead(dataset, request);
	const page = pageLayout(dataset, request);
	const wanted = { request, selectionKey: page.selectionKey, graph: page.graph };

	it.each([
		['another width', { ...wanted, request: { ...request, width: 801 } }],
		['another height', { ...wanted, request: { ...request, height: 500 } }],
		['members shown', { ...wanted, request: { ...request, showMembers: true } }],
		['another font', { ...wanted, request: { ...request, font: '12px serif' } }],
		['another font size', { ...wanted, request: { ...request, fontSize: 13 } }],
		['another limit of actors', { ...wanted, request: { ...request, nodeLimit: 31 } }],
		[
			'other actors',
			{ ...wanted, selectionKey: page.selectionKey!.split('\n').slice(1).join('\n') }
		],
		['all actors', { ...wanted, selectionKey: null }],
		[
			'a graph of the same actors with an edge less',
			{ ...wanted, graph: { ...page.graph, edges: page.graph.edges.slice(1) } }
		]
	])('refuses a layout asked for with %s', (_, other) => {
		expect(takesLayoutAhead(made, wanted, measure)).toBe(true);
		expect(takesLayoutAhead(made, other, measure)).toBe(false);
	});

	it('refuses it when the page measures one label a pixel wider (another font in the page)', () => {
		const [text] = made.widths[made.widths.length - 1]!;
		const wider = (t: string) => measure(t) + (t === text ? 1 : 0);
		expect(takesLayoutAhead(made, wanted, wider)).toBe(false);
	});
});
