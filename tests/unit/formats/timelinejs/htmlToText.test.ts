import { describe, expect, it } from 'vitest';
import { htmlToText } from '$lib/formats/timelinejs/htmlToText';

describe('htmlToText', () => {
	it.each([
		['<p>a <b>b</b></p>', 'a b', []],
		['x &amp; y &lt;b&gt; &#8217; &#x2019;', 'x & y <b> ’ ’', []],
		['<script>alert(1)</script>ok<style>p{}</style>', 'ok', []],
		[
			'<a href="javascript:alert(1)">j</a><a href=\'https://e.org/a\'>h</a>',
			'jh',
			['https://e.org/a']
		],
		['<a href=https://e.org/b>u</a> <a href="data:text/html,x">d</a>', 'u d', ['https://e.org/b']],
		['<img src=x onerror="alert(1)">pic', 'pic', []],
		['unclosed <script>alert(1)', 'unclosed', []]
	])('htmlToText(%j) keeps the words and only http(s) links', (html, text, links) => {
		expect(htmlToText(html)).toEqual({ text, links });
	});
});
