import { describe, expect, it } from 'vitest';
import { moveMark, removeLabel, alphaAsRgba } from '../../helpers/alterExport';

const FILE = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><g id="chart" transform="translate(24 80)"><g id="marks"><g><rect x="1" y="2" width="3" height="3"/></g><g transform="translate(40.5,12)"><circle r="5"/></g><g transform="translate(60,12)"><circle r="5"/></g></g><g id="nodes"><circle cx="10" cy="20" r="4"/><circle cx="30" cy="20" r="4"/></g><g id="labels"><text x="5" y="9" fill="none" stroke="#fff">Tehran</text><text x="5" y="9">Tehran</text><text x="5" y="29">Ankara</text></g></g></svg>`;

describe('moveMark(svgText, layerId, dx)', () => {
	it('moveMark(file, "marks", 15) moves the first translated mark of the layer 15 px right, and only it', () => {
		const { text, moved } = moveMark(FILE, 'marks', 15);
		expect(moved).toBe('<g transform="translate(40.5,12)">');
		expect(text).toContain('<g transform="translate(55.5,12)">');
		expect(text).toContain('<g transform="translate(60,12)">');
		expect(text).toContain('<g id="chart" transform="translate(24 80)">');
		expect(text).toContain('<rect x="1" y="2"');
	});

	it('moveMark(file, "nodes", 15) moves a mark placed by cx when none is translated', () => {
		const { text, moved } = moveMark(FILE, 'nodes', 15);
		expect(moved).toBe('<circle cx="10">');
		expect(text).toContain('<circle cx="25" cy="20" r="4"/><circle cx="30"');
	});

	it('moveMark(file, missing layer) throws', () => {
		expect(() => moveMark(FILE, 'edges', 15)).toThrow(/no <g id="edges">/);
	});
});

describe('removeLabel(svgText, layerId)', () => {
	it('removeLabel(file, "labels") deletes the first label with its halo and names it', () => {
		const { text, removed } = removeLabel(FILE, 'labels');
		expect(removed).toBe('Tehran');
		expect(text).not.toContain('Tehran');
		expect(text).toContain('<text x="5" y="29">Ankara</text>');
	});

	it('removeLabel(file, layer without text) throws', () => {
		expect(() => removeLabel(FILE, 'nodes')).toThrow(/no <text>/);
	});
});

describe('alphaAsRgba(svgText)', () => {
	it('alphaAsRgba(file) writes fill="none" and a fill with fill-opacity as rgba(), and counts them', () => {
		const file = FILE.replace(
			'<circle cx="30" cy="20" r="4"/>',
			'<circle cx="30" cy="20" r="4" fill="#1f5f8b" fill-opacity="0.2"/>'
		);
		const { text, count } = alphaAsRgba(file);
		expect(count).toBe(2);
		expect(text).toContain('<text x="5" y="9" fill="rgba(0, 0, 0, 0)" stroke="#fff">Tehran</text>');
		expect(text).toContain('<circle cx="30" cy="20" r="4" fill="rgba(31, 95, 139, 0.2)"/>');
		expect(text).not.toContain('fill="none"');
	});
});
