/**
 * A newly opened dataset's density bands, drawn a task after its first frame when there are
 * many: at a few hundred thousand events they are half of that frame's elements, and drawn with
 * it they make one task too long. Through the page's linked-view queue, so an export or the
 * benchmark waiting for the views to settle waits for them too. Create it while a component
 * initialises: it owns effects.
 */
import { untrack } from 'svelte';
import type { DiplomaticEvent } from '$lib/data/schema';
import type { DensityBand } from '$lib/layout/timeline/layoutTimeline';
import type { LinkedViewQueue } from '../linkedViewQueue';
import type { ParleyState } from '../parleyState.svelte';

/** Bands drawn with the first frame, at most. */
const AT_ONCE_UP_TO = 100;
const NO_BANDS: DensityBand[] = [];

export class BandsAfterFirstFrame {
	/** The events whose bands may be drawn: a new dataset's, a task after its first frame. */
	#shownFor = $state.raw<readonly DiplomaticEvent[]>();
	readonly #parley: ParleyState;
	readonly #bands: () => DensityBand[];

	/** `queue`: the page state's (tests give one with their clock). */
	constructor(
		parley: ParleyState,
		bands: () => DensityBand[],
		queue: LinkedViewQueue = parley.linkedViews
	) {
		this.#parley = parley;
		this.#bands = bands;
		this.#shownFor = untrack(() => parley.allEvents);
		$effect(() => {
			const events = parley.allEvents;
			if (untrack(() => this.#shownFor) === events) return;
			queue.scheduleAlone(this, () => {
				this.#shownFor = events;
			});
		});
		$effect(() => () => queue.cancel(this));
	}

	/** The bands to draw now. */
	get current(): DensityBand[] {
		const bands = this.#bands();
		return this.#shownFor === this.#parley.allEvents || bands.length <= AT_ONCE_UP_TO
			? bands
			: NO_BANDS;
	}
}
