import { describe, expect, it } from 'vitest';
import { diagramHeight } from '$lib/layout/network/diagramHeight';

describe('diagramHeight', () => {
	it.each([
		// Phones: 1.2 times the width, between 400 and 560.
		[300, 400],
		[390, 468],
		[600, 560],
		// Desktops: 0.52 times the width, between 440 and 620.
		[640, 440],
		[1000, 520],
		[1440, 620]
	])('diagramHeight(%i) is %i', (width, height) => {
		expect(diagramHeight(width)).toBe(height);
	});
});
