/**
 * The glyph at an event's plotted day, as SVG path data centred on (0, 0). Status is drawn
 * with shape and fill, never with colour alone; the role in a lane with the outline's shape.
 */
import type { EventStatus } from '$lib/data/schema';
import type { LaneRole } from './laneTypes';

export type GlyphFill = 'solid' | 'none' | 'half' | 'dot';

export interface MarkGlyph {
	/** The outline (circle for a party, square for a mediator or host). */
	outline: string;
	fill: GlyphFill;
	/** Dashed outline: not (yet) confirmed. */
	dashed: boolean;
	/** The filled part for 'half' (reported) and 'dot' (claimed) fills. */
	inner: string | null;
	/** A line through the glyph: postponed (one stroke) or cancelled (a cross). */
	strike: string | null;
}

const STATUS_STYLE: Record<
	EventStatus,
	{ fill: GlyphFill; dashed: boolean; strike: 'line' | 'cross' | null }
> = {
	occurred: { fill: 'solid', dashed: false, strike: null },
	planned: { fill: 'none', dashed: false, strike: null },
	tentative: { fill: 'none', dashed: true, strike: null },
	postponed: { fill: 'none', dashed: true, strike: 'line' },
	cancelled: { fill: 'none', dashed: false, strike: 'cross' },
	reported: { fill: 'half', dashed: false, strike: null },
	claimed: { fill: 'dot', dashed: false, strike: null }
};

const round = (value: number) => Math.round(value * 100) / 100;

function circlePath(r: number): string {
	const a = round(r);
	return `M${-a},0A${a},${a} 0 1,0 ${a},0A${a},${a} 0 1,0 ${-a},0Z`;
}

export function computeMarkGlyph(status: EventStatus, role: LaneRole, radius: number): MarkGlyph {
	const style = STATUS_STYLE[status];
	// A square of the same visual weight as the circle is a little smaller than its box.
	const s = round(radius * 0.88);
	const r = round(radius);
	const outline = role === 'mediator' ? `M${-s},${-s}H${s}V${s}H${-s}Z` : circlePath(radius);
	let inner: string | null = null;
	if (style.fill === 'half') {
		inner = role === 'mediator' ? `M0,${-s}H${-s}V${s}H0Z` : `M0,${-r}A${r},${r} 0 0,0 0,${r}Z`;
	} else if (style.fill === 'dot') {
		inner = circlePath(radius * 0.42);
	}
	const reach = round(radius * 1.45);
	const strike =
		style.strike === 'line'
			? `M${-reach},0H${reach}`
			: style.strike === 'cross'
				? `M${-reach},${-reach}L${reach},${reach}M${-reach},${reach}L${reach},${-reach}`
				: null;
	return { outline, fill: style.fill, dashed: style.dashed, inner, strike };
}
