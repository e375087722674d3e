import { describe, expect, it } from 'vitest';
import { fetchDataset, nameFromUrl } from '../../../src/lib/import/fetchDataset';

const BASE = 'https://parley.example/app/';

/** A stand-in for fetch: answers per mode ('cors' or 'no-cors'). */
function fakeFetch(answers: { cors: () => Response; noCors?: () => Response }): typeof fetch {
	return (async (_url: string, init?: RequestInit) => {
		if (init?.mode === 'no-cors') {
			if (!answers.noCors) throw new TypeError('Failed to fetch');
			return answers.noCors();
		}
		return answers.cors();
	}) as typeof fetch;
}
const fail = () => {
	throw new TypeError('Failed to fetch');
};

describe('fetchDataset(address, options)', () => {
	it('fetchDataset(a relative address) reads it against the page', async () => {
		const fetched = await fetchDataset('data/d.json', {
			base: BASE,
			fetch: fakeFetch({ cors: () => new Response('{"a":1}') })
		});
		expect(fetched).toMatchObject({
			ok: true,
			name: 'd.json',
			url: 'https://parley.example/app/data/d.json'
		});
		if (fetched.ok) expect(await fetched.blob.text()).toBe('{"a":1}');
	});

	it.each([
		[
			'a 404',
			'https://parley.example/d.json',
			{ cors: () => new Response('', { status: 404, statusText: 'Not Found' }) },
			'the server answered 404 Not Found: there is no file at this address'
		],
		[
			'a 500',
			'https://parley.example/d.json',
			{ cors: () => new Response('', { status: 500 }) },
			'the server answered 500'
		],
		[
			'a network error on the same origin',
			'https://parley.example/d.json',
			{ cors: fail },
			'the network request failed'
		],
		[
			'a server that refuses cross-origin reads',
			'https://news.example/d.json',
			{ cors: fail, noCors: () => new Response('') },
			'does not allow other sites to read this file'
		],
		[
			'an unreachable server',
			'https://news.example/d.json',
			{ cors: fail },
			'news.example could not be reached'
		],
		[
			'a file over the limit',
			'https://parley.example/d.json',
			{
				cors: () => new Response('x', { headers: { 'content-length': String(300 * 1024 * 1024) } })
			},
			'the file is 300 MB; Parley opens files up to 200 MB'
		],
		[
			'an empty answer',
			'https://parley.example/d.json',
			{ cors: () => new Response('') },
			'the server sent an empty file'
		],
		[
			'another scheme',
			'javascript:alert(1)',
			{ cors: () => new Response('') },
			'only http(s) addresses can be opened'
		]
	])('fetchDataset(%s) says why', async (_, address, answers, message) => {
		const fetched = await fetchDataset(address, { base: BASE, fetch: fakeFetch(answers) });
		expect(fetched.ok).toBe(false);
		if (!fetched.ok) {
			expect(fetched.problem.message).toContain(message);
			expect(fetched.problem.code).toBe('url');
		}
	});

	it('fetchDataset() stops reading past the limit when the size is not declared', async () => {
		const fetched = await fetchDataset('d.json', {
			base: BASE,
			maxBytes: 4,
			fetch: fakeFetch({ cors: () => new Response('0123456789') })
		});
		expect(fetched.ok).toBe(false);
		if (!fetched.ok) expect(fetched.problem.message).toContain('larger than 4 bytes');
	});
});

describe('nameFromUrl(url)', () => {
	it.each([
		['https://a.example/data/my%20set.json', 'my set.json'],
		['https://a.example/', 'a.example']
	])('nameFromUrl(%s) is %s', (url, name) => {
		expect(nameFromUrl(new URL(url))).toBe(name);
	});
});
