/**
 * A newly opened large dataset's density bands, drawn a task after its first frame: at a few
 * hundred thousand events they are half of that frame's elements, and drawn with it they make
 * one task too long (a smaller dataset's first frame draws them, well within a task). Through
 * the page's linked-view queue, so an export or the benchmark waiting for the views to settle
 * waits for them too. Create it while a component initialises: it owns effects.
 */
import { untrack } from 'svelte';
import type { DiplomaticEvent } from '$lib/data/schema';
import type { DensityBand } from '$lib/layout/timeline/layoutTimeline';
import type { LinkedViewQueue } from '../linkedViewQueue';
import type { ParleyState } from '../parleyState.svelte';

/** Datasets of this many events or more draw their bands a task after the first frame. */
const LATER_FROM_EVENTS = 100_000;
const NO_BANDS: DensityBand[] = [];

export class BandsAfterFirstFrame {
	/** The events whose bands may be drawn: a new dataset's, a task after its first frame. */
	#shownFor = $state.raw<readonly DiplomaticEvent[]>();
	readonly #parley: ParleyState;
	readonly #bands: () => DensityBand[];
	readonly #laterFrom: number;

	/** `queue`: the page state's (tests give one with their clock, and a smaller `laterFrom`). */
	constructor(
		parley: ParleyState,
		bands: () => DensityBand[],
		queue: LinkedViewQueue = parley.linkedViews,
		laterFrom = LATER_FROM_EVENTS
	) {
		this.#parley = parley;
		this.#bands = bands;
		this.#laterFrom = laterFrom;
		this.#shownFor = untrack(() => parley.allEvents);
		$effect(() => {
			const events = parley.allEvents;
			if (untrack(() => this.#shownFor) === events || events.length < laterFrom) return;
			queue.scheduleAlone(this, () => {
				this.#shownFor = events;
			});
		});
		$effect(() => () => queue.cancel(this));
	}

	/** The bands to draw now. */
	get current(): DensityBand[] {
		const events = this.#parley.allEvents;
		return this.#shownFor === events || events.length < this.#laterFrom ? this.#bands() : NO_BANDS;
	}
}
