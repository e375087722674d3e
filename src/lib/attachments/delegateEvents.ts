/**
 * One set of listeners on a layer for the many items inside it (hundreds of density bands):
 * each event is handed on with the key of the item it happened in, read from `attribute`.
 */
import type { Attachment } from 'svelte/attachments';

export interface DelegatedHandlers {
	/** The pointer came onto an item. */
	over?: (key: string) => void;
	/** The pointer left an item for somewhere outside it. */
	out?: (key: string) => void;
	focusin?: (key: string) => void;
	focusout?: (key: string) => void;
	click?: (key: string) => void;
	keydown?: (event: KeyboardEvent, key: string) => void;
}

/** The handler each listener hands on to. */
const handlerFor: Record<string, keyof DelegatedHandlers> = {
	pointerover: 'over',
	pointerout: 'out',
	focusin: 'focusin',
	focusout: 'focusout',
	click: 'click',
	keydown: 'keydown'
};

export function delegateEvents(
	attribute: string,
	handlers: DelegatedHandlers
): Attachment<Element> {
	return (layer) => {
		const keyOf = (target: EventTarget | null) =>
			(target as Element | null)?.closest?.(`[${attribute}]`)?.getAttribute(attribute) ?? null;
		const listeners: [string, (event: Event) => void][] = [
			[
				'pointerover',
				(event) => {
					const key = keyOf(event.target);
					if (key) handlers.over?.(key);
				}
			],
			[
				'pointerout',
				(event) => {
					const key = keyOf(event.target);
					const next = keyOf((event as PointerEvent).relatedTarget);
					if (key && next !== key) handlers.out?.(key);
				}
			],
			[
				'focusin',
				(event) => {
					const key = keyOf(event.target);
					if (key) handlers.focusin?.(key);
				}
			],
			[
				'focusout',
				(event) => {
					const key = keyOf(event.target);
					if (key) handlers.focusout?.(key);
				}
			],
			[
				'click',
				(event) => {
					const key = keyOf(event.target);
					if (key) handlers.click?.(key);
				}
			],
			[
				'keydown',
				(event) => {
					const key = keyOf(event.target);
					if (key) handlers.keydown?.(event as KeyboardEvent, key);
				}
			]
		];
		// Only the events handled: Chromium makes an SVG element with focus listeners focusable.
		const handled = listeners.filter(([type]) => handlerFor[type]! in handlers);
		for (const [type, listener] of handled) layer.addEventListener(type, listener);
		return () => {
			for (const [type, listener] of handled) layer.removeEventListener(type, listener);
		};
	};
}
