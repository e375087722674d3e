/**
 * Moves focus to the first field of `form` marked invalid, once the render that marks it has
 * run: a submit with problems takes the person straight to the first, with everything typed kept.
 */
export function focusFirstProblem(form: HTMLElement | undefined): void {
	queueMicrotask(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
