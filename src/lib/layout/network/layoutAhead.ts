/**
 * A new dataset's network laid out by the loader worker while the page draws the timeline: the
 * graph, the actors drawn and the force layout the network's model would make, with every label
 * width it was measured with. The page takes it only where its own measure gives the same widths
 * (`takesLayoutAhead`), so the layout is the one it would have made itself.
 */
import { createActorHierarchy } from '../../data/actors/actorHierarchy';
import type { Actor, DiplomaticEvent, Relation } from '../../data/schema';
import { selectNodes, subgraph } from './boundGraph';
import { GraphBuilder } from './graphBuilder';
import { layoutNodes } from './layoutNetwork';
import {
	graphSizeOf,
	selectionKeyOf,
	type NetworkLayoutAhead,
	type NetworkLayoutRequest
} from './layoutAheadRequest';

/**
 * The layout of `events` (in time order, as the page holds them) with nothing filtered, as the
 * network's model would make it with `measure` (see `labelMeasure`).
 */
export function layOutAhead(
	dataset: { events: readonly DiplomaticEvent[]; actors: readonly Actor[]; relations?: Relation[] },
	request: NetworkLayoutRequest,
	measure: (text: string) => number
): NetworkLayoutAhead {
	const hierarchy = createActorHierarchy(dataset.actors);
	const { graph } = new GraphBuilder(dataset.events, hierarchy, dataset.relations ?? [], {
		showMembers: request.showMembers
	}).result();
	const { ids } = selectNodes(graph, request.nodeLimit, null);
	const drawn = subgraph(graph, ids);
	const widths = new Map<string, number>();
	const layout = layoutNodes(drawn, {
		width: request.width,
		height: request.height,
		mode: 'force',
		fontSize: request.fontSize,
		measureText: (text) => {
			let width = widths.get(text);
			if (width === undefined) widths.set(text, (width = measure(text)));
			return width;
		}
	});
	return {
		request,
		selectionKey: selectionKeyOf(ids),
		graphSize: graphSizeOf(drawn),
		layout,
		widths: [...widths]
	};
}
