import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLOVER_CATEGORIES, STATUSES } from '../../../../src/lib/data/vocabularies';
import { contrastRatio, MIN_GRAPHIC_CONTRAST } from '../../../helpers/contrast';
import {
	assignCategoryColours,
	assignStatusColours,
	COLOUR_SLOTS,
	colourClass,
	colourLabel,
	MARK_PALETTE,
	paletteStyle
} from '../../../../src/lib/layout/timeline/markColours';

const counts = (entries: [string, number][]) => new Map(entries);

/** The page and lane-band colours of both themes, read from the app's stylesheet. */
function themeBackgrounds() {
	const css = readFileSync(new URL('../../../../src/app.css', import.meta.url), 'utf8');
	const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
	const pick = (text: string, name: string) =>
		text.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i'))![1]!;
	return {
		light: [pick(css, 'bg'), pick(css, 'surface')],
		dark: [pick(dark, 'bg'), pick(dark, 'surface')]
	};
}

describe('assignCategoryColours', () => {
	it('assignCategoryColours(counts) gives each of up to seven categories its own hue, in PLOVER order', () => {
		const input = counts([
			['ASSAULT', 2],
			['CONSULT', 18],
			['AGREE', 5],
			['PROTEST', 1]
		]);
		const before = structuredClone(input);
		const { slotOf, groups } = assignCategoryColours(input);
		expect(groups.map((g) => g.members)).toEqual([
			['AGREE'],
			['CONSULT'],
			['PROTEST'],
			['ASSAULT']
		]);
		expect([...slotOf.values()]).toHaveLength(4);
		expect(new Set(slotOf.values()).size).toBe(4);
		expect(groups.map((g) => g.label)).toEqual(['Agree', 'Consult', 'Protest', 'Assault']);
		expect(input).toEqual(before);
	});

	it('assignCategoryColours(counts) draws events without a category in the neutral colour', () => {
		const { slotOf, groups } = assignCategoryColours(
			counts([
				['none', 4],
				['CONSULT', 1]
			])
		);
		expect(slotOf.get('none')).toBe('neutral');
		expect(slotOf.get('CONSULT')).toBe(0);
		expect(groups.at(-1)).toEqual({ slot: 'neutral', members: ['none'], label: 'No category' });
	});

	it('assignCategoryColours(counts) gives categories outside PLOVER their own hues, after the known kinds', () => {
		const { slotOf, groups } = assignCategoryColours(
			counts([
				['Riots', 3],
				['CONSULT', 2],
				['Battles', 5]
			])
		);
		expect(groups.map((g) => g.label)).toEqual(['Consult', 'Battles', 'Riots']);
		expect(new Set([slotOf.get('Riots'), slotOf.get('Battles'), slotOf.get('CONSULT')]).size).toBe(
			3
		);
	});

	it('assignCategoryColours(counts) with more categories than hues merges the quietest neighbours and keeps the big ones apart', () => {
		// The real-shaped fixture's eleven categories.
		const input = counts([
			['AGREE', 5],
			['ASSAULT', 2],
			['CONSULT', 18],
			['COERCE', 1],
			['THREATEN', 2],
			['PROTEST', 2],
			['CONCEDE', 1],
			['ACCUSE', 1],
			['REQUEST', 1],
			['SUPPORT', 2],
			['COOPERATE', 3],
			['none', 4]
		]);
		const { slotOf, groups } = assignCategoryColours(input);
		const coloured = groups.filter((g) => g.slot !== 'neutral');
		expect(coloured).toHaveLength(COLOUR_SLOTS);
		expect(coloured.map((g) => g.slot)).toEqual([0, 1, 2, 3, 4, 5, 6]);
		// Every category has a colour, and the busiest keep theirs alone.
		for (const key of input.keys()) expect(slotOf.has(key)).toBe(true);
		expect(coloured.find((g) => g.members.includes('CONSULT'))!.members).toEqual(['CONSULT']);
		expect(coloured.find((g) => g.members.includes('AGREE'))!.members).toEqual(['AGREE']);
		// Merged groups hold neighbours in PLOVER order and say so in their label.
		const order = coloured.flatMap((g) => g.members);
		expect(order).toEqual(
			[...order].sort(
				(a, b) => PLOVER_CATEGORIES.indexOf(a as never) - PLOVER_CATEGORIES.indexOf(b as never)
			)
		);
		expect(coloured.some((g) => g.members.length > 1 && g.label.includes(', '))).toBe(true);
	});

	it('assignCategoryColours(counts) on generated category sets: every category coloured, min(n, 7) hues, each used once', () => {
		const key = fc.oneof(
			fc.constantFrom(...PLOVER_CATEGORIES, 'none'),
			fc.stringMatching(/^[A-Za-z ]{1,12}$/)
		);
		fc.assert(
			fc.property(
				fc.dictionary(key, fc.integer({ min: 1, max: 500 }), { maxKeys: 30 }),
				(record) => {
					const input = new Map(Object.entries(record));
					const { slotOf, groups } = assignCategoryColours(input);
					for (const k of input.keys()) expect(slotOf.has(k)).toBe(true);
					const named = [...input.keys()].filter((k) => k !== 'none').length;
					const hues = groups.filter((g) => g.slot !== 'neutral').map((g) => g.slot);
					expect(hues).toEqual([...Array(Math.min(named, COLOUR_SLOTS)).keys()]);
					expect(groups.flatMap((g) => g.members).sort()).toEqual([...input.keys()].sort());
				}
			)
		);
	});
});

describe('assignStatusColours', () => {
	it('assignStatusColours(label) gives each status its own hue', () => {
		const { slotOf, groups } = assignStatusColours((s) => s.toUpperCase());
		expect(new Set(STATUSES.map((s) => slotOf.get(s))).size).toBe(STATUSES.length);
		expect(groups[0]).toEqual({ slot: 0, members: ['occurred'], label: 'OCCURRED' });
	});
});

describe('the palette', () => {
	it('MARK_PALETTE keeps 3:1 against the page and the lane bands in both themes', () => {
		const backgrounds = themeBackgrounds();
		for (const theme of ['light', 'dark'] as const) {
			for (const colour of [...MARK_PALETTE[theme], MARK_PALETTE.neutral[theme]]) {
				for (const background of backgrounds[theme]) {
					expect(
						contrastRatio(colour, background),
						`${theme} ${colour} on ${background}`
					).toBeGreaterThanOrEqual(MIN_GRAPHIC_CONTRAST);
				}
			}
			expect(new Set(MARK_PALETTE[theme]).size).toBe(COLOUR_SLOTS);
		}
	});

	it('paletteStyle() names every slot for both themes in hex', () => {
		const style = paletteStyle();
		for (let i = 0; i < COLOUR_SLOTS; i++) {
			expect(style).toContain(`--mark-light-${i}: ${MARK_PALETTE.light[i]}`);
			expect(style).toContain(`--mark-dark-${i}: ${MARK_PALETTE.dark[i]}`);
		}
		expect(style).toContain('--mark-light-neutral: #');
	});

	it.each([
		[3, 'colour-3'],
		['neutral' as const, 'colour-neutral'],
		[undefined, '']
	])('colourClass(%j) is %j', (slot, expected) => {
		expect(colourClass(slot)).toBe(expected);
	});

	it.each([
		['CONSULT', 'Consult'],
		['none', 'No category'],
		['Strategic developments', 'Strategic developments']
	])('colourLabel(%j) is %j', (key, label) => {
		expect(colourLabel(key)).toBe(label);
	});
});
