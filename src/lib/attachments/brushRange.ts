/**
 * A horizontal brush (d3-brush) over the overview strip, used as a navigator: its selection is
 * the timeline's visible window. It renders only d3-brush's own handles; while the person drags
 * the window or its edges, each new pixel range goes out through `onchange`, and the window
 * set elsewhere (zooming the timeline, a shared link) comes in through `move`, except mid-drag.
 */
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select, type Selection } from 'd3-selection';
import type { Attachment } from 'svelte/attachments';

export class RangeBrush {
	readonly #behavior: BrushBehavior<unknown>;
	#target: Selection<SVGGElement, unknown, null, undefined> | null = null;
	#dragging = false;
	#selection: readonly [number, number] | null = null;

	/** `onchange` gets each pixel range the person drags to (never null: a click keeps the window). */
	constructor(onchange: (range: [number, number]) => void) {
		this.#behavior = brushX()
			.on('start', (event: D3BrushEvent<unknown>) => {
				if (event.sourceEvent) this.#dragging = true;
			})
			.on('brush', (event: D3BrushEvent<unknown>) => {
				// Moves made by code (see `move`) have no source event and must not echo back.
				const range = event.selection as [number, number] | null;
				if (event.sourceEvent && range && range[1] - range[0] >= 1) onchange(range);
			})
			.on('end', (event: D3BrushEvent<unknown>) => {
				if (!event.sourceEvent) return;
				this.#dragging = false;
				// A click without a drag clears d3's selection: put the window back.
				if (!event.selection) this.move(this.#selection);
			});
	}

	/** `{@attach brush.attach(width, height)}` on an empty <g>. */
	attach(width: number, height: number): Attachment<SVGGElement> {
		return (group) => {
			this.#behavior.extent([
				[0, 0],
				[width, height]
			]);
			const target = select(group);
			this.#target = target;
			target.call(this.#behavior);
			this.#dragging = false;
			this.move(this.#selection);
			return () => {
				this.#target = null;
				target.on('.brush', null);
				target.selectAll('*').remove();
			};
		};
	}

	/** Shows `selection` (pixels) as the brush, unless the person is dragging it. */
	move(selection: readonly [number, number] | null) {
		this.#selection = selection;
		if (this.#dragging || !this.#target) return;
		this.#target.call(this.#behavior.move, selection ? [...selection] : null);
	}
}
