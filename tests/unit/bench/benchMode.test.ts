import { describe, expect, it } from 'vitest';
import { readBenchMode } from '$lib/bench/benchMode';

describe('benchMode', () => {
	it.each([
		['', null],
		['?n=100', null],
		['?bench=0', null],
		['?bench=true', null],
		['?bench=1', { validate: false }],
		['?n=1000&seed=42&bench=1', { validate: false }],
		['?bench=1&validate=1', { validate: true }],
		['bench=1&validate=0', { validate: false }]
	])('readBenchMode(%j) is %j', (search, mode) => {
		expect(readBenchMode(search)).toEqual(mode);
	});
});
