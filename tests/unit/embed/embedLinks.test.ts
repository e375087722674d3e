import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import {
	embedAddress,
	embedSnippet,
	escapeAttribute,
	fullViewAddress,
	HOST_RESIZE_SCRIPT,
	readEmbedChart
} from '../../../src/lib/embed/embedLinks';

describe('embedAddress(appAddress, viewQuery, chart)', () => {
	it.each([
		[
			'https://example.org/parley/?actors=usa',
			'actors=usa&status=planned',
			'network',
			'https://example.org/parley/embed/?actors=usa&status=planned&chart=network'
		],
		['https://example.org/', '', 'timeline', 'https://example.org/embed/?chart=timeline'],
		[
			'http://127.0.0.1:4321/#top',
			'data=https%3A%2F%2Fx.org%2Fd.json&chart=network',
			'timeline',
			'http://127.0.0.1:4321/embed/?data=https%3A%2F%2Fx.org%2Fd.json&chart=timeline'
		]
	] as const)('embedAddress(%j, %j, %j) is %j', (app, query, chart, expected) => {
		expect(embedAddress(app, query, chart)).toBe(expected);
	});
});

describe('fullViewAddress(embedPageAddress, viewQuery)', () => {
	it.each([
		[
			'https://example.org/parley/embed/?chart=network&q=x',
			'q=talks&chart=network',
			'https://example.org/parley/?q=talks'
		],
		['https://example.org/embed/', '', 'https://example.org/']
	])('fullViewAddress(%j, %j) is %j', (embed, query, expected) => {
		expect(fullViewAddress(embed, query)).toBe(expected);
	});

	it('fullViewAddress(embedAddress(app, q, chart), q) is the app with the same query', () => {
		const query = 'actors=usa,irn&mode=all&window=2026-02-01T00%3A00Z..2026-02-14T12%3A30Z';
		const app = 'https://example.org/tools/parley/';
		const embed = embedAddress(app, query, 'network');
		const full = new URL(fullViewAddress(embed, new URL(embed).search));
		expect(full.origin + full.pathname).toBe(app);
		expect([...full.searchParams]).toEqual([...new URLSearchParams(query)]);
	});
});

describe('readEmbedChart(params)', () => {
	it.each([
		['', 'timeline', undefined],
		['chart=network', 'network', undefined],
		['chart=timeline', 'timeline', undefined],
		[
			'chart=map',
			'timeline',
			'the chart “map” is not one of timeline, network; showing the timeline'
		]
	])('readEmbedChart(%j) is %j', (query, chart, notice) => {
		const params = new URLSearchParams(query);
		const before = params.toString();
		expect(readEmbedChart(params)).toEqual(notice ? { chart, notice } : { chart });
		expect(params.toString()).toBe(before);
	});
});

/** The snippet as a host page's parser reads it. */
const parseHtml = (html: string) =>
	new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');

describe('embedSnippet({ src, title, chart })', () => {
	it('embedSnippet(...) is an iframe with a title, lazy loading and the resize script', () => {
		const options = {
			src: 'https://example.org/embed/?q=a&chart=timeline',
			title: 'Timeline: Talks (Parley)',
			chart: 'timeline' as const
		};
		const before = structuredClone(options);
		const snippet = embedSnippet(options);
		expect(options).toEqual(before);
		const html = parseHtml(snippet);
		const iframe = html.getElementsByTagName('iframe')[0]!;
		expect(iframe.getAttribute('src')).toBe(options.src);
		expect(iframe.getAttribute('title')).toBe(options.title);
		expect(iframe.getAttribute('loading')).toBe('lazy');
		expect(Number(iframe.getAttribute('height'))).toBeGreaterThan(0);
		expect(html.getElementsByTagName('script')[0]!.textContent).toContain("'parley:resize'");
		expect(snippet.endsWith(HOST_RESIZE_SCRIPT)).toBe(true);
	});

	it('embedSnippet(...) keeps a hostile title inside its attribute', () => {
		const title = 'A "quoted" <script>alert(1)</script> & more';
		const snippet = embedSnippet({
			src: 'https://e.org/embed/?chart=network',
			title,
			chart: 'network'
		});
		const html = parseHtml(snippet);
		expect(html.getElementsByTagName('script')).toHaveLength(1);
		expect(html.getElementsByTagName('iframe')[0]!.getAttribute('title')).toBe(title);
	});

	it.each([
		['a&b', 'a&amp;b'],
		['"x"', '&quot;x&quot;'],
		['<i>', '&lt;i&gt;']
	])('escapeAttribute(%j) is %j', (text, expected) => {
		expect(escapeAttribute(text)).toBe(expected);
	});
});
