/**
 * Tells whether an element's content is cut off (taller than the element, as a paragraph
 * clamped to a few lines is), now and whenever the element or its content changes size.
 */
import type { Attachment } from 'svelte/attachments';

export function watchOverflow(onchange: (overflows: boolean) => void): Attachment<HTMLElement> {
	return (element) => {
		let last: boolean | null = null;
		const measure = () => {
			// A pixel of slack: line boxes round differently from the element's own height.
			const overflows = element.scrollHeight > element.clientHeight + 1;
			if (overflows !== last) onchange((last = overflows));
		};
		measure();
		const observer = new ResizeObserver(measure);
		observer.observe(element);
		return () => observer.disconnect();
	};
}
