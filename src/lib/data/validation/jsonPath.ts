/** JSON paths as people read them: `events[3].sourceActors[0]`, `meta.title`, `$` for the root. */
import { isolateBidi, truncateText } from '../text/bidi';

export type PathKey = string | number;

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

export function formatPath(path: readonly PathKey[]): string {
	if (path.length === 0) return '$';
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else if (PLAIN_KEY.test(key) && key.length <= 60) out += out ? `.${key}` : key;
		// A key from the file: a 1 MB one is cut, a right-to-left one kept from reordering the rest.
		else out += `["${isolateBidi(JSON.stringify(truncateText(key, 60)).slice(1, -1))}"]`;
	}
	return out;
}
