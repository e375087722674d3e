import { describe, expect, it } from 'vitest';
import {
	checkJsBudget,
	gzipSize,
	inlineScripts,
	JS_BUDGET_GZIP_BYTES,
	measureScript,
	type LoadedScript
} from '../../helpers/jsBudget';

const script = (url: string, gzipBytes: number, bytes = gzipBytes * 3): LoadedScript => ({
	url,
	bytes,
	gzipBytes
});

describe('checkJsBudget(scripts, budget)', () => {
	it.each([
		{ what: 'no script at all', scripts: [], budget: 100, total: 0, within: true },
		{
			what: 'exactly the budget',
			scripts: [script('/a.js', 60), script('/b.js', 40)],
			budget: 100,
			total: 100,
			within: true
		},
		{
			what: 'one byte over',
			scripts: [script('/a.js', 60), script('/b.js', 41)],
			budget: 100,
			total: 101,
			within: false
		},
		{
			what: 'one script far over',
			scripts: [script('/huge.js', 400_000)],
			budget: JS_BUDGET_GZIP_BYTES,
			total: 400_000,
			within: false
		}
	])(
		'checkJsBudget($what) sums to $total and is within budget: $within',
		({ scripts, budget, total, within }) => {
			const before = structuredClone(scripts);
			const check = checkJsBudget(scripts, budget);
			expect(check.totalGzipBytes).toBe(total);
			expect(check.totalBytes).toBe(scripts.reduce((sum, s) => sum + s.bytes, 0));
			expect(check.withinBudget).toBe(within);
			expect(check.report).toContain(within ? 'within' : 'OVER by');
			expect(scripts).toEqual(before);
		}
	);

	it('checkJsBudget(scripts) lists the largest first and uses the 150 kB budget by default', () => {
		const check = checkJsBudget([
			script('/small.js', 10),
			script('/big.js', 90_000),
			script('inline #1', 200)
		]);
		expect(check.budgetGzipBytes).toBe(150_000);
		expect(check.scripts.map((s) => s.url)).toEqual(['/big.js', 'inline #1', '/small.js']);
		const lines = check.report.split('\n');
		expect(lines).toHaveLength(4);
		expect(lines[0]).toContain('/big.js');
		expect(lines[3]).toContain('3 scripts');
		expect(lines[3]).toContain('budget 150.0 kB gzip: within');
	});
});

describe('measureScript(url, body) and gzipSize(body)', () => {
	it('measureScript counts bytes (not characters) and their gzipped size', () => {
		const body = 'const é = "ü";'.repeat(200);
		const measured = measureScript('/x.js', body);
		expect(measured.bytes).toBe(Buffer.byteLength(body));
		expect(measured.bytes).toBeGreaterThan(body.length);
		expect(measured.gzipBytes).toBe(gzipSize(body));
		expect(measured.gzipBytes).toBeLessThan(measured.bytes / 10);
		expect(measureScript('/x.js', Buffer.from(body))).toEqual(measured);
	});
});

describe('inlineScripts(html)', () => {
	it.each([
		{
			what: 'an inline module script',
			html: '<script type="module">start()</script>',
			found: ['start()']
		},
		{ what: 'a classic inline script', html: '<script>\n go(1)\n</script>', found: ['\n go(1)\n'] },
		{
			what: 'an external script',
			html: '<script type="module" src="/app.js"></script>',
			found: []
		},
		{ what: 'JSON data', html: '<script type="application/json">{"a":1}</script>', found: [] },
		{ what: 'an empty script', html: '<script> </script>', found: [] },
		{
			what: 'several scripts among markup',
			html: '<head><script>a()</script></head><body><p>x</p><SCRIPT defer>b()</SCRIPT></body>',
			found: ['a()', 'b()']
		}
	])('inlineScripts($what)', ({ html, found }) => {
		expect(inlineScripts(html)).toEqual(found);
	});
});
