/**
 * CSS colours as SVG 1.1 paint: Inkscape and Illustrator read anything but `#rrggbb`, `rgb()`,
 * `none` and `url(#id)` as black, so every computed form (`oklch()`, `lab()`…) becomes 8-bit sRGB
 * plus an alpha for `*-opacity`, clipped per channel outside sRGB as Chromium draws it. No DOM.
 */

/** An sRGB colour: channels 0–255 (whole numbers), alpha 0–1. */
export interface Rgba {
	r: number;
	g: number;
	b: number;
	a: number;
}

/** A paint as SVG 1.1 writes it, with the alpha that has to go into the matching *-opacity. */
export type SvgPaint =
	{ kind: 'none' } | { kind: 'colour'; hex: string; alpha: number } | { kind: 'url'; href: string };

type Vector = [number, number, number];
type Matrix = [Vector, Vector, Vector];

const multiply = (m: Matrix, [x, y, z]: Vector): Vector => [
	m[0][0] * x + m[0][1] * y + m[0][2] * z,
	m[1][0] * x + m[1][1] * y + m[1][2] * z,
	m[2][0] * x + m[2][1] * y + m[2][2] * z
];

// Matrices from CSS Color 4, §18 "Sample code for color conversions".
const XYZ_D65_TO_LINEAR_SRGB: Matrix = [
	[12831 / 3959, -329 / 214, -1974 / 3959],
	[-851781 / 878810, 1648619 / 878810, 36519 / 878810],
	[705 / 12673, -2585 / 12673, 705 / 667]
];
const D50_TO_D65: Matrix = [
	[0.955473421488075, -0.02309845494876471, 0.06325924320057072],
	[-0.0283697093338637, 1.0099953980813041, 0.021041441191917323],
	[0.012314014864481998, -0.020507649298898964, 1.330365926242124]
];
const LINEAR_P3_TO_XYZ: Matrix = [
	[608311 / 1250200, 189793 / 714400, 198249 / 1000160],
	[35783 / 156275, 247089 / 357200, 198249 / 2500400],
	[0, 32229 / 714400, 5220557 / 5000800]
];
const LINEAR_A98_TO_XYZ: Matrix = [
	[573536 / 994567, 263643 / 1420810, 187206 / 994567],
	[591459 / 1989134, 6239551 / 9945670, 374412 / 4972835],
	[53769 / 1989134, 351524 / 4972835, 4929758 / 4972835]
];
const LINEAR_PROPHOTO_TO_XYZ_D50: Matrix = [
	[0.7977666449006423, 0.13518129740053308, 0.0313477341283922],
	[0.2880748288194013, 0.711835234241873, 0.00008993693872564],
	[0, 0, 0.8251046025104602]
];
const LINEAR_REC2020_TO_XYZ: Matrix = [
	[63426534 / 99577255, 20160776 / 139408157, 47086771 / 278816314],
	[26158966 / 99577255, 472592308 / 697040785, 8267143 / 139408157],
	[0, 19567812 / 697040785, 295819943 / 278816314]
];

const signed = (v: number, f: (x: number) => number) => Math.sign(v) * f(Math.abs(v));
const srgbToLinear = (v: number) =>
	signed(v, (x) => (x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
const linearToSrgb = (v: number) =>
	signed(v, (x) => (x <= 0.0031308 ? x * 12.92 : 1.055 * x ** (1 / 2.4) - 0.055));

/** Linear-light sRGB of a colour given in one of the spaces of CSS `color()`. */
function linearFromSpace(space: string, c: Vector): Vector | null {
	const map = (f: (x: number) => number): Vector => [f(c[0]), f(c[1]), f(c[2])];
	const fromXyz = (xyz: Vector) => multiply(XYZ_D65_TO_LINEAR_SRGB, xyz);
	switch (space) {
		case 'srgb':
			return map(srgbToLinear);
		case 'srgb-linear':
			return c;
		case 'display-p3':
			return fromXyz(multiply(LINEAR_P3_TO_XYZ, map(srgbToLinear)));
		case 'a98-rgb':
			return fromXyz(
				multiply(
					LINEAR_A98_TO_XYZ,
					map((v) => signed(v, (x) => x ** (563 / 256)))
				)
			);
		case 'prophoto-rgb': {
			const linear = map((v) => signed(v, (x) => (x <= 16 / 512 ? x / 16 : x ** 1.8)));
			return fromXyz(multiply(D50_TO_D65, multiply(LINEAR_PROPHOTO_TO_XYZ_D50, linear)));
		}
		case 'rec2020': {
			const alpha = 1.09929682680944;
			const beta = 0.018053968510807;
			const linear = map((v) =>
				signed(v, (x) => (x < beta * 4.5 ? x / 4.5 : ((x + alpha - 1) / alpha) ** (1 / 0.45)))
			);
			return fromXyz(multiply(LINEAR_REC2020_TO_XYZ, linear));
		}
		case 'xyz':
		case 'xyz-d65':
			return fromXyz(c);
		case 'xyz-d50':
			return fromXyz(multiply(D50_TO_D65, c));
		default:
			return null;
	}
}

function labToLinear(l: number, a: number, b: number): Vector {
	const kappa = 24389 / 27;
	const epsilon = 216 / 24389;
	const white: Vector = [0.3457 / 0.3585, 1, (1 - 0.3457 - 0.3585) / 0.3585];
	const f1 = (l + 16) / 116;
	const f0 = a / 500 + f1;
	const f2 = f1 - b / 200;
	const xyz: Vector = [
		(f0 ** 3 > epsilon ? f0 ** 3 : (116 * f0 - 16) / kappa) * white[0],
		(l > kappa * epsilon ? f1 ** 3 : l / kappa) * white[1],
		(f2 ** 3 > epsilon ? f2 ** 3 : (116 * f2 - 16) / kappa) * white[2]
	];
	return multiply(XYZ_D65_TO_LINEAR_SRGB, multiply(D50_TO_D65, xyz));
}

function oklabToLinear(l: number, a: number, b: number): Vector {
	const l1 = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
	const m1 = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
	const s1 = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
	return [
		4.0767416621 * l1 - 3.3077115913 * m1 + 0.2309699292 * s1,
		-1.2684380046 * l1 + 2.6097574011 * m1 - 0.3413193965 * s1,
		-0.0041960863 * l1 - 0.7034186147 * m1 + 1.707614701 * s1
	];
}

function hslToSrgb(h: number, s: number, l: number): Vector {
	const f = (n: number) => {
		const k = (n + h / 30) % 12;
		return l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
	};
	return [f(0), f(8), f(4)];
}

function hwbToSrgb(h: number, w: number, b: number): Vector {
	if (w + b >= 1) return [w / (w + b), w / (w + b), w / (w + b)];
	return hslToSrgb(h, 1, 0.5).map((v) => v * (1 - w - b) + w) as Vector;
}

const polar = (chroma: number, hue: number): [number, number] => [
	chroma * Math.cos((hue * Math.PI) / 180),
	chroma * Math.sin((hue * Math.PI) / 180)
];

/** A number token: `none` (a missing component) is 0; `%` is scaled to `percentOf`. */
function component(token: string, percentOf = 1): number {
	if (token === 'none') return 0;
	if (token.endsWith('%')) return (parseFloat(token) / 100) * percentOf;
	return parseFloat(token);
}

function angle(token: string): number {
	if (token === 'none') return 0;
	const value = parseFloat(token);
	if (token.endsWith('grad')) return value * 0.9;
	if (token.endsWith('rad')) return (value * 180) / Math.PI;
	if (token.endsWith('turn')) return value * 360;
	return value;
}

const NUMBER = /^(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?(?:%|deg|grad|rad|turn)?|none)$/i;

/** `name(a b c / d)` or `name(a, b, c, d)` → name and the tokens, alpha separate; else null. */
function splitFunction(text: string): { name: string; args: string[]; alpha?: string } | null {
	const match = /^([a-z-]+)\(\s*(.*?)\s*\)$/i.exec(text);
	if (!match) return null;
	const [, name, body] = match as unknown as [string, string, string];
	let args: string[];
	let alpha: string | undefined;
	if (body.includes(',')) {
		args = body.split(/\s*,\s*/);
		if (['rgb', 'rgba', 'hsl', 'hsla'].includes(name.toLowerCase()) && args.length === 4)
			alpha = args.pop();
	} else {
		const [main = '', after] = body.split(/\s*\/\s*/);
		args = main.split(/\s+/).filter(Boolean);
		alpha = after;
	}
	return { name: name.toLowerCase(), args, alpha };
}

const clamp = (v: number, low: number, high: number) => Math.min(high, Math.max(low, v));

function fromSrgb([r, g, b]: Vector, alpha: number): Rgba {
	const channel = (v: number) => Math.round(clamp(Number.isFinite(v) ? v : 0, 0, 1) * 255);
	return { r: channel(r), g: channel(g), b: channel(b), a: clamp(alpha, 0, 1) };
}

const fromLinear = (linear: Vector, alpha: number) =>
	fromSrgb(linear.map(linearToSrgb) as Vector, alpha);

/**
 * Parses a CSS colour as browsers compute it, and the other common forms: hex, names,
 * `transparent`, rgb()/rgba() (comma or space syntax), hsl()/hsla(), hwb(), lab(), lch(),
 * oklab(), oklch() and color(<space> …). Returns null for anything else (e.g. currentColor,
 * which only the element knows, or color-mix(), which browsers resolve before computing).
 */
export function parseCssColour(input: string): Rgba | null {
	const text = input.trim().toLowerCase();
	if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
	if (text.startsWith('#')) return parseHex(text.slice(1));
	const named = NAMED_COLOURS.get(text);
	if (named !== undefined) return { r: named >> 16, g: (named >> 8) & 255, b: named & 255, a: 1 };
	const parts = splitFunction(text);
	if (!parts) return null;
	const { name, args } = parts;
	const numbers = name === 'color' ? args.slice(1) : args;
	if (![...numbers, parts.alpha ?? '1'].every((token) => NUMBER.test(token))) return null;
	const alpha = parts.alpha === undefined ? 1 : component(parts.alpha);
	if (name === 'color') {
		const [space = '', ...channels] = args;
		if (channels.length !== 3) return null;
		const linear = linearFromSpace(space, channels.map((t) => component(t)) as Vector);
		return linear && fromLinear(linear, alpha);
	}
	if (args.length !== 3) return null;
	const [x = '', y = '', z = ''] = args;
	switch (name) {
		case 'rgb':
		case 'rgba':
			return fromSrgb([x, y, z].map((t) => component(t, 255) / 255) as Vector, alpha);
		case 'hsl':
		case 'hsla':
			return fromSrgb(hslToSrgb(angle(x), component(y, 100) / 100, component(z, 100) / 100), alpha);
		case 'hwb':
			return fromSrgb(hwbToSrgb(angle(x), component(y, 100) / 100, component(z, 100) / 100), alpha);
		case 'lab':
			return fromLinear(
				labToLinear(component(x, 100), component(y, 125), component(z, 125)),
				alpha
			);
		case 'lch':
			return fromLinear(
				labToLinear(component(x, 100), ...polar(component(y, 150), angle(z))),
				alpha
			);
		case 'oklab':
			return fromLinear(oklabToLinear(component(x), component(y, 0.4), component(z, 0.4)), alpha);
		case 'oklch':
			return fromLinear(oklabToLinear(component(x), ...polar(component(y, 0.4), angle(z))), alpha);
		default:
			return null;
	}
}

function parseHex(hex: string): Rgba | null {
	if (!/^[0-9a-f]+$/.test(hex) || ![3, 4, 6, 8].includes(hex.length)) return null;
	const long = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
	const byte = (i: number) => parseInt(long.slice(i * 2, i * 2 + 2), 16);
	return { r: byte(0), g: byte(1), b: byte(2), a: long.length === 8 ? byte(3) / 255 : 1 };
}

export function toHex({ r, g, b }: Rgba): string {
	return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A computed `fill` or `stroke` as SVG 1.1 paint: `none`, `url(#id)` (any fallback dropped: the
 * id is in the file), or a colour as #rrggbb with its alpha apart; fully transparent is `none`.
 * `currentColor` takes the element's `color`, when given. Null when the value is none of these
 * (e.g. `context-stroke`), so the caller can resolve it another way.
 */
export function toSvgPaint(value: string, currentColour?: string): SvgPaint | null {
	const text = value.trim();
	if (text === '' || text === 'none') return { kind: 'none' };
	const url = /^url\(\s*(["']?)([^"')]*)\1\s*\)/i.exec(text);
	if (url) {
		const hash = url[2]!.indexOf('#');
		return hash < 0 ? null : { kind: 'url', href: url[2]!.slice(hash) };
	}
	const colour =
		/^currentcolou?r$/i.test(text) && currentColour !== undefined
			? parseCssColour(currentColour)
			: parseCssColour(text);
	if (!colour) return null;
	if (colour.a === 0) return { kind: 'none' };
	return { kind: 'colour', hex: toHex(colour), alpha: colour.a };
}

/** An opacity (0–1) as short text: at most 3 decimals, no trailing zeros. */
export function formatOpacity(value: number): string {
	return String(Math.round(clamp(value, 0, 1) * 1000) / 1000);
}

// The 148 CSS named colours, as name:rrggbb pairs.
const NAMED_COLOURS = new Map(
	(
		'aliceblue:f0f8ff antiquewhite:faebd7 aqua:00ffff aquamarine:7fffd4 azure:f0ffff beige:f5f5dc ' +
		'bisque:ffe4c4 black:000000 blanchedalmond:ffebcd blue:0000ff blueviolet:8a2be2 brown:a52a2a ' +
		'burlywood:deb887 cadetblue:5f9ea0 chartreuse:7fff00 chocolate:d2691e coral:ff7f50 ' +
		'cornflowerblue:6495ed cornsilk:fff8dc crimson:dc143c cyan:00ffff darkblue:00008b ' +
		'darkcyan:008b8b darkgoldenrod:b8860b darkgray:a9a9a9 darkgreen:006400 darkgrey:a9a9a9 ' +
		'darkkhaki:bdb76b darkmagenta:8b008b darkolivegreen:556b2f darkorange:ff8c00 ' +
		'darkorchid:9932cc darkred:8b0000 darksalmon:e9967a darkseagreen:8fbc8f ' +
		'darkslateblue:483d8b darkslategray:2f4f4f darkslategrey:2f4f4f darkturquoise:00ced1 ' +
		'darkviolet:9400d3 deeppink:ff1493 deepskyblue:00bfff dimgray:696969 dimgrey:696969 ' +
		'dodgerblue:1e90ff firebrick:b22222 floralwhite:fffaf0 forestgreen:228b22 fuchsia:ff00ff ' +
		'gainsboro:dcdcdc ghostwhite:f8f8ff gold:ffd700 goldenrod:daa520 gray:808080 green:008000 ' +
		'greenyellow:adff2f grey:808080 honeydew:f0fff0 hotpink:ff69b4 indianred:cd5c5c ' +
		'indigo:4b0082 ivory:fffff0 khaki:f0e68c lavender:e6e6fa lavenderblush:fff0f5 ' +
		'lawngreen:7cfc00 lemonchiffon:fffacd lightblue:add8e6 lightcoral:f08080 lightcyan:e0ffff ' +
		'lightgoldenrodyellow:fafad2 lightgray:d3d3d3 lightgreen:90ee90 lightgrey:d3d3d3 ' +
		'lightpink:ffb6c1 lightsalmon:ffa07a lightseagreen:20b2aa lightskyblue:87cefa ' +
		'lightslategray:778899 lightslategrey:778899 lightsteelblue:b0c4de lightyellow:ffffe0 ' +
		'lime:00ff00 limegreen:32cd32 linen:faf0e6 magenta:ff00ff maroon:800000 ' +
		'mediumaquamarine:66cdaa mediumblue:0000cd mediumorchid:ba55d3 mediumpurple:9370db ' +
		'mediumseagreen:3cb371 mediumslateblue:7b68ee mediumspringgreen:00fa9a ' +
		'mediumturquoise:48d1cc mediumvioletred:c71585 midnightblue:191970 mintcream:f5fffa ' +
		'mistyrose:ffe4e1 moccasin:ffe4b5 navajowhite:ffdead navy:000080 oldlace:fdf5e6 ' +
		'olive:808000 olivedrab:6b8e23 orange:ffa500 orangered:ff4500 orchid:da70d6 ' +
		'palegoldenrod:eee8aa palegreen:98fb98 paleturquoise:afeeee palevioletred:db7093 ' +
		'papayawhip:ffefd5 peachpuff:ffdab9 peru:cd853f pink:ffc0cb plum:dda0dd powderblue:b0e0e6 ' +
		'purple:800080 rebeccapurple:663399 red:ff0000 rosybrown:bc8f8f royalblue:4169e1 ' +
		'saddlebrown:8b4513 salmon:fa8072 sandybrown:f4a460 seagreen:2e8b57 seashell:fff5ee ' +
		'sienna:a0522d silver:c0c0c0 skyblue:87ceeb slateblue:6a5acd slategray:708090 ' +
		'slategrey:708090 snow:fffafa springgreen:00ff7f steelblue:4682b4 tan:d2b48c teal:008080 ' +
		'thistle:d8bfd8 tomato:ff6347 turquoise:40e0d0 violet:ee82ee wheat:f5deb3 white:ffffff ' +
		'whitesmoke:f5f5f5 yellow:ffff00 yellowgreen:9acd32'
	)
		.split(' ')
		.map((pair) => {
			const [name = '', hex = '0'] = pair.split(':');
			return [name, parseInt(hex, 16)] as const;
		})
);
