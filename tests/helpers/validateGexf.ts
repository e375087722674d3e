/**
 * xmllint against the published GEXF 1.3 XSD (tests/fixtures/gexf-1.3). Its viz.xsd declares no
 * namespace and the core schema expects the viz elements in the GEXF namespace, so a file is
 * checked twice: without its viz elements (the core, as written), and with them moved into the
 * GEXF namespace (their attributes). Returns xmllint's complaints; empty when valid.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const XSD = resolve('tests/fixtures/gexf-1.3/gexf.xsd');

export function validateGexf(text: string): string {
	const scratch = mkdtempSync(join(tmpdir(), 'parley-gexf-'));
	const problems: string[] = [];
	for (const [name, body] of [
		['core.gexf', text.replace(/\s*<viz:[a-z]+\b[^>]*\/>/g, '')],
		['viz.gexf', text.replace(/<viz:/g, '<')]
	] as const) {
		const file = join(scratch, name);
		writeFileSync(file, body);
		try {
			execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' });
		} catch (error) {
			problems.push(String((error as { stderr?: Buffer }).stderr ?? error));
		}
	}
	return problems.join('\n');
}
