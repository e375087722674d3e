import { visibleLines } from '../../../helpers/networkLines';
import { describe, expect, it } from 'vitest';
import { drawnEdges, statusWords } from '$lib/layout/network/pairEdges';
import { mediationDataset } from '../../../fixtures/mediationDataset';
import { randomDataset } from '../../../fixtures/randomDataset';

describe('edge weights by status', () => {
	it('drawnEdges(items, false) sums a pair’s kinds by status; only what happened is "held"', () => {
		const { items, lines } = visibleLines(mediationDataset(3), false);
		const before = structuredClone(items);
		for (const line of lines) {
			const { counts, statuses, eventIds } = line.summary;
			expect(counts.happened).toBe(
				(statuses.occurred ?? 0) + (statuses.reported ?? 0) + (statuses.claimed ?? 0)
			);
			expect(counts.expected).toBe((statuses.planned ?? 0) + (statuses.tentative ?? 0));
			expect(counts['called-off']).toBe((statuses.postponed ?? 0) + (statuses.cancelled ?? 0));
			expect(new Set(eventIds).size).toBe(eventIds.length);
		}
		// One line per pair: no two lines share a pair.
		const pairs = lines.map((line) => `${line.a}|${line.b}`);
		expect(new Set(pairs).size).toBe(pairs.length);
		expect(drawnEdges(items, true)).toHaveLength(items.length);
		expect(items).toEqual(before);
	});

	it('drawnEdges(items, false) lists a pair’s event ids once each, in the order its kinds list them', () => {
		const { items, lines } = visibleLines(mediationDataset(3), false);
		for (const line of lines) {
			const expected = [
				...new Set(
					items
						.filter(({ edge }) => line.edges.includes(edge))
						.flatMap(({ summary }) => summary.eventIds)
				)
			];
			expect(line.summary.eventIds).toEqual(expected);
			// Listed once, then kept: read again, the same list.
			expect(line.summary.eventIds).toBe(line.summary.eventIds);
		}
		expect(lines.some((line) => line.edges.length > 1)).toBe(true);
	});

	it('drawnEdges(items, false) on generated datasets: a pair’s contact edges never share an event', () => {
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const dataset = randomDataset(seed, { events: 400, states: 5, peoplePerState: 3 });
			const { lines } = visibleLines(dataset, false);
			for (const line of lines) {
				const ids = line.summary.eventIds;
				expect(new Set(ids).size, `${line.key} (seed ${seed})`).toBe(ids.length);
			}
		}
	});

	it.each([
		[{ occurred: 2, reported: 1, postponed: 1, cancelled: 1 }, '3 held, 1 postponed, 1 cancelled'],
		[{ planned: 2 }, '2 planned'],
		[{ claimed: 1, tentative: 1 }, '1 held, 1 tentative'],
		[{}, '']
	])('statusWords(%o) is "%s"', (statuses, words) => {
		expect(statusWords(statuses)).toBe(words);
	});
});
