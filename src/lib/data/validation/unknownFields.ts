/**
 * Finds the fields a schema does not know, by walking the value beside the schema's own
 * description, so the list of known fields is never written twice.
 */
import type { GenericSchema } from 'valibot';
import type { PathKey } from './jsonPath';

interface SchemaNode {
	type: string;
	entries?: Record<string, SchemaNode>;
	item?: SchemaNode;
	wrapped?: SchemaNode;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Paths of every field in `value` that `schema` does not describe. */
export function collectUnknownFields(schema: GenericSchema, value: unknown): PathKey[][] {
	const found: PathKey[][] = [];
	walk(schema as unknown as SchemaNode, value, [], found);
	return found;
}

function walk(node: SchemaNode, value: unknown, path: PathKey[], found: PathKey[][]) {
	if (node.wrapped) {
		walk(node.wrapped, value, path, found);
	} else if (node.entries && isRecord(value)) {
		for (const [key, child] of Object.entries(value)) {
			// Own entries only: "constructor" or "toString" must not find Object.prototype's.
			const entry = Object.hasOwn(node.entries, key) ? node.entries[key] : undefined;
			if (entry) walk(entry, child, [...path, key], found);
			else found.push([...path, key]);
		}
	} else if (node.item && Array.isArray(value)) {
		value.forEach((child, index) => walk(node.item!, child, [...path, index], found));
	}
}

/**
 * The longest text an unknown field may hold (in any of its strings or keys): the longest a
 * known field may hold (a URL). Unknown fields are kept, stored and exported, so an unbounded
 * one would carry anything a known field refuses.
 */
export const MAX_UNKNOWN_TEXT = 2048;

/** The length of the first string or key in `value` longer than `limit`, or 0 when none is. */
export function overlongText(value: unknown, limit: number): number {
	const stack: unknown[] = [value];
	while (stack.length > 0) {
		const item = stack.pop();
		if (typeof item === 'string') {
			if (item.length > limit) return item.length;
		} else if (typeof item === 'object' && item !== null) {
			for (const [key, child] of Object.entries(item)) {
				if (key.length > limit) return key.length;
				stack.push(child);
			}
		}
	}
	return 0;
}
