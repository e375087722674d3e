// Adapted from the shared timeline benchmark harness (shared/bench/server.mjs): the vendor
// files come from the project's node_modules (vis-timeline is a dev dependency).
// Tiny static file server for the built-in target pages. Loopback only.
//   node server.mjs [--port 8787]   -> serve until Ctrl-C (for opening pages by hand)
// run.mjs imports startServer() and uses an ephemeral port.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const PROJECT = path.resolve(ROOT, '../..');

// URL prefix -> directory. Nothing outside these directories is reachable.
const MOUNTS = [
	['/targets/', path.join(ROOT, 'targets')],
	['/lib/', path.join(ROOT, 'lib')],
	['/vendor/vis-timeline/', path.join(PROJECT, 'node_modules/vis-timeline/standalone/umd')],
	['/vendor/vis-timeline-styles/', path.join(PROJECT, 'node_modules/vis-timeline/styles')]
];

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8'
};

function resolve(urlPath) {
	for (const [prefix, dir] of MOUNTS) {
		if (!urlPath.startsWith(prefix)) continue;
		let rel = decodeURIComponent(urlPath.slice(prefix.length));
		if (rel === '' || rel.endsWith('/')) rel += 'index.html';
		const file = path.resolve(dir, rel);
		if (file !== dir && !file.startsWith(dir + path.sep)) return null; // traversal
		return file;
	}
	return null;
}

export function startServer({ port = 0, host = '127.0.0.1' } = {}) {
	const server = http.createServer((req, res) => {
		try {
			handle(req, res);
		} catch {
			res.writeHead(400, { 'content-type': 'text/plain' });
			res.end('bad request');
		}
	});
	function handle(req, res) {
		const url = new URL(req.url, 'http://x');
		if (url.pathname === '/') {
			res.writeHead(200, { 'content-type': TYPES['.html'] });
			res.end(
				'<!doctype html><ul><li><a href="/targets/vis-timeline/?n=1000&seed=42&autoload=1">vis-timeline</a></li></ul>'
			);
			return;
		}
		let file = resolve(url.pathname);
		if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) {
			res.writeHead(301, { location: url.pathname + '/' + url.search });
			res.end();
			return;
		}
		if (!file || !fs.existsSync(file)) {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('not found');
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
			'cache-control': 'no-store',
			// lets a page on another loopback origin (the app under test) import /lib/dataset.mjs
			'access-control-allow-origin': '*'
		});
		fs.createReadStream(file).pipe(res);
	}
	return new Promise((resolveP, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const { port: p } = server.address();
			resolveP({
				server,
				origin: `http://${host}:${p}`,
				close: () => new Promise((r) => server.close(r))
			});
		});
	});
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const i = process.argv.indexOf('--port');
	const port = i > 0 ? Number(process.argv[i + 1]) : 8787;
	const { origin } = await startServer({ port });
	console.log(`serving ${ROOT} on ${origin}/  (Ctrl-C to stop)`);
}
