/**
 * What every foreign-format reader needs to build a Parley dataset: ids from free text, text
 * cut to the format's caps, addresses checked, and the loader's problems placed back in the
 * file they came from.
 */
import { LIMITS } from '$lib/data/vocabularies';
import type { Problem, ValidationResult } from '$lib/data/validation/validateDataset';

/** Control characters other than tab and line breaks, which the format forbids. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Plain text on one line: control characters dropped, runs of whitespace made one space. */
export function plainText(text: string): string {
	return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** Text cut to `max` characters at a word boundary, with "…" when something was cut. */
export function capText(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A lowercase id made of the text's letters and digits: "Military Forces (2018-)" → "military-forces-2018". */
export function slugOf(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Hands out ids that are valid and unique across the whole dataset. */
export class IdAllocator {
	#taken = new Set<string>();

	/** `prefix-slug`, shortened to fit 64 characters, with "-2", "-3"… when taken. */
	take(prefix: string, text: string): string {
		const slug = slugOf(text) || 'item';
		const base = `${prefix}-${slug}`.slice(0, LIMITS.id - 6).replace(/-+$/, '');
		let id = base;
		for (let n = 2; this.#taken.has(id); n += 1) id = `${base}-${n}`;
		this.#taken.add(id);
		return id;
	}

	/** Keeps `id` as it is when it is a valid id not yet taken; otherwise as `take`. */
	keep(prefix: string, id: string): string {
		if (/^[a-z0-9][a-z0-9._-]{0,63}$/.test(id) && !this.#taken.has(id)) {
			this.#taken.add(id);
			return id;
		}
		return this.take(prefix, id);
	}
}

/** The address when it is an http(s) URL the format accepts, else null. */
export function httpUrl(text: string): string | null {
	const trimmed = text.trim();
	if (!/^https?:\/\//i.test(trimmed) || trimmed.length > LIMITS.url) return null;
	try {
		return new URL(trimmed).href;
	} catch {
		return null;
	}
}

/** "www.example.org" → "example.org" */
export function outletOf(url: string): string {
	return new URL(url).host.replace(/^www\./, '');
}

export const problemAt = (
	severity: Problem['severity'],
	path: string,
	message: string,
	code: Problem['code'] = 'structure'
): Problem => ({ severity, path, message, code });

const EVENT_PATH = /^events\[(\d+)\](.*)$/;

/**
 * The loader's problems with each converted event's path put back where the event came from:
 * `events[3].summary` → "story.json events[5] (Parley event field summary)".
 */
export function placeProblems(
	result: ValidationResult,
	placeOfEvent: (index: number) => string,
	placeOfOther: (path: string) => string
): ValidationResult {
	const place = (problem: Problem): Problem => {
		const match = EVENT_PATH.exec(problem.path);
		if (!match) return { ...problem, path: placeOfOther(problem.path) };
		const rest = match[2]!.replace(/^\./, '');
		return {
			...problem,
			path: `${placeOfEvent(Number(match[1]))}${rest ? ` (as a Parley event: ${rest})` : ''}`
		};
	};
	return {
		dataset: result.dataset,
		errors: result.errors.map(place),
		warnings: result.warnings.map(place)
	};
}
