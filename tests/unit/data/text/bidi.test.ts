import { RLO, FSI, PDI, PDF } from '../../../helpers/bidiControls';
import { describe, expect, it } from 'vitest';
import {
	balanceBidi,
	isolateBidi,
	needsIsolation,
	quoteText,
	truncateText
} from '$lib/data/text/bidi';

const LRI = '\u2066';
describe('balanceBidi(text) and isolateBidi(text)', () => {
	it.each([
		['plain text', 'Norway', 'Norway'],
		['an unclosed override is closed', `${RLO}evil`, `${RLO}evil${PDF}`],
		['a closed override stays', `${RLO}x${PDF} y`, `${RLO}x${PDF} y`],
		['a stray PDF is dropped', `a${PDF}b`, 'ab'],
		['a stray PDI is dropped', `${PDI}${RLO}x`, `${RLO}x${PDF}`],
		['an unclosed isolate is closed', `${LRI}x`, `${LRI}x${PDI}`],
		[
			'a PDI closes the embeddings inside its isolate',
			`${LRI}${RLO}x${PDI}y`,
			`${LRI}${RLO}x${PDI}y`
		],
		['a PDF cannot close across an isolate', `${RLO}${LRI}x${PDF}`, `${RLO}${LRI}x${PDI}${PDF}`]
	])('balanceBidi: %s', (_, input, expected) => {
		expect(balanceBidi(input)).toBe(expected);
	});

	it.each([
		['ASCII is left as it is', 'Talks in Havana', 'Talks in Havana'],
		['Hebrew is isolated', 'שלום', `${FSI}שלום${PDI}`],
		['Arabic is isolated', 'مسقط', `${FSI}مسقط${PDI}`],
		[
			'an override is balanced and isolated',
			`${PDI}${RLO}gpj.exe`,
			`${FSI}${RLO}gpj.exe${PDF}${PDI}`
		]
	])('isolateBidi: %s', (_, input, expected) => {
		expect(isolateBidi(input)).toBe(expected);
		expect(needsIsolation(input)).toBe(input !== expected);
	});

	it('truncateText and quoteText cut long text without splitting a surrogate pair', () => {
		expect(truncateText('a'.repeat(39) + '😀', 40)).toBe('a'.repeat(39) + '…');
		expect(quoteText('x'.repeat(1 << 20))).toBe(`"${'x'.repeat(40)}…"`);
		expect(quoteText(`${RLO}abc`)).toBe(`"${FSI}${RLO}abc${PDF}${PDI}"`);
	});
});
