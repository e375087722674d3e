/**
 * Focus that is never lost: when the focused element inside a region leaves the page (a filter
 * hid the mark or row that had focus), focus moves to the first match of `fallbacks` in the
 * region, tried in order, instead of falling back to <body>.
 */
import type { Attachment } from 'svelte/attachments';

export function keepFocus(fallbacks: readonly string[]): Attachment<HTMLElement | SVGElement> {
	return (region) => {
		/** The element in the region that last had focus, while it has it. */
		let focused: Element | null = null;

		const onFocusIn = (event: Event) => {
			focused = event.target instanceof Element ? event.target : null;
		};
		const onFocusOut = (event: Event) => {
			const target = event.target;
			// Focus moved elsewhere (not removal): forget it. Checked a moment later, as removal
			// may fire focusout before the element is detached.
			queueMicrotask(() => {
				if (target instanceof Element && target.isConnected && focused === target) focused = null;
			});
		};
		const rescue = () => {
			if (!focused || focused.isConnected) return;
			const active = document.activeElement;
			if (active && active !== document.body && active.isConnected) {
				focused = null;
				return;
			}
			focused = null;
			for (const selector of fallbacks) {
				const next = region.querySelector<HTMLElement | SVGElement>(selector);
				if (next) {
					next.focus();
					return;
				}
			}
		};
		const observer = new MutationObserver(rescue);
		observer.observe(region, { childList: true, subtree: true });
		region.addEventListener('focusin', onFocusIn);
		region.addEventListener('focusout', onFocusOut);
		return () => {
			observer.disconnect();
			region.removeEventListener('focusin', onFocusIn);
			region.removeEventListener('focusout', onFocusOut);
		};
	};
}
