import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '$lib/layout/text/estimateTextWidth';
import {
	MIN_WRAPPED_LINE,
	placeMarkLabels,
	shortenToFit,
	wrapToFit,
	type LabelRequest,
	type Obstacle
} from '$lib/layout/timeline/placeMarkLabels';
import { seededRandom } from '../../../fixtures/randomDataset';

const options = { bounds: [0, 400] as const, fontSize: 12 };

function request(key: string, x: number, text: string, rowKey = 'r'): LabelRequest {
	return { key, rowKey, x0: x - 5, x1: x + 5, anchorX: x, text };
}

describe('placeMarkLabels', () => {
	it.each([
		['a label with room goes to the right', [request('a', 20, 'Talks')], [], ['a:right:Talks']],
		[
			'a label at the right edge goes to the left',
			[request('a', 390, 'Talks')],
			[],
			['a:left:Talks']
		],
		[
			'a label squeezed between marks is shortened',
			[request('a', 20, 'A long label that does not fit'), request('b', 140, 'B')],
			[],
			['a:right:A long label…', 'b:right:B']
		],
		[
			'a label with no room hides',
			[request('a', 20, 'Hidden label'), request('b', 45, 'B')],
			[{ rowKey: 'r', x0: 0, x1: 14 }],
			['b:right:B']
		],
		['a mark off screen has no label', [request('a', -30, 'Gone')], [], []],
		[
			'an event in several lanes is labelled once, where there is room',
			[
				{ ...request('a1', 395, 'Talks'), group: 'a' },
				{ ...request('a2', 20, 'Talks', 's'), group: 'a' },
				{ ...request('a3', 20, 'Talks', 't'), group: 'a' }
			],
			[{ rowKey: 'r', x0: 300, x1: 380 }],
			['a2:right:Talks']
		],
		[
			'labels in different rows do not compete',
			[request('a', 20, 'First label'), request('b', 20, 'Second label', 's')],
			[],
			['a:right:First label', 'b:right:Second label']
		]
	])('placeMarkLabels: %s', (_name, requests, obstacles: Obstacle[], expected) => {
		const before = structuredClone(requests);
		const placed = placeMarkLabels(requests, obstacles, options);
		expect(placed.map((p) => `${p.key}:${p.side}:${p.text}`)).toEqual(expected);
		expect(requests).toEqual(before);
	});

	it.each([1, 2] as const)(
		'placeMarkLabels(maxLines %i) never overlaps labels, marks, obstacles or the edges, on many random rows',
		(maxLines) => {
			for (let seed = 1; seed <= 300; seed++) {
				const random = seededRandom(seed);
				const rows = ['r0', 'r1', 'r2'];
				const requests: LabelRequest[] = Array.from(
					{ length: 3 + Math.floor(random() * 40) },
					(_, i) => {
						const x = random() * 500 - 50;
						const half = random() < 0.3 ? random() * 80 : 6;
						return {
							key: `m${i}`,
							rowKey: rows[Math.floor(random() * rows.length)]!,
							x0: x - half,
							x1: x + half,
							anchorX: x,
							text: 'Label '.repeat(1 + Math.floor(random() * 5)).trim()
						};
					}
				);
				const obstacles: Obstacle[] = [{ rowKey: 'r1', x0: 200, x1: 202 }];
				const before = structuredClone(requests);
				const placed = placeMarkLabels(requests, obstacles, { ...options, maxLines });
				expect(placeMarkLabels(requests, obstacles, { ...options, maxLines })).toEqual(placed);
				expect(requests).toEqual(before);
				for (const label of placed) {
					expect(label.x).toBeGreaterThanOrEqual(0);
					expect(label.x + label.width).toBeLessThanOrEqual(400);
					expect(label.lines.length).toBeLessThanOrEqual(maxLines);
					expect(label.lines.join(' ')).toBe(label.text);
					expect(label.width).toBeCloseTo(
						Math.max(...label.lines.map((line) => estimateTextWidth(line, 12)))
					);
					const sameRow = (item: { rowKey: string }) => item.rowKey === label.rowKey;
					const overlaps = (a0: number, a1: number) => label.x < a1 && a0 < label.x + label.width;
					for (const r of requests.filter(sameRow)) {
						expect(overlaps(r.x0, r.x1), `label ${label.key} over mark ${r.key}`).toBe(false);
					}
					for (const o of obstacles.filter(sameRow)) expect(overlaps(o.x0, o.x1)).toBe(false);
					for (const other of placed.filter(sameRow)) {
						if (other.key === label.key) continue;
						expect(overlaps(other.x, other.x + other.width), `${label.key}/${other.key}`).toBe(
							false
						);
					}
				}
			}
		}
	);

	it.each([
		[
			'a label that fits on neither side wraps to two lines before it is cut',
			[
				request('a', 20, 'A long label that does not fit in this row at all'),
				request('b', 180, 'B')
			],
			['a:right:A long label that|does not fit in thi…', 'b:right:B']
		],
		[
			'a wrapped label that fits whole is not cut',
			[request('a', 20, 'Talks held in the city of Port Selim'), request('b', 180, 'B')],
			['a:right:Talks held in the|city of Port Selim', 'b:right:B']
		],
		[
			'a label with no room on the right wraps on the left',
			[
				request('c', 40, 'C'),
				request('a', 200, 'Round two of the talks in Hollen'),
				request('b', 230, 'B')
			],
			['c:right:C', 'a:left:Round two of the|talks in Hollen', 'b:right:B']
		],
		[
			'a label that fits on one line is not wrapped',
			[request('a', 20, 'Talks'), request('b', 140, 'B')],
			['a:right:Talks', 'b:right:B']
		],
		[
			`a gap too narrow for ${MIN_WRAPPED_LINE} characters a line gets one cut line, not two scraps`,
			[request('a', 20, 'Without Aliyev, talks went on'), request('b', 110, 'B')],
			['a:right:Without A…', 'b:right:B']
		]
	])('placeMarkLabels(maxLines 2): %s', (_name, requests, expected) => {
		const before = structuredClone(requests);
		const placed = placeMarkLabels(requests, [], { ...options, maxLines: 2 });
		expect(placed.map((l) => `${l.key}:${l.side}:${l.lines.join('|')}`)).toEqual(expected);
		expect(requests).toEqual(before);
	});
});

describe('placeMarkLabels: wrapped labels in neighbouring rows', () => {
	// Two rows of a lane, each with a label that needs two lines (a mark at 180 leaves it room
	// for about 25 characters a line).
	const text = 'Talks held in the city of Port Selim on the border';
	const rows = (rowsBesideA: string[], rowsBesideB: string[], bx = 20) => [
		{ ...request('a', 20, text, 'lane#0'), rowsBeside: rowsBesideA },
		request('a-stop', 180, 'X', 'lane#0'),
		{ ...request('b', bx, text, 'lane#1'), rowsBeside: rowsBesideB },
		request('b-stop', bx + 160, 'X', 'lane#1')
	];
	const shown = (requests: LabelRequest[], obstacles: Obstacle[] = []) =>
		placeMarkLabels(requests, obstacles, { ...options, maxLines: 2 })
			.filter((l) => !l.key.endsWith('-stop'))
			.map((l) => `${l.key}:${l.lines.length}`);

	it('placeMarkLabels does not wrap a label beside a wrapped one in the row above: it is cut to one line', () => {
		expect(shown(rows(['lane#-1', 'lane#1'], ['lane#0', 'lane#2']))).toEqual(['a:2', 'b:1']);
	});
	it('placeMarkLabels wraps both when the rows are not neighbours, or the labels do not overlap', () => {
		expect(shown(rows([], []))).toEqual(['a:2', 'b:2']);
		// b further right, with a band left of it: it wraps on its right, clear of a's lines.
		const band: Obstacle = { rowKey: 'lane#1', x0: 0, x1: 205 };
		expect(shown(rows(['lane#1'], ['lane#0'], 220), [band])).toEqual(['a:2', 'b:2']);
	});
	it('placeMarkLabels cuts the later label, whichever row it is in (earlier requests win)', () => {
		const [a, aStop, b, bStop] = rows(['lane#1'], ['lane#0']);
		const placed = placeMarkLabels([b!, bStop!, a!, aStop!], [], { ...options, maxLines: 2 });
		expect(
			placed.filter((l) => !l.key.endsWith('-stop')).map((l) => `${l.key}:${l.lines.length}`)
		).toEqual(['b:2', 'a:1']);
	});
});

describe("placeMarkLabels over a mark's own window or bar", () => {
	/** A mark at x whose window or bar runs from `from` to `to`. */
	const spanning = (key: string, x: number, from: number, to: number, text: string) => ({
		key,
		rowKey: 'r',
		x0: from,
		x1: to,
		anchorX: x,
		inner: x + 9,
		text
	});

	it('placeMarkLabels([a bar filling the plot]) puts the whole label over the bar, just right of the glyph', () => {
		const requests = [spanning('a', 30, 20, 390, 'Talks resume in Geneva')];
		const input = structuredClone(requests);
		const [label] = placeMarkLabels(requests, [], options);
		expect(label).toMatchObject({ key: 'a', x: 39, text: 'Talks resume in Geneva' });
		expect(requests).toEqual(input);
	});

	it('placeMarkLabels([a bar with room beside it]) keeps the label beside the bar, not over it', () => {
		const [label] = placeMarkLabels([spanning('a', 30, 20, 120, 'Talks')], [], options);
		expect(label).toMatchObject({ x: 124, side: 'right' });
	});

	it('placeMarkLabels over a bar stops at the next mark in the row, shortened to fit', () => {
		const labels = placeMarkLabels(
			[
				spanning('a', 30, 20, 390, 'A label too long for the room left before the next mark'),
				request('b', 200, 'B')
			],
			[],
			options
		);
		const a = labels.find((label) => label.key === 'a')!;
		expect(a.x).toBe(39);
		expect(a.x + a.width).toBeLessThanOrEqual(195 - 4);
		expect(a.text.endsWith('…')).toBe(true);
	});

	it('placeMarkLabels without `inner` never puts a label over its own span (a point mark has none)', () => {
		const { inner: _, ...noInner } = spanning('a', 30, 20, 390, 'Talks resume in Geneva');
		const labels = placeMarkLabels([noInner], [], options);
		for (const label of labels) expect(label.x >= 390 || label.x + label.width <= 20).toBe(true);
	});
});

describe('wrapToFit', () => {
	it.each([
		['Talks held in Port Selim', 100, ['Talks held in', 'Port Selim']],
		['One two three four five six seven', 60, ['One two', 'three f…']],
		['Unbreakableword and more', 60, null],
		['Short', 100, null],
		['Talks held', 30, null]
	])('wrapToFit(%j, %i) is %j', (text, width, expected) => {
		const result = wrapToFit(text, width, 12, 4);
		if (expected === null) expect(result).toBeNull();
		else {
			expect(result).toEqual(expected);
			for (const line of result!) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(width);
		}
	});
});

describe('shortenToFit', () => {
	it.each([
		['Short', 100, 'Short'],
		['A label that is rather long', 80, 'A label th…'],
		['A label that is rather long', 30, null]
	])('shortenToFit(%j, %i) is %j', (text, width, expected) => {
		expect(shortenToFit(text, width, 12, 6)).toBe(expected);
	});
});
