import { describe, expect, it } from 'vitest';
import { sourceIdFor } from '$lib/data/csv/csvSourceId';

describe('sourceIdFor', () => {
	it.each([
		['Example Wire', 'https://example.org/a', 'src-example-wire'],
		[undefined, 'https://www.news.example.com/story', 'src-news-example-com'],
		[undefined, 'not a url', 'src-source'],
		['Le Monde diplomatique', 'https://x.fr', 'src-le-monde-diplomatique'],
		['***', 'https://x.org', 'src-source'],
		['A'.repeat(60), 'https://x.org', `src-${'a'.repeat(40)}`]
	])('sourceIdFor(%j, %j) is %j', (outlet, url, id) => {
		expect(sourceIdFor(outlet, url, new Set())).toBe(id);
	});

	it.each(['Ünïcödé Outlet', 'Agence Ωmega', 'مسقط ديلي', '  '])(
		'sourceIdFor(%j, url) is an id the format accepts',
		(outlet) => {
			expect(sourceIdFor(outlet, 'https://x.org', new Set())).toMatch(/^src-[a-z0-9][a-z0-9-]*$/);
		}
	);

	it('sourceIdFor(outlet, url, taken) numbers a taken id and adds what it gives to taken', () => {
		const taken = new Set(['src-other']);
		const ids = [1, 2, 3].map(() => sourceIdFor('Example Wire', 'https://e.org', taken));
		expect(ids).toEqual(['src-example-wire', 'src-example-wire-2', 'src-example-wire-3']);
		expect([...taken]).toEqual(['src-other', ...ids]);
	});
});
