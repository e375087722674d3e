/**
 * Follows the chart's place on the page (scrolling the page or the chart's own box, resizing)
 * and reports the stretch of its height near the screen, so that a chart many screens tall
 * draws only the lanes there. Charts shorter than a few screens are drawn whole (null).
 */
import type { Attachment } from 'svelte/attachments';

/** Charts taller than this many screens draw only their lanes near the screen. */
const CULL_FROM_SCREENS = 2.5;

export interface NearScreen {
	/** [top, bottom] in the chart's own pixels, or null for all of it. */
	get(): readonly [number, number] | null;
	set(value: readonly [number, number] | null): void;
}

export function trackViewport(near: NearScreen): Attachment<SVGSVGElement> {
	return (element) => {
		let frame = 0;
		const measure = () => {
			frame = 0;
			const rect = element.getBoundingClientRect();
			const screen = window.innerHeight;
			// The chart scrolls in its own box: what shows is where the box and the screen meet.
			const box = element.parentElement?.getBoundingClientRect();
			const top = Math.max(0, box?.top ?? 0) - rect.top;
			const bottom = Math.min(screen, box?.bottom ?? screen) - rect.top;
			const current = near.get();
			if (rect.height <= CULL_FROM_SCREENS * screen) {
				if (current && (current[0] > 0 || current[1] < rect.height)) near.set(null);
				return;
			}
			if (current && current[0] <= top && current[1] >= bottom) return;
			near.set([top - screen, bottom + screen]);
		};
		const schedule = () => {
			if (!frame) frame = requestAnimationFrame(measure);
		};
		schedule();
		// Capture: the chart's own box scrolls too, and its scroll events do not bubble.
		window.addEventListener('scroll', schedule, { passive: true, capture: true });
		window.addEventListener('resize', schedule);
		const observer = new ResizeObserver(schedule);
		observer.observe(element);
		return () => {
			cancelAnimationFrame(frame);
			window.removeEventListener('scroll', schedule, { capture: true });
			window.removeEventListener('resize', schedule);
			observer.disconnect();
		};
	};
}
