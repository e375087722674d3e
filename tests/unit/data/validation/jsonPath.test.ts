import { describe, expect, it } from 'vitest';
import { formatPath } from '$lib/data/validation/jsonPath';

describe('formatPath(path)', () => {
	it.each([
		[[], '$'],
		[['meta', 'title'], 'meta.title'],
		[['events', 3, 'sourceActors', 0], 'events[3].sourceActors[0]'],
		[['meta', 'odd key'], 'meta["odd key"]'],
		[['$schema'], '$schema']
	])('formatPath(%j) is %s', (path, expected) => {
		expect(formatPath(path)).toBe(expected);
	});
});
