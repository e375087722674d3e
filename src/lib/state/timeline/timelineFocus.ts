/**
 * The timeline's pointer and keyboard handling: hover, roving focus through marks and density
 * bands, opening a band at maximum zoom, selection. It changes the view model and asks the
 * component (through `TimelineMotion`) to move the window or put focus on the roving item.
 */
import { tick } from 'svelte';
import {
	firstInBand,
	isNavigationKey,
	markTime,
	moveFocusInBand,
	moveFocusInIndex,
	type FocusPlace,
	type MarkRef,
	type OpenBand
} from '$lib/layout/timeline/keyboardNavigation';
import { markKey, type DensityBand, type PlacedMark } from '$lib/layout/timeline/layoutTimeline';
import type { ZoomState } from '$lib/layout/timeline/timeExtent';
import type { TimelineModel } from './timelineModel.svelte';

/** What the component does for the controller: the zoom attachment and the DOM's focus. */
export interface TimelineMotion {
	show(target: ZoomState, animate?: boolean): void;
	panBy(pixels: number): void;
	/** Focuses the item that holds the roving tab stop. */
	focusRoving(): void;
}

/** Keep a focused mark at least this far (px) inside the plot's edges. */
const EDGE = 28;

export class TimelineFocus {
	readonly #model: TimelineModel;
	readonly #motion: TimelineMotion;

	constructor(model: TimelineModel, motion: TimelineMotion) {
		this.#model = model;
		this.#motion = motion;
	}

	/** Moves focus to an event's mark, panning to it first; to its band when it is in one. */
	async focusMark(ref: MarkRef) {
		const model = this.#model;
		const time = markTime(model.index, ref.eventId);
		if (time === null) return;
		model.focusedKey = markKey(ref.eventId, ref.laneKey);
		const lane = model.layout.lanes.find((band) => band.key === ref.laneKey);
		if (lane) model.bringNear(lane);
		const cx = model.x(time);
		if (cx < EDGE || cx > model.visibleWidth - EDGE)
			this.#motion.panBy(model.visibleWidth / 2 - cx);
		await this.#refocus();
	}

	async #refocus() {
		await tick();
		this.#motion.focusRoving();
	}

	navigate(event: KeyboardEvent, from: FocusPlace) {
		if (!isNavigationKey(event.key)) return false;
		event.preventDefault();
		const next = moveFocusInIndex(this.#model.index, from, event.key);
		if (next) void this.focusMark(next);
		return true;
	}

	/** The open band the mark is in, if any. */
	#openBandOf(mark: PlacedMark): OpenBand | null {
		const band = this.#model.openBand;
		if (!band || band.laneKey !== mark.laneKey) return null;
		return band.start <= mark.time && mark.time < band.end ? band : null;
	}

	/** Closes the open band and puts focus back on it. */
	async #closeBand(band: OpenBand) {
		this.#model.openBand = null;
		this.#model.focusedKey = `${band.laneKey}|${band.start}`;
		await this.#refocus();
	}

	markKeydown = (event: KeyboardEvent, mark: PlacedMark) => {
		const model = this.#model;
		const band = this.#openBandOf(mark);
		if (event.key === 'Enter' || event.key === ' ') {
			event.preventDefault();
			model.view.select(mark.eventId);
		} else if (event.key === 'Escape') {
			if (band && model.view.selectedEventId !== mark.eventId) void this.#closeBand(band);
			else model.view.select(null);
		} else if (band && isNavigationKey(event.key)) {
			// Inside an open band: step through its events; past its ends, on as from the band.
			event.preventDefault();
			const next = moveFocusInBand(model.index, band, mark.eventId, event.key);
			if (next) {
				void this.focusMark(next);
				return;
			}
			model.openBand = null;
			this.navigate(event, { kind: 'band', ...band });
		} else {
			this.navigate(event, { kind: 'mark', eventId: mark.eventId, laneKey: mark.laneKey });
		}
	};

	markFocus = (mark: PlacedMark) => {
		const model = this.#model;
		model.focusedKey = mark.key;
		model.hasFocus = true;
		model.view.hover(mark.eventId);
		const cx = mark.geometry.cx;
		if (cx < EDGE || cx > model.visibleWidth - EDGE)
			this.#motion.panBy(model.visibleWidth / 2 - cx);
	};

	markBlur = (mark: PlacedMark) => {
		this.#model.hasFocus = false;
		if (this.#model.view.hoveredEventId === mark.eventId) this.#model.view.hover(null);
	};

	markEnter = (mark: PlacedMark) => {
		this.#model.pointerKey = mark.key;
		this.#model.view.hover(mark.eventId);
	};

	markLeave = (mark: PlacedMark) => {
		if (this.#model.pointerKey === mark.key) this.#model.pointerKey = null;
		if (this.#model.view.hoveredEventId === mark.eventId) this.#model.view.hover(null);
	};

	markActivate = (mark: PlacedMark) => {
		this.#model.focusedKey = mark.key;
		this.#model.view.select(mark.eventId);
	};

	/** Shows the band's stretch of time across the plot: its marks resolve or its bins refine. */
	async #zoomIntoBand(band: DensityBand) {
		this.#motion.show(this.#model.targetFor([band.start, band.end]), false);
		this.#model.focusedKey = null;
		await this.#refocus();
	}

	/** At maximum zoom a band cannot resolve: Enter opens it, and focus goes to its first event. */
	#openOrZoom(band: DensityBand) {
		const model = this.#model;
		if (model.canZoomIn) return this.#zoomIntoBand(band);
		model.openBand = { laneKey: band.laneKey, start: band.start, end: band.end };
		const first = firstInBand(model.index, model.openBand);
		if (first) void this.focusMark(first);
	}

	/** The density layer's delegated events (see delegateEvents), by band key. */
	readonly bandHandlers = {
		over: (key: string) => {
			if (this.#model.bandsByKey.has(key)) this.#model.pointerBandKey = key;
		},
		out: (key: string) => {
			if (this.#model.pointerBandKey === key) this.#model.pointerBandKey = null;
		},
		focusin: (key: string) => {
			if (!this.#model.bandsByKey.has(key)) return;
			this.#model.focusedKey = key;
			this.#model.hasFocus = true;
		},
		focusout: (key: string) => {
			if (this.#model.bandsByKey.has(key)) this.#model.hasFocus = false;
		},
		click: (key: string) => {
			const band = this.#model.bandsByKey.get(key);
			if (band) void this.#openOrZoom(band);
		},
		keydown: (event: KeyboardEvent, key: string) => {
			const band = this.#model.bandsByKey.get(key);
			if (!band) return;
			if (event.key === 'Enter' || event.key === ' ') {
				event.preventDefault();
				void this.#openOrZoom(band);
			} else {
				this.navigate(event, {
					kind: 'band',
					laneKey: band.laneKey,
					start: band.start,
					end: band.end
				});
			}
		}
	};
}
