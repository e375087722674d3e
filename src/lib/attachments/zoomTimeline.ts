/**
 * Zoom and pan for the timeline: the one place d3-zoom touches the DOM. A plain wheel scrolls the
 * page (and asks for a hint through `onPlainWheel`); Ctrl/⌘+wheel and a trackpad pinch (a wheel
 * with ctrlKey) zoom at the pointer; drag and shift+wheel pan. It renders nothing: the component
 * rescales its base scale from each transform `onZoom` reports (semantic zoom).
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Attachment } from 'svelte/attachments';
import type { ZoomState } from '$lib/layout/timeline/timeExtent';

export { zoomIdentity };
export type { ZoomTransform };

/** y is unused: the timeline only zooms in time. A huge finite range keeps d3's maths finite. */
const FAR = 1e9;

function prefersReducedMotion(): boolean {
	return (
		typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
	);
}

/** Ctrl/⌘ held (or a trackpad pinch, which browsers send as a wheel with ctrlKey), upright. */
function isZoomWheel(event: WheelEvent): boolean {
	return (
		(event.ctrlKey || event.metaKey) &&
		!event.shiftKey &&
		Math.abs(event.deltaY) >= Math.abs(event.deltaX)
	);
}

export class TimelineZoom {
	readonly #behavior: ZoomBehavior<SVGSVGElement, unknown>;
	#selection: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
	#width = 1;

	readonly #onPlainWheel: () => void;

	constructor(onZoom: (transform: ZoomTransform) => void, onPlainWheel: () => void = () => {}) {
		this.#onPlainWheel = onPlainWheel;
		this.#behavior = zoom<SVGSVGElement, unknown>()
			// Only Ctrl/⌘+wheel zooms; shift+wheel and sideways swipes pan (handled below), and a
			// plain wheel is left to the page. Everything else d3 handles.
			.filter((event: Event) => {
				if (event instanceof WheelEvent) return isZoomWheel(event);
				const mouse = event as MouseEvent;
				return !mouse.ctrlKey && !mouse.button;
			})
			// d3's default, except that a mouse's Ctrl+wheel notch is not sped up tenfold as a
			// trackpad pinch's small steps are.
			.wheelDelta((event: WheelEvent) => {
				const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
				const pinch = event.ctrlKey && Math.abs(event.deltaY) < 50 ? 10 : 1;
				return -event.deltaY * unit * pinch;
			})
			.on('zoom', (event: { transform: ZoomTransform }) => onZoom(event.transform));
	}

	/** `{@attach zoom.attach}` on the chart's <svg>. */
	attach: Attachment<SVGSVGElement> = (svg) => {
		const selection = select(svg);
		this.#selection = selection;
		selection.call(this.#behavior).on('dblclick.zoom', null);
		// Let a finger scroll the page vertically; d3 sets touch-action: none.
		svg.style.touchAction = 'pan-y';

		const panOnWheel = (event: WheelEvent) => {
			const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
			if (isZoomWheel(event)) return;
			if (!event.shiftKey && !sideways) {
				this.#onPlainWheel();
				return;
			}
			event.preventDefault();
			const delta = sideways ? event.deltaX : event.deltaY || event.deltaX;
			this.panBy(-delta * (event.deltaMode === 1 ? 20 : 1));
		};
		svg.addEventListener('wheel', panOnWheel, { passive: false });
		return () => {
			svg.removeEventListener('wheel', panOnWheel);
			selection.on('.zoom', null);
			this.#selection = null;
		};
	};

	/** Zoom limits and the plot's size: call whenever they change. */
	configure(scaleExtent: readonly [number, number], width: number, height: number) {
		this.#width = Math.max(1, width);
		const extent: [[number, number], [number, number]] = [
			[0, 0],
			[this.#width, Math.max(1, height)]
		];
		this.#behavior
			.scaleExtent([scaleExtent[0], scaleExtent[1]])
			.extent(extent)
			// Content may be panned until one plot width of empty time shows beside it.
			.translateExtent([
				[-this.#width, -FAR],
				[2 * this.#width, FAR]
			]);
	}

	#run(
		change: (target: Selection<SVGSVGElement, unknown, null, undefined>) => void,
		animate: boolean
	) {
		const selection = this.#selection;
		if (!selection) return;
		if (animate && !prefersReducedMotion()) {
			selection
				.transition()
				.duration(250)
				.call((transition) => change(transition as unknown as typeof selection));
		} else {
			selection.interrupt();
			change(selection);
		}
	}

	/** Zoom in (factor > 1) or out around the middle of the plot. */
	zoomBy(factor: number) {
		this.#run((target) => this.#behavior.scaleBy(target, factor), true);
	}

	/** Pan by a distance in pixels (positive moves the content right). */
	panBy(pixels: number, animate = false) {
		this.#run((target) => {
			this.#behavior.translateBy(target, pixels / zoomTransform(target.node()!).k, 0);
		}, animate);
	}

	/** Jump or glide to a zoom state. */
	show(state: ZoomState, animate = true) {
		this.#run(
			(target) =>
				this.#behavior.transform(target, zoomIdentity.translate(state.x, 0).scale(state.k)),
			animate
		);
	}
}
