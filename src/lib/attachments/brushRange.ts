/**
 * A horizontal brush (d3-brush) for picking a time range on the overview strip. It renders
 * only d3-brush's own handles; the chosen pixel range goes out through `onchange`, and a range
 * set elsewhere (the date fields, a shared link) comes in through `selection`.
 */
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import type { Attachment } from 'svelte/attachments';

export interface BrushOptions {
	width: number;
	height: number;
	/** The range to show, in pixels; null for none. */
	selection: readonly [number, number] | null;
	/** Called when the person brushes (null when they clear it by clicking outside). */
	onchange: (range: [number, number] | null) => void;
}

export function brushRange(options: BrushOptions): Attachment<SVGGElement> {
	return (group) => {
		const behavior: BrushBehavior<unknown> = brushX()
			.extent([
				[0, 0],
				[options.width, options.height]
			])
			.on('end', (event: D3BrushEvent<unknown>) => {
				// Moves made by code (below) have no source event and must not echo back.
				if (!event.sourceEvent) return;
				const range = event.selection as [number, number] | null;
				options.onchange(range && range[1] - range[0] >= 1 ? range : null);
			});
		const target = select(group);
		target.call(behavior);
		target.call(behavior.move, options.selection ? [...options.selection] : null);
		return () => {
			behavior.on('end', null);
			target.on('.brush', null);
			target.selectAll('*').remove();
		};
	};
}
