import { describe, expect, it } from 'vitest';
import {
	edgeColor,
	NODE_KIND_LABELS,
	nodeShape,
	STATUS_DASH
} from '$lib/charts/network/networkStyle';
import type { NodeKind } from '$lib/layout/network/graphTypes';
import { EDGE_KINDS } from '$lib/layout/network/contactKinds';
import { ACTOR_KINDS } from '$lib/data/vocabularies';

describe('networkStyle', () => {
	it.each(EDGE_KINDS)('edgeColor(%s) is its own CSS variable', (kind) => {
		expect(edgeColor(kind)).toBe(`var(--net-edge-${kind})`);
	});

	it('STATUS_DASH draws what happened solid, the rest dashed, each differently', () => {
		expect(STATUS_DASH.happened).toBeUndefined();
		expect(STATUS_DASH.expected).toMatch(/^[\d.]+ [\d.]+$/);
		expect(STATUS_DASH['called-off']).toMatch(/^[\d.]+ [\d.]+$/);
		expect(STATUS_DASH.expected).not.toBe(STATUS_DASH['called-off']);
	});

	it.each<[NodeKind, string]>([
		['state', 'circle'],
		['igo', 'square'],
		['venue', 'diamond'],
		['org', 'ring-square'],
		['group', 'ring-dashed'],
		['person', 'ring']
	])('nodeShape(%s) is %s', (kind, shape) => {
		expect(nodeShape(kind)).toBe(shape);
	});

	it('every actor kind has a legend label and a shape of its own', () => {
		expect(Object.keys(NODE_KIND_LABELS).sort()).toEqual([...ACTOR_KINDS].sort());
		expect(new Set(ACTOR_KINDS.map((kind) => nodeShape(kind))).size).toBe(ACTOR_KINDS.length);
	});
});
