import { describe, expect, it } from 'vitest';
import {
	alignToPixels,
	compareImages,
	cropImage,
	decodePng,
	encodePng,
	locateChart,
	type Image
} from '../../helpers/chartPixels';

const WHITE = [255, 255, 255, 255] as const;
const INK = [27, 31, 36, 255] as const;

function blank(width: number, height: number): Image {
	const data = new Uint8Array(width * height * 4);
	for (let i = 0; i < width * height; i++) data.set(WHITE, i * 4);
	return { width, height, data };
}

/** A copy of `image` with a filled rectangle drawn on it. */
function withBox(image: Image, x: number, y: number, w: number, h: number): Image {
	const copy = { ...image, data: image.data.slice() };
	for (let yy = y; yy < y + h; yy++) {
		for (let xx = x; xx < x + w; xx++) copy.data.set(INK, (yy * image.width + xx) * 4);
	}
	return copy;
}

const pixel = (image: Image, x: number, y: number) =>
	Array.from(image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4));

describe('locateChart(svgText, size)', () => {
	const FILE = `<svg xmlns="http://www.w3.org/2000/svg" width="700" height="736">
<g id="header"><text x="24" y="38.4" font-size="18">Title</text><text x="24" y="60.1" font-size="12">Subtitle</text></g>
<g id="chart" transform="translate(24 83.3)"><rect width="10" height="10"/></g>
<g id="credit"><text x="24" y="691.8" font-size="10">Source</text><text x="24" y="705.8" font-size="10">Parley</text></g>
</svg>`;

	it('locateChart(file, size) finds the chart origin in the translate of <g id="chart">', () => {
		expect(locateChart(FILE, { width: 652, height: 562 }).origin).toEqual({ x: 24, y: 83.3 });
		const comma = FILE.replace('translate(24 83.3)', 'translate(-12.5,40)');
		expect(locateChart(comma, { width: 652, height: 562 }).origin).toEqual({ x: -12.5, y: 40 });
	});

	it('locateChart(file, size) leaves out what of the chart box reaches under the credit line', () => {
		// The credit's first line rises to 691.8 - 10 = 681.8, i.e. 598.5 below the origin.
		expect(locateChart(FILE, { width: 652, height: 700 }).area).toEqual({
			x: 0,
			y: 0,
			width: 652,
			height: 598
		});
		expect(locateChart(FILE, { width: 652, height: 562 }).area.height).toBe(562);
	});

	it('locateChart(file, size) leaves out what of the chart box reaches up under the header', () => {
		// The subtitle's descenders reach 60.1 + 3.6 = 63.7, i.e. 19.6 above the origin at 83.3.
		const high = FILE.replace('translate(24 83.3)', 'translate(24 40)');
		expect(locateChart(high, { width: 652, height: 500 }).area).toEqual({
			x: 0,
			y: 24,
			width: 652,
			height: 476
		});
	});

	it.each([
		[
			'no chart group',
			'<svg xmlns="http://www.w3.org/2000/svg"><g id="header"/></svg>',
			/no <g id="chart">/
		],
		[
			'a transform that is not a plain translate',
			'<svg xmlns="http://www.w3.org/2000/svg"><g id="chart" transform="scale(2)"/></svg>',
			/no plain translate/
		]
	])('locateChart(file with %s) throws', (_, text, message) => {
		expect(() => locateChart(text, { width: 10, height: 10 })).toThrow(message);
	});
});

describe('alignToPixels(origin)', () => {
	it.each([
		[
			{ x: 24, y: 83.3 },
			{ x: 24, y: 84 }
		],
		[
			{ x: 23.75, y: 100 },
			{ x: 24, y: 100 }
		],
		[
			{ x: -0.5, y: 0 },
			{ x: 0, y: 0 }
		]
	])('alignToPixels(%j) moves the drawing right and down onto %j', (origin, whole) => {
		const aligned = alignToPixels(origin);
		expect(aligned.origin).toEqual(whole);
		expect(aligned.left).toBeCloseTo(whole.x - origin.x, 9);
		expect(aligned.top).toBeCloseTo(whole.y - origin.y, 9);
		expect(aligned.left).toBeGreaterThanOrEqual(0);
		expect(aligned.left).toBeLessThan(1);
	});
});

describe('cropImage(image, rect, background)', () => {
	it('cropImage(image, rect) copies the pixels inside the rectangle', () => {
		const image = withBox(blank(10, 8), 3, 2, 2, 2);
		const before = structuredClone(image);
		const crop = cropImage(image, { x: 2, y: 1, width: 4, height: 3 });
		expect([crop.width, crop.height]).toEqual([4, 3]);
		expect(pixel(crop, 0, 0)).toEqual([...WHITE]);
		expect(pixel(crop, 1, 1)).toEqual([...INK]);
		expect(pixel(crop, 2, 2)).toEqual([...INK]);
		expect(pixel(crop, 3, 2)).toEqual([...WHITE]);
		expect(image).toEqual(before);
	});

	it('cropImage(image, rect) fills what lies outside the image with the background, and rounds the rectangle', () => {
		const crop = cropImage(withBox(blank(4, 4), 0, 0, 1, 1), {
			x: -1.4,
			y: -1,
			width: 3,
			height: 2.2
		});
		expect([crop.width, crop.height]).toEqual([3, 2]);
		expect(pixel(crop, 0, 0)).toEqual([...WHITE]);
		expect(pixel(crop, 1, 1)).toEqual([...INK]);
		const red = cropImage(blank(2, 2), { x: 1, y: 1, width: 2, height: 2 }, [255, 0, 0, 255]);
		expect(pixel(red, 1, 1)).toEqual([255, 0, 0, 255]);
		expect(pixel(red, 0, 0)).toEqual([...WHITE]);
	});
});

describe('compareImages(a, b, options)', () => {
	const base = withBox(blank(128, 128), 20, 20, 10, 10);

	it('compareImages(image, same image) finds no difference', () => {
		const result = compareImages(base, structuredClone(base));
		expect(result).toMatchObject({ differing: 0, total: 128 * 128, percent: 0 });
		expect(result.worstTile.percent).toBe(0);
	});

	it('compareImages(a, b) forgives a mark drawn 1 px over, but not 15 px', () => {
		const before = structuredClone(base);
		expect(compareImages(base, withBox(blank(128, 128), 21, 20, 10, 10)).differing).toBe(0);
		const moved = compareImages(base, withBox(blank(128, 128), 35, 20, 10, 10));
		// The old place and the new one: two 10×10 squares.
		expect(moved.differing).toBe(200);
		expect(moved.percent).toBeCloseTo((200 / (128 * 128)) * 100, 9);
		expect(moved.worstTile).toMatchObject({ x: 0, y: 0, width: 64, height: 64 });
		expect(moved.worstTile.percent).toBeCloseTo((200 / 4096) * 100, 9);
		expect(base).toEqual(before);
	});

	it('compareImages(a, b, { shift: 0 }) counts a 1 px shift too', () => {
		const shifted = withBox(blank(128, 128), 21, 20, 10, 10);
		expect(compareImages(base, shifted, { shift: 0 }).differing).toBe(20);
	});

	it('compareImages(a, b) sees a lost mark in the tile it was in, though it is little of the whole', () => {
		const big = withBox(blank(640, 640), 300, 300, 8, 8);
		const result = compareImages(big, blank(640, 640));
		expect(result.percent).toBeLessThan(1);
		expect(result.worstTile.percent).toBeGreaterThan(1);
		expect(result.worstTile).toMatchObject({ x: 256, y: 256 });
	});

	it('compareImages(a, b, { threshold }) ignores colour changes below the threshold', () => {
		const faint = {
			...base,
			data: base.data.map((v, i) => (i % 4 === 3 ? v : Math.max(0, v - 6)))
		};
		expect(compareImages(base, faint, { threshold: 0.1 }).differing).toBe(0);
		expect(compareImages(base, faint, { threshold: 0.01 }).differing).toBeGreaterThan(0);
	});

	it('compareImages(a, b) keeps whole tiles at the edges of an image whose size is no multiple of a tile', () => {
		const odd = withBox(blank(100, 70), 95, 65, 5, 5);
		const result = compareImages(odd, blank(100, 70));
		expect(result.worstTile).toMatchObject({ x: 36, y: 6, width: 64, height: 64 });
		expect(result.worstTile.percent).toBeCloseTo((25 / 4096) * 100, 9);
	});

	it('compareImages(a, b) refuses images of different sizes', () => {
		expect(() => compareImages(blank(2, 2), blank(2, 3))).toThrow(/sizes differ/);
	});
});

describe('decodePng(encodePng(image))', () => {
	it('decodePng(encodePng(image)) gives the image back', () => {
		const image = withBox(blank(7, 5), 1, 1, 3, 2);
		expect(decodePng(encodePng(image))).toEqual(image);
	});
});
