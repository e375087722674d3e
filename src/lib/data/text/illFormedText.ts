/**
 * Characters no text may hold: noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF, the last two code
 * points of every plane) and lone surrogates. XML forbids some (an exported SVG would not open);
 * the loader refuses them with their place instead of replacing them, which would make a quote
 * no longer verbatim.
 */
import type { PathKey } from '../validation/jsonPath';

/** A lone surrogate, a noncharacter of the BMP, or one of the 32 of the other planes. */
const ILL_FORMED =
	/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;

export interface IllFormedText {
	/** Where the string is; a key's own path when the key itself is at fault. */
	path: PathKey[];
	/** The first bad character: "U+FFFE", "a lone surrogate U+D83D". */
	character: string;
	/** Its position in the string, counted in characters from 1. */
	position: number;
	/** True when the key (field name) holds it, not the value. */
	inKey: boolean;
}

/** The first bad character of a string, or null. */
export function findIllFormedCharacter(
	text: string
): { character: string; position: number } | null {
	const match = ILL_FORMED.exec(text);
	if (!match) return null;
	const code = match[0].codePointAt(0)!;
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	const lone = match[0].length === 1 && code >= 0xd800 && code <= 0xdfff;
	return {
		character: lone ? `a lone surrogate (${hex}, half of a character)` : `the noncharacter ${hex}`,
		position: [...text.slice(0, match.index)].length + 1
	};
}

interface Visit {
	value: unknown;
	key: PathKey | null;
	parent: Visit | null;
}

function pathOf(visit: Visit): PathKey[] {
	const path: PathKey[] = [];
	for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) path.push(at.key);
	return path.reverse();
}

/**
 * Every string value and field name in `value` that holds a bad character, in document order,
 * at most `limit` of them (a hostile file may have millions). Paths are built only for what
 * is found: the walk itself allocates one small record per value.
 */
export function findIllFormedText(value: unknown, limit = 100): IllFormedText[] {
	const found: IllFormedText[] = [];
	const stack: Visit[] = [{ value, key: null, parent: null }];
	while (stack.length > 0 && found.length < limit) {
		const visit = stack.pop()!;
		if (typeof visit.key === 'string') {
			const bad = findIllFormedCharacter(visit.key);
			if (bad) found.push({ path: pathOf(visit), ...bad, inKey: true });
		}
		const item = visit.value;
		if (typeof item === 'string') {
			const bad = findIllFormedCharacter(item);
			if (bad) found.push({ path: pathOf(visit), ...bad, inKey: false });
		} else if (Array.isArray(item)) {
			for (let i = item.length - 1; i >= 0; i--)
				stack.push({ value: item[i], key: i, parent: visit });
		} else if (typeof item === 'object' && item !== null) {
			const keys = Object.keys(item);
			for (let i = keys.length - 1; i >= 0; i--) {
				const key = keys[i]!;
				stack.push({ value: (item as Record<string, unknown>)[key], key, parent: visit });
			}
		}
	}
	return found.slice(0, limit);
}
