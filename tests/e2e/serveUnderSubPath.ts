/**
 * Serves the built app under a sub-path (http://127.0.0.1:PORT/newsroom/parley/), as a
 * newsroom's static host would, to prove the build needs no particular base path.
 */
import { createServer } from 'node:http';
import sirv from 'sirv';
import { SUB_PATH, SUB_PATH_PORT, SUB_PATH_URL } from './subPath';

// dev: files are looked up per request, so this may start before the build has finished.
const serve = sirv('build', { dev: true });

createServer((request, response) => {
	const url = request.url ?? '/';
	if (url === SUB_PATH) {
		response.writeHead(301, { location: `${SUB_PATH}/` }).end();
	} else if (url.startsWith(`${SUB_PATH}/`)) {
		request.url = url.slice(SUB_PATH.length);
		serve(request, response, () => {
			response.writeHead(404).end('not found');
		});
	} else {
		response.writeHead(404).end('not found');
	}
}).listen(SUB_PATH_PORT, '127.0.0.1', () => console.log(`serving build/ at ${SUB_PATH_URL}`));
