import { describe, expect, it } from 'vitest';
import type { EdgeContribution, GraphEdge } from '$lib/layout/network/graphTypes';
import { summarizeEdge } from '$lib/layout/network/summarizeEdge';

const share = (
	eventId: string,
	direction: EdgeContribution['direction'],
	status: EdgeContribution['status'] = 'occurred'
): EdgeContribution => ({ eventId, direction, status });

function edge(over: Partial<GraphEdge>): GraphEdge {
	const contributions = over.contributions ?? [];
	return {
		key: 'meeting:aa|bb',
		kind: 'meeting',
		basis: 'event',
		a: 'aa',
		b: 'bb',
		contributions,
		relationIds: [],
		relationDirection: 'none',
		relationUnconditional: false,
		eventIds: contributions.map((c) => c.eventId),
		...over
	};
}

describe('summarizeEdge', () => {
	it.each<[string, GraphEdge, string[], boolean, Record<string, unknown> | null]>([
		['nothing visible', edge({ contributions: [share('e1', 'forward')] }), [], true, null],
		[
			'one visible event, forward',
			edge({ contributions: [share('e1', 'forward'), share('e2', 'forward')] }),
			['e1'],
			true,
			{ source: 'aa', target: 'bb', direction: 'forward', weight: 1, eventIds: ['e1'] }
		],
		[
			'only backward: drawn from b to a',
			edge({ contributions: [share('e1', 'backward')] }),
			['e1'],
			true,
			{ source: 'bb', target: 'aa', direction: 'forward' }
		],
		[
			'both ways',
			edge({ contributions: [share('e1', 'forward'), share('e2', 'backward')] }),
			['e1', 'e2'],
			true,
			{ direction: 'both', weight: 2 }
		],
		[
			'status: happened wins over planned and postponed, counted apart',
			edge({
				contributions: [
					share('e1', 'none', 'planned'),
					share('e2', 'none', 'postponed'),
					share('e3', 'none', 'occurred')
				]
			}),
			['e1', 'e2', 'e3'],
			true,
			{
				status: 'happened',
				direction: 'none',
				counts: { happened: 1, expected: 1, 'called-off': 1 },
				statuses: { planned: 1, postponed: 1, occurred: 1 }
			}
		],
		[
			'only planned: expected',
			edge({ contributions: [share('e1', 'none', 'planned')] }),
			['e1'],
			true,
			{ status: 'expected' }
		],
		[
			'membership with both ends in view',
			edge({ basis: 'membership', kind: 'membership' }),
			[],
			true,
			{ direction: 'none', weight: 1, standing: false }
		],
		[
			'membership with an end out of view',
			edge({ basis: 'membership', kind: 'membership' }),
			[],
			false,
			null
		],
		[
			'a relation without events stands while its ends are in view, in its direction',
			edge({
				basis: 'relation',
				relationIds: ['r'],
				relationUnconditional: true,
				relationDirection: 'backward'
			}),
			[],
			true,
			{ standing: true, source: 'bb', target: 'aa', direction: 'forward', weight: 1 }
		],
		[
			'… and goes when an end is out of view',
			edge({ basis: 'relation', relationIds: ['r'], relationUnconditional: true }),
			[],
			false,
			null
		],
		[
			"a relation's evidence event in view keeps it",
			edge({ basis: 'relation', relationIds: ['r'], eventIds: ['ev'] }),
			['ev'],
			false,
			{ standing: true, eventIds: ['ev'], weight: 1 }
		]
	])('summarizeEdge(%s)', (_name, graphEdge, visible, endsVisible, expected) => {
		const before = structuredClone(graphEdge);
		const summary = summarizeEdge(graphEdge, new Set(visible), endsVisible);
		if (expected === null) expect(summary).toBeNull();
		else expect(summary).toMatchObject(expected);
		expect(graphEdge).toEqual(before);
	});
});
