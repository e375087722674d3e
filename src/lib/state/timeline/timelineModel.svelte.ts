/**
 * The timeline's view model, as a runes class: the lanes, the base scale and the zoom
 * transform on it, the packing and layout of what is in view, the ticks, the colours, the
 * threads and announcement ticks, the legend, and which mark holds the roving focus. The
 * components only draw it; zoom input reaches it through `transform`.
 */
import { scaleUtc } from 'd3-scale';
import { browser } from '$app/environment';
import { categoryOf } from '$lib/data/filters/filterEvents';
import { dayToTime, formatDay } from '$lib/data/time/dates';
import type { DiplomaticEvent } from '$lib/data/schema';
import { indexVisibleLanes } from '$lib/layout/timeline/laneModel';
import type { Steps } from '$lib/data/steps';
import { BIN_LEVELS } from '$lib/layout/timeline/densityBins';
import { markTime, type OpenBand } from '$lib/layout/timeline/keyboardNavigation';
import { marksOfEvent } from '$lib/layout/timeline/laneIndex';
import { toggleGroup } from '$lib/layout/timeline/nestLanes';
import {
	DEFAULT_METRICS,
	labelTitle,
	layoutTimeline,
	markKey,
	type DensityBand,
	type TimelineMetrics
} from '$lib/layout/timeline/layoutTimeline';
import { layoutWhoKnewWhen } from '$lib/layout/timeline/layoutThreads';
import { DAY_MS } from '$lib/data/time/calendar';
import { computeMarkGlyph } from '$lib/layout/timeline/markGlyph';
import {
	assignCategoryColours,
	assignStatusColours,
	colourClass,
	type ColourAssignment
} from '$lib/layout/timeline/markColours';
import { zoomOctave } from '$lib/layout/timeline/packLaneRows';
import { countOutside, windowTowards } from '$lib/layout/timeline/firstWindow';
import {
	computeTimeExtent,
	computeZoomLimits,
	reportedOnDates,
	zoomToShow,
	type ZoomState
} from '$lib/layout/timeline/timeExtent';
import { computeTimeTicks } from '$lib/layout/timeline/timeTicks';
import { STATUS_LABELS } from '$lib/data/labels';
import type { IncomingDataset, ParleyState } from '../parleyState.svelte';
import { baseDomainOf, TimelineAhead } from './timelineAhead';
import { layoutTimelineLegend } from './timelineLegendEntries';
import { plural } from '$lib/data/text/plural';

/** Below this many marks in all, every lane is drawn, however tall the chart. */
const CULL_FROM_MARKS = 2_000;

export class TimelineModel {
	// Behind getters: the derived fields below read them lazily, after the constructor has run.
	readonly #parley: ParleyState;
	readonly #metrics: TimelineMetrics;
	get parley(): ParleyState {
		return this.#parley;
	}
	get metrics(): TimelineMetrics {
		return this.#metrics;
	}

	/** Measured width of the frame; a guess until the browser has measured it. */
	frameWidth = $state(0);
	/** The width on screen: the plot shows [0, visibleWidth]. */
	visibleWidth = $derived(this.frameWidth > 0 ? this.frameWidth : 960);
	/**
	 * The width the lanes were packed for, kept while the detail panel is open (the page gives
	 * up the panel's width): opening it neither re-packs the lanes nor moves the marks; what no
	 * longer fits is beyond the right edge. 0 when nothing is kept.
	 */
	keptWidth = $state(0);
	/** The width the base scale, the zoom and the packing are made for. */
	width = $derived(Math.max(this.keptWidth, this.visibleWidth));
	/** The zoom on the base scale (semantic zoom), as the zoom attachment reports it. */
	transform = $state.raw<ZoomState>({ k: 1, x: 0 });

	/** The mark or band holding the roving tab stop (null: the first one in view). */
	focusedKey = $state<string | null>(null);
	hasFocus = $state(false);
	/** The mark and the band under the pointer, for their tooltips. */
	pointerKey = $state<string | null>(null);
	pointerBandKey = $state<string | null>(null);
	/**
	 * A density band opened with Enter at maximum zoom (same-day crowds never resolve into
	 * marks): the arrow keys step through its events, each drawn over the band while focused.
	 */
	openBand = $state.raw<OpenBand | null>(null);
	/**
	 * The stretch of the chart's height near the screen (its own pixels), or null to draw it
	 * all: with many lanes and marks only the lanes near the visible part are drawn.
	 */
	yNearScreen = $state.raw<readonly [number, number] | null>(
		browser ? [0, 2 * window.innerHeight] : null
	);

	constructor(parley: ParleyState, metrics: TimelineMetrics = DEFAULT_METRICS) {
		this.#parley = parley;
		this.#metrics = metrics;
	}

	get view() {
		return this.parley.view;
	}

	/** What is made ahead for a large dataset being opened (see `prepare`). */
	readonly #ahead = new TimelineAhead();

	// The base scale covers every event of the dataset (filtered or not) and every day someone
	// reported one, so filtering does not move the axis.
	reportedOn = $derived(reportedOnDates(this.parley.dataset));
	/** Once per dataset: what the chart reads from every event (colours, threads, legend). */
	facts = $derived(this.#ahead.factsOf(this.parley.allEvents));
	/** Once per dataset and grouping: each event's lanes and plotted times. */
	laneModel = $derived(
		this.#ahead.laneModelOf(this.parley.allEvents, this.parley.hierarchy, this.view.laneGrouping)
	);
	baseDomain = $derived(
		baseDomainOf(this.parley.dataset, this.facts, this.laneModel, this.reportedOn)
	);
	zoomLimits = $derived(computeZoomLimits(this.baseDomain, this.width));
	baseX = $derived(scaleUtc().domain(this.baseDomain).range([0, this.width]));
	/** The base scale under the zoom: d3-zoom's rescaleX, without its DOM half. */
	x = $derived.by(() => {
		const { k, x } = this.transform;
		const base = this.baseX;
		return base.copy().domain(base.range().map((pixel) => base.invert((pixel - x) / k)));
	});
	/** The time on screen, [start, end] in ms. */
	domain = $derived([+this.x.invert(0), +this.x.invert(this.visibleWidth)] as [number, number]);

	/** Once per filter: the lanes present, each lane's marks sorted by time. */
	index = $derived(
		indexVisibleLanes(
			this.laneModel,
			this.parley.visibleEvents,
			this.view.laneGrouping === 'actor' ? this.view.collapsedGroups : undefined
		)
	);
	laneByKey = $derived(new Map(this.index.lanes.map((lane) => [lane.lane.key, lane.lane])));
	laneCounts = $derived(
		new Map(this.index.lanes.map((lane) => [lane.lane.key, lane.times.length]))
	);
	/**
	 * Per base scale (the width and the dataset's extent), not per filter: lanes a filter leaves
	 * as they were keep their packings. The scale is read here, so a new width makes a new packer.
	 */
	packer = $derived(
		this.#ahead.packerOf(this.laneModel, this.baseDomain, this.width, this.metrics)
	);
	octave = $derived(zoomOctave(this.transform.k));
	/** The first window's octave: rows are packed for it, not for the outliers' whole span. */
	/** The body of the events (see `computeFirstWindow`), once per filter. */
	firstWindow = $derived(this.#ahead.firstWindowOf(this.index));
	fromOctave = $derived.by(() => {
		const first = this.firstWindow;
		if (!first) return 0;
		return zoomOctave(this.targetFor(first.window).k);
	});
	/** The selected event and the one focused in an open band are drawn even inside a band. */
	pinned = $derived.by(() => {
		const ids = this.view.selectedEventId === null ? [] : [this.view.selectedEventId];
		const key = this.focusedKey;
		const at = key?.lastIndexOf('@') ?? -1;
		if (this.openBand && key && at > 0 && key.slice(at + 1) === this.openBand.laneKey)
			ids.push(key.slice(0, at));
		return new Set(ids);
	});
	manyMarks = $derived(
		this.index.lanes.reduce((sum, lane) => sum + lane.times.length, 0) > CULL_FROM_MARKS
	);
	yInView = $derived(
		this.view.exportingChart === 'timeline' || !this.manyMarks ? null : this.yNearScreen
	);
	layout = $derived(
		layoutTimeline({
			index: this.index,
			packer: this.packer,
			x: (time) => this.x(time),
			domain: this.domain,
			octave: this.octave,
			fromOctave: this.fromOctave,
			width: this.visibleWidth,
			pinned: this.pinned,
			yInView: this.yInView,
			labelText: (event) => labelTitle(event.summary),
			metrics: this.metrics
		})
	);
	/** The lanes drawn: with many marks, those near the screen, as for marks (all in an export). */
	drawnLanes = $derived.by(() => {
		const near = this.yInView;
		const lanes = this.layout.lanes;
		return near === null ? lanes : lanes.filter((lane) => lane.y1 >= near[0] && lane.y0 <= near[1]);
	});
	// Dates are days (the format has no time of day): the axis never ticks hours.
	ticks = $derived(computeTimeTicks(this.domain, this.visibleWidth, { finestStepMs: DAY_MS }));
	marksByKey = $derived(new Map(this.layout.marks.map((mark) => [mark.key, mark])));
	bandsByKey = $derived(new Map(this.layout.bands.map((band) => [band.key, band])));
	binLevel = $derived(BIN_LEVELS.find((level) => level.name === this.layout.binLevel)!);
	glyphs = $derived(
		new Map(
			this.layout.marks.map((mark) => [
				mark.key,
				computeMarkGlyph(
					mark.event.status,
					mark.role,
					mark.compact ? this.metrics.compactRadius : this.metrics.glyphRadius
				)
			])
		)
	);

	// ---- Colour, threads and announcements ----
	/** Per dataset, so that a filter does not recolour what stays. */
	categoryColours = $derived(assignCategoryColours(this.facts.categoryCounts));
	colours = $derived<ColourAssignment | null>(
		this.view.markColouring === 'category'
			? this.categoryColours
			: this.view.markColouring === 'status'
				? assignStatusColours((status) => STATUS_LABELS[status].label)
				: null
	);
	/** The class that colours an event's marks ('' when colour is off). */
	colourOf(event: DiplomaticEvent): string {
		const colours = this.colours;
		if (!colours) return '';
		const key = this.view.markColouring === 'status' ? event.status : categoryOf(event);
		return colourClass(colours.slotOf.get(key));
	}
	threads = $derived(this.facts.threads);
	whoKnewWhen = $derived(
		layoutWhoKnewWhen(
			this.threads,
			this.layout.marks,
			(time) => this.x(time),
			this.metrics.glyphRadius
		)
	);

	// ---- Sizes, legend ----
	legendTop = $derived(
		this.layout.bottom + (this.reportedOn.length > 0 ? 20 + 14 * this.reportedOn.length : 12)
	);
	legend = $derived(
		layoutTimelineLegend(this.visibleWidth, {
			reportedOn: this.reportedOn.length > 0,
			colours: this.view.markColouring === 'category' ? this.colours : null,
			statusColours: this.view.markColouring === 'status',
			threads: this.threads.links.length > 0,
			announcements: this.facts.announced
		})
	);
	height = $derived(this.legendTop + this.legend.height + 4);

	canZoomIn = $derived(this.transform.k < this.zoomLimits[1] * 0.999);
	canZoomOut = $derived(this.transform.k > this.zoomLimits[0] * 1.001);
	/** Events beyond the window's edges, for the edge buttons. */
	outside = $derived(countOutside(this.index.orderTimes, this.domain));

	chartLabel = $derived(
		`Timeline of ${this.parley.visibleEvents.length} events in ${this.index.lanes.length} lanes, showing ${formatDay(
			new Date(this.domain[0]).toISOString().slice(0, 10)
		)} to ${formatDay(new Date(this.domain[1]).toISOString().slice(0, 10))}`
	);

	/**
	 * Prepares for a dataset about to open, in steps (see `TimelineAhead`); once it is shown, the
	 * chart opens on its first window, its rows packed for it already.
	 */
	*prepare(incoming: IncomingDataset): Steps<(() => void) | void> {
		const made = yield* this.#ahead.prepare(incoming, {
			grouping: this.view.laneGrouping,
			collapsed: this.view.collapsedGroups,
			width: this.width,
			metrics: this.metrics
		});
		if (!made) return;
		return () => {
			this.transform = made.target;
			setTimeout(made.forget);
		};
	}

	/** Folds a state's members into its lane, or shows them in their own lanes again. */
	toggleGroup(laneKey: string) {
		const unit = laneKey.replace(/^actor:/, '');
		this.view.collapsedGroups = toggleGroup(this.view.collapsedGroups, unit);
	}

	/** The transform that shows `window` across the plot, within the zoom limits. */
	targetFor(window: readonly [number, number], width = this.width): ZoomState {
		return zoomToShow(this.baseDomain, window, width, this.zoomLimits);
	}

	/** The window that fits every visible event. */
	fitTarget(): ZoomState {
		const { visibleEvents, dataset } = this.parley;
		return this.targetFor(computeTimeExtent(visibleEvents, [], dataset.meta.createdAt));
	}

	/** The body of the events, for a newly opened dataset. */
	firstTarget(): ZoomState | null {
		const first = this.firstWindow;
		return first ? this.targetFor(first.window) : null;
	}

	/** The window that shows the events beyond one edge. */
	beyondTarget(side: 'before' | 'after'): ZoomState | null {
		const target = windowTowards(this.index.orderTimes, this.domain, side);
		return target ? this.targetFor(target) : null;
	}

	/** The drawn item (mark or band) that stands for `key`: itself, or the band hiding its mark. */
	drawnKey(key: string | null): string | null {
		if (key === null) return null;
		if (this.marksByKey.has(key) || this.bandsByKey.has(key)) return key;
		const at = key.lastIndexOf('@');
		if (at < 0) return null;
		const eventId = key.slice(0, at);
		let laneKey = key.slice(at + 1);
		const marks = marksOfEvent(this.index, eventId);
		const laneOf = ([l]: [number, number]) => this.index.lanes[l]!.lane.key;
		if (!marks.some((mark) => laneOf(mark) === laneKey)) {
			// Its lane was folded into its group's (or unfolded from it): the event's mark
			// there, else its top one, so focus stays on the event and never on a hidden mark.
			const folded = this.index.foldedInto?.get(laneKey);
			const mark = marks.find((m) => laneOf(m) === folded) ?? marks[0];
			if (!mark) return null;
			laneKey = laneOf(mark);
			const moved = markKey(eventId, laneKey);
			if (this.marksByKey.has(moved)) return moved;
		}
		const time = markTime(this.index, eventId);
		const band =
			time === null
				? undefined
				: this.layout.bands.find((b) => b.laneKey === laneKey && b.start <= time && time < b.end);
		return band?.key ?? null;
	}

	rovingKey = $derived.by(() => {
		const wanted = this.drawnKey(this.focusedKey);
		if (wanted) return wanted;
		const inView = this.layout.marks
			.filter((mark) => mark.geometry.cx >= 0 && mark.geometry.cx <= this.visibleWidth)
			.sort((a, b) => a.time - b.time || a.laneIndex - b.laneIndex)[0];
		return (
			inView?.key ??
			this.layout.bands.find((band) => band.x1 - band.x0 >= 1)?.key ??
			this.layout.marks[0]?.key ??
			null
		);
	});

	/** Draws the lanes around `lane` (its place in the chart), if they are left out. */
	bringNear(lane: { y0: number; y1: number }) {
		const near = this.yNearScreen;
		if (near && (lane.y1 < near[0] || lane.y0 > near[1])) {
			this.yNearScreen = [lane.y0 - window.innerHeight, lane.y1 + window.innerHeight];
		}
	}

	// ---- Tooltips ----
	tooltipKey = $derived(this.pointerKey ?? (this.hasFocus ? this.rovingKey : null));
	tooltipMark = $derived(this.tooltipKey ? this.marksByKey.get(this.tooltipKey) : undefined);
	tooltipEvent = $derived(
		this.tooltipMark ? this.parley.eventById(this.tooltipMark.eventId) : undefined
	);
	tooltipBand = $derived(
		this.bandsByKey.get(
			this.pointerBandKey ?? (this.hasFocus && this.rovingKey ? this.rovingKey : '')
		) ?? undefined
	);
	focusedBand = $derived(
		this.hasFocus && this.rovingKey ? this.bandsByKey.get(this.rovingKey) : undefined
	);

	bandName(band: DensityBand): string {
		const lane = this.laneByKey.get(band.laneKey)?.label ?? '';
		const stretch = this.binLevel.label(new Date(band.start), new Date(band.end));
		return `${lane}: ${plural(band.count, 'event')}, ${stretch}`;
	}

	/** The day a dataset source was published, as x on screen (the day's end). */
	reportedOnX(day: string): number {
		return Math.round(this.x(dayToTime(day) + DAY_MS) * 10) / 10;
	}
}

export const counted = new Intl.NumberFormat('en');
