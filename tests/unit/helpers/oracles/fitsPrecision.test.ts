import { describe, expect, it } from 'vitest';
import { fitsPrecision } from '../../../helpers/oracles/fitsPrecision';

describe('fitsPrecision(precision, earliest, latest)', () => {
	it.each([
		['day', '2026-02-06', '2026-02-06', true],
		['day', '2026-02-06', '2026-02-07', false],
		['week', '2026-02-02', '2026-02-08', true],
		['week', '2026-02-02', '2026-02-09', false],
		['month', '2026-01-01', '2026-01-31', true],
		['month', '2026-01-01', '2026-02-01', false],
		['year', '2024-01-01', '2024-12-31', true],
		['year', '2024-01-01', '2025-01-01', false],
		['range', '2020-01-01', '2026-01-01', true]
	] as const)('%s from %s to %s fits: %s', (precision, earliest, latest, expected) => {
		expect(fitsPrecision(precision, earliest, latest)).toBe(expected);
	});
});
