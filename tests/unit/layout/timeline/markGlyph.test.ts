import { describe, expect, it } from 'vitest';
import type { EventStatus } from '$lib/data/schema';
import { computeMarkGlyph } from '$lib/layout/timeline/markGlyph';

describe('computeMarkGlyph', () => {
	it.each<[EventStatus, string, boolean, boolean]>([
		['occurred', 'solid', false, false],
		['planned', 'none', false, false],
		['tentative', 'none', true, false],
		['postponed', 'none', true, true],
		['cancelled', 'none', false, true],
		['reported', 'half', false, false],
		['claimed', 'dot', false, false]
	])('computeMarkGlyph(%s) has fill %s, dashed %s, struck %s', (status, fill, dashed, struck) => {
		const glyph = computeMarkGlyph(status, 'party', 6);
		expect(glyph.fill).toBe(fill);
		expect(glyph.dashed).toBe(dashed);
		expect(glyph.strike !== null).toBe(struck);
		expect(glyph.inner !== null).toBe(fill === 'half' || fill === 'dot');
	});

	it('computeMarkGlyph gives statuses distinct drawings without colour', () => {
		const statuses: EventStatus[] = [
			'occurred',
			'planned',
			'tentative',
			'postponed',
			'cancelled',
			'reported',
			'claimed'
		];
		const drawings = statuses.map((status) => JSON.stringify(computeMarkGlyph(status, 'party', 6)));
		expect(new Set(drawings).size).toBe(statuses.length);
		// Mediators and hosts get another outline.
		expect(computeMarkGlyph('occurred', 'mediator', 6).outline).not.toBe(
			computeMarkGlyph('occurred', 'party', 6).outline
		);
	});
});
