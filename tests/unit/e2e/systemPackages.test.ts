import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { describeMissing, SYSTEM_PACKAGES } from '../../e2e/systemPackages';

const run = promisify(execFile);

describe('describeMissing(packages)', () => {
	const item = (debian: string, present: boolean) => ({
		debian,
		why: `for ${debian}`,
		present: () => present
	});

	it.each([
		['all present', [item('a', true), item('b', true)], null],
		[
			'one missing',
			[item('a', true), item('b', false)],
			'The tests need system packages that are missing: b (for b). Debian/Ubuntu: sudo apt-get install b'
		],
		[
			'two missing',
			[item('a', false), item('b', false)],
			'The tests need system packages that are missing: a (for a), b (for b). Debian/Ubuntu: sudo apt-get install a b'
		]
	])('describeMissing(%s)', (_name, packages, expected) => {
		expect(describeMissing(packages)).toBe(expected);
	});

	it('names every package .ci/run installs, and the README names them all', () => {
		const ci = readFileSync('.ci/run', 'utf8');
		const readme = readFileSync('README.md', 'utf8');
		const testSection = readme.slice(
			readme.indexOf('## Test it'),
			readme.indexOf('## Performance')
		);
		for (const { debian } of SYSTEM_PACKAGES) {
			expect(testSection).toContain(`\`${debian}\``);
		}
		for (const [, installed] of ci.matchAll(/missing\+=\(([\w.-]+)\)/g)) {
			expect(SYSTEM_PACKAGES.map((p) => p.debian)).toContain(installed);
		}
	});
});

describe('tsx tests/e2e/systemPackages.ts --check', { timeout: 30_000 }, () => {
	it('stops with one line naming what to install when the tools are not on the PATH', async () => {
		const failure = await run(
			process.execPath,
			['--import', 'tsx', 'tests/e2e/systemPackages.ts', '--check'],
			{ env: { ...process.env, PATH: '/nonexistent' } }
		).then(
			() => null,
			(error: { code: number; stderr: string }) => error
		);
		expect(failure?.code).toBe(1);
		const lines = failure!.stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			/^The tests need system packages that are missing: librsvg2-bin .*inkscape .*libxml2-utils .*fonts-liberation .*\. Debian\/Ubuntu: sudo apt-get install librsvg2-bin inkscape libxml2-utils fonts-liberation/
		);
	});
});
