/**
 * The timeline's mark colours: a colour-blind-aware palette of seven hues (one set per theme,
 * each at least 3:1 against the page and the lane bands) and the rule that gives each of a
 * dataset's categories, or each status, one of them. Status keeps its shapes, so colour adds
 * meaning without carrying it alone. Pure: no DOM.
 */
import { PLOVER_CATEGORIES, STATUSES } from '$lib/data/vocabularies';

/** How many distinct hues the palette has (the neutral colour aside). */
export const COLOUR_SLOTS = 7;

/**
 * Okabe–Ito's hues, darkened for the light theme and lightened for the dark one until each
 * keeps 3:1 against both themes' page and lane backgrounds (WCAG 1.4.11); slot order puts the
 * most distinct hues first. `neutral` is for events without a category.
 */
export const MARK_PALETTE = {
	light: ['#0072B2', '#C75300', '#00876A', '#B8588F', '#4B2C86', '#66600A', '#1E4F5E'],
	dark: ['#3D9BE0', '#F08A3C', '#3CC79E', '#F59AC8', '#D6BCFF', '#E2C24A', '#A5E8F5'],
	neutral: { light: '#5A6472', dark: '#98A0AA' }
} as const;

/** A palette slot (0 … COLOUR_SLOTS − 1), or 'neutral'. */
export type ColourSlot = number | 'neutral';

/** One line of the colour key: the slot and the categories (or status) drawn in it. */
export interface ColourGroup {
	slot: ColourSlot;
	/** The category keys or statuses in this colour, in reading order. */
	members: string[];
	label: string;
}

export interface ColourAssignment {
	slotOf: ReadonlyMap<string, ColourSlot>;
	groups: ColourGroup[];
}

/** The key events without a category are counted under (as filterEvents' categoryOf says). */
export const NO_CATEGORY = 'none';

const ploverRank = new Map<string, number>(PLOVER_CATEGORIES.map((c, i) => [c, i]));

/** "CONSULT" -> "Consult"; any other text as it is. */
export function colourLabel(key: string): string {
	if (key === NO_CATEGORY) return 'No category';
	return /^[A-Z_]+$/.test(key)
		? key.charAt(0) + key.slice(1).toLowerCase().replace(/_/g, ' ')
		: key;
}

/**
 * A colour for each category present: known PLOVER kinds in PLOVER's order, others after by name,
 * a hue each while hues last. With more categories than hues, neighbours share one, the pair with
 * the fewest events first, so the categories that carry the story keep theirs. None: neutral.
 */
export function assignCategoryColours(counts: ReadonlyMap<string, number>): ColourAssignment {
	const ordered = [...counts.keys()]
		.filter((key) => key !== NO_CATEGORY)
		.sort((a, b) => {
			const ra = ploverRank.get(a) ?? Infinity;
			const rb = ploverRank.get(b) ?? Infinity;
			return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
		});
	let runs = ordered.map((key) => ({ members: [key], count: counts.get(key) ?? 0 }));
	while (runs.length > COLOUR_SLOTS) {
		let best = 0;
		for (let i = 1; i < runs.length - 1; i++) {
			if (runs[i]!.count + runs[i + 1]!.count < runs[best]!.count + runs[best + 1]!.count) best = i;
		}
		const merged = {
			members: [...runs[best]!.members, ...runs[best + 1]!.members],
			count: runs[best]!.count + runs[best + 1]!.count
		};
		runs = [...runs.slice(0, best), merged, ...runs.slice(best + 2)];
	}
	const groups: ColourGroup[] = runs.map((run, slot) => ({
		slot,
		members: run.members,
		label: groupLabel(run.members)
	}));
	if (counts.has(NO_CATEGORY)) {
		groups.push({ slot: 'neutral', members: [NO_CATEGORY], label: colourLabel(NO_CATEGORY) });
	}
	return { slotOf: slotsOf(groups), groups };
}

/** Each status its own hue, in the format's order of statuses. */
export function assignStatusColours(
	statusLabel: (status: (typeof STATUSES)[number]) => string
): ColourAssignment {
	const groups = STATUSES.map((status, slot) => ({
		slot: slot % COLOUR_SLOTS,
		members: [status],
		label: statusLabel(status)
	}));
	return { slotOf: slotsOf(groups), groups };
}

/** The class a mark in `slot` carries; its CSS sets the mark's colour. */
export function colourClass(slot: ColourSlot | undefined): string {
	return slot === undefined ? '' : `colour-${slot}`;
}

/**
 * The palette as CSS custom properties for the chart's root (`--mark-0` … and `--mark-neutral`),
 * with the theme's pick between light and dark left to the stylesheet.
 */
export function paletteStyle(): string {
	const parts: string[] = [];
	MARK_PALETTE.light.forEach((light, i) => {
		parts.push(`--mark-light-${i}: ${light}`, `--mark-dark-${i}: ${MARK_PALETTE.dark[i]}`);
	});
	parts.push(
		`--mark-light-neutral: ${MARK_PALETTE.neutral.light}`,
		`--mark-dark-neutral: ${MARK_PALETTE.neutral.dark}`
	);
	return parts.join('; ');
}

function groupLabel(members: readonly string[]): string {
	return members
		.map((key, i) =>
			i > 0 && ploverRank.has(key) ? colourLabel(key).toLowerCase() : colourLabel(key)
		)
		.join(', ');
}

function slotsOf(groups: readonly ColourGroup[]): Map<string, ColourSlot> {
	const slotOf = new Map<string, ColourSlot>();
	for (const group of groups) for (const member of group.members) slotOf.set(member, group.slot);
	return slotOf;
}
