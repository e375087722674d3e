/**
 * Between the loader and the network (`NetworkLayoutsAhead`): the layout the worker made is
 * handed to the network only for the dataset it was made for, once it has come, and only when
 * it is the one the page would make; the network can tell a layout the loader made.
 */
import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '../../../../src/lib/data/actors/actorHierarchy';
import { sortEventsByTime } from '../../../../src/lib/data/time/sortEvents';
import { buildGraph } from '../../../../src/lib/layout/network/buildGraph';
import { layOutAhead } from '../../../../src/lib/layout/network/layoutAhead';
import {
	labelMeasure,
	type NetworkLayoutAhead,
	type NetworkLayoutRequest
} from '../../../../src/lib/layout/network/layoutAheadRequest';
import { NetworkLayoutsAhead } from '../../../../src/lib/state/network/networkLayoutsAhead';
import { bundled } from '../../../helpers/networkFixtures';

const REQUEST: NetworkLayoutRequest = {
	width: 700,
	height: 420,
	showMembers: false,
	font: '12px sans-serif',
	fontSize: 12,
	nodeLimit: 150
};
const measure = labelMeasure((text) => text.length * 7);
const events = sortEventsByTime(bundled.events);
const graph = buildGraph(events, createActorHierarchy(bundled.actors), bundled.relations, {
	showMembers: false
});
const made = layOutAhead({ ...bundled, events }, REQUEST, measure);
const wanted = { request: REQUEST, selectionKey: null, graph };

/** A promise and the hand that settles it, as the loader's `network` promise. */
function arriving() {
	let settle!: (made: NetworkLayoutAhead | null) => void;
	const promise = new Promise<NetworkLayoutAhead | null>((resolve) => (settle = resolve));
	return { promise, settle };
}

describe('NetworkLayoutsAhead', () => {
	it('take(events) gives nothing until the layout has come, then the layout made', async () => {
		const ahead = new NetworkLayoutsAhead();
		const { promise, settle } = arriving();
		ahead.expect(events, promise);
		expect(ahead.take(events, wanted, measure)).toBeNull();
		settle(made);
		await promise;
		const layout = ahead.take(events, wanted, measure);
		expect(layout).toBe(made.layout);
		expect(ahead.madeByLoader(layout)).toBe(true);
	});

	it('gives nothing for other events, with no request, or for a layout the page would not make', async () => {
		const ahead = new NetworkLayoutsAhead();
		ahead.expect(events, Promise.resolve(made));
		await Promise.resolve();
		expect(ahead.take([...events], wanted, measure)).toBeNull();
		expect(ahead.take(events, { ...wanted, request: null }, measure)).toBeNull();
		expect(
			ahead.take(events, { ...wanted, request: { ...REQUEST, width: 701 } }, measure)
		).toBeNull();
		expect(ahead.madeByLoader(made.layout)).toBe(false);
		expect(ahead.take(events, wanted, measure)).toBe(made.layout);
	});

	it('a dataset opened since: the layout made for the one before is never taken', async () => {
		const ahead = new NetworkLayoutsAhead();
		const first = arriving();
		ahead.expect(events, first.promise);
		const later = [...events];
		ahead.expect(later, Promise.resolve(null));
		first.settle(made);
		await first.promise;
		expect(ahead.take(events, wanted, measure)).toBeNull();
		expect(ahead.take(later, wanted, measure)).toBeNull();
	});

	it('madeByLoader(a layout the page made) is false', () => {
		const ahead = new NetworkLayoutsAhead();
		expect(ahead.madeByLoader(null)).toBe(false);
		expect(ahead.madeByLoader({ ...made.layout })).toBe(false);
	});
});
