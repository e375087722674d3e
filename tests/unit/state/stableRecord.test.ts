import { describe, expect, it } from 'vitest';
import { stableRecord } from '../../../src/lib/state/stableRecord';

describe('stableRecord(read)', () => {
	const list = [1, 2, 3];
	it.each([
		{
			name: 'the same values',
			reads: [
				{ a: list, b: 1 },
				{ a: list, b: 1 }
			],
			same: true
		},
		{
			name: 'a changed value',
			reads: [
				{ a: list, b: 1 },
				{ a: list, b: 2 }
			],
			same: false
		},
		{ name: 'an equal but new list', reads: [{ a: list }, { a: [1, 2, 3] }], same: false },
		{ name: 'another key', reads: [{ a: 1 }, { b: 1 }], same: false },
		{ name: 'one key more', reads: [{ a: 1 }, { a: 1, b: undefined }], same: false },
		{ name: 'NaN again', reads: [{ a: Number.NaN }, { a: Number.NaN }], same: true }
	])('stableRecord(read) after $name', ({ reads, same }) => {
		const before = structuredClone(reads);
		let call = 0;
		const read = stableRecord(() => reads[call++]!);
		const first = read();
		const second = read();
		expect(first).toBe(reads[0]);
		expect(second === first).toBe(same);
		expect(second).toEqual(reads[1]);
		expect(reads).toEqual(before);
	});

	it('stableRecord(read) passes null through, and a record after null is taken as new', () => {
		const values = [{ a: 1 }, null, { a: 1 }];
		let call = 0;
		const read = stableRecord(() => values[call++]!);
		expect(read()).toBe(values[0]);
		expect(read()).toBeNull();
		expect(read()).toBe(values[2]);
	});
});
