/**
 * Each timeline mark's label right of the mark, else left, in its row and clear of everything:
 * wrapped, then shortened, then hidden (the tooltip still shows it) when there is no room.
 */
import { CHARACTER_WIDTH_EM, estimateTextWidth } from '../text/estimateTextWidth';

export interface LabelRequest {
	key: string;
	/** Labels only compete with things in the same row. */
	rowKey: string;
	/** The mark's horizontal extent. */
	x0: number;
	x1: number;
	/** The anchor that must be on screen for the label to show (the glyph's centre). */
	anchorX: number;
	text: string;
	/** Requests sharing a group show at most one label (an event's marks in several lanes). */
	group?: string;
	/**
	 * The rows directly above and below: a label is not wrapped beside a wrapped label there,
	 * whose lines would touch its own (two lines fill a row).
	 */
	rowsBeside?: readonly string[];
	/**
	 * Where a label over the mark's own window or bar would start (just right of its glyph), as
	 * Gantt charts label bars: taken when neither side holds the whole label.
	 */
	inner?: number;
}

export interface Obstacle {
	rowKey: string;
	x0: number;
	x1: number;
}

export interface PlacedLabel {
	key: string;
	rowKey: string;
	/** What it shows, on one line. */
	text: string;
	/** The same text as drawn: one line, or two when it wrapped. */
	lines: string[];
	/** Left edge of the text box and its estimated width (of its longest line). */
	x: number;
	width: number;
	side: 'right' | 'left';
}

export interface LabelOptions {
	/** The visible plot, [left, right]. */
	bounds: readonly [number, number];
	fontSize: number;
	/** Space between a label and anything next to it. */
	padding?: number;
	/** Shortest shortened label worth showing, in characters (ellipsis included). */
	minCharacters?: number;
	/** Lines a label may take: 2 lets one that fits on neither side wrap before it is cut. */
	maxLines?: 1 | 2;
}

/** The text shortened to fit `width`, with an ellipsis; null when fewer than `min` characters fit. */
export function shortenToFit(
	text: string,
	width: number,
	fontSize: number,
	min: number
): string | null {
	if (estimateTextWidth(text, fontSize) <= width) return text;
	const fits = Math.floor(width / (fontSize * CHARACTER_WIDTH_EM));
	if (fits < min) return null;
	const characters = [...text];
	return `${characters
		.slice(0, fits - 1)
		.join('')
		.trimEnd()}…`;
}

/**
 * The text in two lines no wider than `width`, broken between words: the second line shortened
 * with an ellipsis if it still does not fit. Null when the first word alone does not fit, the
 * text needs no second line, or fewer than `min` characters fit a line.
 */
export function wrapToFit(
	text: string,
	width: number,
	fontSize: number,
	min: number
): [string, string] | null {
	const perLine = Math.floor(width / (fontSize * CHARACTER_WIDTH_EM));
	if (perLine < min) return null;
	const words = text.split(' ').filter((word) => word !== '');
	let first = '';
	let i = 0;
	for (; i < words.length; i++) {
		const longer = first === '' ? words[i]! : `${first} ${words[i]}`;
		if ([...longer].length > perLine) break;
		first = longer;
	}
	if (first === '' || i >= words.length) return null;
	const rest = words.slice(i).join(' ');
	const second = shortenToFit(rest, width, fontSize, Math.min(min, [...rest].length));
	return second === null ? null : [first, second];
}

type Interval = readonly [number, number];

/** The free space in `occupied` around `at`: [left, right] of the gap, or null when `at` is covered. */
function gapAround(occupied: readonly Interval[], at: number, bounds: Interval): Interval | null {
	let left = bounds[0];
	let right = bounds[1];
	if (at < left || at > right) return null;
	for (const [a, b] of occupied) {
		if (a <= at && at <= b) return null;
		if (b < at && b > left) left = b;
		if (a > at && a < right) right = a;
	}
	return [left, right];
}

/**
 * Fewest characters a wrapped line must hold: two lines of a word or two ("Without / Aliyev…")
 * read worse than one line cut after many.
 */
export const MIN_WRAPPED_LINE = 16;

/** Places labels in the order given (earlier requests win contested space). */
export function placeMarkLabels(
	requests: readonly LabelRequest[],
	obstacles: readonly Obstacle[],
	{ bounds, fontSize, padding = 4, minCharacters = 8, maxLines = 1 }: LabelOptions
): PlacedLabel[] {
	const occupied = new Map<string, Interval[]>();
	const occupy = (rowKey: string, interval: Interval) => {
		const row = occupied.get(rowKey);
		if (row) row.push(interval);
		else occupied.set(rowKey, [interval]);
	};
	for (const obstacle of obstacles) occupy(obstacle.rowKey, [obstacle.x0, obstacle.x1]);
	const own = new Map<LabelRequest, Interval>();
	for (const request of requests) {
		const interval: Interval = [request.x0, request.x1];
		own.set(request, interval);
		occupy(request.rowKey, interval);
	}

	const placed: PlacedLabel[] = [];
	const labelledGroups = new Set<string>();
	/** Wrapped labels' extents, by row. */
	const wrappedIn = new Map<string, Interval[]>();
	const besideWrapped = (request: LabelRequest, [x0, x1]: Interval) =>
		(request.rowsBeside ?? []).some((rowKey) =>
			(wrappedIn.get(rowKey) ?? []).some(([a, b]) => a < x1 && x0 < b)
		);
	for (const request of requests) {
		if (request.group !== undefined && labelledGroups.has(request.group)) continue;
		if (request.anchorX < bounds[0] || request.anchorX > bounds[1]) continue;
		const row = occupied.get(request.rowKey)!;
		const rightStart = request.x1 + padding;
		const leftEnd = request.x0 - padding;
		const rightGap = gapAround(row, rightStart, bounds);
		const leftGap = gapAround(row, leftEnd, bounds);
		const rightRoom = rightGap ? rightGap[1] - padding - rightStart : 0;
		const leftRoom = leftGap ? leftEnd - (leftGap[0] + padding) : 0;
		const fullWidth = estimateTextWidth(request.text, fontSize);

		// Whole on one line, right then left; else wrapped whole; else cut where there is most room.
		let side: 'right' | 'left' = rightRoom >= leftRoom ? 'right' : 'left';
		let lines: string[] | null = null;
		// Over its own window or bar, from just right of the glyph: the room up to what is next.
		const inner = request.inner;
		let innerRoom = 0;
		if (inner !== undefined && fullWidth > rightRoom && fullWidth > leftRoom) {
			const mine = own.get(request);
			const innerGap = gapAround(
				row.filter((interval) => interval !== mine),
				inner,
				bounds
			);
			innerRoom = innerGap ? innerGap[1] - padding - inner : 0;
		}
		let x: number | null = null;
		if (fullWidth <= rightRoom) [side, lines] = ['right', [request.text]];
		else if (fullWidth <= leftRoom) [side, lines] = ['left', [request.text]];
		else if (fullWidth <= innerRoom) [side, lines, x] = ['right', [request.text], inner!];
		else if (maxLines >= 2) {
			const wrapped = (['right', 'left'] as const).map((s) => ({
				side: s,
				lines: wrapToFit(
					request.text,
					s === 'right' ? rightRoom : leftRoom,
					fontSize,
					Math.max(minCharacters, MIN_WRAPPED_LINE)
				)
			}));
			const extent = (w: { side: 'right' | 'left'; lines: string[] | null }): Interval => {
				const width = Math.max(...w.lines!.map((line) => estimateTextWidth(line, fontSize)));
				return w.side === 'right' ? [rightStart, rightStart + width] : [leftEnd - width, leftEnd];
			};
			const fits = wrapped.filter((w) => w.lines && !besideWrapped(request, extent(w)));
			const whole = fits.find((w) => w.lines!.join(' ') === request.text);
			const pick = whole ?? fits.find((w) => w.side === side);
			if (pick?.lines) [side, lines] = [pick.side, pick.lines];
		}
		let room = side === 'right' ? rightRoom : leftRoom;
		if (lines === null && innerRoom > room) [side, room, x] = ['right', innerRoom, inner!];
		if (lines === null) {
			const text = shortenToFit(request.text, room, fontSize, minCharacters);
			if (text === null) continue;
			lines = [text];
		}
		const width = Math.max(...lines.map((line) => estimateTextWidth(line, fontSize)));
		x ??= side === 'right' ? rightStart : leftEnd - width;
		placed.push({
			key: request.key,
			rowKey: request.rowKey,
			text: lines.join(' '),
			lines,
			x,
			width,
			side
		});
		if (request.group !== undefined) labelledGroups.add(request.group);
		occupy(request.rowKey, [x - padding / 2, x + width + padding / 2]);
		if (lines.length > 1) {
			const row = wrappedIn.get(request.rowKey);
			const extent: Interval = [x - padding / 2, x + width + padding / 2];
			if (row) row.push(extent);
			else wrappedIn.set(request.rowKey, [extent]);
		}
	}
	return placed;
}
