/** "1 event", "2 events", "12,400 events": a count and its noun, in the page's number format. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
	return `${count.toLocaleString('en-GB')} ${count === 1 ? noun : pluralNoun}`;
}
