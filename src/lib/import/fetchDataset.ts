/**
 * Fetches a dataset named in `?data=<url>`: same origin, or a server that allows cross-origin
 * reads. A failure says why in words a person can act on: not an http(s) address, unreachable,
 * not allowed cross-origin (CORS), an HTTP status, or too large.
 */
import { truncateText } from '$lib/data/text/bidi';
import { formatBytes, MAX_DATASET_BYTES } from '$lib/data/loading/checkFileSelection';
import type { Problem } from '$lib/data/validation/problems';

export type FetchedDataset =
	| { ok: true; name: string; url: string; blob: Blob }
	| { ok: false; url: string; problem: Problem };

export interface FetchOptions {
	/** The page's address, against which a relative `data` address is read. */
	base: string;
	maxBytes?: number;
	onFraction?: (fraction: number | null) => void;
	/** Injected by tests. */
	fetch?: typeof fetch;
}

const urlProblem = (path: string, message: string): Problem => ({
	severity: 'error',
	// An address may be as long as the link carrying it; the problem list needs its start.
	path: truncateText(path, 300),
	message,
	code: 'url'
});

/** The last part of the address's path ("events.json"), or its host. */
export function nameFromUrl(url: URL): string {
	const last = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '');
	return last || url.host;
}

export async function fetchDataset(
	address: string,
	options: FetchOptions
): Promise<FetchedDataset> {
	const doFetch = options.fetch ?? fetch;
	const maxBytes = options.maxBytes ?? MAX_DATASET_BYTES;
	let url: URL;
	try {
		url = new URL(address, options.base);
	} catch {
		return { ok: false, url: address, problem: urlProblem(address, 'this is not a valid address') };
	}
	const fail = (message: string) => ({
		ok: false as const,
		url: url.href,
		problem: urlProblem(url.href, message)
	});
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return fail('only http(s) addresses can be opened');
	}
	const crossOrigin = url.origin !== new URL(options.base).origin;
	let response: Response;
	try {
		response = await doFetch(url.href, { mode: 'cors', credentials: 'omit' });
	} catch {
		if (!crossOrigin) {
			return fail('the network request failed (offline, or the server did not answer)');
		}
		// A CORS refusal and an unreachable server fail alike; an opaque request tells them apart.
		let reachable = false;
		try {
			await doFetch(url.href, { mode: 'no-cors', credentials: 'omit' });
			reachable = true;
		} catch {
			reachable = false;
		}
		return fail(
			reachable
				? `${url.host} answered but does not allow other sites to read this file (no cross-origin (CORS) permission for ${new URL(options.base).origin}); ask its owner to send Access-Control-Allow-Origin, or download the file and open it`
				: `${url.host} could not be reached (network error: offline, a wrong address, or the server is down)`
		);
	}
	if (!response.ok) {
		const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
		const hint =
			response.status === 404
				? ': there is no file at this address; check it'
				: response.status === 401 || response.status === 403
					? ': the server does not allow reading this file'
					: '';
		return fail(`the server answered ${status}${hint}`);
	}
	const declared = Number(response.headers.get('content-length') ?? NaN);
	if (Number.isFinite(declared) && declared > maxBytes) {
		return fail(
			`the file is ${formatBytes(declared)}; Parley opens files up to ${formatBytes(maxBytes)}`
		);
	}
	const name = nameFromUrl(url);
	if (!response.body) {
		return { ok: true, name, url: url.href, blob: await response.blob() };
	}
	const reader = response.body.getReader();
	const chunks: Uint8Array<ArrayBuffer>[] = [];
	let read = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		read += value.byteLength;
		if (read > maxBytes) {
			await reader.cancel();
			return fail(
				`the file is larger than ${formatBytes(maxBytes)}, the most Parley opens; stopped reading`
			);
		}
		chunks.push(value as Uint8Array<ArrayBuffer>);
		options.onFraction?.(Number.isFinite(declared) && declared > 0 ? read / declared : null);
	}
	if (read === 0) return fail('the server sent an empty file');
	return { ok: true, name, url: url.href, blob: new Blob(chunks) };
}
