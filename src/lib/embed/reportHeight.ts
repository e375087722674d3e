/**
 * An embed's side of the resize: posts `{ type: 'parley:resize', height }` to the host page
 * whenever the embed's content changes height, so the host can size the iframe to fit.
 */
import { RESIZE_MESSAGE_TYPE } from './embedLinks';

/** The height a page needs to show `content` in full, px: down to its bottom edge. */
export function contentHeight(content: HTMLElement): number {
	const style = getComputedStyle(content);
	const box = content.getBoundingClientRect();
	return Math.ceil(box.bottom + window.scrollY + parseFloat(style.marginBottom || '0'));
}

/**
 * Starts reporting `content`'s height to `host` (the embedding page); returns the stop. Only
 * changes are posted. The message carries nothing but the type and the height, so any origin
 * may receive it.
 */
export function reportHeight(host: Window, content: HTMLElement): () => void {
	let last = -1;
	const post = () => {
		const height = contentHeight(content);
		if (height === last) return;
		last = height;
		host.postMessage({ type: RESIZE_MESSAGE_TYPE, height }, '*');
	};
	const observer = new ResizeObserver(post);
	observer.observe(content);
	post();
	return () => observer.disconnect();
}
