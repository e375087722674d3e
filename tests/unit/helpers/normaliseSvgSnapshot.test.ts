import { describe, expect, it } from 'vitest';
import { normaliseSvgSnapshot, roundNumbers } from '../../helpers/normaliseSvgSnapshot';

const FILE = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="702" height="736.25" viewBox="0 0 702 736.25" font-family="Arial, 'Liberation Sans', sans-serif"><title>Timeline exported 2026-02-03</title><desc>Exported 3 Feb 2026 from 1 Dec 2025 – 13 Feb 2026: 12.345 km</desc><defs><marker id="parley-network-s3-arrow-meeting"><path d="M0,0L10,5.04L0,10z" fill="#1e5f8b"/></marker><clipPath id="parley-network-s3-clip"><rect width="652.3456" height="440"/></clipPath></defs><g id="chart" transform="translate(24 83.34999)"><g id="edges" clip-path="url(#parley-network-s3-clip)"><path d="M614.7049,330.3499L486.8,38.1e0" stroke-dasharray="6px, 4px" marker-end="url(#parley-network-s3-arrow-meeting)" stroke="rgb(0, 134, 106)"/></g><use href="#parley-network-s3-clip" x="-0.04" y=".26"/></g></svg>
`;

describe('normaliseSvgSnapshot(text, options)', () => {
	it('normaliseSvgSnapshot(file, { exportDate }) replaces the export date, ISO and as printed, and nothing else', () => {
		const out = normaliseSvgSnapshot(FILE, { exportDate: '2026-02-03' });
		expect(out).toContain('<title>Timeline exported EXPORT-DATE</title>');
		expect(out).toContain('Exported EXPORT-DATE from 1 Dec 2025 – 13 Feb 2026');
		expect(normaliseSvgSnapshot(FILE)).toContain('Exported 3 Feb 2026');
	});

	it('normaliseSvgSnapshot(file) takes the digits out of ids, and every reference follows', () => {
		const out = normaliseSvgSnapshot(FILE);
		expect(out).not.toMatch(/s3/);
		expect(out).toContain('<marker id="parley-network-sN-arrow-meeting">');
		expect(out).toContain('marker-end="url(#parley-network-sN-arrow-meeting)"');
		expect(out).toContain('clip-path="url(#parley-network-sN-clip)"');
		expect(out).toContain('href="#parley-network-sN-clip"');
		// Named layers are kept as they are.
		expect(out).toContain('<g id="chart" transform="translate(24 83.3)">');
		expect(out).toContain('<g id="edges"');
	});

	it('normaliseSvgSnapshot(file) gives ids that would meet a distinct name', () => {
		const text = '<svg><g id="a1"/><g id="a2"/><g id="aN"/><use href="#a2"/></svg>';
		expect(normaliseSvgSnapshot(text)).toBe(
			'<svg>\n<g id="aN-2"/>\n<g id="aN-3"/>\n<g id="aN"/>\n<use href="#aN-3"/>\n</svg>\n'
		);
	});

	it('normaliseSvgSnapshot(file) rounds numbers in attributes to 1 decimal but leaves text, names and colours alone', () => {
		const out = normaliseSvgSnapshot(FILE);
		expect(out).toContain('<?xml version="1.0" encoding="UTF-8"?>');
		expect(out).toContain('xmlns="http://www.w3.org/2000/svg" version="1.1"');
		expect(out).toContain('height="736.3" viewBox="0 0 702 736.3"');
		expect(out).toContain('<path d="M0,0L10,5L0,10z" fill="#1e5f8b"/>');
		expect(out).toContain('d="M614.7,330.3L486.8,38.1"');
		expect(out).toContain('<rect width="652.3" height="440"/>');
		expect(out).toContain('x="0" y="0.3"');
		expect(out).toContain('stroke-dasharray="6px, 4px"');
		expect(out).toContain('stroke="rgb(0, 134, 106)"');
		expect(out).toContain(`font-family="Arial, 'Liberation Sans', sans-serif"`);
		expect(out).toContain('12.345 km');
	});

	it('normaliseSvgSnapshot(file) puts each tag on its own line and ends with one newline', () => {
		const out = normaliseSvgSnapshot(FILE);
		expect(out.split('\n').every((line) => line === '' || line.startsWith('<'))).toBe(true);
		expect(out.endsWith('</svg>\n')).toBe(true);
		expect(out.endsWith('\n\n')).toBe(false);
	});

	it('normaliseSvgSnapshot(file) is stable: normalising twice changes nothing more, and line endings do not matter', () => {
		const once = normaliseSvgSnapshot(FILE);
		expect(normaliseSvgSnapshot(once)).toBe(once);
		expect(normaliseSvgSnapshot(FILE.replace(/\n/g, '\r\n'))).toBe(once);
	});

	it('normaliseSvgSnapshot(file) gives the same text for two exports that differ only in what may vary', () => {
		const other = FILE.replaceAll('s3', 's17')
			.replace('2026-02-03', '2026-03-01')
			.replace('Exported 3 Feb 2026', 'Exported 1 Mar 2026')
			.replace('330.3499', '330.3212')
			.replace('translate(24 83.34999)', 'translate(24 83.30001)');
		expect(normaliseSvgSnapshot(other, { exportDate: '2026-03-01' })).toBe(
			normaliseSvgSnapshot(FILE, { exportDate: '2026-02-03' })
		);
		// A real change still shows.
		expect(normaliseSvgSnapshot(FILE.replace('486.8', '501.8'))).not.toBe(
			normaliseSvgSnapshot(FILE)
		);
	});
});

describe('roundNumbers(value, pathData)', () => {
	it.each([
		['translate(24 83.349)', false, 'translate(24 83.3)'],
		['-0.04', false, '0'],
		['1.25e-7', false, '0'],
		['rgb(31, 95, 139)', false, 'rgb(31, 95, 139)'],
		['url(#arrow-2)', false, 'url(#arrow-2)'],
		['#1e5f8b', false, '#1e5f8b'],
		['1.55em', false, '1.6em'],
		['M1.25.75L-3.04,4e1', true, 'M1.3.8L-3,40'],
		['M0-.25-.04', true, 'M0-.2 0'],
		['M10.05,2h3.96v-.04', true, 'M10.1,2h4v 0']
	])('roundNumbers(%j, %s) is %j', (value, pathData, expected) => {
		expect(roundNumbers(value, pathData)).toBe(expected);
	});
});
