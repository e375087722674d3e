/**
 * Pixel comparison of a chart as the app draws it with the same chart in an exported file
 * drawn by another renderer: where the chart sits in the export, cropping to it, and
 * counting the pixels that differ (pixelmatch, anti-aliased pixels forgiven).
 */
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { DOMParser } from '@xmldom/xmldom';

export interface Image {
	width: number;
	height: number;
	/** RGBA, 4 bytes a pixel, row by row. */
	data: Uint8Array;
}

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export function decodePng(bytes: Uint8Array): Image {
	const png = PNG.sync.read(Buffer.from(bytes));
	return { width: png.width, height: png.height, data: new Uint8Array(png.data) };
}

export function encodePng(image: Image): Buffer {
	const png = new PNG({ width: image.width, height: image.height });
	png.data = Buffer.from(image.data);
	return PNG.sync.write(png);
}

export interface ChartPlacement {
	/** Where the chart's own origin lies in the exported file, in its pixels. */
	origin: { x: number; y: number };
	/**
	 * The part of the chart's <svg> (in its own pixels) that the export draws as chart: all
	 * of it but any strip that reaches under the export's header or credit line.
	 */
	area: Rect;
}

/**
 * Where the chart's own <svg> (of the given size) lies in an exported file: the export moves
 * the chart's content by the translate of its `<g id="chart">`, so the chart's origin is there.
 * The header above and the credit below are left out, by their text's baselines and sizes.
 */
export function locateChart(
	svgText: string,
	size: { width: number; height: number }
): ChartPlacement {
	const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
	const byId = (id: string) =>
		Array.from(doc.getElementsByTagName('g')).find((g) => g.getAttribute('id') === id);
	const chart = byId('chart');
	if (!chart) throw new Error('the file has no <g id="chart">');
	const transform = chart.getAttribute('transform') ?? '';
	const translate = /^\s*translate\(\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+))?\s*\)\s*$/.exec(transform);
	if (!translate) throw new Error(`<g id="chart"> has no plain translate but "${transform}"`);
	const origin = { x: Number(translate[1]), y: Number(translate[2] ?? 0) };
	const lines = (id: string) =>
		Array.from(byId(id)?.getElementsByTagName('text') ?? []).map((text) => ({
			y: Number(text.getAttribute('y') ?? 0),
			size: parseFloat(text.getAttribute('font-size') ?? '16')
		}));
	// Descenders reach about 0.3 em below a baseline, capitals about 1 em above it.
	const headerBottom = Math.max(0, ...lines('header').map((l) => l.y + 0.3 * l.size));
	const creditTop = Math.min(Infinity, ...lines('credit').map((l) => l.y - l.size));
	const top = Math.max(0, Math.ceil(headerBottom - origin.y));
	const bottom = Math.min(size.height, Math.floor(creditTop - origin.y));
	return { origin, area: { x: 0, y: top, width: size.width, height: Math.max(0, bottom - top) } };
}

/**
 * How to place a file on a slightly larger page so that `origin` falls on a whole pixel:
 * rasterisers draw an edge that falls between pixels as two faint rows, screens snap it.
 */
export function alignToPixels(origin: { x: number; y: number }) {
	// `|| 0` turns Math.ceil(-0.5), which is -0, into 0.
	const x = Math.ceil(origin.x) || 0;
	const y = Math.ceil(origin.y) || 0;
	return { left: x - origin.x, top: y - origin.y, origin: { x, y } };
}

/**
 * The part of `image` inside `rect` (rounded to whole pixels); what lies outside the image is
 * filled with `background` (opaque white unless told).
 */
export function cropImage(
	image: Image,
	rect: Rect,
	background: [number, number, number, number] = [255, 255, 255, 255]
): Image {
	const left = Math.round(rect.x);
	const top = Math.round(rect.y);
	const width = Math.round(rect.width);
	const height = Math.round(rect.height);
	const data = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const sx = left + x;
			const sy = top + y;
			const to = (y * width + x) * 4;
			if (sx < 0 || sy < 0 || sx >= image.width || sy >= image.height) {
				data.set(background, to);
			} else {
				const from = (sy * image.width + sx) * 4;
				data.set(image.data.subarray(from, from + 4), to);
			}
		}
	}
	return { width, height, data };
}

export interface Comparison {
	/** Pixels that differ: beyond the colour threshold, not anti-aliasing, not a 1 px shift. */
	differing: number;
	/** All pixels compared. */
	total: number;
	/** differing / total, in percent. */
	percent: number;
	/**
	 * The square tile with the most differing pixels, in percent of the tile. A moved mark or a
	 * lost label is a tiny part of a large chart but a large part of the tile it was in.
	 */
	worstTile: Rect & { percent: number };
	/** Red where pixels differ; yellow where pixelmatch saw anti-aliasing, blue a 1 px shift. */
	diff: Image;
}

export interface CompareOptions {
	/** pixelmatch's colour threshold (0 to 1); 0.1 is its default. */
	threshold?: number;
	/** Side of the square tiles for `worstTile`, in pixels. */
	tile?: number;
	/**
	 * A pixel that matches a neighbour within this many pixels in the other image (both ways)
	 * counts as the same: two rasterisers place glyph edges up to a pixel apart.
	 */
	shift?: number;
}

const RED = [255, 0, 0, 255] as const;
const BLUE = [0, 128, 255, 255] as const;

/** Compares two images of the same size, pixel by pixel. */
export function compareImages(a: Image, b: Image, options: CompareOptions = {}): Comparison {
	if (a.width !== b.width || a.height !== b.height) {
		throw new Error(`sizes differ: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
	}
	const { width, height } = a;
	const threshold = options.threshold ?? 0.1;
	const shift = options.shift ?? 1;
	const side = Math.min(options.tile ?? 64, width, height);
	const diff = new Uint8Array(width * height * 4);
	pixelmatch(a.data, b.data, diff, width, height, {
		threshold,
		includeAA: false,
		diffColor: [RED[0], RED[1], RED[2]],
		checkerboard: false
	});
	// The same limit pixelmatch uses: 35215 is the largest possible YIQ distance.
	const maxDelta = 35215 * threshold * threshold;
	const near = (from: Image, to: Image, x: number, y: number) => {
		for (let dy = -shift; dy <= shift; dy++) {
			for (let dx = -shift; dx <= shift; dx++) {
				const nx = x + dx;
				const ny = y + dy;
				if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
				if (colourDelta(from, (y * width + x) * 4, to, (ny * width + nx) * 4) <= maxDelta)
					return true;
			}
		}
		return false;
	};
	const differs = new Uint8Array(width * height);
	let differing = 0;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const i = y * width + x;
			if (!isColour(diff, i * 4, RED)) continue;
			if (shift > 0 && near(a, b, x, y) && near(b, a, x, y)) {
				diff.set(BLUE, i * 4);
			} else {
				differs[i] = 1;
				differing++;
			}
		}
	}
	// Tiles cover the image; the last row and column are moved in to keep every tile whole.
	const starts = (size: number) => {
		const list: number[] = [];
		for (let at = 0; at < size; at += side) list.push(Math.min(at, size - side));
		return list;
	};
	let worstTile = { x: 0, y: 0, width: side, height: side, percent: 0 };
	for (const top of starts(height)) {
		for (const left of starts(width)) {
			let count = 0;
			for (let y = top; y < top + side; y++) {
				for (let x = left; x < left + side; x++) count += differs[y * width + x]!;
			}
			const percent = (count / (side * side)) * 100;
			if (percent > worstTile.percent)
				worstTile = { x: left, y: top, width: side, height: side, percent };
		}
	}
	const total = width * height;
	return {
		differing,
		total,
		percent: total === 0 ? 0 : (differing / total) * 100,
		worstTile,
		diff: { width, height, data: diff }
	};
}

function isColour(image: Uint8Array, at: number, colour: readonly number[]): boolean {
	return (
		image[at] === colour[0] &&
		image[at + 1] === colour[1] &&
		image[at + 2] === colour[2] &&
		image[at + 3] === colour[3]
	);
}

/** Squared YIQ distance of two pixels over white, as pixelmatch measures it. */
function colourDelta(a: Image, i: number, b: Image, j: number): number {
	const over = (image: Image, at: number, channel: number) => {
		const alpha = image.data[at + 3]! / 255;
		return image.data[at + channel]! * alpha + 255 * (1 - alpha);
	};
	const dr = over(a, i, 0) - over(b, j, 0);
	const dg = over(a, i, 1) - over(b, j, 1);
	const db = over(a, i, 2) - over(b, j, 2);
	const y = dr * 0.29889531 + dg * 0.58662247 + db * 0.11448223;
	const iq = dr * 0.59597799 - dg * 0.2741761 - db * 0.32180189;
	const q = dr * 0.21147017 - dg * 0.52261711 + db * 0.31114694;
	return 0.5053 * y * y + 0.299 * iq * iq + 0.1957 * q * q;
}
