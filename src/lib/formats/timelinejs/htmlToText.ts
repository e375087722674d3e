/**
 * TimelineJS text is HTML. Parley keeps its words as plain text (it never renders the HTML) and
 * its links only when they are http(s). A small tokenizer, not a DOM: it runs in the import
 * worker, which has no DOMParser, and it never needs to build a document.
 */

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	laquo: '«',
	raquo: '»',
	copy: '©'
};

/** Character references (&amp; &#8217; &#x2019;) as the characters they stand for. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code =
				name[1] === 'x' || name[1] === 'X'
					? parseInt(name.slice(2), 16)
					: parseInt(name.slice(1), 10);
			return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
				? String.fromCodePoint(code)
				: '';
		}
		return NAMED[name.toLowerCase()] ?? whole;
	});
}

/** Characters that mean something in HTML, written as references. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

export interface HtmlWords {
	/** The words, tags removed, references decoded, whitespace folded; scripts and styles dropped. */
	text: string;
	/** The http(s) addresses of its links, in order, once each; other schemes are dropped. */
	links: string[];
}

const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** The words and http(s) links of an HTML fragment. */
export function htmlToText(html: string): HtmlWords {
	const links: string[] = [];
	const withoutCode = html
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/<(script|style|template|iframe|object|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
		.replace(/<(script|style|template|iframe|object|noscript)\b[\s\S]*$/gi, ' ');
	for (const tag of withoutCode.matchAll(/<a\b[^>]*>/gi)) {
		const match = HREF.exec(tag[0]);
		const href = decodeEntities(match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
		if (/^https?:\/\//i.test(href) && !links.includes(href)) links.push(href);
	}
	// Block tags separate words; inline tags (<b>, <a>) sit inside them.
	const text = decodeEntities(
		withoutCode
			.replace(
				/<\/?(p|br|div|li|ul|ol|h[1-6]|tr|td|th|blockquote|hr|section|table)\b[^>]*>?/gi,
				' '
			)
			.replace(/<\/?[a-z!/][^>]*>?/gi, '')
	)
		.replace(/\s+/g, ' ')
		.trim();
	return { text, links };
}
