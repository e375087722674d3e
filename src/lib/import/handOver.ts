/**
 * How the loader worker hands a checked dataset to the page: in chunks of a few thousand events,
 * each decoded in a task of its own (one 150 MB message takes the page seconds in one task). The
 * worker sorts the events by time, so chunks go in time order with each event's place in the file.
 */
import type { DiplomaticEvent } from '$lib/data/schema';
import { compareEventsByTime } from '$lib/data/time/sortEvents';

/** Events per message: about 1 MB of a typical dataset, decoded in 10-20 ms. */
export const HAND_OVER_CHUNK = 2_000;

export interface HandOver {
	/** The events in time order, cut into chunks. */
	chunks: DiplomaticEvent[][];
	/** For each event in file order, its position in time order. */
	timePositions: Int32Array;
}

/** Cuts `events` (file order; not changed) into time-ordered chunks of at most `size`. */
export function prepareHandOver(
	events: readonly DiplomaticEvent[],
	size = HAND_OVER_CHUNK
): HandOver {
	const order = Array.from(events.keys()).sort((a, b) =>
		compareEventsByTime(events[a]!, events[b]!)
	);
	const timePositions = new Int32Array(events.length);
	order.forEach((fileIndex, position) => (timePositions[fileIndex] = position));
	const chunks: DiplomaticEvent[][] = [];
	for (let start = 0; start < order.length; start += size) {
		chunks.push(order.slice(start, start + size).map((fileIndex) => events[fileIndex]!));
	}
	return { chunks, timePositions };
}

/** Collects the chunks as they arrive, then gives back both orders. */
export class HandOverAssembly {
	#timeOrdered: DiplomaticEvent[] = [];

	add(chunk: readonly DiplomaticEvent[]): void {
		for (const event of chunk) this.#timeOrdered.push(event);
	}

	/** How many events have arrived. */
	get received(): number {
		return this.#timeOrdered.length;
	}

	/**
	 * The events in file order (the dataset as written) and in time order (the same objects).
	 * Throws when the chunks do not add up to the positions: a hand-over cut short.
	 */
	finish(timePositions: Int32Array): {
		events: DiplomaticEvent[];
		timeOrdered: DiplomaticEvent[];
	} {
		const timeOrdered = this.#timeOrdered;
		if (timePositions.length !== timeOrdered.length) {
			throw new Error(
				`the loader handed over ${timeOrdered.length.toLocaleString('en-GB')} of ${timePositions.length.toLocaleString('en-GB')} events`
			);
		}
		const events = new Array<DiplomaticEvent>(timeOrdered.length);
		for (let i = 0; i < timePositions.length; i++) events[i] = timeOrdered[timePositions[i]!]!;
		return { events, timeOrdered };
	}
}
