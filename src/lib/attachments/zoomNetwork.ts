/**
 * Geometric zoom and pan for the network: d3-zoom on the chart's <svg>, reporting the
 * transform to the component, which applies it to a <g>. Renders nothing itself.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import 'd3-transition';
import type { Attachment } from 'svelte/attachments';

export interface ZoomTransform {
	k: number;
	x: number;
	y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };

/** Lets buttons and keys drive the zoom the attachment owns. */
export class ZoomController {
	#behavior: ZoomBehavior<SVGSVGElement, unknown> | null = null;
	#element: SVGSVGElement | null = null;
	#duration = () => 0;

	/** @internal Called by the attachment. */
	connect(
		element: SVGSVGElement | null,
		behavior: ZoomBehavior<SVGSVGElement, unknown> | null,
		duration: () => number
	) {
		this.#element = element;
		this.#behavior = behavior;
		this.#duration = duration;
	}

	/** Moves to a transform: identity fits the whole layout, which fills the view. */
	to(transform: ZoomTransform) {
		if (!this.#element || !this.#behavior) return;
		const target = zoomIdentity.translate(transform.x, transform.y).scale(transform.k);
		select(this.#element)
			.transition()
			.duration(this.#duration())
			.call(this.#behavior.transform, target);
	}

	scaleBy(factor: number) {
		if (!this.#element || !this.#behavior) return;
		select(this.#element)
			.transition()
			.duration(this.#duration())
			.call(this.#behavior.scaleBy, factor);
	}
}

interface ZoomOptions {
	controller: ZoomController;
	/** Receives every new transform. */
	onzoom: (transform: ZoomTransform) => void;
	/** Milliseconds for button-driven moves (0 for reduced motion). */
	duration: () => number;
	scaleExtent?: [number, number];
}

export function zoomNetwork({
	controller,
	onzoom,
	duration,
	scaleExtent = [0.5, 8]
}: ZoomOptions): Attachment<SVGSVGElement> {
	return (element) => {
		const behavior = zoom<SVGSVGElement, unknown>()
			.scaleExtent(scaleExtent)
			// The wheel zooms only with Ctrl/⌘ (or a pinch), so the page still scrolls over the chart;
			// one finger scrolls the page too, two fingers pinch and pan.
			.filter((event: Event) => {
				if (event instanceof WheelEvent) return event.ctrlKey || event.metaKey;
				if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent)
					return event.touches.length > 1;
				return !(event as MouseEvent).button;
			})
			.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
				const { k, x, y } = event.transform;
				onzoom({ k, x, y });
			});
		const selection = select(element).call(behavior).on('dblclick.zoom', null);
		// d3-zoom sets touch-action: none; let one finger scroll the page.
		element.style.touchAction = 'pan-x pan-y';
		controller.connect(element, behavior, duration);
		return () => {
			selection.on('.zoom', null);
			selection.interrupt();
			controller.connect(null, null, () => 0);
		};
	};
}
