/** JSON paths as people read them: `events[3].sourceActors[0]`, `meta.title`, `$` for the root. */

export type PathKey = string | number;

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

export function formatPath(path: readonly PathKey[]): string {
	if (path.length === 0) return '$';
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else if (PLAIN_KEY.test(key)) out += out ? `.${key}` : key;
		else out += `[${JSON.stringify(key)}]`;
	}
	return out;
}
