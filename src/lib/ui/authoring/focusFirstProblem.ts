/**
 * Moves focus to the first field of `form` marked invalid, once the render that marks it has
 * run: a submit with problems takes the person straight to the first, with everything typed kept.
 */
export function focusFirstProblem(form: HTMLElement | undefined): void {
	queueMicrotask(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/**
 * The start of an authoring form's submit handler: keeps the browser from submitting and, while
 * there are problems, takes focus to the first; true when the form may be saved.
 */
export function readyToSubmit(event: SubmitEvent, problemCount: number): boolean {
	event.preventDefault();
	if (problemCount === 0) return true;
	focusFirstProblem(event.currentTarget as HTMLElement);
	return false;
}
