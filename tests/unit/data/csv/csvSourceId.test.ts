import { describe, expect, it } from 'vitest';
import { sourceIdFor } from '$lib/data/csv/csvSourceId';

describe('sourceIdFor', () => {
	it.each([
		['Example Wire', 'https://example.org/a', 'src-example-wire'],
		[undefined, 'https://www.news.example.com/story', 'src-news-example-com'],
		[undefined, 'not a url', 'src-source'],
		['Le Monde diplomatique', 'https://x.fr', 'src-le-monde-diplomatique'],
		['***', 'https://x.org', 'src-source'],
		['A'.repeat(60), 'https://x.org', `src-${'a'.repeat(40)}`],
		[`${'a'.repeat(39)} b`, 'https://x.org', `src-${'a'.repeat(39)}`]
	])('sourceIdFor(%j, %j) is %j', (outlet, url, id) => {
		expect(sourceIdFor(outlet, url, new Set())).toBe(id);
	});

	it.each([
		['accented Latin', 'Ünïcödé Outlet', 'src-unicode-outlet'],
		['accented Latin, decomposed input', 'Cafe\u0301 Cre\u0300me', 'src-cafe-creme'],
		['French ligature and cedilla', 'Œuvre Française', 'src-oeuvre-francaise'],
		['Turkish dotless i', 'Hürriyet Dıştan', 'src-hurriyet-distan'],
		['Turkish dotted capital I', 'İstanbul Haber', 'src-istanbul-haber'],
		['Nordic and Polish letters', 'Ørsted Łódź Straße', 'src-orsted-lodz-strasse'],
		['Vietnamese stacked marks', 'Thời báo Việt', 'src-thoi-bao-viet'],
		['Greek letters (no Latin form) beside Latin', 'Agence Ωmega', 'src-agence-mega'],
		['Greek only', 'Καθημερινή', 'src-source'],
		['Arabic only', 'مسقط ديلي', 'src-source'],
		['Arabic beside Latin', 'Muscat Daily مسقط', 'src-muscat-daily'],
		['emoji', '📰 Daily 🗞️ News', 'src-daily-news'],
		['full-width compatibility letters', 'ＡＢＣ News', 'src-abc-news'],
		['empty', '', 'src-source'],
		['blank', '  ', 'src-source']
	])('sourceIdFor(outlet, url) folds %s: %j → %j', (_script, outlet, id) => {
		expect(sourceIdFor(outlet, 'https://x.org', new Set())).toBe(id);
	});

	it.each(['Ünïcödé Outlet', 'Agence Ωmega', 'مسقط ديلي', '  ', '👍🏽', 'e\u0301'.repeat(50)])(
		'sourceIdFor(%j, url) is an id the format accepts',
		(outlet) => {
			const id = sourceIdFor(outlet, 'https://x.org', new Set());
			expect(id).toMatch(/^src-[a-z0-9]([a-z0-9-]*[a-z0-9])?$/);
			expect(id).toMatch(/^[a-z0-9][a-z0-9._-]{0,63}$/);
		}
	);

	it('sourceIdFor(outlet, url, taken) numbers a taken id and adds what it gives to taken', () => {
		const taken = new Set(['src-other']);
		const ids = [1, 2, 3].map(() => sourceIdFor('Example Wire', 'https://e.org', taken));
		expect(ids).toEqual(['src-example-wire', 'src-example-wire-2', 'src-example-wire-3']);
		expect([...taken]).toEqual(['src-other', ...ids]);
	});

	it('sourceIdFor(outlet, url, taken) numbers outlets that fold to the same id', () => {
		const taken = new Set<string>();
		expect(sourceIdFor('Ünïcödé', 'https://x.org', taken)).toBe('src-unicode');
		expect(sourceIdFor('Unicode', 'https://x.org', taken)).toBe('src-unicode-2');
	});
});
