/**
 * The system packages the tests need besides Node's, as .ci/run installs them: a Chromium
 * (see findChromium.ts), rsvg-convert and Inkscape to render exported SVG outside the browser,
 * and Liberation Sans, the font the export snapshots are laid out in.
 *
 *   npx tsx tests/e2e/systemPackages.ts --check
 *
 * stops with one line saying what to install when anything is missing (`npm test` runs it
 * first).
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './findChromium';

export interface SystemPackage {
	/** The Debian/Ubuntu package that provides it. */
	debian: string;
	/** What the tests use it for. */
	why: string;
	/** True when it is there. */
	present: () => boolean;
}

const hasCommand = (command: string) =>
	spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

const hasFont = (family: string) => {
	const listed = spawnSync('fc-list', [family], { encoding: 'utf8' });
	return listed.status === 0 && listed.stdout.trim() !== '';
};

export const SYSTEM_PACKAGES: SystemPackage[] = [
	{
		debian: 'chromium',
		why: 'the browser tests',
		present: () => typeof findChromium() !== 'string'
	},
	{
		debian: 'librsvg2-bin',
		why: 'rsvg-convert, which renders exported SVG',
		present: () => hasCommand('rsvg-convert')
	},
	{
		debian: 'inkscape',
		why: 'a second renderer of exported SVG',
		present: () => hasCommand('inkscape')
	},
	{
		debian: 'libxml2-utils',
		why: 'xmllint, which validates exported GEXF and SVG',
		present: () => hasCommand('xmllint')
	},
	{
		debian: 'fonts-liberation',
		why: 'Liberation Sans, the font of the export snapshots',
		present: () => hasFont('Liberation Sans')
	}
];

/** One line naming what to install, or null when everything is there. */
export function describeMissing(
	packages: readonly SystemPackage[] = SYSTEM_PACKAGES
): string | null {
	const missing = packages.filter((item) => !item.present());
	if (missing.length === 0) return null;
	return `The tests need system packages that are missing: ${missing.map((item) => `${item.debian} (${item.why})`).join(', ')}. Debian/Ubuntu: sudo apt-get install ${missing.map((item) => item.debian).join(' ')}`;
}

if (process.argv.includes('--check')) {
	const missing = describeMissing();
	if (missing) {
		// A missing Chromium has its own advice (CHROMIUM_PATH, Playwright's download).
		const chromium = findChromium();
		console.error(typeof chromium === 'string' ? `${missing}. ${chromium}` : missing);
		process.exit(1);
	}
}
