/** Undo and redo as a list of values: every change pushes the value it replaced. */
export interface History<T> {
	readonly past: readonly T[];
	readonly present: T;
	readonly future: readonly T[];
}

/** How many steps back undo reaches. */
export const MAX_UNDO = 200;

export function startHistory<T>(present: T): History<T> {
	return { past: [], present, future: [] };
}

/** The history after a change to `next`; a change clears what could be redone. */
export function record<T>(history: History<T>, next: T, limit = MAX_UNDO): History<T> {
	if (next === history.present) return history;
	return { past: [...history.past, history.present].slice(-limit), present: next, future: [] };
}

export function undo<T>(history: History<T>): History<T> {
	if (history.past.length === 0) return history;
	return {
		past: history.past.slice(0, -1),
		present: history.past.at(-1)!,
		future: [history.present, ...history.future]
	};
}

export function redo<T>(history: History<T>): History<T> {
	if (history.future.length === 0) return history;
	return {
		past: [...history.past, history.present],
		present: history.future[0]!,
		future: history.future.slice(1)
	};
}
