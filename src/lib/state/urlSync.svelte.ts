/**
 * Keeps the address bar and the view in step: the URL is read once the page is running, every
 * change of view writes it (a new history entry, or a replaced one while zooming or typing),
 * and back/forward restore the view they stepped to.
 */
import { afterNavigate, beforeNavigate, pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { untrack } from 'svelte';
import { LinkedViewQueue } from './linkedViewQueue';
import type { ParleyState } from './parleyState.svelte';
import { decodeUrlState, encodeUrlState, FOREIGN_PARAMS, type UrlViewState } from './urlState';

export class UrlSync {
	/** What in the URL could not be used, one sentence each; empty when all was fine. */
	notices = $state<string[]>([]);
	/** The view's query now, and the one last written to the address bar (it follows after a paint). */
	#current = '';
	#written = '';
	/** Address writes wait here: after the frame is painted, not counted as a view catching up. */
	readonly #writes = new LinkedViewQueue();
	#started = $state(false);
	/** Holds taken by code that may switch datasets first (see hold()). */
	#holds = 0;
	#startPending = false;

	/** False for a page that only reads its URL (the embed: it must not add to the host's history). */
	readonly #writesUrl: boolean;

	constructor(
		private readonly parley: ParleyState,
		{ writesUrl = true }: { writesUrl?: boolean } = {}
	) {
		this.#writesUrl = writesUrl;
		// The router can take shallow history entries only once its first navigation is done.
		afterNavigate(() => {
			if (this.#started) return;
			if (this.#holds > 0) this.#startPending = true;
			else this.#start();
		});
		if (writesUrl) this.#followView();
	}

	/** The view's query as it is now (reactive): for links and embed codes of this view. */
	get query(): string {
		return encodeUrlState(this.#snapshot(), page.url.searchParams, this.#known);
	}

	/** Writes every change of view to the address, and restores the view on back/forward. */
	#followView() {
		$effect(() => {
			if (!this.#started) return;
			const encoded = encodeUrlState(this.#snapshot(), page.url.searchParams, this.#known);
			if (encoded === this.#current) return;
			this.#current = encoded;
			// Written after the frame showing the change is painted (the router measures the
			// page's scroll position, which would force a layout inside that frame), once per
			// frame however many changes it held; while zooming or typing, once the person
			// pauses, since browsers limit how often a page may rewrite its address.
			const quiet = withoutQuietParts(encoded) === withoutQuietParts(this.#written);
			untrack(() => this.#writes.schedule(this, () => this.#write(), quiet ? QUIET_WRITE_MS : 0));
		});
		$effect(() => {
			const restored = (page.state as App.PageState).parley;
			if (!this.#started || restored === undefined || restored === this.#written) return;
			untrack(() => {
				this.#writes.cancel(this);
				this.#current = restored;
				this.#written = restored;
				this.notices = this.#apply(restored);
			});
		});
		// Leaving the page (reload, closing the tab, following a link) with a write still
		// waiting out a pause in zooming or typing: write it now, so the address keeps it.
		// (Not on back/forward: that restores another entry, and a write now would add one.)
		beforeNavigate((navigation) => {
			if (navigation.type !== 'popstate') this.#flush();
		});
		$effect(() => {
			const flush = () => this.#flush();
			window.addEventListener('pagehide', flush);
			return () => {
				window.removeEventListener('pagehide', flush);
				this.#writes.cancel(this);
			};
		});
	}

	/**
	 * Delays reading the URL until `release()`: a page that may open another dataset first
	 * (a `?data=` address, or one kept from the last visit) holds, so a shared link's filters
	 * apply to the dataset actually shown, not to the bundled one.
	 */
	hold() {
		this.#holds++;
	}

	release() {
		this.#holds = Math.max(0, this.#holds - 1);
		if (this.#holds === 0 && this.#startPending && !this.#started) {
			this.#startPending = false;
			this.#start();
		}
	}

	/** Whether the URL has been read and the view follows it from now on. */
	get started(): boolean {
		return this.#started;
	}

	dismissNotices() {
		this.notices = [];
	}

	/**
	 * Sets or removes a parameter another feature owns (e.g. `data`) in place, without a new
	 * history entry and without the view's own parameters changing.
	 */
	setForeignParam(key: (typeof FOREIGN_PARAMS)[number], value: string | null) {
		// A view change still waiting is written first (a new entry if it needs one).
		this.#flush();
		const params = new URLSearchParams(page.url.searchParams);
		if (value === null) params.delete(key);
		else params.set(key, value);
		this.#current = encodeUrlState(this.#snapshot(), params, this.#known);
		this.#written = this.#current;
		replaceState(urlFor(this.#current), { parley: this.#current });
	}

	#start() {
		this.notices = this.#apply(page.url.search, { keepWindow: true });
		if (!this.#writesUrl) {
			this.#started = true;
			return;
		}
		this.#current = encodeUrlState(this.#snapshot(), page.url.searchParams, this.#known);
		this.#written = this.#current;
		replaceState(urlFor(this.#current), { parley: this.#current });
		this.#started = true;
	}

	/** Writes a change still waiting, if any. */
	#flush() {
		if (this.#started && this.#current !== this.#written) this.#write();
	}

	/**
	 * Writes the view's query: a new history entry when more than the window or the search
	 * changed since the last one written, else in place.
	 */
	#write() {
		this.#writes.cancel(this);
		const encoded = this.#current;
		if (encoded === this.#written) return;
		const quiet = withoutQuietParts(encoded) === withoutQuietParts(this.#written);
		this.#written = encoded;
		(quiet ? replaceState : pushState)(urlFor(encoded), { parley: encoded });
	}

	/** The dataset's actor ids, so a selection of all of them is written as `actors=*`. */
	get #known() {
		return { actors: this.#actorIds };
	}
	#actorIdsFor: unknown = null;
	#actorIdsCache: ReadonlySet<string> = new Set();
	get #actorIds(): ReadonlySet<string> {
		const actors = this.parley.dataset.actors;
		if (actors !== this.#actorIdsFor) {
			this.#actorIdsFor = actors;
			this.#actorIdsCache = new Set(actors.map((actor) => actor.id));
		}
		return this.#actorIdsCache;
	}

	#snapshot(): UrlViewState {
		const { filters, view } = this.parley;
		return {
			filters: filters.criteria,
			window: view.visibleWindow,
			selectedEventId: view.selectedEventId,
			laneGrouping: view.laneGrouping,
			// Only this dataset's: groups folded in another dataset are not written.
			collapsedGroups: [...view.collapsedGroups].filter((id) => this.#actorIds.has(id)),
			markColouring: view.markColouring,
			networkLayout: view.networkLayout,
			networkShowMembers: view.networkShowMembers,
			networkAsOf: view.networkAsOf,
			tableSort: view.tableSort
		};
	}

	/**
	 * Applies a query to the view. On first reading, a URL without a window leaves the window the
	 * timeline has already fitted, rather than clearing it.
	 */
	#apply(query: string, { keepWindow = false } = {}): string[] {
		const { dataset, filters, view } = this.parley;
		const { state, notices } = decodeUrlState(query, {
			actors: new Set(dataset.actors.map((actor) => actor.id)),
			events: new Set(dataset.events.map((event) => event.id))
		});
		filters.set(state.filters);
		if (state.window !== null || !keepWindow) view.visibleWindow = state.window;
		view.selectedEventId = state.selectedEventId;
		view.laneGrouping = state.laneGrouping;
		view.collapsedGroups = new Set(state.collapsedGroups);
		view.markColouring = state.markColouring;
		view.networkLayout = state.networkLayout;
		view.networkShowMembers = state.networkShowMembers;
		view.networkAsOf = state.networkAsOf;
		view.tableSort = state.tableSort;
		return notices;
	}
}

/** How long the address waits for a pause in zooming or typing, ms. */
const QUIET_WRITE_MS = 250;

/** Zooming and typing replace the history entry instead of adding one per step. */
function withoutQuietParts(query: string): string {
	const params = new URLSearchParams(query);
	params.delete('window');
	params.delete('q');
	return params.toString();
}

function urlFor(query: string): string {
	return query ? `?${query}` : page.url.pathname;
}
