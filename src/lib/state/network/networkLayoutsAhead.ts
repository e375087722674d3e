/**
 * Between the network and the loader: what the network in the page would lay a new dataset out
 * with (its model says, while it is in the page), and the layout the loader's worker made for
 * the dataset shown (see `layout/network/layoutAhead`), once it arrives.
 */
import type { DiplomaticEvent } from '$lib/data/schema';
import type { Graph } from '$lib/layout/network/graphTypes';
import type { NodeLayout } from '$lib/layout/network/layoutTypes';
import {
	takesLayoutAhead,
	type NetworkLayoutAhead,
	type NetworkLayoutRequest
} from '$lib/layout/network/layoutAheadRequest';

interface Expected {
	events: readonly DiplomaticEvent[];
	made: NetworkLayoutAhead | null;
}

export class NetworkLayoutsAhead {
	/** Null while no network is in the page, or it does not lay out by forces. */
	request: NetworkLayoutRequest | null = null;
	#expected: Expected | null = null;
	/** Layouts handed to the network: made by the loader, not by the page. */
	readonly #given = new WeakSet<NodeLayout>();

	/** The layout being made for a dataset now shown, whose events (in time order) are these. */
	expect(events: readonly DiplomaticEvent[], made: Promise<NetworkLayoutAhead | null>): void {
		const expected: Expected = { events, made: null };
		this.#expected = expected;
		void made.then((layout) => (expected.made = layout));
	}

	/**
	 * The layout made for these events, once it has arrived, if it is the one the page would
	 * make now: asked with `request`, of `graph` (whose drawn actors are `selectionKey`), with
	 * labels as wide by the page's `measure`.
	 */
	take(
		events: readonly DiplomaticEvent[],
		wanted: { request: NetworkLayoutRequest | null; selectionKey: string | null; graph: Graph },
		measure: (text: string) => number
	): NodeLayout | null {
		const made = this.#expected?.events === events ? this.#expected.made : null;
		const { request } = wanted;
		if (!made || !request || !takesLayoutAhead(made, { ...wanted, request }, measure)) return null;
		this.#given.add(made.layout);
		return made.layout;
	}

	/** Whether the loader made this layout. */
	madeByLoader(layout: NodeLayout | null): boolean {
		return layout !== null && this.#given.has(layout);
	}
}
