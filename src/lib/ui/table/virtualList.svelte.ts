/**
 * The table's virtualiser: only rows in and near the window's viewport are in the DOM, spacers
 * keep the full scroll height, and rows are measured once drawn (estimated before). The page
 * itself scrolls, so the viewport is the window's. Create it while a component initialises (it
 * owns effects); attach `list` to the rows' parent and `row` to each row.
 */
import { tick } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import {
	computeVisibleRows,
	pageStep,
	resizeRows,
	rowOffsets,
	scrollToShow,
	type RowHeight,
	type VisibleRows
} from '$lib/layout/table/virtualRows';

export interface VirtualListOptions<T> {
	/** The list, in the order drawn. */
	items: () => readonly T[];
	/** A row's key: its measured height is kept under it. */
	keyOf: (item: T) => string;
	/** Something that changes when measured heights no longer apply (another dataset). */
	measuredFor: () => unknown;
	/** Lists up to this long are drawn whole; longer ones are virtual. */
	drawAllUpTo: number;
	/** Rows drawn beyond each edge of the viewport. */
	overscan: number;
	/** Room a sticky bar takes at the top of the window, px. */
	stickyTop: number;
}

/**
 * Rows not drawn yet count as the average of the first rows drawn. Frozen after those: a
 * guess that kept moving would move the whole list's height (20,000 rows × 1 px) on every
 * scroll, and the end of the list with it.
 */
const SAMPLE_ROWS = 40;
/** A row's height before any row has been drawn, px. */
const FIRST_GUESS = 120;
/** A move of the viewport by more screens than this at once is a jump (see `anchoring`). */
const JUMP_SCREENS = 2;
/** Scroll anchoring comes back this long after the last jump: its rows are measured by then. */
const ANCHORING_BACK_MS = 200;

export class VirtualList<T> {
	readonly #options: VirtualListOptions<T>;
	/** Whether the list is long enough to draw only part of it. */
	virtual = $derived.by(() => this.#options.items().length > this.#options.drawAllUpTo);

	// Heights of rows once drawn, by key: a plain cache, read through `#heightsVersion`.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #heights = new Map<string, number>();
	#measuredSum = 0;
	#heightsVersion = $state(0);
	#frozenEstimate: number | null = null;
	/** Rows measured since the offsets were last worked out, by their place in the list. */
	#measuredSince: RowHeight[] = [];
	/** The offsets last worked out, and for which list and estimate. */
	#built: { list: readonly T[]; guess: number; offsets: Float64Array } | null = null;

	/** Top of every row in the list's coordinates, and the whole height last. */
	offsets = $derived.by(() => {
		void this.#heightsVersion;
		const changes = this.#measuredSince;
		this.#measuredSince = [];
		if (!this.virtual) {
			this.#built = null;
			return new Float64Array(1);
		}
		const guess = this.#estimate();
		const list = this.#options.items();
		const { keyOf } = this.#options;
		const heights = this.#heights;
		// The same list: move only the rows below those just measured (no lookup per row).
		// Nothing measured yet (another dataset): every row is the guess, no lookup either.
		const next =
			this.#built && this.#built.list === list && this.#built.guess === guess
				? resizeRows(this.#built.offsets, changes)
				: rowOffsets(
						list.length,
						heights.size === 0 ? () => guess : (i) => heights.get(keyOf(list[i]!)) ?? guess
					);
		this.#built = { list, guess, offsets: next };
		return next;
	});

	/** The window's viewport in the list's coordinates (0 = top of the first row). */
	#viewport = $state({ top: 0, bottom: 4000 });
	/**
	 * Whether the browser may keep the rows in view still while rows above them change
	 * (CSS scroll anchoring, on the rows' parent). Off for a moment after a jump of more than
	 * JUMP_SCREENS screens (a script, the scrollbar, the End key): the rows drawn there for the
	 * first time are as tall as guessed until measured, and anchoring on them moved the page by
	 * each row's error, which brought further unmeasured rows, and so on to the end of the list.
	 */
	anchoring = $state(true);
	#anchoringBack: ReturnType<typeof setTimeout> | undefined;
	/** The rows drawn, and the spacers' heights. */
	range: VisibleRows = $derived.by(() =>
		this.virtual
			? computeVisibleRows(
					this.offsets,
					this.#viewport.top,
					this.#viewport.bottom,
					this.#options.overscan
				)
			: { start: 0, end: this.#options.items().length, before: 0, after: 0 }
	);
	/** The items drawn: `range.start` to `range.end` of the list. */
	rows = $derived.by(() => {
		const items = this.#options.items();
		const { start, end } = this.range;
		return start === 0 && end === items.length ? items : items.slice(start, end);
	});

	#list: HTMLElement | undefined;
	#frame = 0;
	#rowObserver: ResizeObserver | undefined;

	constructor(options: VirtualListOptions<T>) {
		this.#options = options;
		// Another dataset: its rows have not been measured.
		let measuredFor: unknown = null;
		$effect(() => {
			const next = options.measuredFor();
			if (measuredFor !== null && measuredFor !== next) {
				this.#heights.clear();
				this.#measuredSum = 0;
				this.#frozenEstimate = null;
				this.#heightsVersion++;
			}
			measuredFor = next;
		});
		// A focused row about to scroll out of the drawn range hands focus to the table itself
		// (without scrolling), so focus is never dropped to the page, nor pulled back to a row.
		$effect.pre(() => {
			const { start, end } = this.range;
			const list = this.#list;
			if (!this.virtual || !list) return;
			const row = document.activeElement?.closest('tr[data-event-id]');
			if (!row || !list.contains(row)) return;
			const at = Number(row.getAttribute('aria-rowindex')) - 2;
			if (at < start || at >= end) list.closest('table')?.focus({ preventScroll: true });
		});
		$effect(() => () => {
			this.#rowObserver?.disconnect();
			this.#rowObserver = undefined;
			clearTimeout(this.#anchoringBack);
		});
	}

	#estimate(): number {
		if (this.#frozenEstimate !== null) return this.#frozenEstimate;
		const size = this.#heights.size;
		const guess = size > 0 ? this.#measuredSum / size : FIRST_GUESS;
		if (size >= SAMPLE_ROWS) this.#frozenEstimate = guess;
		return guess;
	}

	/** The viewport from where the list's top is in the window (as getBoundingClientRect). */
	#setViewport(listTop: number) {
		const height = window.innerHeight;
		if (Math.abs(-listTop - this.#viewport.top) > JUMP_SCREENS * height) {
			this.anchoring = false;
			clearTimeout(this.#anchoringBack);
			this.#anchoringBack = setTimeout(() => (this.anchoring = true), ANCHORING_BACK_MS);
		}
		this.#viewport = { top: -listTop, bottom: -listTop + height };
	}

	#readViewport() {
		if (this.#list) this.#setViewport(this.#list.getBoundingClientRect().top);
	}

	/**
	 * For the window's scroll and resize: the list's place is read once per frame, in the
	 * frame's callbacks, so the rows it brings are drawn in that same frame. Nothing else
	 * changes the page while scrolling, so the layout it reads is the one painted last.
	 */
	onScroll = () => {
		if (!this.virtual || this.#frame) return;
		this.#frame = requestAnimationFrame(() => {
			this.#frame = 0;
			this.#readViewport();
		});
	};

	/**
	 * On the element holding the rows. A new list, or anything above it growing: an
	 * IntersectionObserver reports the list's place from the layout of the frame being
	 * painted (reading it from the element right after such a change would force a layout of
	 * the whole page, and then another for the rows it brings).
	 */
	list: Attachment<HTMLElement> = (list) => {
		this.#list = list;
		const release = () => {
			if (this.#list === list) this.#list = undefined;
		};
		// Read here, so the attachment runs again when the list turns virtual or back.
		if (!this.virtual) return release;
		const place = new IntersectionObserver((entries) => {
			place.unobserve(list);
			const entry = entries.at(-1);
			if (entry) this.#setViewport(entry.boundingClientRect.top);
		});
		// Observing reports once, at the next frame: that is all it is asked for each time.
		const askPlace = () => {
			place.unobserve(list);
			place.observe(list);
		};
		askPlace();
		// A ResizeObserver too reports once on observing: the first place covers that.
		let observed = false;
		const observer = new ResizeObserver(() => {
			if (observed) askPlace();
			observed = true;
		});
		observer.observe(document.body);
		return () => {
			place.disconnect();
			observer.disconnect();
			cancelAnimationFrame(this.#frame);
			this.#frame = 0;
			release();
		};
	};

	/**
	 * On each drawn row of a virtual list (its `aria-rowindex` gives its place). Heights come
	 * from a ResizeObserver, which reports after the browser's own layout: measuring costs no
	 * extra layout, however large the rest of the page.
	 */
	row: Attachment<HTMLElement> = (row) => {
		this.#rowObserver ??= new ResizeObserver((entries) => this.#measure(entries));
		this.#rowObserver.observe(row);
		return () => this.#rowObserver?.unobserve(row);
	};

	#measure(entries: ResizeObserverEntry[]) {
		let changed = false;
		for (const entry of entries) {
			const row = entry.target as HTMLElement;
			const key = row.dataset.eventId;
			if (!key) continue;
			const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
			const before = this.#heights.get(key);
			if (height === 0 || (before !== undefined && Math.abs(before - height) < 0.5)) continue;
			this.#measuredSum += height - (before ?? 0);
			this.#heights.set(key, height);
			this.#measuredSince.push({ index: Number(row.getAttribute('aria-rowindex')) - 2, height });
			changed = true;
		}
		if (changed) this.#heightsVersion++;
	}

	/**
	 * Scrolls row `at` into view below the sticky bar, drawing it first when virtual; resolves
	 * once `isDrawn()` says it is there (rows drawn for the first time get measured and may
	 * shift the list, so it tries again then).
	 */
	async scrollToRow(at: number, isDrawn: () => boolean): Promise<void> {
		const list = this.#list;
		const { stickyTop } = this.#options;
		for (let attempt = 0; attempt < 3 && this.virtual && list; attempt++) {
			const listTop = list.getBoundingClientRect().top + window.scrollY;
			const top = window.scrollY - listTop + stickyTop;
			const target = scrollToShow(this.offsets, at, top, window.innerHeight - stickyTop);
			if (target !== top)
				window.scrollTo({ top: listTop + target - stickyTop, behavior: 'instant' });
			this.#readViewport();
			await tick();
			if (isDrawn()) break;
		}
	}

	/** The row a page up or down from row `at` (five rows when the list is drawn whole). */
	pageFrom(at: number, direction: 1 | -1): number {
		const count = this.#options.items().length;
		if (!this.virtual) return Math.max(0, Math.min(count - 1, at + direction * 5));
		const page = Math.max(1, window.innerHeight - this.#options.stickyTop);
		return pageStep(this.offsets, at, page, direction);
	}
}
