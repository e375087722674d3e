import { describe, expect, it } from 'vitest';
import { record, redo, startHistory, undo } from '$lib/authoring/history';

describe('history', () => {
	it('record, undo and redo step through values; a new change clears redo', () => {
		let h = startHistory(1);
		h = record(h, 2);
		h = record(h, 3);
		expect(undo(h).present).toBe(2);
		expect(undo(undo(h)).present).toBe(1);
		expect(undo(undo(undo(h))).present).toBe(1);
		expect(redo(undo(undo(h))).present).toBe(2);
		const branched = record(undo(h), 9);
		expect(branched.future).toEqual([]);
		expect(redo(branched)).toBe(branched);
		expect(branched.past).toEqual([1, 2]);
	});

	it('record(history, value, limit) keeps at most `limit` steps back', () => {
		let h = startHistory(0);
		for (let i = 1; i <= 10; i++) h = record(h, i, 3);
		expect(h.past).toEqual([7, 8, 9]);
	});
});
