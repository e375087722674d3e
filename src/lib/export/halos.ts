/**
 * `paint-order` is SVG 2: Illustrator ignores it and draws a label's white halo over its
 * letters. Each element painted stroke first becomes two: a copy beneath that draws only the
 * stroke (the halo), and the element itself drawing only its fill. Runs on a tree whose
 * elements all carry their presentation attributes in full (presentation.ts), before pruning.
 */
import { elementsIn, localName } from './tree';

/** The three paint steps in the order a `paint-order` value gives them. */
export function paintSteps(value: string): string[] {
	const given = value.trim() === 'normal' ? [] : value.trim().split(/\s+/);
	return [...given, ...['fill', 'stroke', 'markers'].filter((step) => !given.includes(step))];
}

const STROKE_ONLY = ['stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray'];

/**
 * Replaces every `paint-order` in the tree: where the stroke comes before the fill and both are
 * drawn, a stroke-only copy (no ids, no markers) goes just before a fill-only original. Returns
 * how many copies were made.
 */
export function splitHalos(root: Element): number {
	let copies = 0;
	for (const element of elementsIn(root)) {
		const order = element.getAttribute('paint-order');
		if (order === null) continue;
		element.removeAttribute('paint-order');
		const steps = paintSteps(order);
		const strokeFirst = steps.indexOf('stroke') < steps.indexOf('fill');
		const drawn = (name: string) => (element.getAttribute(name) ?? 'none') !== 'none';
		// Nested text content (a <tspan>) is handled with the text that holds it.
		if (!strokeFirst || !drawn('stroke') || !drawn('fill') || localName(element) === 'tspan') {
			for (const inner of elementsIn(element)) inner.removeAttribute('paint-order');
			continue;
		}
		const halo = element.cloneNode(true) as Element;
		for (const inner of elementsIn(halo)) {
			inner.removeAttribute('id');
			inner.removeAttribute('paint-order');
			if (inner.hasAttribute('fill') || inner === halo) inner.setAttribute('fill', 'none');
			for (const marker of ['marker-start', 'marker-mid', 'marker-end'])
				if (inner.hasAttribute(marker)) inner.setAttribute(marker, 'none');
		}
		for (const inner of elementsIn(element)) {
			inner.removeAttribute('paint-order');
			if (inner.hasAttribute('stroke') || inner === element) {
				inner.setAttribute('stroke', 'none');
				for (const name of STROKE_ONLY.slice(1)) inner.removeAttribute(name);
			}
		}
		element.parentNode!.insertBefore(halo, element);
		copies++;
	}
	return copies;
}
